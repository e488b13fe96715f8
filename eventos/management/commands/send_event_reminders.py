"""Sends the reminder mail to participants of events starting within a day."""

from django.core.management.base import BaseCommand, CommandParser

from eventos.mailing import REMINDER_AHEAD, due_reminders, send_due_reminders


class Command(BaseCommand):
    help = "Remind confirmed participants of events that start within a day."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count, but send nothing."
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        if dry_run:
            count = due_reminders().count()
            self.stdout.write(f"{count} reminders due within {REMINDER_AHEAD}.")
            self.stdout.write(self.style.WARNING("Dry run: nothing was sent."))
            return

        sent = send_due_reminders()
        self.stdout.write(self.style.SUCCESS(f"{sent} reminders sent."))
