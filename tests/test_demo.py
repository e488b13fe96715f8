"""The demo content builds once, renders in every language, and says what is made up."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage, MemberInstitution

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "members": MemberInstitution.objects.count(),
    }


def test_loading_the_demo_twice_changes_nothing(demo):
    before = counts()

    call_command("load_demo", verbosity=0)

    assert counts() == before


def test_dry_run_saves_nothing(db):
    before = counts()

    call_command("load_demo", "--dry-run", verbosity=0)

    assert counts() == before


def test_demo_home_page_presents_the_working_group_in_four_languages(client, demo):
    expected = {
        "es": "Grupo de trabajo sobre población migrante y refugiada",
        "en": "Working group on migrant and refugee populations",
        "pt": "Grupo de trabalho sobre população migrante e refugiada",
        "fr": "Groupe de travail sur les populations migrantes et réfugiées",
    }

    for language, title in expected.items():
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert f"<h1>{title}</h1>" in response.text

    spanish = client.get("/es/").text
    assert "Región Andina" in spanish
    assert "Defensoría del Pueblo de Ecuador" in spanish
    assert "Alto Comisionado de las Naciones Unidas para los Refugiados" in spanish


def test_every_demo_page_renders_in_its_language(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale")

    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}">' in response.text, page.url

    assert HomePage.objects.count() == 4


def test_every_demo_page_exists_in_the_four_languages(demo):
    spanish = Page.objects.filter(depth__gt=1, locale__language_code="es")

    for page in spanish:
        languages = {
            translation.locale.language_code
            for translation in page.get_translations(inclusive=True)
        }
        assert languages == {"es", "en", "pt", "fr"}, page.title
