"""Erases personal data of registrations whose retention period is over."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from eventos.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Erase accessibility needs of ended events and anonymise registrations "
        "of events that ended more than REGISTRATION_RETENTION_MONTHS ago."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count, but change nothing."
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        report = apply_retention(dry_run=dry_run)

        prefix = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{prefix} accessibility needs of {report.accessibility_erased} "
            f"registrations; anonymised {report.anonymised} registrations "
            f"(events ended over {settings.REGISTRATION_RETENTION_MONTHS} months ago)."
        )
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was changed."))
        else:
            self.stdout.write(self.style.SUCCESS("Done."))
