"""Ends the personal data of registrations once their purpose is over.

Accessibility needs go first, as soon as the event ends: they only serve to
prepare it. Names, addresses and answers go REGISTRATION_RETENTION_MONTHS
after the event ends (the time to send certificates and answer questions).
Country, institution and kind of participant stay, without a person attached,
for the counts the group reports on.
"""

import calendar
import logging
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from eventos.models import Registration, registrable_models

logger = logging.getLogger(__name__)


@dataclass
class RetentionReport:
    accessibility_erased: int
    anonymised: int


def months_before(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.month - 1 - months, 12)
    target_year, target_month = moment.year + year, month + 1
    day = min(moment.day, calendar.monthrange(target_year, target_month)[1])
    return moment.replace(year=target_year, month=target_month, day=day)


def _events_ended_before(moment: datetime) -> list[int]:
    return [
        pk
        for model in registrable_models()
        for pk in model.objects.filter(end__lt=moment).values_list("pk", flat=True)
    ]


@transaction.atomic
def apply_retention(
    now: datetime | None = None, *, dry_run: bool = False
) -> RetentionReport:
    now = now or timezone.now()
    cutoff = months_before(now, settings.REGISTRATION_RETENTION_MONTHS)
    ended = Registration.objects.filter(event_id__in=_events_ended_before(now))
    expired = Registration.objects.filter(
        event_id__in=_events_ended_before(cutoff), anonymised_at__isnull=True
    )
    with_needs = ended.exclude(accessibility_needs="")

    report = RetentionReport(
        accessibility_erased=with_needs.count(), anonymised=expired.count()
    )
    if dry_run:
        return report

    with_needs.update(accessibility_needs="", accessibility_erased_at=now)
    expired.update(
        name="",
        email="",
        email_normalized="",
        accessibility_needs="",
        answers={},
        anonymised_at=now,
    )
    logger.info(
        "retention: accessibility needs erased from %d registrations, "
        "%d registrations anonymised",
        report.accessibility_erased,
        report.anonymised,
    )
    return report


@task()
def anonymise_registrations() -> dict:
    report = apply_retention()
    return {
        "accessibility_erased": report.accessibility_erased,
        "anonymised": report.anonymised,
    }
