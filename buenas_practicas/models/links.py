"""Lookups shared by the pages: names in the reader's language, linked events."""

from wagtail.models import Locale


def localized_names(model, rows) -> list[str]:
    """Names of linked snippets in the active language, else as linked."""
    rows = list(rows)
    active = Locale.get_active()
    names = dict(
        model.objects.filter(
            locale=active, translation_key__in=[row.translation_key for row in rows]
        ).values_list("translation_key", "name")
    )
    return [names.get(row.translation_key, row.name) for row in rows]


def linked_events(instance, accessor: str, locale: Locale):
    """Live events linked to any language version of `instance`, in `locale`.

    The events section adds the link; this reads it through the reverse
    accessor, so that these pages work whether or not that section is there.
    """
    descriptor = getattr(type(instance), accessor, None)
    if descriptor is None:
        return []
    event_model = descriptor.rel.related_model
    field_name = descriptor.rel.field.name
    return (
        event_model.objects.live()
        .filter(
            locale=locale,
            **{f"{field_name}__translation_key": instance.translation_key},
        )
        .distinct()
        .order_by("title")
    )
