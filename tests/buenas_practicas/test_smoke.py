import pytest

from tests.buenas_practicas.conftest import add_instrument, add_practice

pytestmark = pytest.mark.django_db


def test_pages_render(client, practice_index, repository_index, ally_index):
    practice = add_practice(practice_index, themes=["asylum"])
    instrument = add_instrument(repository_index, themes=["asylum"])

    for url in [
        practice_index.url,
        practice.url,
        practice.url + "print/",
        practice_index.url + "compendium/2024/",
        practice_index.url + "propose/",
        practice_index.url + "export/csv/",
        practice_index.url + "export/json/",
        repository_index.url,
        instrument.url,
        ally_index.url,
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
