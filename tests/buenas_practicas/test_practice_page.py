import csv
import io
import json

import pytest

from tests.buenas_practicas.conftest import add_member, add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(practice_index):
    member = add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")
    return add_practice(
        practice_index,
        title="Orientación sobre asilo en frontera",
        year=2024,
        edition="2024",
        themes=["asylum"],
        populations=["refugees"],
        institutions=[member],
        results="<p>Mil personas orientadas.</p>",
        contact_email="movilidad@dpe.example",
        other_working_groups=["torture_prevention"],
    )


def test_practice_page_shows_its_facts_and_how_to_cite_it(client, practice):
    response = client.get(practice.url)

    assert response.status_code == 200
    assert response.text.count("<h1") == 1
    assert "Acceso al asilo y al refugio" in response.text
    assert "Mil personas orientadas." in response.text
    assert "mailto:movilidad@dpe.example" in response.text
    citation = response.text.split('class="citation"')[1].split("</section>")[0]
    assert "Defensoría del Pueblo de Ecuador. (2024). <cite>" in citation
    assert "Orientación sobre asilo en frontera" in citation
    assert "http://localhost/es/buenas-practicas/" in citation


def test_printable_version_has_the_practice_without_the_site_chrome(client, practice):
    response = client.get(practice.url + "print/")

    assert response.status_code == 200
    assert "Orientación sobre asilo en frontera" in response.text
    assert "site-header" not in response.text
    assert 'class="citation"' in response.text


def test_compendium_of_an_edition_is_one_page(client, practice_index, practice):
    other = add_practice(practice_index, title="Otra práctica", edition="2024")
    add_practice(practice_index, title="Práctica de 2025", edition="2025")

    response = client.get(practice_index.url + "compendium/2024/")

    assert response.status_code == 200
    assert practice.title in response.text
    assert other.title in response.text
    assert "Práctica de 2025" not in response.text
    assert 'href="compendium/2024/"' not in response.text


def test_unknown_compendium_edition_is_not_found(client, practice_index, practice):
    response = client.get(practice_index.url + "compendium/1999/")

    assert response.status_code == 404


def test_index_links_each_edition(client, practice_index, practice):
    response = client.get(practice_index.url)

    assert f'href="{practice_index.url}compendium/2024/"' in response.text


def test_csv_export_follows_the_filters(client, practice_index, practice):
    add_practice(practice_index, title="Práctica mexicana", country="MX")

    response = client.get(practice_index.url + "export/csv/?country=EC")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == [practice.title]
    assert rows[0]["themes"] == "Acceso al asilo y al refugio"
    assert rows[0]["institutions"] == "Defensoría del Pueblo de Ecuador"
    assert rows[0]["url"].endswith(practice.url)


def test_csv_export_never_hands_a_spreadsheet_a_formula(client, practice_index):
    add_practice(practice_index, title='=HYPERLINK("http://x.example","clic")')

    response = client.get(practice_index.url + "export/csv/")

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0]["title"] == '\'=HYPERLINK("http://x.example","clic")'


def test_json_export_follows_the_filters(client, practice_index, practice):
    add_practice(practice_index, title="Práctica mexicana", country="MX")

    response = client.get(practice_index.url + "export/json/?country=MX")

    data = json.loads(response.content)
    assert [row["title"] for row in data["results"]] == ["Práctica mexicana"]
    assert data["results"][0]["country"] == "MX"


def test_export_queries_are_bounded(
    client, practice_index, practice, django_assert_max_num_queries
):
    for number in range(15):
        add_practice(practice_index, title=f"Extra {number}", themes=["children"])

    with django_assert_max_num_queries(25):
        response = client.get(practice_index.url + "export/json/")

    assert len(json.loads(response.content)["results"]) == 16
