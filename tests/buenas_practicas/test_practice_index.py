import pytest

from tests.buenas_practicas.conftest import add_member, add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(practice_index):
    dpe = add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")
    cndh = add_member("cndh", "Comisión Nacional de los Derechos Humanos", "MX")
    return {
        "asylum_ec": add_practice(
            practice_index,
            title="Orientación sobre asilo en frontera",
            country="EC",
            year=2024,
            themes=["asylum"],
            populations=["refugees"],
            institutions=[dpe],
        ),
        "detention_ec": add_practice(
            practice_index,
            title="Monitoreo de centros de detención",
            country="EC",
            year=2023,
            themes=["detention", "torture-prevention"],
            populations=["migrants"],
            institutions=[dpe],
        ),
        "asylum_mx": add_practice(
            practice_index,
            title="Acompañamiento a solicitantes de refugio",
            country="MX",
            year=2024,
            themes=["asylum"],
            populations=["refugees", "children"],
            institutions=[cndh],
        ),
    }


def result_titles(response) -> list[str]:
    return sorted(page.title for page in response.context["results"])


def facet_counts(response, param: str) -> dict[str, int]:
    for result in response.context["listing"].facets:
        if result.facet.param == param:
            return {option.value: option.count for option in result.options}
    raise AssertionError(param)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=EC", ["asylum_ec", "detention_ec"]),
        ("institution=cndh", ["asylum_mx"]),
        ("theme=asylum", ["asylum_ec", "asylum_mx"]),
        ("population=children", ["asylum_mx"]),
        ("year=2023", ["detention_ec"]),
    ],
)
def test_each_filter_alone(client, practice_index, practices, query, expected):
    response = client.get(f"{practice_index.url}?{query}")

    assert response.status_code == 200
    assert result_titles(response) == sorted(practices[key].title for key in expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=EC&theme=asylum", ["asylum_ec"]),
        ("theme=asylum&population=refugees&year=2024", ["asylum_ec", "asylum_mx"]),
        ("institution=dpe&year=2024&population=refugees", ["asylum_ec"]),
        ("country=MX&theme=detention", []),
        ("country=EC&country=MX&theme=detention", ["detention_ec"]),
        ("theme=asylum&theme=detention&country=EC", ["asylum_ec", "detention_ec"]),
    ],
)
def test_filters_combined(client, practice_index, practices, query, expected):
    response = client.get(f"{practice_index.url}?{query}")

    assert result_titles(response) == sorted(practices[key].title for key in expected)


def test_counts_beside_each_facet_follow_the_other_filters(
    client, practice_index, practices
):
    response = client.get(f"{practice_index.url}?country=EC")

    assert facet_counts(response, "theme") == {
        "asylum": 1,
        "detention": 1,
        "torture-prevention": 1,
    }
    # The country facet ignores its own selection, so readers can widen it.
    assert facet_counts(response, "country") == {"EC": 2, "MX": 1}
    assert facet_counts(response, "year") == {"2024": 1, "2023": 1}
    assert facet_counts(response, "population") == {"refugees": 1, "migrants": 1}
    assert 'Acceso al asilo y al refugio <span class="facet__count">(1)</span>' in (
        response.text
    )


def test_a_page_with_two_chosen_themes_counts_once(client, practice_index, practices):
    response = client.get(
        f"{practice_index.url}?theme=detention&theme=torture-prevention"
    )

    assert result_titles(response) == [practices["detention_ec"].title]
    assert facet_counts(response, "country") == {"EC": 1}


def test_selected_filters_stay_checked_and_can_be_removed(
    client, practice_index, practices
):
    response = client.get(f"{practice_index.url}?country=EC&theme=asylum")

    assert 'value="EC" checked' in response.text
    assert 'value="asylum" checked' in response.text
    assert 'href="?country=EC"' in response.text


def test_facet_labels_follow_the_page_language(
    client, home_pages, practice_index, practices
):
    english_index = practice_index.copy_for_translation(home_pages["en"].locale)
    english_index.save_revision().publish()
    english = practices["asylum_ec"].copy_for_translation(home_pages["en"].locale)
    english.title = "Guidance on asylum at the border"
    english.save_revision().publish()

    response = client.get(english_index.url)

    assert result_titles(response) == ["Guidance on asylum at the border"]
    assert "Access to asylum and refuge" in response.text
    assert "Ecuador" in response.text


def test_nonsense_parameters_are_ignored(client, practice_index, practices):
    response = client.get(f"{practice_index.url}?year=abc&page=999&theme=")

    assert response.status_code == 200
    assert len(response.context["listing"].results) == 3


def test_search_within_filtered_results(client, practice_index, practices):
    response = client.get(f"{practice_index.url}?q=detención&country=EC")

    assert result_titles(response) == [practices["detention_ec"].title]


def test_search_in_english_pages(client, home_pages, practice_index, practices):
    english_index = practice_index.copy_for_translation(home_pages["en"].locale)
    english_index.save_revision().publish()
    for key, title in [
        ("asylum_ec", "Guidance on asylum at the border"),
        ("detention_ec", "Monitoring of detention centres"),
    ]:
        english = practices[key].copy_for_translation(home_pages["en"].locale)
        english.title = title
        english.save_revision().publish()

    response = client.get(f"{english_index.url}?q=detention")

    assert result_titles(response) == ["Monitoring of detention centres"]


def test_results_are_paginated_with_the_filters_kept(client, practice_index):
    for number in range(25):
        add_practice(practice_index, title=f"Práctica paginada {number}")

    response = client.get(f"{practice_index.url}?country=EC")
    second = client.get(f"{practice_index.url}?country=EC&page=2")

    assert len(response.context["results"]) == 20
    assert 'href="?country=EC&amp;page=2"' in response.text
    assert len(second.context["results"]) == 5


def test_drafts_are_not_listed(client, practice_index, practices):
    practices["asylum_mx"].unpublish()

    response = client.get(practice_index.url)

    assert practices["asylum_mx"].title not in response.text


@pytest.mark.parametrize("size", [10, 500])
def test_the_index_costs_bounded_queries(
    client, practice_index, django_assert_max_num_queries, size
):
    member = add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")
    for number in range(size):
        add_practice(
            practice_index,
            # Titles of two lengths keep Wagtail's title norms from being
            # recomputed for every row on each insert (PostgreSQL).
            title=f"Práctica {number}" + " nueva" * (number % 2),
            country=["EC", "MX", "AR"][number % 3],
            year=2020 + number % 5,
            themes=["asylum", "children"][: 1 + number % 2],
            populations=["migrants"],
            institutions=[member],
            revision=False,
        )

    with django_assert_max_num_queries(34):
        response = client.get(f"{practice_index.url}?theme=asylum&q=Práctica")

    assert response.status_code == 200
    assert response.context["results"].paginator.count == size
