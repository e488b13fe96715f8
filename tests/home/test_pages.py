import pytest
from django.utils import translation

from home.countries import Country, Subregion
from home.models import MemberInstitution, StandardPage

pytestmark = pytest.mark.django_db


def add_members(count: int, locale) -> None:
    MemberInstitution.objects.bulk_create(
        MemberInstitution(
            name=f"Defensoría {number}",
            slug=f"defensoria-{number}",
            country=Country.PANAMA,
            subregion=Subregion.CENTRAL_AMERICA,
            locale=locale,
        )
        for number in range(count)
    )


def test_home_page_is_served_under_the_language_prefix(client, home_pages):
    response = client.get("/es/")

    assert response.status_code == 200
    assert "Movilidad humana" in response.text
    assert '<html lang="es">' in response.text


def test_each_language_serves_its_own_home_page(client, home_pages):
    response = client.get("/fr/")

    assert response.status_code == 200
    assert "Movilidad humana (fr)" in response.text
    assert '<html lang="fr">' in response.text


def test_interface_speaks_the_language_of_the_page(client, home_pages):
    response = client.get("/pt/")

    assert "Pular para o conteúdo principal" in response.text
    assert 'aria-label="Idiomas"' in response.text


def test_switcher_links_to_the_translation_of_the_page(client, home_pages):
    about = StandardPage(title="Sobre el grupo", slug="sobre-el-grupo")
    home_pages["es"].add_child(instance=about)
    about_en = about.copy_for_translation(home_pages["en"].locale)
    about_en.title = "About the group"
    about_en.slug = "about-the-group"
    about_en.save_revision().publish()

    response = client.get("/es/sobre-el-grupo/")

    assert 'href="/en/about-the-group/" hreflang="en"' in response.text
    assert (
        '<link rel="alternate" hreflang="en" href="http://localhost/en/about-the-group/">'
        in response.text
    )
    assert '<link rel="canonical" href="http://localhost/es/sobre-el-grupo/">' in (
        response.text
    )
    assert (
        '<link rel="alternate" hreflang="x-default" '
        'href="http://localhost/es/sobre-el-grupo/">' in response.text
    )


def test_switcher_falls_back_to_the_home_of_a_language_without_translation(
    client, home_pages
):
    about = StandardPage(title="Sobre el grupo", slug="sobre-el-grupo")
    home_pages["es"].add_child(instance=about)

    response = client.get("/es/sobre-el-grupo/")

    assert 'href="/fr/" hreflang="fr"' in response.text
    assert 'hreflang="fr" href=' not in response.text


def test_main_menu_lists_pages_shown_in_menus(client, home_pages):
    home_pages["es"].add_child(
        instance=StandardPage(title="Plan de trabajo", slug="plan", show_in_menus=True)
    )
    home_pages["es"].add_child(
        instance=StandardPage(title="Oculta", slug="oculta", show_in_menus=False)
    )

    response = client.get("/es/")

    assert '<a href="/es/plan/">Plan de trabajo</a>' in response.text
    assert "Oculta" not in response.text


def test_example_page_says_it_is_an_example(client, home_pages):
    home_pages["es"].add_child(
        instance=StandardPage(title="Práctica", slug="practica", is_example=True)
    )

    response = client.get("/es/practica/")

    assert "Esta página se creó para mostrar cómo funciona el sitio" in response.text


@pytest.mark.parametrize("count", [3, 30])
def test_home_page_queries_do_not_grow_with_member_institutions(
    client, home_pages, count, django_assert_max_num_queries
):
    home = home_pages["es"]
    home.body = [("member_institutions", {"title": "Integrantes"})]
    home.save_revision().publish()
    add_members(count, home.locale)
    client.get("/es/")  # warm the site and locale caches

    with django_assert_max_num_queries(16):
        response = client.get("/es/")

    assert response.text.count("Defensoría ") == count


def test_members_show_their_translation_or_else_the_spanish_name(home_pages):
    spanish = home_pages["es"].locale
    add_members(2, spanish)
    first = MemberInstitution.objects.get(slug="defensoria-0")
    english = first.copy_for_translation(home_pages["en"].locale)
    english.name = "Ombudsman 0"
    english.save()

    with translation.override("en"):
        names = [row.name for row in MemberInstitution.objects.localized_for_active()]

    assert sorted(names) == ["Defensoría 1", "Ombudsman 0"]
