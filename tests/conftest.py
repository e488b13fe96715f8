"""Fixtures every section's tests share: locales, a home page per language."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


@pytest.fixture
def home_page(locales) -> HomePage:
    """The Spanish home page, root of the default site."""
    # Transactional tests flush the tree that Wagtail's migrations created.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["es"])
    )
    Page.objects.filter(depth=2).exclude(id__in=HomePage.objects.values("id")).delete()
    home = HomePage(title="Movilidad humana", slug="inicio", intro="Grupo de trabajo")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def home_pages(home_page, locales) -> dict[str, HomePage]:
    """The home page in every language, as published translations."""
    pages = {"es": home_page}
    for code, locale in locales.items():
        if code == "es":
            continue
        translated = home_page.copy_for_translation(locale)
        translated.title = f"{home_page.title} ({code})"
        translated.save_revision().publish()
        pages[code] = translated
    return pages
