"""Times the public pages of the demo site and counts their queries.

Run: .venv/bin/python tests/bench/pages.py [--requests 50]
Uses a fresh SQLite database in a temporary folder unless DATABASE_URL is set.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    folder = tempfile.mkdtemp()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "sitio.settings.test"
    import logging

    import django

    django.setup()
    logging.disable(logging.WARNING)

    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    client = Client()
    pages = list(Page.objects.live().filter(depth__gt=1).order_by("locale_id", "path"))

    print(f"{'page':<60} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
    for page in pages:
        url = page.url
        client.get(url)
        # Each request empties the query log; start from an empty one too.
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        # Read the count now: later requests empty the log it is read from.
        query_count = len(queries)
        timings = []
        for _ in range(args.requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"{url:<60} {query_count:>7} {statistics.median(timings):>10.1f} "
            f"{p95:>8.1f}"
        )


if __name__ == "__main__":
    main()
