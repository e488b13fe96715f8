import re

import pytest

from boletin.models import BulletinIndexPage, BulletinPage, NewsIndexPage, Subscriber
from tests.browser.axe import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bulletin_site(home_page):
    index = BulletinIndexPage(title="Boletín", slug="boletin", intro="Ediciones")
    home_page.add_child(instance=index)
    edition = BulletinPage(
        title="Derechos de las personas en movilidad",
        slug="derechos",
        number=1,
        theme="Edición temática",
        editorial="Editorial de ejemplo.",
        is_example=True,
        body=[("paragraph", "<p>Texto de la edición.</p>")],
    )
    index.add_child(instance=edition)
    edition.save_revision().publish()
    news = NewsIndexPage(title="Noticias", slug="noticias")
    home_page.add_child(instance=news)
    return index


def test_subscribe_confirm_and_leave(browser_page, bulletin_site, mailoutbox):
    page = browser_page
    page.goto("/es/boletin/")
    assert_no_axe_violations(page)

    main = page.locator("main")
    main.locator("#id_email").fill("Ana@Example.org")
    main.locator("#id_language").select_option("es")
    main.locator("#id_consent").check()
    main.get_by_role("button", name="Suscribirme").click()

    page.wait_for_url("**/subscription/thanks/")
    assert_no_axe_violations(page)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    link = re.search(r"https://movilidad\.example\.org(/\S+)", mailoutbox[0].body)

    page.goto(link.group(1))
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Confirmar mi suscripción").click()

    page.get_by_role("heading", name="Suscripción confirmada").wait_for()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    page.get_by_role(
        "link", name="Cambiar el idioma o darse de baja del boletín"
    ).click()
    page.get_by_role("heading", name="Su suscripción").wait_for()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Darme de baja del boletín").click()

    page.get_by_role("heading", name="Se ha dado de baja del boletín").wait_for()
    assert_no_axe_violations(page)
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_an_invalid_address_shows_a_clear_error(browser_page, bulletin_site):
    page = browser_page
    page.goto("/en/subscription/")

    page.locator("main #id_email").fill("not-an-address")
    page.locator("main #id_consent").check()
    page.locator("main").get_by_role("button", name="Subscribe").click()

    assert "valid email address" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    assert Subscriber.objects.count() == 0


@pytest.mark.parametrize(
    "path", ["/es/boletin/derechos/", "/es/noticias/", "/es/subscription/"]
)
def test_bulletin_pages_pass_axe(browser_page, bulletin_site, path):
    browser_page.goto(path)

    assert_no_axe_violations(browser_page)
