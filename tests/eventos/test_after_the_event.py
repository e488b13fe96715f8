import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from eventos import mailing, registration, retention
from eventos.models import Registration
from tests.eventos.conftest import applicant

pytestmark = pytest.mark.django_db


def manage_path(mail) -> str:
    return re.search(r"https://[^/]+(/\S+/registrations/\S+/)", mail.body).group(1)


def test_attendee_opens_a_certificate_that_anyone_can_verify(client, event, mailoutbox):
    person = registration.register(event, applicant(1)).registration
    registration.mark_attended([person])
    person.refresh_from_db()
    manage = manage_path(mailoutbox[0])

    page = client.get(manage)
    certificate = client.get(f"{manage}certificate/")
    verified = client.get(
        "/en/certificates/verify/", {"code": person.certificate_code.lower()}
    )

    assert "certificate/" in page.text
    assert certificate.status_code == 200
    assert "Persona 1" in certificate.text
    assert person.certificate_code in certificate.text
    assert verified.status_code == 200
    assert "Persona 1" in verified.text
    assert event.title in verified.text


def test_no_certificate_for_those_who_did_not_attend(client, event, mailoutbox):
    registration.register(event, applicant(1))

    response = client.get(f"{manage_path(mailoutbox[0])}certificate/")

    assert response.status_code == 404


def test_an_unknown_code_is_not_verified(client, event):
    response = client.get("/es/certificates/verify/", {"code": "AAAA-BBBB-CCCC"})

    assert response.status_code == 404
    assert "Ningún certificado" in response.text


def test_reminders_go_out_once_a_day_before(make_event, mailoutbox):
    soon = make_event(start=timezone.now() + timedelta(hours=20))
    later = make_event(start=timezone.now() + timedelta(days=5))
    registration.register(soon, applicant(1))
    registration.register(later, applicant(2))
    mailoutbox.clear()

    first = mailing.send_event_reminders.enqueue()
    second = mailing.send_event_reminders.enqueue()

    assert first.return_value == 1
    assert second.return_value == 0
    assert [mail.to for mail in mailoutbox] == [["persona1@example.org"]]
    assert "Recordatorio" in mailoutbox[0].subject
    assert Registration.objects.get(email="persona1@example.org").reminder_sent_at


def test_reminder_command_is_idempotent(make_event, mailoutbox):
    event = make_event(start=timezone.now() + timedelta(hours=3))
    registration.register(event, applicant(1))
    mailoutbox.clear()

    call_command("send_event_reminders")
    call_command("send_event_reminders")

    assert len(mailoutbox) == 1


def past_event(make_event, days_ago: int):
    start = timezone.now() - timedelta(days=days_ago)
    event = make_event()
    person = registration.register(
        event,
        applicant(
            days_ago,
            accessibility_needs="Subtítulos",
            answers={"a": {"question": "q", "answer": "r"}},
        ),
    ).registration
    event.start, event.end = start, start + timedelta(hours=2)
    event.save_revision().publish()
    return person


def test_accessibility_needs_go_when_the_event_ends(make_event, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    person = past_event(make_event, days_ago=3)

    report = retention.apply_retention()

    person.refresh_from_db()
    assert report.accessibility_erased == 1
    assert report.anonymised == 0
    assert person.accessibility_needs == ""
    assert person.name == "Persona 3"


def test_registrations_are_anonymised_after_the_retention_period_keeping_counts(
    make_event, settings, institution
):
    settings.REGISTRATION_RETENTION_MONTHS = 6
    old = past_event(make_event, days_ago=200)
    recent = past_event(make_event, days_ago=20)
    Registration.objects.filter(pk=old.pk).update(institution=institution)

    call_command("anonymise_registrations", "--dry-run")
    old.refresh_from_db()
    name_after_dry_run = old.name
    call_command("anonymise_registrations")

    old.refresh_from_db()
    recent.refresh_from_db()
    assert name_after_dry_run == "Persona 200"
    assert (old.name, old.email, old.answers, old.accessibility_needs) == (
        "",
        "",
        {},
        "",
    )
    assert (old.country, old.participant_kind, old.institution) == (
        "EC",
        "member_staff",
        institution,
    )
    assert old.anonymised_at is not None
    assert recent.name == "Persona 20"


def test_retention_task_runs(make_event, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 1
    past_event(make_event, days_ago=60)

    result = retention.anonymise_registrations.enqueue()

    assert result.return_value == {"accessibility_erased": 1, "anonymised": 1}


def test_a_malformed_code_is_bad_input(client, home_page):
    response = client.get("/es/certificates/verify/", {"code": "X" * 50})

    assert response.status_code == 400
