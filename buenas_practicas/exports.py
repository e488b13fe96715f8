"""Open-data downloads (CSV and JSON) of the filtered lists."""

import csv
import json
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse

from buenas_practicas.listing import Listing, term_names
from home.spreadsheets import safe_cell

PRACTICE_FIELDS = [
    "title",
    "url",
    "country",
    "country_name",
    "year",
    "edition",
    "institutions",
    "themes",
    "population_groups",
    "summary",
    "is_example",
]
INSTRUMENT_FIELDS = [
    "title",
    "url",
    "country",
    "country_name",
    "kind",
    "number",
    "date_issued",
    "status",
    "source_url",
    "full_text_url",
    "themes",
    "summary",
    "is_example",
]


def practice_rows(listing: Listing, request: HttpRequest) -> Iterable[dict]:
    themes = listing.labels("theme")
    populations = listing.labels("population")
    institutions = listing.labels("institution")
    for page in listing.results:
        yield {
            "title": page.title,
            "url": page.get_full_url(request),
            "country": page.country,
            "country_name": str(page.get_country_display()),
            "year": page.year,
            "edition": page.edition,
            "institutions": term_names(page.institutions.all(), institutions),
            "themes": term_names(page.themes.all(), themes),
            "population_groups": term_names(page.population_groups.all(), populations),
            "summary": page.summary,
            "is_example": page.is_example,
        }


def instrument_rows(listing: Listing, request: HttpRequest) -> Iterable[dict]:
    themes = listing.labels("theme")
    for page in listing.results:
        yield {
            "title": page.title,
            "url": page.get_full_url(request),
            "country": page.country,
            "country_name": str(page.get_country_display()),
            "kind": page.kind,
            "number": page.number,
            "date_issued": page.date_issued.isoformat() if page.date_issued else "",
            "status": page.status,
            "source_url": page.source_url,
            "full_text_url": page.document.url if page.document else "",
            "themes": term_names(page.themes.all(), themes),
            "summary": page.summary,
            "is_example": page.is_example,
        }


def as_csv(rows: Iterable[dict], fieldnames: list[str], filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    # The byte-order mark lets spreadsheet programs read the accents right.
    response.write("\ufeff")
    writer = csv.DictWriter(response, fieldnames=fieldnames)
    writer.writeheader()
    for row in rows:
        # Proposed practices come from a public form: no cell may be a formula.
        writer.writerow(
            {
                key: safe_cell("; ".join(value) if isinstance(value, list) else value)
                for key, value in row.items()
            }
        )
    return response


def as_json(rows: Iterable[dict], filename: str) -> HttpResponse:
    response = HttpResponse(
        json.dumps({"results": list(rows)}, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.json"'
    return response
