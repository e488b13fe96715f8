import icalendar
import pytest

from eventos.models import Registration, RegistrationStatus
from tests.eventos.conftest import form_data

pytestmark = pytest.mark.django_db


def test_event_page_shows_times_in_the_event_zone_and_hides_the_joining_link(
    client, event
):
    response = client.get(event.url)

    assert response.status_code == 200
    assert "UTC−05:00, America/Bogota" in response.text
    assert "zoom.example.org" not in response.text
    assert 'class="registration-form"' in response.text


def test_form_never_asks_nationality_or_migration_status(client, event):
    response = client.get(event.url)

    form = response.context["form"]
    asked = " ".join(f"{name} {field.label}" for name, field in form.fields.items())
    assert "nacionalidad" not in asked.lower()
    assert "nationality" not in asked.lower()
    assert "migra" not in asked.lower()


def test_registering_confirms_a_seat_and_mails_a_calendar_file(
    client, event, mailoutbox
):
    response = client.post(event.url, form_data())

    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.consent_version == "2025-1"
    assert registration.language == "es"
    assert registration.consented_at is not None
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "https://zoom.example.org/j/123" in page.text
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["ana@example.org"]
    assert "confirmada" in mail.subject
    assert "https://movilidad.example.org/es/registrations/" in mail.body
    name, content, mimetype = mail.attachments[0]
    assert name.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(content)
    vevent = calendar.walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent["DTSTART"].dt == event.start
    assert "zoom.example.org" in str(vevent["LOCATION"])


def test_invalid_form_is_shown_again_with_errors_and_stores_nothing(client, event):
    response = client.post(event.url, form_data(email="not-an-address", consent=""))

    assert response.status_code == 400
    assert Registration.objects.count() == 0
    assert 'aria-invalid="true"' in response.text
    assert "Ana Pérez" in response.text


def test_an_institution_is_required_from_the_list_or_typed(client, event):
    response = client.post(event.url, form_data(institution_other=""))

    assert response.status_code == 400
    assert Registration.objects.count() == 0


def test_member_institution_can_be_chosen(client, event, institution):
    client.post(
        event.url, form_data(institution=str(institution.pk), institution_other="")
    )

    assert Registration.objects.get().institution == institution


def test_honeypot_stores_nothing(client, event, mailoutbox):
    response = client.post(event.url, form_data(website_url="http://spam"))

    assert response.status_code == 302
    assert Registration.objects.count() == 0
    assert mailoutbox == []


def test_closed_registration_refuses_and_stores_nothing(client, make_event):
    from datetime import timedelta

    from django.utils import timezone

    event = make_event(registration_closes_at=timezone.now() - timedelta(hours=1))

    page = client.get(event.url)
    response = client.post(event.url, form_data())

    assert "La inscripción está cerrada" in page.text
    assert response.status_code == 409
    assert Registration.objects.count() == 0


def test_full_event_puts_people_on_the_waiting_list(client, make_event, mailoutbox):
    event = make_event(capacity=1)
    client.post(event.url, form_data(email="first@example.org"))

    response = client.post(event.url, form_data(email="second@example.org"))

    second = Registration.objects.get(email="second@example.org")
    assert second.status == RegistrationStatus.WAITING
    assert "espera" in mailoutbox[-1].subject
    assert mailoutbox[-1].attachments == []
    assert "lista de espera" in client.get(response["Location"]).text


def test_registering_twice_keeps_one_registration_and_resends_the_mail(
    client, event, mailoutbox
):
    client.post(event.url, form_data())

    response = client.post(event.url, form_data(email=" ANA@example.org "))

    assert Registration.objects.count() == 1
    assert response.status_code == 302
    assert response["Location"] == event.url
    assert len(mailoutbox) == 2
    assert "revise su correo" in client.get(event.url).text


def test_extra_questions_are_asked_and_answers_stored(client, make_event):
    event = make_event(
        questions=[
            {
                "type": "question",
                "value": {
                    "label": "¿Qué tema le interesa?",
                    "kind": "choice",
                    "choices": "Detención\nRefugio",
                    "required": True,
                },
            }
        ]
    )
    field = next(
        name
        for name in client.get(event.url).context["form"].fields
        if name.startswith("question_")
    )

    missing = client.post(event.url, form_data())
    client.post(event.url, form_data(**{field: "Refugio"}))

    assert missing.status_code == 400
    answers = Registration.objects.get().answers
    assert list(answers.values()) == [
        {"question": "¿Qué tema le interesa?", "answer": "Refugio"}
    ]


def test_registering_in_english_sends_the_mail_in_english(
    client, home_pages, locales, event, mailoutbox
):
    english = event.copy_for_translation(locales["en"], copy_parents=True)
    english.title = "Test webinar"
    english.save_revision().publish()

    client.post(english.url, form_data())

    registration = Registration.objects.get()
    assert registration.event_id == event.pk
    assert registration.language == "en"
    assert mailoutbox[0].subject == "Your registration for Test webinar is confirmed"


def test_too_many_registrations_from_one_address_are_refused(
    client, event, monkeypatch
):
    monkeypatch.setattr("eventos.views.REGISTRATIONS_PER_HOUR", 1)
    client.post(event.url, form_data(email="one@example.org"))

    response = client.post(event.url, form_data(email="two@example.org"))

    assert response.status_code == 429
    assert Registration.objects.count() == 1
