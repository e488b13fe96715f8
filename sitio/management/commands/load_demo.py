"""Builds the demo site from the working group's work plan.

Each section of the site keeps its own demo content in a `demo` module with a
`load(home)` function; this command runs them in an order where what a page
links to exists before the page. Running it again changes nothing.
"""

import importlib
import importlib.util

from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_MODULES = ["home.demo", "buenas_practicas.demo", "eventos.demo", "boletin.demo"]


class DryRun(Exception):
    pass


class Command(BaseCommand):
    help = "Load the demo content (work plan, members, allies) in four languages."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Build everything inside a transaction, then roll it back.",
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        try:
            with transaction.atomic():
                home = None
                for name in DEMO_MODULES:
                    if importlib.util.find_spec(name) is None:
                        continue
                    module = importlib.import_module(name)
                    home = module.load(home) or home
                    self.stdout.write(f"{name}: ok")
                if dry_run:
                    raise DryRun
        except DryRun:
            self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
            return

        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
