"""Starts scheduled sends whose time has come and resumes sends whose worker died."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from boletin.sending import due_sends, start_due_sends


class Command(BaseCommand):
    help = "Starts scheduled bulletin sends that are due and resumes stalled ones."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the sends without starting them.",
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        if dry_run:
            for send in due_sends():
                self.stdout.write(_("Would start send %(id)s") % {"id": send.pk})
            return
        count = start_due_sends()
        self.stdout.write(
            self.style.SUCCESS(_("%(count)d sends started.") % {"count": count})
        )
