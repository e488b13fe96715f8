"""Main menu, language switcher and alternate links for every page."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from home.models import HomePage

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    full_url: str
    is_current: bool
    is_translation: bool
    is_default: bool


def _home_pages() -> dict[str, Page]:
    return {
        home.locale.language_code: home
        for home in HomePage.objects.live().select_related("locale")
    }


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """Where each language's version of this page lives.

    A page links to its own translation when one is published, otherwise to
    the home page of that language; views outside the page tree keep their
    path under the other language's prefix.
    """
    request = context.get("request")
    cached = getattr(request, "_language_links", None)
    if cached is not None:
        return cached

    page = context.get("page")
    current = get_language()
    targets: dict[str, tuple[str, str]] = {}
    translations: set[str] = set()

    if isinstance(page, Page) and page.pk:
        for translation in (
            page.get_translations(inclusive=True).live().select_related("locale")
        ):
            url = translation.get_url(request)
            if url:
                targets[translation.locale.language_code] = (
                    url,
                    translation.get_full_url(request),
                )
                translations.add(translation.locale.language_code)
        missing = [code for code, _name in settings.LANGUAGES if code not in targets]
        if missing:
            homes = _home_pages()
            for code in missing:
                if code in homes:
                    targets[code] = (
                        homes[code].get_url(request),
                        homes[code].get_full_url(request),
                    )
    elif request is not None:
        for code, _name in settings.LANGUAGES:
            url = translate_url(request.get_full_path(), code)
            targets[code] = (url, request.build_absolute_uri(url))
            translations.add(code)

    links = [
        LanguageLink(
            code=code,
            name=name,
            url=targets.get(code, (f"/{code}/", ""))[0],
            full_url=targets.get(code, ("", ""))[1],
            is_current=code == current,
            is_translation=code in translations,
            is_default=code == settings.LANGUAGE_CODE,
        )
        for code, name in settings.LANGUAGES
    ]
    if request is not None:
        request._language_links = links
    return links


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    request = context.get("request")
    home = HomePage.objects.filter(locale=Locale.get_active()).live().first()
    items = list(home.get_children().live().in_menu()) if home else []
    current = context.get("page")
    return {
        "request": request,
        "home": home,
        "items": items,
        "current_path": current.url_path if isinstance(current, Page) else "",
    }
