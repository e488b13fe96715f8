import pytest
from playwright.sync_api import expect

from home.models import StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_logs_in_and_publishes_a_standard_page(
    browser_page, home_pages, django_user_model
):
    django_user_model.objects.create_superuser(
        "editora", "editora@example.org", "a-good-password-1"
    )
    home = home_pages["es"]

    browser_page.goto("/admin/login/")
    browser_page.fill("input[name=username]", "editora")
    browser_page.fill("input[name=password]", "a-good-password-1")
    browser_page.locator("form button[type=submit]").click()
    browser_page.wait_for_url("**/admin/")
    browser_page.goto(f"/admin/pages/add/home/standardpage/{home.pk}/")
    browser_page.fill("#id_title", "Plan de trabajo")
    # Wagtail fills the slug from the title once the title field loses focus.
    browser_page.press("#id_title", "Tab")
    expect(browser_page.locator("#id_slug")).to_have_value("plan-de-trabajo")
    browser_page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    browser_page.locator("button[name=action-publish]").click()
    # Publishing a new page lands on its parent's listing.
    browser_page.wait_for_url(f"**/admin/pages/{home.pk}/")
    browser_page.goto("/es/plan-de-trabajo/")

    assert browser_page.locator("h1").inner_text() == "Plan de trabajo"
    assert StandardPage.objects.get(slug="plan-de-trabajo").live
