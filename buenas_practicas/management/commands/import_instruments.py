"""Imports legal instruments into the repository from a CSV or XLSX file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from buenas_practicas.importing import SpreadsheetError, import_instruments, read_rows
from buenas_practicas.models import RepositoryIndexPage


class Command(BaseCommand):
    help = "Imports legal instruments from a spreadsheet and reports rejected rows."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--index",
            type=int,
            help="Id of the repository page; by default the Spanish one.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the rows, import nothing."
        )

    def handle(self, *args, file: Path, index: int | None, dry_run: bool, **options):
        repositories = RepositoryIndexPage.objects.all()
        repository = (
            repositories.filter(pk=index).first()
            if index
            else repositories.filter(locale__language_code="es").first()
        )
        if repository is None:
            raise CommandError("No repository page found.")
        try:
            rows = read_rows(file.read_bytes(), file.name)
        except (OSError, SpreadsheetError) as error:
            raise CommandError(str(error)) from error

        report = import_instruments(repository, rows, dry_run=dry_run)

        for row in report.rejected:
            self.stdout.write(
                self.style.WARNING(
                    f"line {row.line} rejected ({row.title}): {' '.join(row.reasons)}"
                )
            )
        verb = "valid (dry run, nothing imported)" if dry_run else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.accepted} rows {verb}; {len(report.rejected)} rejected."
            )
        )
