"""Deletes the proposers' addresses of proposals never published in time."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from buenas_practicas.models import PracticeProposal


class Command(BaseCommand):
    help = (
        "Deletes the email address of proposers whose practice was not published "
        "within PRACTICE_PROPOSAL_RETENTION_DAYS; the draft page stays."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count them, delete nothing."
        )

    def handle(self, *args, dry_run: bool, **options) -> None:
        days = getattr(settings, "PRACTICE_PROPOSAL_RETENTION_DAYS", 180)
        old = PracticeProposal.objects.filter(
            created_at__lt=timezone.now() - timedelta(days=days)
        )

        count = old.count()
        if not dry_run:
            old.delete()

        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} proposer addresses older than {days} days {verb}."
            )
        )
