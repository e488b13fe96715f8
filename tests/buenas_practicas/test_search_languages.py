import pytest
from django.db import connection

from tests.buenas_practicas.conftest import add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_index(home_pages, practice_index):
    index = practice_index.copy_for_translation(home_pages["en"].locale)
    index.save_revision().publish()
    return index


def titles(response) -> list[str]:
    return sorted(page.title for page in response.context["results"])


def test_search_in_spanish(client, practice_index):
    add_practice(practice_index, title="Protección de personas refugiadas")
    add_practice(practice_index, title="Trabajo decente para migrantes")

    response = client.get(f"{practice_index.url}?q=refugiadas")

    assert titles(response) == ["Protección de personas refugiadas"]


def test_search_in_english(client, english_index):
    add_practice(english_index, title="Protection of refugees at the border")
    add_practice(english_index, title="Decent work for migrants")

    response = client.get(f"{english_index.url}?q=migrants")

    assert titles(response) == ["Decent work for migrants"]


@pytest.mark.postgres
def test_spanish_stemming_on_postgresql(client, practice_index):
    if connection.vendor != "postgresql":
        pytest.skip("stemming by language needs PostgreSQL")
    add_practice(practice_index, title="Protección de personas refugiadas")
    add_practice(practice_index, title="Trabajo decente")

    response = client.get(f"{practice_index.url}?q=refugiado")

    assert titles(response) == ["Protección de personas refugiadas"]


@pytest.mark.postgres
def test_english_stemming_on_postgresql(client, english_index):
    if connection.vendor != "postgresql":
        pytest.skip("stemming by language needs PostgreSQL")
    add_practice(english_index, title="Monitoring detention centres")
    add_practice(english_index, title="Decent work")

    response = client.get(f"{english_index.url}?q=monitored")

    assert titles(response) == ["Monitoring detention centres"]
