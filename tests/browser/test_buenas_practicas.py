import pytest
from wagtail.models import Locale

from buenas_practicas.models import (
    AllyIndexPage,
    AllyPage,
    GoodPracticeIndexPage,
    PopulationGroup,
    RepositoryIndexPage,
    Theme,
)
from buenas_practicas.taxonomy import seed_terms
from tests.browser.axe import assert_no_axe_violations
from tests.buenas_practicas.conftest import add_instrument, add_member, add_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def section(home_page):
    seed_terms(Locale, Theme, PopulationGroup)
    practices = GoodPracticeIndexPage(title="Buenas prácticas", slug="buenas-practicas")
    home_page.add_child(instance=practices)
    practices.save_revision().publish()
    member = add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")
    wanted = add_practice(
        practices,
        title="Orientación sobre asilo en frontera",
        country="EC",
        themes=["asylum"],
        populations=["refugees"],
        institutions=[member],
        results="<p>Mil personas orientadas.</p>",
    )
    add_practice(
        practices, title="Monitoreo de detención", country="EC", themes=["detention"]
    )
    add_practice(practices, title="Asilo en México", country="MX", themes=["asylum"])

    repository = RepositoryIndexPage(title="Repositorio normativo", slug="repositorio")
    home_page.add_child(instance=repository)
    repository.save_revision().publish()
    instrument = add_instrument(repository, title="Ley de ejemplo", themes=["asylum"])

    allies = AllyIndexPage(title="Alianzas", slug="alianzas")
    home_page.add_child(instance=allies)
    allies.save_revision().publish()
    ally = AllyPage(
        title="Alto Comisionado de las Naciones Unidas para los Refugiados",
        slug="acnur",
        acronym="ACNUR",
        kind=AllyPage.Kind.UN_AGENCY,
        role="Aliado técnico en formación, monitoreo y protección.",
    )
    allies.add_child(instance=ally)
    ally.save_revision().publish()
    return {
        "practices": practices,
        "practice": wanted,
        "repository": repository,
        "instrument": instrument,
        "allies": allies,
        "ally": ally,
    }


def test_filter_practices_by_country_and_theme(browser_page, section):
    browser_page.goto(section["practices"].url)
    filters = browser_page.get_by_role("complementary")

    filters.get_by_role("group", name="País").get_by_label("Ecuador").check()
    filters.get_by_role("group", name="Tema").get_by_label(
        "Acceso al asilo y al refugio"
    ).check()
    filters.get_by_role("button", name="Aplicar filtros").click()
    browser_page.wait_for_url("**country=EC**")

    assert "theme=asylum" in browser_page.url
    results = browser_page.locator(".result h3")
    assert results.all_inner_texts() == ["Orientación sobre asilo en frontera"]
    assert browser_page.get_by_role(
        "checkbox", name="Ecuador (1)", exact=True
    ).is_checked()
    assert_no_axe_violations(browser_page)


def test_section_pages_pass_axe(browser_page, section):
    pages = [
        section["practices"].url,
        section["practice"].url,
        section["practice"].url + "print/",
        section["practices"].url + "compendium/2024/",
        section["practices"].url + "propose/",
        section["repository"].url,
        section["instrument"].url,
        section["allies"].url,
        section["ally"].url,
        "/es/members/dpe/",
    ]
    for url in pages:
        browser_page.goto(url)

        assert browser_page.locator("h1").count() == 1, url
        assert_no_axe_violations(browser_page)


def test_invalid_proposal_passes_axe(browser_page, section):
    browser_page.goto(section["practices"].url + "propose/")

    browser_page.get_by_role("button", name="Enviar la propuesta").click()

    assert browser_page.locator(".errorlist").count() > 0
    assert_no_axe_violations(browser_page)
