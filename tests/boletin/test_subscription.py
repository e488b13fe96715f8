import re
import time
from datetime import timedelta

import pytest
from django.core import signing
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

from boletin.models import Subscriber
from tests.boletin.conftest import make_subscriber

pytestmark = pytest.mark.django_db

SUBSCRIBE_URL = "/es/subscription/"


def subscribe(client, email="Ana@Example.org", url=SUBSCRIBE_URL, **extra):
    data = {"email": email, "language": "pt", "consent": "on", **extra}
    return client.post(url, data)


def link_in(message) -> str:
    return re.search(r"https://movilidad\.example\.org(/\S+)", message.body).group(1)


def test_double_opt_in_end_to_end(client, home_page, mailoutbox):
    response = subscribe(client)

    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ana@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "pt"
    assert subscriber.consent_version == "2025-1"
    assert subscriber.consent_language == "es"
    assert subscriber.consented_at is not None
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["ana@example.org"]
    assert "RINDHCA" in mailoutbox[0].subject

    path = link_in(mailoutbox[0])
    assert path.startswith("/pt/subscription/confirm/")
    page = client.get(path)
    subscriber.refresh_from_db()
    assert page.status_code == 200
    assert subscriber.status == Subscriber.Status.PENDING

    confirmed = client.post(path)

    subscriber.refresh_from_db()
    assert confirmed.status_code == 200
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None


def test_confirmation_mail_is_in_the_chosen_language(client, home_page, mailoutbox):
    subscribe(client, language="fr")

    with translation.override("fr"):
        subject = gettext("Confirm your subscription to the RINDHCA bulletin")
    assert mailoutbox[0].subject == subject
    assert mailoutbox[0].alternatives[0][1] == "text/html"
    assert '<html lang="fr">' in mailoutbox[0].alternatives[0][0]


def test_a_known_address_gets_the_same_answer_and_no_duplicate(
    client, home_page, mailoutbox
):
    make_subscriber("ana@example.org")

    known = subscribe(client, email="  ANA@example.ORG ")
    unknown = subscribe(client, email="otra@example.org")

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert Subscriber.objects.filter(email="ana@example.org").count() == 1
    assert [message.to for message in mailoutbox] == [["otra@example.org"]]


def test_a_pending_address_is_not_flooded_with_confirmations(
    client, home_page, mailoutbox
):
    subscribe(client)
    subscribe(client)

    assert Subscriber.objects.count() == 1
    assert len(mailoutbox) == 1


def test_a_bounced_address_is_never_mailed_again(client, home_page, mailoutbox):
    make_subscriber("ana@example.org", status=Subscriber.Status.BOUNCED)

    response = subscribe(client)

    assert response.status_code == 302
    assert mailoutbox == []
    assert Subscriber.objects.get().status == Subscriber.Status.BOUNCED


def test_an_address_that_left_can_subscribe_again(client, home_page, mailoutbox):
    make_subscriber("ana@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    subscribe(client)

    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert len(mailoutbox) == 1


def test_an_expired_confirmation_link_explains_itself(
    client, home_page, mailoutbox, monkeypatch
):
    real_time = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 8 * 86400)
    subscribe(client)
    monkeypatch.setattr(signing.time, "time", real_time)
    path = link_in(mailoutbox[0])

    response = client.post(path)

    assert response.status_code == 410
    with translation.override("pt"):
        assert gettext("This link has expired") in response.text
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_a_forged_link_is_refused(client, home_page):
    make_subscriber("ana@example.org", status=Subscriber.Status.PENDING)
    key = Subscriber.objects.get().key

    for path in [
        f"/es/subscription/confirm/{key}:forged/",
        f"/es/subscription/manage/{key}:forged/",
        f"/es/subscription/leave/{key}:forged/",
    ]:
        assert client.post(path).status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "not-an-address"}, "valid email address"),
        ({"email": "a" * 250 + "@example.org"}, "too long"),
        ({"email": "ana@example.org\r\nBcc: victim@example.org"}, "valid email"),
        ({"email": ""}, "Enter your email address"),
        ({"consent": ""}, "Tick the box"),
        ({"language": "xx"}, "Select a valid choice"),
    ],
)
def test_bad_input_gets_a_clear_error(client, home_page, mailoutbox, data, message):
    response = subscribe(client, url="/en/subscription/", **data)

    assert response.status_code == 400
    assert message in response.text
    assert Subscriber.objects.count() == 0
    assert mailoutbox == []


def test_bots_filling_the_honeypot_are_turned_away_quietly(
    client, home_page, mailoutbox
):
    response = subscribe(client, website_url="http://spam.example")

    assert response.status_code == 302
    assert Subscriber.objects.count() == 0
    assert mailoutbox == []


def test_too_many_attempts_from_one_address_are_refused(client, home_page):
    for number in range(10):
        subscribe(client, email=f"person{number}@example.org")

    response = subscribe(client, email="one-more@example.org", url="/en/subscription/")

    assert response.status_code == 429
    assert "Too many attempts" in response.text
    assert not Subscriber.objects.filter(email="one-more@example.org").exists()


def test_every_page_footer_carries_the_subscription_form(client, home_page):
    response = client.get("/es/")

    assert response.status_code == 200
    assert 'action="/es/subscription/"' in response.text
    assert 'id="footer-subscribe-email"' in response.text
    assert '<option value="es" selected>' in response.text


def test_the_footer_form_defaults_to_the_page_language(client, home_pages):
    response = client.get("/fr/")

    assert '<option value="fr" selected>' in response.text


def test_addresses_that_never_confirm_are_forgotten(home_page):
    old = make_subscriber("old@example.org", status=Subscriber.Status.PENDING)
    fresh = make_subscriber("fresh@example.org", status=Subscriber.Status.PENDING)
    confirmed = make_subscriber("yes@example.org")
    long_ago = timezone.now() - timedelta(days=31)
    Subscriber.objects.filter(pk__in=[old.pk, confirmed.pk]).update(
        confirmation_sent_at=long_ago
    )
    Subscriber.objects.filter(pk=fresh.pk).update(confirmation_sent_at=timezone.now())

    call_command("forget_unconfirmed_subscribers", "--dry-run", verbosity=0)
    assert Subscriber.objects.count() == 3
    call_command("forget_unconfirmed_subscribers", verbosity=0)

    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "fresh@example.org",
        "yes@example.org",
    }
