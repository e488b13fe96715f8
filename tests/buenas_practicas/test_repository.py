import datetime
import json

import pytest

from tests.buenas_practicas.conftest import add_instrument

pytestmark = pytest.mark.django_db


@pytest.fixture
def instruments(repository_index):
    old = add_instrument(
        repository_index,
        title="Ley de Migración de ejemplo",
        country="EC",
        kind="law",
        status="repealed",
        date_issued=datetime.date(2005, 4, 1),
        themes=["asylum"],
    )
    new = add_instrument(
        repository_index,
        title="Ley Orgánica de Movilidad Humana de ejemplo",
        country="EC",
        kind="law",
        date_issued=datetime.date(2017, 2, 6),
        themes=["asylum", "statelessness"],
        summary="Regula la movilidad humana y la protección internacional.",
    )
    old.changed_by = new
    old.save_revision().publish()
    decree = add_instrument(
        repository_index,
        title="Decreto de regularización de ejemplo",
        country="PE",
        kind="decree",
        date_issued=datetime.date(2017, 1, 3),
        themes=["migrant-workers"],
    )
    return {"old": old, "new": new, "decree": decree}


def titles(response) -> list[str]:
    return sorted(page.title for page in response.context["results"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=PE", ["decree"]),
        ("kind=law", ["new", "old"]),
        ("status=repealed", ["old"]),
        ("theme=statelessness", ["new"]),
        ("year=2017", ["decree", "new"]),
        ("year=2017&kind=law", ["new"]),
        ("country=EC&theme=asylum&status=in_force", ["new"]),
        ("q=movilidad&country=EC", ["new"]),
    ],
)
def test_repository_filters(client, repository_index, instruments, query, expected):
    response = client.get(f"{repository_index.url}?{query}")

    assert response.status_code == 200
    assert titles(response) == sorted(instruments[key].title for key in expected)


def test_repository_counts(client, repository_index, instruments):
    response = client.get(f"{repository_index.url}?kind=law")

    facets = {
        result.facet.param: {option.value: option.count for option in result.options}
        for result in response.context["listing"].facets
    }
    assert facets["kind"] == {"law": 2, "decree": 1}
    assert facets["year"] == {"2017": 1, "2005": 1}
    assert facets["theme"] == {"asylum": 2, "statelessness": 1}


def test_instrument_page_says_what_changed_it(client, instruments):
    old = client.get(instruments["old"].url)
    new = client.get(instruments["new"].url)

    assert instruments["new"].title in old.text
    assert instruments["old"].title in new.text
    assert "Acceso al asilo y al refugio" in new.text


def test_repository_exports(client, repository_index, instruments):
    response = client.get(repository_index.url + "export/json/?country=EC")

    rows = json.loads(response.content)["results"]
    assert sorted(row["title"] for row in rows) == sorted(
        [instruments["old"].title, instruments["new"].title]
    )
    assert {row["date_issued"] for row in rows} == {"2005-04-01", "2017-02-06"}


@pytest.mark.parametrize("size", [10, 500])
def test_repository_costs_bounded_queries(
    client, repository_index, django_assert_max_num_queries, size
):
    for number in range(size):
        add_instrument(
            repository_index,
            title=f"Ley {number}" + " nueva" * (number % 2),
            country=["EC", "PE", "BR"][number % 3],
            themes=["asylum"],
            date_issued=datetime.date(2000 + number % 20, 1, 1),
            revision=False,
        )

    with django_assert_max_num_queries(30):
        response = client.get(f"{repository_index.url}?theme=asylum&country=EC")

    assert response.status_code == 200
