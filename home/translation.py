"""Publishes translations of pages and snippets through wagtail-localize.

Demo content and imports use this so that every translated page is a real
wagtail-localize translation: editors can open it in the translation editor
and it stays in sync with its Spanish source.
"""

import logging

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

logger = logging.getLogger(__name__)


@transaction.atomic
def publish_translation(instance, language_code: str, strings: dict[str, str]):
    """Translates `instance` into `language_code` and publishes the result.

    `strings` maps each source text (a title, a paragraph, a list item) to its
    translation. A source text missing from `strings` stays in the source
    language, as wagtail-localize does when it falls back.
    Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )

    missing = 0
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            missing += 1
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": "manual"},
        )

    if missing:
        logger.warning(
            "%d strings of %s %s have no %s translation",
            missing,
            type(instance).__name__,
            instance.pk,
            language_code,
        )
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        return instance.get_translation(locale)

    # wagtail-localize publishes a page once the transaction commits; publishing
    # the revision here instead makes the page live inside the caller's
    # transaction (a demo load, an import, a test) as well.
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    translated.get_latest_revision().publish()
    return translated
