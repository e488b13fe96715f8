"""Imports legal instruments into the repository from a CSV or XLSX spreadsheet.

Each row is checked on its own: good rows become published pages, bad rows
are reported with their line number and the reason, and nothing of a bad row
is stored. The first row holds the column names.
"""

import csv
import datetime
import io
import logging
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import find_available_slug

from buenas_practicas.models import LegalInstrumentPage, RepositoryIndexPage, Theme
from home.countries import Country

logger = logging.getLogger(__name__)

COLUMNS = [
    "title",
    "country",
    "kind",
    "number",
    "date_issued",
    "status",
    "source_url",
    "themes",
    "summary",
]
REQUIRED_COLUMNS = {"title", "country", "kind"}
MAX_ROWS = 2000


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; no row was imported."""


@dataclass
class RejectedRow:
    line: int
    title: str
    reasons: list[str]


@dataclass
class ImportReport:
    created: list[LegalInstrumentPage] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    dry_run: bool = False
    accepted: int = 0


def choice_lookup(choices) -> dict[str, str]:
    """Accepts a choice by its code or its label in any site language and case."""
    lookup = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for value, label in choices:
                lookup[str(value).lower()] = value
                lookup[str(label).lower()] = value
    return lookup


class InstrumentRowForm(forms.Form):
    """Validates one spreadsheet row as a legal instrument."""

    title = forms.CharField(label=gettext_lazy("title"), max_length=255)
    country = forms.CharField(label=gettext_lazy("country"))
    kind = forms.CharField(label=gettext_lazy("kind"))
    number = forms.CharField(
        label=gettext_lazy("number"), max_length=80, required=False
    )
    date_issued = forms.DateField(
        label=gettext_lazy("date of issue"),
        required=False,
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    status = forms.CharField(label=gettext_lazy("status"), required=False)
    source_url = forms.URLField(label=gettext_lazy("official source"), required=False)
    themes = forms.CharField(label=gettext_lazy("themes"), required=False)
    summary = forms.CharField(label=gettext_lazy("summary"), required=False)

    def __init__(self, *args, themes: dict[str, Theme], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.known_themes = themes

    def clean_choice(self, name: str, choices, message: str) -> str:
        value = self.cleaned_data[name].strip()
        chosen = choice_lookup(choices).get(value.lower())
        if chosen is None:
            raise forms.ValidationError(message % {"value": value})
        return chosen

    def clean_country(self) -> str:
        return self.clean_choice(
            "country", Country.choices, _("Unknown country “%(value)s”.")
        )

    def clean_kind(self) -> str:
        return self.clean_choice(
            "kind",
            LegalInstrumentPage.Kind.choices,
            _("Unknown kind of instrument “%(value)s”."),
        )

    def clean_status(self) -> str:
        if not self.cleaned_data["status"].strip():
            return LegalInstrumentPage.Status.IN_FORCE
        return self.clean_choice(
            "status",
            LegalInstrumentPage.Status.choices,
            _("Unknown status “%(value)s”."),
        )

    def clean_themes(self) -> list[Theme]:
        names = [
            name.strip() for name in self.cleaned_data["themes"].split(";") if name
        ]
        names = [name for name in names if name]
        unknown = [name for name in names if name.lower() not in self.known_themes]
        if unknown:
            raise forms.ValidationError(
                _("Unknown themes: %(names)s.") % {"names": ", ".join(unknown)}
            )
        return [self.known_themes[name.lower()] for name in names]


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_csv(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpreadsheetError(_("The CSV file must be saved as UTF-8.")) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def read_xlsx(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:
        raise SpreadsheetError(
            _("The file is not a readable XLSX workbook.")
        ) from error
    sheet = workbook.worksheets[0]
    rows = [
        [cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)
    ]
    workbook.close()
    return rows


def read_rows(content: bytes, filename: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of the file as (line number, {column: text}), header excluded."""
    name = filename.lower()
    if name.endswith(".csv"):
        table = read_csv(content)
    elif name.endswith(".xlsx"):
        table = read_xlsx(content)
    else:
        raise SpreadsheetError(_("Upload a .csv or .xlsx file."))
    if not table:
        raise SpreadsheetError(_("The file is empty."))

    header = [cell_text(name).lower() for name in table[0]]
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        raise SpreadsheetError(
            _("Columns missing from the first row: %(columns)s.")
            % {"columns": ", ".join(sorted(missing))}
        )
    rows = []
    for line, values in enumerate(table[1:], start=2):
        row = {
            column: cell_text(value)
            for column, value in zip(header, values, strict=False)
            if column in COLUMNS
        }
        if any(row.values()):
            rows.append((line, row))
    if len(rows) > MAX_ROWS:
        raise SpreadsheetError(
            _("The file has more than %(max)d rows; split it.") % {"max": MAX_ROWS}
        )
    return rows


def theme_lookup(index: RepositoryIndexPage) -> dict[str, Theme]:
    """Themes by slug and by name in the repository's language or in Spanish."""
    lookup: dict[str, Theme] = {}
    for theme in Theme.objects.filter(locale_id=index.locale_id):
        lookup[theme.slug.lower()] = theme
        lookup[theme.name.lower()] = theme
    for theme in Theme.objects.exclude(locale=index.locale_id):
        lookup.setdefault(theme.slug.lower(), theme)
        lookup.setdefault(theme.name.lower(), theme)
    return lookup


def import_instruments(
    index: RepositoryIndexPage, rows: list[tuple[int, dict]], dry_run: bool = False
) -> ImportReport:
    """Creates one published instrument page per valid row under `index`."""
    report = ImportReport(dry_run=dry_run)
    themes = theme_lookup(index)
    existing = set(
        LegalInstrumentPage.objects.child_of(index)
        .exclude(number="")
        .values_list("country", "kind", "number")
    )

    for line, row in rows:
        form = InstrumentRowForm(row, themes=themes)
        if not form.is_valid():
            reasons = [
                f"{form.fields[name].label}: {' '.join(errors)}"
                if name in form.fields
                else " ".join(errors)
                for name, errors in form.errors.items()
            ]
            report.rejected.append(RejectedRow(line, row.get("title", ""), reasons))
            continue
        data = form.cleaned_data
        key = (data["country"], data["kind"], data["number"])
        if data["number"] and key in existing:
            report.rejected.append(
                RejectedRow(
                    line,
                    data["title"],
                    [_("This instrument is already in the repository.")],
                )
            )
            continue
        existing.add(key)
        report.accepted += 1
        if not dry_run:
            report.created.append(create_instrument(index, data))

    logger.info(
        "instrument import under index %s: %d accepted, %d rejected, dry run %s",
        index.pk,
        report.accepted,
        len(report.rejected),
        dry_run,
    )
    return report


@transaction.atomic
def create_instrument(index: RepositoryIndexPage, data: dict) -> LegalInstrumentPage:
    page = LegalInstrumentPage(
        title=data["title"],
        slug=find_available_slug(index, slugify(data["title"])[:70] or "instrument"),
        country=data["country"],
        kind=data["kind"],
        number=data["number"],
        date_issued=data["date_issued"],
        status=data["status"],
        source_url=data["source_url"],
        summary=data["summary"],
    )
    index.add_child(instance=page)
    page.themes.set(data["themes"])
    page.save_revision().publish()
    return page
