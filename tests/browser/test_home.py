import pytest

from tests.browser.axe import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["es", "en", "pt", "fr"])
def test_home_page_passes_axe_in_each_language(browser_page, home_pages, language):
    browser_page.goto(f"/{language}/")

    assert browser_page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(browser_page)


def test_language_switcher_goes_to_the_translated_home(browser_page, home_pages):
    browser_page.goto("/es/")

    browser_page.get_by_role("navigation", name="Idiomas").get_by_role(
        "link", name="Português"
    ).click()

    assert browser_page.url.endswith("/pt/")
    assert browser_page.locator("h1").inner_text() == "Movilidad humana (pt)"
