import pytest

from eventos import registration
from eventos.models import Registration, RegistrationStatus
from tests.eventos.conftest import applicant, form_data

pytestmark = pytest.mark.django_db


def test_closed_session_keeps_registrations_pending_and_says_so(
    client, make_event, mailoutbox
):
    event = make_event(requires_approval=True)

    response = client.post(event.url, form_data())

    assert Registration.objects.get().status == RegistrationStatus.PENDING
    page = client.get(response["Location"])
    assert "zoom.example.org" not in page.text
    assert "zoom.example.org" not in mailoutbox[0].body
    assert mailoutbox[0].attachments == []
    assert "Recibimos su inscripción" in mailoutbox[0].subject


def test_approval_past_capacity_goes_to_the_waiting_list(make_event, mailoutbox):
    event = make_event(requires_approval=True, capacity=1)
    first = registration.register(event, applicant(1)).registration
    second = registration.register(event, applicant(2)).registration

    registration.approve(first)
    registration.approve(second)

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == RegistrationStatus.CONFIRMED
    assert second.status == RegistrationStatus.WAITING
    assert "espera" in mailoutbox[-1].subject


def test_approving_twice_changes_nothing_the_second_time(make_event, mailoutbox):
    event = make_event(requires_approval=True)
    pending = registration.register(event, applicant(1)).registration

    registration.approve(pending)
    registration.approve(pending)

    assert len(mailoutbox) == 2
