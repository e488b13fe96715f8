"""Capacity under concurrent registrations, on PostgreSQL."""

import threading

import pytest
from django.db import connection, connections

from eventos import registration
from eventos.models import Registration, RegistrationStatus
from tests.eventos.conftest import applicant

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

REQUESTS = 20
SEATS = 5


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")


def fire(event, *, lock: bool) -> list[BaseException]:
    """Registers REQUESTS people at once, each thread on its own connection."""
    barrier = threading.Barrier(REQUESTS)
    errors: list[BaseException] = []

    def one(number: int) -> None:
        try:
            barrier.wait()
            registration.register(event, applicant(number), lock=lock)
        except BaseException as error:  # noqa: B036 (reported to the test)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(REQUESTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_exactly_the_capacity_is_confirmed_and_the_rest_wait(make_event, monkeypatch):
    event = make_event(capacity=SEATS)
    # The same widened window as below: with the lock it must change nothing.
    monkeypatch.setattr(registration, "RACE_WINDOW_SECONDS", 0.05)

    errors = fire(event, lock=True)

    assert errors == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == SEATS
    assert statuses.count(RegistrationStatus.WAITING) == REQUESTS - SEATS


def test_without_the_lock_the_same_load_overbooks(make_event, monkeypatch):
    event = make_event(capacity=SEATS)
    # Between counting seats and saving, each request waits 50 ms, so that
    # requests reliably see the same count: the race is real but very short.
    monkeypatch.setattr(registration, "RACE_WINDOW_SECONDS", 0.05)

    errors = fire(event, lock=False)

    assert errors == []
    confirmed = Registration.objects.filter(status=RegistrationStatus.CONFIRMED)
    assert confirmed.count() > SEATS
