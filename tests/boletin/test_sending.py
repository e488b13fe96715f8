import re
from datetime import timedelta

import pytest
from anymail.exceptions import AnymailAPIError
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

from boletin import sending
from boletin.models import Delivery, Send, Subscriber
from boletin.subscriptions import leave
from tests.boletin.conftest import make_subscriber, translate_page

pytestmark = pytest.mark.django_db


def recipients(outbox) -> list[str]:
    return sorted(address for message in outbox for address in message.to)


def test_an_edition_reaches_every_confirmed_subscriber_once(edition, mailoutbox):
    make_subscriber("uno@example.org")
    make_subscriber("dos@example.org")
    make_subscriber("espera@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("fuera@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    make_subscriber("rebote@example.org", status=Subscriber.Status.BOUNCED)

    send, queued = sending.start_send(edition)

    send.refresh_from_db()
    assert queued
    assert recipients(mailoutbox) == ["dos@example.org", "uno@example.org"]
    assert send.status == Send.Status.DONE
    assert send.counts()["sent"] == 2
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}


def test_the_mail_carries_one_click_unsubscribe_headers(edition, mailoutbox):
    subscriber = make_subscriber("uno@example.org")

    sending.start_send(edition)

    message = mailoutbox[0]
    leave_link = message.extra_headers["List-Unsubscribe"]
    assert re.fullmatch(
        r"<https://movilidad\.example\.org/es/subscription/leave/[^>]+/>", leave_link
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert str(subscriber.key) in leave_link


def test_the_mail_is_html_with_a_text_alternative(edition, mailoutbox):
    make_subscriber("uno@example.org")

    sending.start_send(edition)

    message = mailoutbox[0]
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "max-width:640px" in html
    assert 'href="https://movilidad.example.org/es/boletin/edicion-1/"' in html
    assert "/subscription/manage/" in html
    assert "/subscription/leave/" in html
    assert "<style" not in html
    assert "Edición 1" in message.subject
    assert "https://movilidad.example.org/es/boletin/edicion-1/" in message.body
    assert "Texto con enlace (https://example.org/)." in message.body
    assert "<p" not in message.body


def test_each_subscriber_gets_their_language_or_spanish(
    edition, locales, home_pages, mailoutbox
):
    translate_page(edition.get_parent().specific, "en", locales, "Bulletin")
    translate_page(edition, "en", locales, "Edition one")
    make_subscriber("es@example.org", language="es")
    make_subscriber("en@example.org", language="en")
    make_subscriber("fr@example.org", language="fr")

    sending.start_send(edition)

    by_address = {message.to[0]: message for message in mailoutbox}
    assert "Edition one" in by_address["en@example.org"].subject
    assert "Edición 1" in by_address["es@example.org"].subject
    assert "Edición 1" in by_address["fr@example.org"].subject
    languages = dict(Delivery.objects.values_list("subscriber__email", "language"))
    assert languages == {
        "es@example.org": "es",
        "en@example.org": "en",
        "fr@example.org": "es",
    }
    with translation.override("en"):
        view_on_web = gettext("View this bulletin on the web")
    assert view_on_web in by_address["en@example.org"].body


def test_sending_from_a_translation_uses_the_spanish_edition(
    edition, locales, home_pages, mailoutbox
):
    translate_page(edition.get_parent().specific, "en", locales, "Bulletin")
    english = translate_page(edition, "en", locales, "Edition one")
    make_subscriber("uno@example.org")

    send, _queued = sending.start_send(english)

    assert send.edition_id == edition.pk


def test_a_second_send_of_the_same_edition_sends_nothing_new(edition, mailoutbox):
    make_subscriber("uno@example.org")
    make_subscriber("dos@example.org")
    first, _queued = sending.start_send(edition)
    make_subscriber("tres@example.org")

    second, queued = sending.start_send(edition)
    sending.deliver(first.pk)

    assert second.pk == first.pk
    assert not queued
    assert len(mailoutbox) == 2
    assert Delivery.objects.count() == 2


class FailingAfter(EmailBackend):
    """Takes `limit` messages, then answers like a provider that is down."""

    limit = 0

    def send_messages(self, messages):
        if len(mail.outbox) >= self.limit:
            raise AnymailAPIError("Service unavailable", status_code=503)
        return super().send_messages(messages)


def test_an_interrupted_send_resumes_and_mails_each_subscriber_once(
    edition, mailoutbox, settings
):
    for number in range(7):
        make_subscriber(f"persona{number}@example.org")
    settings.EMAIL_BACKEND = "tests.boletin.test_sending.FailingAfter"
    settings.BULLETIN_SEND_CONCURRENCY = 1
    FailingAfter.limit = 3

    send, _queued = sending.start_send(edition)

    send.refresh_from_db()
    assert send.status == Send.Status.PAUSED
    assert len(mailoutbox) == 3
    assert send.counts()["pending"] == 4

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _send, queued = sending.start_send(edition)

    send.refresh_from_db()
    assert queued
    assert send.status == Send.Status.DONE
    assert recipients(mailoutbox) == sorted(
        f"persona{number}@example.org" for number in range(7)
    )
    assert send.counts()["sent"] == 7


def test_running_the_task_again_sends_nothing_twice(edition, mailoutbox):
    make_subscriber("uno@example.org")
    send, _queued = sending.start_send(edition)

    sending.deliver(send.pk)
    sending.send_edition.enqueue(send.pk)

    assert len(mailoutbox) == 1


def test_a_delivery_cut_off_mid_hand_over_is_not_sent_again(edition, mailoutbox):
    make_subscriber("uno@example.org")
    make_subscriber("dos@example.org")
    send = Send.objects.create(edition=edition)
    sending.record_deliveries(send)
    send.recorded_at = send.created_at
    send.status = Send.Status.PAUSED
    send.save()
    cut_off = Delivery.objects.get(subscriber__email="uno@example.org")
    cut_off.status = Delivery.Status.SENDING
    cut_off.save()

    sending.deliver(send.pk)

    cut_off.refresh_from_db()
    assert cut_off.status == Delivery.Status.UNKNOWN
    assert recipients(mailoutbox) == ["dos@example.org"]


def test_an_address_that_leaves_mid_send_is_skipped(edition, mailoutbox):
    make_subscriber("uno@example.org")
    gone = make_subscriber("dos@example.org")
    send = Send.objects.create(edition=edition)
    send.recorded_at = send.created_at
    send.save()
    sending.record_deliveries(send)
    leave(gone)

    sending.deliver(send.pk)

    assert recipients(mailoutbox) == ["uno@example.org"]
    assert Delivery.objects.get(subscriber=gone).status == Delivery.Status.SKIPPED


def test_a_scheduled_send_waits_for_its_time(edition, mailoutbox):
    make_subscriber("uno@example.org")

    send, _queued = sending.start_send(
        edition, scheduled_at=timezone.now() + timedelta(hours=2)
    )
    sending.deliver(send.pk)

    send.refresh_from_db()
    assert send.status == Send.Status.SCHEDULED
    assert mailoutbox == []
    assert sending.start_due_sends() == 0


def test_the_command_starts_a_scheduled_send_once_due(edition, mailoutbox):
    make_subscriber("uno@example.org")
    send, _queued = sending.start_send(
        edition, scheduled_at=timezone.now() + timedelta(hours=2)
    )
    Send.objects.filter(pk=send.pk).update(
        scheduled_at=timezone.now() - timedelta(minutes=1)
    )

    call_command("send_due_bulletins", "--dry-run", verbosity=0)
    assert mailoutbox == []
    call_command("send_due_bulletins", verbosity=0)

    send.refresh_from_db()
    assert send.status == Send.Status.DONE
    assert recipients(mailoutbox) == ["uno@example.org"]


def test_a_send_whose_worker_died_can_be_resumed(edition, mailoutbox):
    make_subscriber("uno@example.org")
    send = Send.objects.create(edition=edition, status=Send.Status.SENDING)

    _send, queued = sending.start_send(edition)

    send.refresh_from_db()
    assert queued
    assert send.status == Send.Status.DONE
    assert recipients(mailoutbox) == ["uno@example.org"]
