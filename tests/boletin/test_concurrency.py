import threading

import pytest
from django.db import connection

from boletin import sending
from boletin.models import Delivery, Send
from tests.boletin.conftest import make_edition, make_subscriber

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("row locks and skip-locked need PostgreSQL")


def run_together(target, count: int = 2) -> None:
    barrier = threading.Barrier(count)
    errors = []

    def worker():
        try:
            barrier.wait()
            target()
        except Exception as error:  # the test reports it below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_pressing_send_twice_at_once_sends_once(bulletin_index, mailoutbox):
    edition = make_edition(bulletin_index)
    for number in range(30):
        make_subscriber(f"persona{number}@example.org")

    run_together(lambda: sending.start_send(edition))

    assert Send.objects.count() == 1
    assert len(mailoutbox) == 30
    assert len({message.to[0] for message in mailoutbox}) == 30


def test_two_workers_on_one_send_never_mail_anyone_twice(bulletin_index, mailoutbox):
    edition = make_edition(bulletin_index)
    for number in range(60):
        make_subscriber(f"persona{number}@example.org")
    send = Send.objects.create(edition=edition, status=Send.Status.QUEUED)

    run_together(lambda: sending.deliver(send.pk, batch_size=5), count=3)
    sending.deliver(send.pk)

    assert len(mailoutbox) == 60
    assert len({message.to[0] for message in mailoutbox}) == 60
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 60
