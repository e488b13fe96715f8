import base64
import json

import pytest

from boletin import sending
from boletin.models import Delivery, Subscriber
from tests.boletin.conftest import make_subscriber

pytestmark = pytest.mark.django_db

WEBHOOK = "/anymail/postmark/tracking/"


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hook:s3cret"}


def auth(credentials: str = "hook:s3cret") -> dict:
    token = base64.b64encode(credentials.encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def bounce(email: str, kind: str = "HardBounce", message_id: str = "m-1") -> str:
    return json.dumps(
        {
            "RecordType": "Bounce",
            "ID": 4323372036854775807,
            "Type": kind,
            "TypeCode": 1 if kind == "HardBounce" else 4096,
            "MessageID": message_id,
            "Description": "The server was unable to deliver your message",
            "Details": "smtp;550 5.1.1 unknown user",
            "Email": email,
            "From": "movilidad@example.org",
            "BouncedAt": "2025-12-01T10:00:00Z",
            "Inactive": True,
            "CanActivate": True,
            "Subject": "Boletín",
            "Tag": "",
            "Metadata": {},
        }
    )


def test_a_hard_bounce_suppresses_the_address(client, db):
    make_subscriber("ana@example.org")

    response = client.post(
        WEBHOOK, bounce("Ana@Example.org"), content_type="application/json", **auth()
    )

    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.BOUNCED


def test_a_bounced_address_is_left_out_of_the_next_send(client, edition, mailoutbox):
    make_subscriber("ana@example.org")
    make_subscriber("luis@example.org")
    client.post(
        WEBHOOK, bounce("ana@example.org"), content_type="application/json", **auth()
    )

    sending.start_send(edition)

    assert [message.to for message in mailoutbox] == [["luis@example.org"]]


def test_a_soft_bounce_keeps_the_address(client, db):
    make_subscriber("ana@example.org")

    client.post(
        WEBHOOK,
        bounce("ana@example.org", kind="SoftBounce"),
        content_type="application/json",
        **auth(),
    )

    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_a_complaint_suppresses_the_address_and_marks_the_delivery(
    client, edition, mailoutbox
):
    make_subscriber("ana@example.org")
    sending.start_send(edition)
    Delivery.objects.update(message_id="abc-123")
    payload = {
        "RecordType": "SpamComplaint",
        "ID": 42,
        "Type": "SpamComplaint",
        "TypeCode": 512,
        "MessageID": "abc-123",
        "Email": "ana@example.org",
        "BouncedAt": "2025-12-01T10:00:00Z",
        "Metadata": {},
    }

    client.post(WEBHOOK, json.dumps(payload), content_type="application/json", **auth())

    assert Subscriber.objects.get().status == Subscriber.Status.COMPLAINED
    assert Delivery.objects.get().status == Delivery.Status.COMPLAINED


def test_the_webhook_refuses_wrong_credentials(client, db):
    make_subscriber("ana@example.org")

    response = client.post(
        WEBHOOK,
        bounce("ana@example.org"),
        content_type="application/json",
        **auth("hook:wrong"),
    )

    assert response.status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
