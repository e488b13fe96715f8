"""Registrations per second and p95 latency under concurrent load, on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/rindhca_eventos \
        .venv/bin/python tests/bench/eventos_register.py --threads 20 --each 25

Builds a throw-away test database, then lets THREADS threads (each with its
own connection) register EACH people apiece for one event whose capacity is
a third of the total, so the run covers confirmed seats and the waiting list.
Mail tasks go to the database queue, as in production.
"""

import argparse
import os
import statistics
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitio.settings.test")

import django  # noqa: E402

django.setup()

from asgiref.local import Local  # noqa: E402
from django.conf import settings  # noqa: E402
from django_tasks import task_backends  # noqa: E402

# Mail tasks go to the database queue as in production, not run inline: the
# test settings chose the inline backend, which django.setup() already loaded.
settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
task_backends.__dict__.pop("settings", None)
task_backends._settings = None
task_backends._connections = Local(task_backends.thread_critical)
from django.db import connection, connections  # noqa: E402
from django.test.utils import (  # noqa: E402
    setup_test_environment,
    teardown_test_environment,
)
from django.utils import timezone  # noqa: E402


def build_event():
    from wagtail.models import Locale, Page

    from eventos.models import EventIndexPage, EventPage
    from home.models import HomePage

    Locale.objects.get_or_create(language_code="es")
    root = Page.get_first_root_node()
    home = HomePage(title="Inicio", slug="inicio-bench")
    root.add_child(instance=home)
    index = EventIndexPage(title="Eventos", slug="eventos")
    home.add_child(instance=index)
    start = timezone.now() + timedelta(days=7)
    event = EventPage(
        title="Webinar de carga",
        slug="webinar-de-carga",
        start=start,
        end=start + timedelta(hours=2),
        time_zone="America/Bogota",
    )
    index.add_child(instance=event)
    return event


def run(threads: int, each: int) -> None:
    from eventos import registration
    from eventos.models import Registration, RegistrationStatus

    event = build_event()
    event.capacity = threads * each // 3
    event.save()
    latencies: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def worker(number: int) -> None:
        barrier.wait()
        mine = []
        for i in range(each):
            applicant = registration.Applicant(
                name=f"Persona {number}-{i}",
                email=f"p{number}-{i}@example.org",
                language="es",
                consent_version="bench",
                country="CO",
                participant_kind="other",
                institution_other="Bench",
            )
            began = time.perf_counter()
            registration.register(event, applicant)
            mine.append(time.perf_counter() - began)
        with lock:
            latencies.extend(mine)
        connections.close_all()

    began = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    elapsed = time.perf_counter() - began

    total = threads * each
    confirmed = Registration.objects.filter(
        event_id=event.pk, status=RegistrationStatus.CONFIRMED
    ).count()
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.count()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(
        f"database       {connection.vendor} ({settings.DATABASES['default']['NAME']})"
    )
    print(f"threads        {threads} x {each} registrations = {total}")
    print(f"capacity       {event.capacity}, confirmed {confirmed}")
    print(f"mails queued   {queued}")
    print(f"throughput     {total / elapsed:.1f} registrations/second")
    print(f"latency p50    {statistics.median(latencies) * 1000:.1f} ms")
    print(f"latency p95    {p95 * 1000:.1f} ms")
    print(f"latency max    {latencies[-1] * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--each", type=int, default=25)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database: row locks need it.")

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        run(args.threads, args.each)
    finally:
        connections.close_all()
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
