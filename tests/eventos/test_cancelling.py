import re

import pytest

from eventos import registration
from eventos.models import Registration, RegistrationStatus
from tests.eventos.conftest import applicant

pytestmark = pytest.mark.django_db


def manage_path(mail) -> str:
    url = re.search(
        r"https://movilidad\.example\.org(/\S+/registrations/\S+/)", mail.body
    )
    return url.group(1)


def test_opening_the_manage_link_changes_nothing(client, event, mailoutbox):
    registration.register(event, applicant())

    response = client.get(manage_path(mailoutbox[0]))

    assert response.status_code == 200
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    assert "https://zoom.example.org/j/123" in response.text
    assert 'method="post"' in response.text


def test_cancel_button_cancels_and_promotes_the_first_person_waiting(
    client, make_event, mailoutbox
):
    event = make_event(capacity=1)
    registration.register(event, applicant(1))
    registration.register(event, applicant(2))
    registration.register(event, applicant(3))
    link = manage_path(mailoutbox[0])
    mailoutbox.clear()

    response = client.post(link)

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert response.status_code == 302
    assert statuses == {
        "persona1@example.org": "cancelled",
        "persona2@example.org": "confirmed",
        "persona3@example.org": "waiting",
    }
    assert [mail.to for mail in mailoutbox] == [["persona2@example.org"]]
    assert mailoutbox[0].attachments
    assert "https://zoom.example.org/j/123" in mailoutbox[0].body


def test_waiting_page_has_no_joining_link(client, make_event, mailoutbox):
    event = make_event(capacity=1)
    registration.register(event, applicant(1))
    registration.register(event, applicant(2))

    response = client.get(manage_path(mailoutbox[1]))

    assert "zoom.example.org" not in response.text
    assert "zoom.example.org" not in mailoutbox[1].body


def test_a_forged_link_is_not_found(client, event):
    response = client.get("/es/registrations/1:forged/")

    assert response.status_code == 404


def test_cancelling_twice_promotes_only_once(make_event):
    event = make_event(capacity=1)
    first = registration.register(event, applicant(1)).registration
    registration.register(event, applicant(2))
    registration.register(event, applicant(3))

    registration.cancel(first)
    registration.cancel(first)

    assert Registration.objects.filter(status="confirmed").count() == 1
    assert Registration.objects.filter(status="waiting").count() == 1


def test_a_cancelled_person_may_register_again(make_event):
    event = make_event(capacity=2)
    first = registration.register(event, applicant(1)).registration
    registration.cancel(first)

    outcome = registration.register(event, applicant(1))

    assert outcome.created
    assert outcome.registration.pk == first.pk
    assert outcome.registration.status == RegistrationStatus.CONFIRMED


def test_publishing_a_larger_capacity_promotes_people_waiting(make_event, mailoutbox):
    event = make_event(capacity=1)
    for number in (1, 2, 3):
        registration.register(event, applicant(number))
    mailoutbox.clear()

    event.capacity = 2
    event.save_revision().publish()

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["persona2@example.org"] == "confirmed"
    assert statuses["persona3@example.org"] == "waiting"
    assert [mail.to for mail in mailoutbox] == [["persona2@example.org"]]
