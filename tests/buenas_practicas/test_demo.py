import pytest
from django.core.cache import cache

from buenas_practicas import demo
from buenas_practicas.models import (
    AllyPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    LegalInstrumentPage,
)
from home import demo as home_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(locales):
    home = home_demo.load()
    demo.load(home)
    return home


def test_demo_is_idempotent_and_marks_what_is_made_up(demo_site):
    counts = (
        AllyPage.objects.count(),
        GoodPracticePage.objects.count(),
        LegalInstrumentPage.objects.count(),
    )

    demo.load(None)

    assert counts == (
        AllyPage.objects.count(),
        GoodPracticePage.objects.count(),
        LegalInstrumentPage.objects.count(),
    )
    assert AllyPage.objects.filter(locale__language_code="fr").count() == 11
    practices = GoodPracticePage.objects.filter(locale__language_code="es")
    instruments = LegalInstrumentPage.objects.filter(locale__language_code="es")
    assert practices.values("country").distinct().count() >= 4
    assert instruments.values("country").distinct().count() >= 4
    assert all(page.is_example for page in practices)
    assert all(page.is_example for page in instruments)
    assert all("ejemplo" in page.title.lower() for page in practices)
    assert not AllyPage.objects.filter(is_example=True).exists()


def test_demo_translations_can_be_filtered_and_cite_their_allies(client, demo_site):
    cache.clear()
    index = GoodPracticeIndexPage.objects.get(locale__language_code="en")
    ally = AllyPage.objects.get(locale__language_code="en", acronym="UNHCR")
    amended = LegalInstrumentPage.objects.get(
        locale__language_code="pt", slug="ley-de-movilidad-humana-ecuador"
    )

    listing = client.get(f"{index.url}?theme=asylum")
    ally_page = client.get(ally.url)
    instrument_page = client.get(amended.url)

    assert listing.status_code == 200
    assert "Example: legal guidance at the border for asylum seekers" in listing.text
    assert "Access to asylum and refuge" in listing.text
    assert "Office of the United Nations High Commissioner for Refugees" in (
        ally_page.text
    )
    assert "Example: legal guidance at the border" in ally_page.text
    assert "Exemplo: reforma da lei de mobilidade humana (Equador)" in (
        instrument_page.text
    )
