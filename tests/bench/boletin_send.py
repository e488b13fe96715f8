"""Sends an edition to 5,000 and then 20,000 subscribers through anymail.

The mail provider is a stub of Postmark's API on 127.0.0.1, run in its own
process so that it costs the measured process nothing; anymail's Postmark
backend posts every message to it. The database is a temporary SQLite file
(in WAL mode with synchronous=NORMAL, as SQLite is run in production), or
the one in DATABASE_URL. Prints, for each size, the elapsed time, the
messages per second and the peak resident memory while sending, sampled
every 20 ms. With --trace, the peak of memory allocated by Python is traced
with tracemalloc instead, which slows sending down.

    .venv/bin/python tests/bench/boletin_send.py [--sizes 5000 20000] [--trace]
"""

import argparse
import datetime
import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class PostmarkStub(BaseHTTPRequestHandler):
    """Answers POST /email like Postmark's API does when it accepts a message."""

    protocol_version = "HTTP/1.1"
    # Headers and body leave in two writes: without this, Nagle's algorithm
    # and the client's delayed ACK add 40 ms to every answer.
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        payload = json.loads(self.rfile.read(length))
        body = json.dumps(
            {
                "To": payload.get("To", ""),
                "SubmittedAt": "2025-12-01T10:00:00Z",
                "MessageID": str(uuid.uuid4()),
                "ErrorCode": 0,
                "Message": "OK",
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        pass


def serve(port_queue) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PostmarkStub)
    port_queue.put(server.server_address[1])
    server.serve_forever()


def configure(port: int, database: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitio.settings.test")
    if database:
        os.environ["DATABASE_URL"] = database
    import django
    from django.conf import settings

    django.setup()
    settings.EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
    settings.ANYMAIL = {
        "POSTMARK_SERVER_TOKEN": "bench-token",
        "POSTMARK_API_URL": f"http://127.0.0.1:{port}/",
    }


def build_site():
    from wagtail.models import Locale, Page, Site

    from boletin.models import BulletinIndexPage
    from home.models import HomePage

    Locale.objects.get_or_create(language_code="es")
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="Movilidad humana", slug="inicio")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    index = BulletinIndexPage(title="Boletín", slug="boletin")
    home.add_child(instance=index)
    return index


def add_subscribers(first: int, last: int) -> None:
    from django.utils import timezone

    from boletin.models import Subscriber

    now = timezone.now()
    languages = ["es", "en", "pt", "fr"]
    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"persona{number}@example.org",
                language=languages[number % 4],
                status=Subscriber.Status.CONFIRMED,
                consent_version="bench",
                consent_language="es",
                consented_at=now,
                confirmed_at=now,
            )
            for number in range(first, last)
        ),
        batch_size=2000,
    )


def make_edition(index, number: int):
    from wagtail.rich_text import RichText

    from boletin.models import BulletinPage

    paragraphs = [
        ("paragraph", RichText(f"<p>Párrafo {line} de la edición {number}.</p>"))
        for line in range(20)
    ]
    edition = BulletinPage(
        title=f"Edición {number}",
        slug=f"edicion-{number}",
        number=number,
        date=datetime.date(2025, 12, 1),
        theme="Derechos de las personas en movilidad",
        editorial="Editorial " * 50,
        body=[("heading", {"text": "Sección", "level": "h2"}), *paragraphs],
    )
    index.add_child(instance=edition)
    edition.save_revision().publish()
    return edition


class MemorySampler(threading.Thread):
    """Keeps the highest resident memory of this process seen while it runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.done = threading.Event()

    @staticmethod
    def resident() -> int:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def run(self) -> None:
        while not self.done.wait(0.02):
            self.peak = max(self.peak, self.resident())

    def stop(self) -> int:
        self.done.set()
        self.join()
        return max(self.peak, self.resident())


def send(edition, trace: bool) -> tuple[float, int, int]:
    from boletin import sending
    from boletin.models import Delivery

    sampler = MemorySampler()
    if trace:
        tracemalloc.start()
    else:
        sampler.start()
    started = time.perf_counter()
    sent_send, _queued = sending.start_send(edition)
    elapsed = time.perf_counter() - started
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    else:
        peak = sampler.stop()
    sent = Delivery.objects.filter(send=sent_send, status=Delivery.Status.SENT).count()
    return elapsed, sent, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--trace", action="store_true")
    options = parser.parse_args()

    ports = multiprocessing.Queue()
    stub = multiprocessing.Process(target=serve, args=(ports,), daemon=True)
    stub.start()
    port = ports.get(timeout=10)

    with tempfile.TemporaryDirectory() as folder:
        database = None
        if not os.environ.get("DATABASE_URL"):
            database = f"sqlite:///{folder}/bench.sqlite3"
        configure(port, database)
        from django.core.management import call_command
        from django.db import connection

        print(f"database: {connection.vendor}; migrating…", flush=True)
        call_command("migrate", verbosity=0)
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
        import logging

        logging.disable(logging.INFO)
        index = build_site()

        subscribers = 0
        for number, size in enumerate(options.sizes, start=1):
            add_subscribers(subscribers, size)
            subscribers = size
            edition = make_edition(index, number)
            elapsed, sent, peak = send(edition, trace=options.trace)
            kind = "traced Python memory" if options.trace else "resident memory"
            print(
                f"{size:>6} subscribers: {sent} sent in {elapsed:.1f} s, "
                f"{sent / elapsed:.0f} messages/s, peak {kind} "
                f"{peak / 1024 / 1024:.1f} MiB",
                flush=True,
            )

        connection.close()
    stub.terminate()


if __name__ == "__main__":
    main()
