"""Taking a seat, the waiting list, approvals and cancellations.

These functions work on any page type that mixes in RegistrableEvent, so
every kind of event with a registration form shares them.

Capacity holds under concurrent requests because a seat is taken while the
event's page row is locked (SELECT … FOR UPDATE inside a transaction):
requests for the same event queue on that lock, then count and insert one at
a time. SQLite ignores the lock but lets only one writer in at a time anyway.
"""

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from eventos.models import Registration, RegistrationStatus
from home.models import MemberInstitution

logger = logging.getLogger(__name__)

TOKEN_SALT = "eventos.registration"

# Seconds to wait between counting the seats and saving the registration.
# Always zero in production. The concurrency test sets it, with the lock
# switched off, to widen the window where two requests see the same count:
# without it the race exists but is too short to show up reliably.
RACE_WINDOW_SECONDS = 0.0


class RegistrationClosed(Exception):
    """Registration for this event is not open now."""


@dataclass
class Applicant:
    """What a person gives when registering; nothing else is stored."""

    name: str
    email: str
    language: str
    consent_version: str
    country: str = ""
    participant_kind: str = ""
    institution: MemberInstitution | None = None
    institution_other: str = ""
    accessibility_needs: str = ""
    answers: dict = field(default_factory=dict)


@dataclass
class Outcome:
    registration: Registration
    created: bool


def normalize_email(email: str) -> str:
    return email.strip().lower()


def canonical_event(page: Page) -> Page:
    """The default-language version of an event, which holds its registrations."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    source = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale=default)
        .first()
    )
    return source or page


def seats_taken(event: Page) -> int:
    return Registration.objects.filter(
        event_id=event.pk, status=RegistrationStatus.CONFIRMED
    ).count()


def seats_left(event: Page) -> int | None:
    if event.capacity is None:
        return None
    return max(event.capacity - seats_taken(event), 0)


def _lock(event: Page) -> None:
    Page.objects.select_for_update().filter(pk=event.pk).values_list("pk").get()


def _status_for_new(event: Page) -> str:
    if event.requires_approval:
        return RegistrationStatus.PENDING
    left = seats_left(event)
    if left is None or left > 0:
        return RegistrationStatus.CONFIRMED
    return RegistrationStatus.WAITING


def _notify(registration_id: int, reason: str) -> None:
    """Queues a mail inside the caller's transaction.

    With the database queue the task row commits or rolls back together with
    the change it announces, so a mail is neither lost nor sent for nothing.
    """
    from eventos.mailing import send_registration_mail

    send_registration_mail.enqueue(registration_id, reason)


def register(
    event: Page,
    applicant: Applicant,
    *,
    lock: bool = True,
    now: datetime | None = None,
) -> Outcome:
    """Registers a person, or finds their registration if they already have one.

    `lock=False` only exists so that a test can show the lock is what keeps
    the capacity exact.
    """
    event = canonical_event(event)
    if not event.registration_is_open(now):
        raise RegistrationClosed
    email = normalize_email(applicant.email)

    try:
        with transaction.atomic():
            if lock:
                _lock(event)
            existing = Registration.objects.filter(
                event_id=event.pk, email_normalized=email
            ).first()
            if existing and existing.status != RegistrationStatus.CANCELLED:
                return Outcome(existing, created=False)

            status = _status_for_new(event)
            if RACE_WINDOW_SECONDS:
                time.sleep(RACE_WINDOW_SECONDS)
            registration = existing or Registration(event_id=event.pk)
            _fill(registration, applicant, email, status)
            registration.save()
            _notify(registration.pk, "registered")
    except IntegrityError:
        # Only reachable without the lock: two requests with the same address.
        existing = Registration.objects.get(event_id=event.pk, email_normalized=email)
        return Outcome(existing, created=False)

    logger.info("registration %s for event %s is %s", registration.pk, event.pk, status)
    return Outcome(registration, created=True)


def _fill(
    registration: Registration, applicant: Applicant, email: str, status: str
) -> None:
    now = timezone.now()
    registration.status = status
    registration.name = applicant.name.strip()
    registration.email = applicant.email.strip()
    registration.email_normalized = email
    registration.language = applicant.language
    registration.country = applicant.country
    registration.participant_kind = applicant.participant_kind
    registration.institution = applicant.institution
    registration.institution_other = applicant.institution_other.strip()
    registration.accessibility_needs = applicant.accessibility_needs.strip()
    registration.answers = applicant.answers
    registration.consent_version = applicant.consent_version
    registration.consented_at = now
    registration.registered_at = now
    registration.cancelled_at = None
    registration.decided_at = None


def fill_free_seats(event: Page) -> list[Registration]:
    """Promotes people from the waiting list, in order, into free seats.

    The caller holds the event's lock inside a transaction.
    """
    left = seats_left(event)
    waiting = Registration.objects.filter(
        event_id=event.pk, status=RegistrationStatus.WAITING
    ).order_by("registered_at", "pk")
    if left is not None:
        waiting = waiting[:left]
    promoted = list(waiting)
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status"])
        _notify(registration.pk, "promoted")
        logger.info(
            "registration %s promoted from the waiting list of event %s",
            registration.pk,
            event.pk,
        )
    return promoted


def seats_freed_on_publish(sender, instance: Page, **kwargs) -> None:
    """Promotes people waiting when an editor publishes a larger capacity."""
    if not hasattr(instance, "capacity") or canonical_event(instance) != instance:
        return
    with transaction.atomic():
        _lock(instance)
        fill_free_seats(instance)


@transaction.atomic
def cancel(registration: Registration) -> list[Registration]:
    """Cancels a registration and gives its seat to the next person waiting."""
    event = registration.event.specific
    _lock(event)
    registration.refresh_from_db()
    if registration.status in {
        RegistrationStatus.CANCELLED,
        RegistrationStatus.REJECTED,
    }:
        return []

    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    logger.info("registration %s cancelled", registration.pk)
    return fill_free_seats(event)


@transaction.atomic
def approve(registration: Registration) -> None:
    """Accepts a pending registration: a seat if one is free, else the list."""
    event = registration.event.specific
    _lock(event)
    registration.refresh_from_db()
    if registration.status != RegistrationStatus.PENDING:
        return

    left = seats_left(event)
    registration.status = (
        RegistrationStatus.CONFIRMED
        if left is None or left > 0
        else RegistrationStatus.WAITING
    )
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_at"])
    _notify(registration.pk, "approved")
    logger.info("registration %s approved: %s", registration.pk, registration.status)


@transaction.atomic
def reject(registration: Registration) -> None:
    registration.refresh_from_db()
    if registration.status not in {
        RegistrationStatus.PENDING,
        RegistrationStatus.WAITING,
    }:
        return

    registration.status = RegistrationStatus.REJECTED
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_at"])
    _notify(registration.pk, "rejected")
    logger.info("registration %s rejected", registration.pk)


def mark_attended(registrations: Iterable[Registration]) -> int:
    """Marks people as attended and gives each a certificate code."""
    count = 0
    for registration in registrations:
        if registration.status != RegistrationStatus.CONFIRMED:
            continue
        registration.mark_attended()
        registration.save(update_fields=["attended", "certificate_code"])
        count += 1
    return count


def resend(registration: Registration) -> None:
    """Sends the current state again to someone who registered before."""
    _notify(registration.pk, "registered")


def manage_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=TOKEN_SALT)


def registration_from_token(token: str) -> Registration | None:
    try:
        pk = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return (
        Registration.objects.select_related("event", "institution")
        .filter(pk=pk, anonymised_at__isnull=True)
        .first()
    )


def manage_url(registration: Registration) -> str:
    """Absolute link to manage a registration, in the registrant's language."""
    with translation.override(registration.language):
        path = reverse("eventos:manage", args=[manage_token(registration)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
