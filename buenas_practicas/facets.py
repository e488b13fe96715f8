"""Faceted filtering of practices and instruments from the query string.

A facet's counts are computed with every other selected facet applied, so a
reader sees how many results each further choice would give. Values chosen
within one facet widen the result (any of them); different facets narrow it
(all of them). Each facet costs one grouped query, whatever the number of pages.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.http import QueryDict
from wagtail.models import Locale


@dataclass
class Facet:
    """One dimension readers filter on, named as its query-string parameter."""

    param: str
    label: str
    lookup: str
    labels: Callable[..., dict]
    numeric: bool = False


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    toggle_query: str


@dataclass
class FacetResult:
    facet: Facet
    options: list[FacetOption] = field(default_factory=list)
    labels: dict = field(default_factory=dict)

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


def active_and_default_locales() -> tuple[Locale, Locale]:
    active = Locale.get_active()
    if active.language_code == settings.LANGUAGE_CODE:
        return active, active
    return active, Locale.get_default()


def localized_term_labels(
    model, locales: tuple[Locale, Locale] | None = None
) -> dict[str, str]:
    """Slug to name in the active language, else in the default one."""
    active, default = locales or active_and_default_locales()
    labels: dict[str, str] = {}
    rows = model.objects.filter(locale__in={active.pk, default.pk}).values_list(
        "slug", "name", "locale_id"
    )
    for slug, name, locale_id in rows:
        if locale_id == active.pk or slug not in labels:
            labels[slug] = name
    return labels


def selected_values(query: QueryDict, facet: Facet) -> list[str]:
    values = [value for value in query.getlist(facet.param) if value]
    if facet.numeric:
        values = [value for value in values if value.isdigit()]
    return values


def facet_filter(facet: Facet, values: list[str]) -> Q:
    return Q(**{f"{facet.lookup}__in": values})


def apply_filters(
    queryset: QuerySet, facets: list[Facet], query: QueryDict, skip: Facet | None = None
) -> QuerySet:
    """Narrows `queryset` by every selected facet but `skip`.

    Many-valued facets filter through a subquery on ids, so a page matching two
    chosen themes still appears, and is counted, once.
    """
    for facet in facets:
        values = selected_values(query, facet)
        if facet is skip or not values:
            continue
        matching = queryset.model.objects.filter(facet_filter(facet, values))
        queryset = queryset.filter(pk__in=matching.values("pk"))
    return queryset


def toggle_query(query: QueryDict, param: str, value: str) -> str:
    """The query string with `value` of `param` switched on or off."""
    params = query.copy()
    params.pop("page", None)
    values = params.getlist(param)
    if value in values:
        values.remove(value)
    else:
        values.append(value)
    params.setlist(param, values)
    return params.urlencode()


def compute_facets(
    queryset: QuerySet, facets: list[Facet], query: QueryDict
) -> list[FacetResult]:
    results = []
    locales = active_and_default_locales()
    for facet in facets:
        chosen = set(selected_values(query, facet))
        narrowed = apply_filters(queryset, facets, query, skip=facet)
        rows = (
            narrowed.exclude(**{f"{facet.lookup}__isnull": True})
            .values(facet.lookup)
            .annotate(count=Count("pk", distinct=True))
            .order_by()
        )
        counts = {str(row[facet.lookup]): row["count"] for row in rows}
        labels = facet.labels(locales)
        values = set(counts) | chosen
        options = [
            FacetOption(
                value=value,
                label=str(labels.get(value, value)),
                count=counts.get(value, 0),
                selected=value in chosen,
                toggle_query=toggle_query(query, facet.param, value),
            )
            for value in values
        ]
        if facet.numeric:
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: option.label)
        results.append(FacetResult(facet=facet, options=options, labels=labels))
    return results


def query_without_page(query: QueryDict) -> str:
    params = query.copy()
    params.pop("page", None)
    return params.urlencode()


def search_ids(queryset: QuerySet, text: str) -> list[int]:
    """Ids of the pages of `queryset` that match `text` in Wagtail's search."""
    # Only ids are needed: loading whole pages doubles the cost of a search.
    matches = queryset.only("id").search(text, operator="and")
    return [page.pk for page in matches]
