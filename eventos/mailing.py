"""Mails to registrants: confirmation, waiting list, decisions and reminders.

Each mail is written in the registrant's language. A reminder is claimed by
setting `reminder_sent_at` in a conditional update before it is sent, so a
task that runs twice, or two workers at once, never send it twice.
"""

import logging
from datetime import datetime, timedelta

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_tasks import task

from eventos import calendars
from eventos.models import Registration, RegistrationStatus, registrable_models
from eventos.registration import manage_url

logger = logging.getLogger(__name__)

REMINDER_AHEAD = timedelta(days=1)


def _subject(registration: Registration, reason: str, title: str) -> str:
    status = registration.status
    if reason == "reminder":
        return _("Reminder: %(event)s starts soon") % {"event": title}
    if reason == "promoted":
        return _("A seat is free for you at %(event)s") % {"event": title}
    if status == RegistrationStatus.CONFIRMED:
        return _("Your registration for %(event)s is confirmed") % {"event": title}
    if status == RegistrationStatus.WAITING:
        return _("You are on the waiting list for %(event)s") % {"event": title}
    if status == RegistrationStatus.PENDING:
        return _("We received your registration for %(event)s") % {"event": title}
    if status == RegistrationStatus.REJECTED:
        return _("Your registration for %(event)s was not approved") % {"event": title}
    return _("Your registration for %(event)s") % {"event": title}


def compose(registration: Registration, reason: str) -> EmailMultiAlternatives:
    """The mail for a registration's current state, in the registrant's language."""
    with translation.override(registration.language):
        event = registration.localized_event()
        confirmed = registration.status == RegistrationStatus.CONFIRMED
        context = {
            "registration": registration,
            "event": event,
            "reason": reason,
            "confirmed": confirmed,
            "event_url": calendars.absolute_url(event),
            "manage_url": manage_url(registration),
        }
        subject = _subject(registration, reason, event.title)
        body = render_to_string("eventos/mail/registration.txt", context)
        message = EmailMultiAlternatives(subject, body, to=[registration.email])
        if confirmed:
            message.attach(
                f"{slugify(event.title)[:60] or 'event'}.ics",
                calendars.event_calendar(event, joining=True),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
    return message


def deliver(registration: Registration, reason: str) -> None:
    try:
        compose(registration, reason).send()
    except Exception:
        logger.exception(
            "mail %s for registration %s could not be sent", reason, registration.pk
        )
        return
    logger.info("mail %s sent for registration %s", reason, registration.pk)


@task()
def send_registration_mail(registration_id: int, reason: str) -> None:
    registration = (
        Registration.objects.select_related("event")
        .filter(pk=registration_id, anonymised_at__isnull=True)
        .exclude(email="")
        .first()
    )
    if registration is None:
        return
    deliver(registration, reason)


def due_reminders(now: datetime | None = None):
    """Confirmed registrations of events starting within a day, not yet reminded."""
    now = now or timezone.now()
    event_ids = [
        pk
        for model in registrable_models()
        for pk in model.objects.filter(
            start__gt=now, start__lte=now + REMINDER_AHEAD
        ).values_list("pk", flat=True)
    ]
    return Registration.objects.filter(
        event_id__in=event_ids,
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
    ).select_related("event")


def send_due_reminders(now: datetime | None = None) -> int:
    """Reminds confirmed participants of events that start within a day."""
    now = now or timezone.now()
    due = due_reminders(now)

    sent = 0
    for registration in due:
        claimed = Registration.objects.filter(
            pk=registration.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if not claimed:
            continue
        deliver(registration, "reminder")
        sent += 1
    logger.info("%d event reminders sent", sent)
    return sent


@task()
def send_event_reminders() -> int:
    return send_due_reminders()
