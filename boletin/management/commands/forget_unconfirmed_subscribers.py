"""Deletes subscription requests that were never confirmed; run it daily."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from boletin.subscriptions import forget_unconfirmed


class DryRun(Exception):
    pass


class Command(BaseCommand):
    help = "Deletes addresses that never confirmed their subscription."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count them without deleting."
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        try:
            with transaction.atomic():
                count = forget_unconfirmed()
                if dry_run:
                    raise DryRun
        except DryRun:
            self.stdout.write(
                _("%(count)d unconfirmed addresses would be deleted.")
                % {"count": count}
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)d unconfirmed addresses deleted.") % {"count": count}
            )
        )
