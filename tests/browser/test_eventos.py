import re

import pytest

from eventos import registration
from eventos.models import EventIndexPage, Registration, RegistrationStatus
from tests.browser.axe import assert_no_axe_violations
from tests.eventos.conftest import add_event, applicant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def event_index(home_page) -> EventIndexPage:
    index = EventIndexPage(title="Eventos", slug="eventos")
    home_page.add_child(instance=index)
    return index


def test_register_for_a_webinar_and_cancel_from_the_mail(
    browser_page,
    event_index,
    mailoutbox,
):
    event = add_event(event_index, title="Webinar sobre el Protocolo")
    browser_page.goto(event.url)
    assert_no_axe_violations(browser_page)

    browser_page.get_by_label("Nombre completo").fill("Ana Pérez")
    browser_page.get_by_label("Correo electrónico").fill("ana@example.org")
    browser_page.get_by_label("Otra institución u organización").fill("Red de apoyo")
    browser_page.get_by_label("País de residencia").select_option("CO")
    browser_page.get_by_label("Participa como").select_option("civil_society")
    browser_page.get_by_label(re.compile("Acepto que el grupo")).check()
    browser_page.get_by_role("button", name="Inscribirme").click()

    assert browser_page.get_by_role("heading", level=1).inner_text() == "Su inscripción"
    assert browser_page.get_by_role("link", name="https://zoom.example.org/j/123")
    assert_no_axe_violations(browser_page)
    link = re.search(r"https://[^/]+(/es/registrations/\S+/)", mailoutbox[0].body)
    browser_page.goto(link.group(1))
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    browser_page.get_by_role("button", name="Cancelar mi inscripción").click()

    assert browser_page.get_by_text("Su inscripción está cancelada.").first.is_visible()
    assert Registration.objects.get().status == RegistrationStatus.CANCELLED


def test_index_certificate_and_verify_pages_pass_axe(
    browser_page,
    event_index,
    mailoutbox,
):
    event = add_event(event_index, title="Taller virtual")
    person = registration.register(event, applicant(1)).registration
    registration.mark_attended([person])
    person.refresh_from_db()
    manage = re.search(r"https://[^/]+(/es/registrations/\S+/)", mailoutbox[0].body)

    for path in [
        event_index.url,
        f"{manage.group(1)}certificate/",
        f"/es/certificates/verify/?code={person.certificate_code}",
    ]:
        browser_page.goto(path)
        assert_no_axe_violations(browser_page)

    assert browser_page.get_by_text("Persona 1").is_visible()
