"""Times the faceted index of good practices at several sizes.

Run with `.venv/bin/python tests/bench/buenas_practicas_facets.py [sizes...]`.
It builds a throwaway SQLite database in a temporary folder (or uses
DATABASE_URL when set, which must point at a database that may be wiped),
then prints, per size, the queries and the median time of four requests.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitio.settings.test")
WORKDIR = tempfile.mkdtemp(prefix="bench-buenas-practicas-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{WORKDIR}/bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from buenas_practicas.models import (  # noqa: E402
    GoodPracticeIndexPage,
    GoodPracticePage,
    PopulationGroup,
    Theme,
)
from home.models import HomePage, MemberInstitution  # noqa: E402

COUNTRIES = ["EC", "MX", "AR", "CO", "PA", "PE"]
QUERIES = [
    "",
    "?country=EC",
    "?country=EC&theme=asylum&year=2024",
    "?q=frontera&theme=asylum",
]
REPEATS = 7


def build_site() -> GoodPracticeIndexPage:
    call_command("migrate", verbosity=0)
    spanish = Locale.objects.get(language_code="es")
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="Inicio", slug="inicio", locale=spanish)
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    index = GoodPracticeIndexPage(title="Buenas prácticas", slug="buenas-practicas")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def grow(index: GoodPracticeIndexPage, size: int) -> None:
    spanish = Locale.objects.get(language_code="es")
    themes = list(Theme.objects.filter(locale=spanish))
    populations = list(PopulationGroup.objects.filter(locale=spanish))
    member, _created = MemberInstitution.objects.get_or_create(
        locale=spanish,
        slug="dpe",
        defaults={"name": "Defensoría", "country": "EC", "subregion": "andean"},
    )
    existing = GoodPracticePage.objects.count()
    for number in range(existing, size):
        page = GoodPracticePage(
            title=f"Práctica {number} de orientación" + " en frontera" * (number % 2),
            slug=f"practica-{number}",
            country=COUNTRIES[number % len(COUNTRIES)],
            year=2020 + number % 6,
            edition="2024",
            summary="Equipos que orientan a personas en la frontera.",
        )
        page.themes.set(themes[number % 3 : number % 3 + 2])
        page.population_groups.set(populations[number % 4 : number % 4 + 1])
        page.institutions.set([member])
        index.add_child(instance=page)


def measure(client: Client, url: str) -> tuple[int, float]:
    timings = []
    for _repeat in range(REPEATS):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    return len(queries), statistics.median(timings)


def main(sizes: list[int]) -> None:
    index = build_site()
    client = Client()
    print(f"database: {connection.vendor}")
    print(f"{'pages':>6} {'query':<40} {'queries':>7} {'median ms':>10}")
    for size in sizes:
        grow(index, size)
        for query in QUERIES:
            count, median = measure(client, index.url + query)
            print(f"{size:>6} {query or '(none)':<40} {count:>7} {median:>10.1f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10, 100, 500])
