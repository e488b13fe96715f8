"""Subscribing, confirming (double opt-in), changing language and leaving.

Links in mails carry signed tokens instead of the address: a confirmation
token expires, a manage token does not, so that links in old bulletins keep
working. Opening a link never changes anything; only a POST does, because
mail scanners open every link they see.
"""

import enum
import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from boletin.forms import CONSENT_VERSION
from boletin.models import Subscriber, normalize_email

logger = logging.getLogger(__name__)

CONFIRMATION_MAX_AGE = timedelta(days=7)
# A pending address gets at most one confirmation mail in this time, so the
# form cannot be used to flood someone's mailbox.
CONFIRMATION_RESEND_AFTER = timedelta(minutes=15)

# An address that never confirmed is deleted once its link has long expired.
UNCONFIRMED_RETENTION = timedelta(days=30)

_CONFIRM_SALT = "boletin.confirm"
_MANAGE_SALT = "boletin.manage"


def absolute_url(path: str) -> str:
    """An address readers can open from a mail; the host comes from settings."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def localized_url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return absolute_url(reverse(name, kwargs=kwargs))


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=_CONFIRM_SALT).sign(str(subscriber.key))


def manage_token(subscriber: Subscriber) -> str:
    return signing.Signer(salt=_MANAGE_SALT).sign(str(subscriber.key))


def manage_url(subscriber: Subscriber) -> str:
    return localized_url(
        "boletin:manage", subscriber.language, token=manage_token(subscriber)
    )


def leave_url(subscriber: Subscriber) -> str:
    return localized_url(
        "boletin:leave", subscriber.language, token=manage_token(subscriber)
    )


class TokenError(enum.Enum):
    EXPIRED = "expired"
    INVALID = "invalid"


def subscriber_for_manage_token(token: str) -> Subscriber | None:
    try:
        key = signing.Signer(salt=_MANAGE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(key=key).first()


def subscriber_for_confirmation_token(token: str) -> Subscriber | TokenError:
    try:
        key = signing.TimestampSigner(salt=_CONFIRM_SALT).unsign(
            token, max_age=CONFIRMATION_MAX_AGE
        )
    except signing.SignatureExpired:
        return TokenError.EXPIRED
    except signing.BadSignature:
        return TokenError.INVALID
    subscriber = Subscriber.objects.filter(key=key).first()
    return subscriber if subscriber is not None else TokenError.INVALID


def subscribe(email: str, language: str, consent_language: str) -> None:
    """Records the request and mails a confirmation link when one is due.

    Says nothing about what happened: the caller shows the same answer
    whether the address was new, waiting, subscribed or suppressed.
    """
    email = normalize_email(email)
    now = timezone.now()
    consent = {
        "consent_version": CONSENT_VERSION,
        "consent_language": consent_language,
        "consented_at": now,
    }

    try:
        with transaction.atomic():
            subscriber = (
                Subscriber.objects.select_for_update().filter(email=email).first()
            )
            if subscriber is None:
                subscriber = Subscriber.objects.create(
                    email=email, language=language, **consent
                )
            elif not _may_request_confirmation(subscriber, now):
                return
            else:
                subscriber.status = Subscriber.Status.PENDING
                subscriber.language = language
                for field, value in consent.items():
                    setattr(subscriber, field, value)
            subscriber.confirmation_sent_at = now
            subscriber.save()
    except IntegrityError:
        # The same address arrived twice at once; the other request mails it.
        return

    send_confirmation(subscriber)


def _may_request_confirmation(subscriber: Subscriber, now) -> bool:
    if subscriber.status in (Subscriber.Status.PENDING, Subscriber.Status.UNSUBSCRIBED):
        sent = subscriber.confirmation_sent_at
        return sent is None or now - sent >= CONFIRMATION_RESEND_AFTER
    # Confirmed addresses need nothing; bounced or complaining ones are never
    # mailed again.
    return False


def send_confirmation(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        context = {
            "confirm_url": localized_url(
                "boletin:confirm",
                subscriber.language,
                token=confirmation_token(subscriber),
            ),
            "days": CONFIRMATION_MAX_AGE.days,
            "site_url": absolute_url(f"/{subscriber.language}/"),
        }
        message = EmailMultiAlternatives(
            subject=_("Confirm your subscription to the RINDHCA bulletin"),
            body=render_to_string("boletin/mail/confirmation.txt", context),
            to=[subscriber.email],
        )
        message.attach_alternative(
            render_to_string("boletin/mail/confirmation.html", context), "text/html"
        )
    try:
        message.send()
    except Exception:
        # The person sees the usual answer and can ask again; nothing is lost.
        logger.exception("confirmation mail to subscriber %s failed", subscriber.pk)
        return
    logger.info("confirmation mail sent to subscriber %s", subscriber.pk)


def confirm(subscriber: Subscriber) -> bool:
    """Confirms a waiting address; False when it can no longer be confirmed."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return True
        if subscriber.status != Subscriber.Status.PENDING:
            return False
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    logger.info("subscriber %s confirmed", subscriber.pk)
    return True


def leave(subscriber: Subscriber) -> None:
    """Stops every mail to the address, including a send under way."""
    updated = Subscriber.objects.filter(
        pk=subscriber.pk,
        status__in=[Subscriber.Status.PENDING, Subscriber.Status.CONFIRMED],
    ).update(status=Subscriber.Status.UNSUBSCRIBED, left_at=timezone.now())
    if updated:
        logger.info("subscriber %s left", subscriber.pk)


def change_language(subscriber: Subscriber, language: str) -> None:
    Subscriber.objects.filter(pk=subscriber.pk).update(language=language)
    logger.info("subscriber %s changed language", subscriber.pk)


def suppress(email: str, status: str) -> bool:
    """Marks an address that bounced or complained; it is never mailed again."""
    updated = (
        Subscriber.objects.filter(email=normalize_email(email))
        .exclude(status__in=[Subscriber.Status.BOUNCED, Subscriber.Status.COMPLAINED])
        .update(status=status, left_at=timezone.now())
    )
    return bool(updated)


def forget_unconfirmed(older_than: timedelta = UNCONFIRMED_RETENTION) -> int:
    """Deletes addresses that never confirmed: without consent, nothing to keep."""
    deleted, _rows = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING,
        confirmation_sent_at__lt=timezone.now() - older_than,
    ).delete()
    if deleted:
        logger.info("%d unconfirmed addresses forgotten", deleted)
    return deleted
