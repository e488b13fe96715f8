import pytest
from wagtail.models import Locale

from buenas_practicas.models import AllyPage
from tests.buenas_practicas.conftest import add_member, add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(locales):
    return add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")


def test_member_profile_lists_its_practices(client, practice_index, member):
    add_practice(practice_index, title="Práctica de la DPE", institutions=[member])
    add_practice(practice_index, title="Práctica de otra institución")

    response = client.get("/es/members/dpe/")

    assert response.status_code == 200
    assert "<h1>Defensoría del Pueblo de Ecuador</h1>" in response.text
    assert "Práctica de la DPE" in response.text
    assert "Práctica de otra institución" not in response.text


def test_member_profile_uses_the_translation_when_there_is_one(
    client, home_pages, member
):
    english = member.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Ombudsman's Office of Ecuador"
    english.save()

    english_page = client.get("/en/members/dpe/")
    french_page = client.get("/fr/members/dpe/")

    assert "Ombudsman&#x27;s Office of Ecuador" in english_page.text
    assert "Defensoría del Pueblo de Ecuador" in french_page.text


def test_unknown_member_is_not_found(client, home_page):
    response = client.get("/es/members/nadie/")

    assert response.status_code == 404


def test_member_profile_queries_are_bounded(
    client, practice_index, member, django_assert_max_num_queries
):
    for number in range(12):
        add_practice(practice_index, title=f"P {number}", institutions=[member])

    with django_assert_max_num_queries(15):
        response = client.get("/es/members/dpe/")

    assert response.text.count("<li><a href=") >= 12


def test_ally_page_lists_the_practices_linked_to_it(client, ally_index, practice_index):
    ally = AllyPage(
        title="Alto Comisionado de las Naciones Unidas para los Refugiados",
        slug="acnur",
        acronym="ACNUR",
        kind=AllyPage.Kind.UN_AGENCY,
        role="Aliado técnico en formación.",
    )
    ally_index.add_child(instance=ally)
    ally.save_revision().publish()
    add_practice(practice_index, title="Práctica con ACNUR", allies=[ally])

    index = client.get(ally_index.url)
    detail = client.get(ally.url)

    assert "ACNUR" in index.text
    assert "Aliado técnico en formación." in detail.text
    assert "Práctica con ACNUR" in detail.text


def test_member_institutions_block_links_to_profiles(client, home_page, member):
    home_page.body = [("member_institutions", {"title": "Integrantes"})]
    home_page.save_revision().publish()

    response = client.get("/es/")

    assert 'href="/es/members/dpe/"' in response.text
