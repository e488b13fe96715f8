"""The filtered, searched and paginated lists of practices and instruments."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from buenas_practicas.facets import (
    Facet,
    FacetResult,
    apply_filters,
    compute_facets,
    localized_term_labels,
    query_without_page,
    search_ids,
)
from buenas_practicas.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    LegalInstrumentPage,
    PopulationGroup,
    RepositoryIndexPage,
    Theme,
)
from home.countries import Country
from home.models import MemberInstitution

PAGE_SIZE = 20
MAX_SEARCH_LENGTH = 200


def choice_labels(choices) -> Callable[..., dict]:
    return lambda locales: dict(choices)


def term_labels(model) -> Callable[..., dict]:
    return lambda locales: localized_term_labels(model, locales)


def no_labels(locales) -> dict:
    return {}


PRACTICE_FACETS = [
    Facet("country", _("country"), "country", choice_labels(Country.choices)),
    Facet(
        "institution",
        _("institution"),
        "institutions__slug",
        term_labels(MemberInstitution),
    ),
    Facet("theme", _("theme"), "themes__slug", term_labels(Theme)),
    Facet(
        "population",
        _("population group"),
        "population_groups__slug",
        term_labels(PopulationGroup),
    ),
    Facet("year", _("year"), "year", no_labels, numeric=True),
]

INSTRUMENT_FACETS = [
    Facet("country", _("country"), "country", choice_labels(Country.choices)),
    Facet(
        "kind",
        _("kind"),
        "kind",
        choice_labels(LegalInstrumentPage.Kind.choices),
    ),
    Facet(
        "status",
        _("status"),
        "status",
        choice_labels(LegalInstrumentPage.Status.choices),
    ),
    Facet("theme", _("theme"), "themes__slug", term_labels(Theme)),
    Facet("year", _("year"), "date_issued__year", no_labels, numeric=True),
]


@dataclass
class Listing:
    """What an index page shows: the facets, the results, the search text."""

    facets: list[FacetResult]
    results: QuerySet
    search_text: str
    query: str

    @property
    def is_filtered(self) -> bool:
        return bool(self.search_text) or any(f.selected for f in self.facets)

    def labels(self, param: str) -> dict:
        for result in self.facets:
            if result.facet.param == param:
                return result.labels
        return {}

    def paginate(self, request: HttpRequest) -> PaginatorPage:
        return Paginator(self.results, PAGE_SIZE).get_page(request.GET.get("page"))


def build_listing(request: HttpRequest, base: QuerySet, facets: list[Facet]) -> Listing:
    """Applies the search text and the selected facets of the request."""
    search_text = request.GET.get("q", "").strip()[:MAX_SEARCH_LENGTH]
    if search_text:
        base = base.filter(pk__in=search_ids(base, search_text))

    return Listing(
        facets=compute_facets(base, facets, request.GET),
        results=apply_filters(base, facets, request.GET),
        search_text=search_text,
        query=query_without_page(request.GET),
    )


def practice_listing(request: HttpRequest, index: GoodPracticeIndexPage) -> Listing:
    base = GoodPracticePage.objects.live().child_of(index)
    listing = build_listing(request, base, PRACTICE_FACETS)
    listing.results = listing.results.order_by("-year", "title").prefetch_related(
        "themes", "institutions", "population_groups"
    )
    return listing


def instrument_listing(request: HttpRequest, index: RepositoryIndexPage) -> Listing:
    base = LegalInstrumentPage.objects.live().child_of(index)
    listing = build_listing(request, base, INSTRUMENT_FACETS)
    listing.results = (
        listing.results.order_by("-date_issued", "title")
        .select_related("document")
        .prefetch_related("themes")
    )
    return listing


def term_names(terms, labels: dict[str, str]) -> list[str]:
    """Names of linked terms in the active language, by their shared slug."""
    return [labels.get(term.slug, term.name) for term in terms]
