"""Sends an edition to every confirmed subscriber, exactly once each.

How nothing is sent twice and nobody is skipped:

1. When a send starts, one Delivery row per confirmed subscriber is written
   (unique per send and subscriber) before anything reaches the provider.
2. Only the worker holding the send's lease hands messages over.
3. Messages leave in small waves handed over in parallel. A wave's
   deliveries move from "pending" to "sending" in one committed update just
   before they leave, and only while their subscriber is still confirmed:
   an address that leaves or bounces mid-send is skipped.
4. A delivery found in "sending" by the next worker was being handed over
   when its worker died: the provider may have it, so it is marked
   "unknown" and never retried. Every "pending" one is sent on resume.
"""

import logging
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from anymail.exceptions import AnymailAPIError, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from boletin.mail import RenderedEdition, default_source, render_edition
from boletin.models import BulletinPage, Delivery, Send, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
RECORD_CHUNK = 2000
LEASE = timedelta(minutes=5)
# Per-address answers meaning the provider will not deliver to that address.
_REJECTED_STATUSES = {"rejected", "invalid"}


def start_send(
    page: BulletinPage, user=None, scheduled_at: datetime | None = None
) -> tuple[Send, bool]:
    """Creates the edition's send, or resumes a stopped one; never a second one.

    Returns the send and whether this call queued work.
    """
    edition = default_source(page)
    now = timezone.now()
    future = scheduled_at if scheduled_at and scheduled_at > now else None

    with transaction.atomic():
        send, created = Send.objects.select_for_update().get_or_create(
            edition=edition,
            defaults={
                "created_by": user,
                "scheduled_at": future,
                "status": Send.Status.SCHEDULED if future else Send.Status.QUEUED,
            },
        )
        if not created:
            if not send.can_resume():
                return send, False
            send.status = Send.Status.QUEUED
            send.save(update_fields=["status"])

    _enqueue(send)
    logger.info("send %s of edition %s queued", send.pk, edition.pk)
    return send, True


def _enqueue(send: Send) -> None:
    job = send_edition
    if send.scheduled_at and send.scheduled_at > timezone.now():
        if not job.get_backend().supports_defer:
            # The send_due_bulletins command starts it when it is due.
            return
        job = job.using(run_after=send.scheduled_at)
    job.enqueue(send.pk)


@task()
def send_edition(send_id: int) -> dict[str, int]:
    """Background task: hands the edition's pending deliveries to the provider."""
    return deliver(send_id)


def deliver(send_id: int, batch_size: int = BATCH_SIZE) -> dict[str, int]:
    """Sends what is pending of one send; safe to run again at any time."""
    lease = _take_lease(send_id)
    if lease is None:
        return {}

    send = Send.objects.select_related("edition").get(pk=send_id)
    editions: dict[str, RenderedEdition] = {}
    sent = 0
    stopped = finished = False
    with _Courier() as courier:
        try:
            while not stopped:
                if not _renew_lease(send_id, lease):
                    logger.warning(
                        "send %s lost its lease; another worker goes on", send_id
                    )
                    return {"sent": sent}
                batch = _pending(send_id, batch_size)
                if not batch:
                    finished = True
                    break
                for wave in _waves(batch, courier.size):
                    wave_sent, stopped = _send_wave(send, wave, editions, courier)
                    sent += wave_sent
                    if stopped:
                        break
        finally:
            _release_lease(send_id, lease, finished=finished)

    logger.info("send %s: %d messages handed over in this run", send_id, sent)
    return {"sent": sent}


def _pending(send_id: int, batch_size: int) -> list[Delivery]:
    return list(
        Delivery.objects.filter(send_id=send_id, status=Delivery.Status.PENDING)
        .select_related("subscriber")
        .only(
            "id",
            "language",
            "status",
            "subscriber__id",
            "subscriber__email",
            "subscriber__key",
            "subscriber__language",
            "subscriber__status",
        )
        .order_by("pk")[:batch_size]
    )


def _waves(batch: list[Delivery], size: int) -> Iterator[list[Delivery]]:
    for start in range(0, len(batch), size):
        yield batch[start : start + size]


class _Courier:
    """Hands messages to the provider over several connections at once.

    Each thread keeps its own mail connection, since a backend's HTTP session
    is not meant to be shared between threads.
    """

    def __init__(self) -> None:
        self.size = max(1, int(getattr(settings, "BULLETIN_SEND_CONCURRENCY", 8)))
        self._local = threading.local()
        self._connections: list = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=self.size)

    def __enter__(self) -> "_Courier":
        return self

    def __exit__(self, *exc_info) -> None:
        self._pool.shutdown(wait=True)
        for connection in self._connections:
            connection.close()

    def _connection(self) -> BaseEmailBackend:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = get_connection()
            connection.open()
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _hand_over(self, message) -> Exception | None:
        try:
            self._connection().send_messages([message])
        except Exception as error:  # judged by the caller, in the main thread
            return error
        return None

    def hand_over(self, messages: list) -> list[Exception | None]:
        return list(self._pool.map(self._hand_over, messages))


def _send_wave(
    send: Send,
    wave: list[Delivery],
    editions: dict[str, RenderedEdition],
    courier: _Courier,
) -> tuple[int, bool]:
    """Hands over a few messages at once; returns how many went and whether to stop.

    The whole wave is marked "sending" in one committed update before any of
    it leaves, so a crash can leave at most one wave's outcome unknown.
    """
    claimed = _claim([delivery.pk for delivery in wave])
    wave = [delivery for delivery in wave if delivery.pk in claimed]
    messages = []
    for delivery in wave:
        language = delivery.subscriber.language
        if language not in editions:
            editions[language] = render_edition(send.edition, language)
        delivery.language = editions[language].language
        messages.append(editions[language].message_for(delivery.subscriber))

    errors = courier.hand_over(messages)

    stopped = False
    now = timezone.now()
    for delivery, message, error in zip(wave, messages, errors, strict=True):
        delivery.updated_at = now
        delivery.error = _short(error) if error else ""
        if error is None:
            delivery.message_id, delivery.status = _outcome(
                message, delivery.subscriber.email
            )
        elif isinstance(error, AnymailRecipientsRefused):
            delivery.status = Delivery.Status.FAILED
        elif isinstance(error, AnymailAPIError) and error.status_code is not None:
            # The provider answered with an error: it did not take the message.
            delivery.status = Delivery.Status.PENDING
            stopped = True
        else:
            # No answer, or an unexpected error: the provider may have it.
            delivery.status = Delivery.Status.UNKNOWN
            stopped = True
    Delivery.objects.bulk_update(
        wave, ["status", "message_id", "language", "error", "updated_at"]
    )
    if stopped:
        logger.warning("send %s stopped: the provider failed", send.pk)
    return sum(row.status == Delivery.Status.SENT for row in wave), stopped


def _claim(ids: list[int]) -> set[int]:
    """Marks deliveries as being handed over, if their address may still get them.

    Deliveries whose subscriber left or bounced since the send started are
    marked skipped instead.
    """
    now = timezone.now()
    with transaction.atomic():
        # One statement checks the subscriber and claims, so nobody who left
        # before it runs is mailed; the lease makes these rows this worker's.
        Delivery.objects.filter(
            pk__in=ids,
            status=Delivery.Status.PENDING,
            subscriber__status=Subscriber.Status.CONFIRMED,
        ).update(status=Delivery.Status.SENDING, updated_at=now)
        Delivery.objects.filter(pk__in=ids, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.SKIPPED, updated_at=now
        )
        return set(
            Delivery.objects.filter(
                pk__in=ids, status=Delivery.Status.SENDING
            ).values_list("pk", flat=True)
        )


def _outcome(message, email: str) -> tuple[str, str]:
    status = getattr(message, "anymail_status", None)
    if status is None:
        return "", Delivery.Status.SENT
    recipient = status.recipients.get(email)
    if recipient is not None and recipient.status in _REJECTED_STATUSES:
        return recipient.message_id or "", Delivery.Status.FAILED
    message_id = recipient.message_id if recipient else status.message_id
    return str(message_id or ""), Delivery.Status.SENT


def _short(error: Exception) -> str:
    # Provider messages may quote the address: keep only the kind of failure.
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__} (HTTP {status})" if status else type(error).__name__


def record_deliveries(send: Send) -> int:
    """Writes a pending delivery for every confirmed subscriber, in chunks."""
    rows = (
        Subscriber.objects.mailable()
        .order_by("pk")
        .values_list("pk", "language")
        .iterator(chunk_size=RECORD_CHUNK)
    )
    chunk: list[Delivery] = []
    total = 0
    for subscriber_id, language in rows:
        chunk.append(
            Delivery(send_id=send.pk, subscriber_id=subscriber_id, language=language)
        )
        if len(chunk) >= RECORD_CHUNK:
            Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
            total += len(chunk)
            chunk = []
    if chunk:
        Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
        total += len(chunk)
    return total


def _take_lease(send_id: int) -> uuid.UUID | None:
    """Takes the send for this worker, recording deliveries on the first run."""
    now = timezone.now()
    with transaction.atomic():
        send = Send.objects.select_for_update().get(pk=send_id)
        if send.status == Send.Status.DONE:
            return None
        if send.scheduled_at and send.scheduled_at > now:
            return None
        if send.lease_until and send.lease_until > now:
            return None
        if send.recorded_at is None:
            total = record_deliveries(send)
            send.recorded_at = now
            logger.info("send %s: %d deliveries recorded", send_id, total)
        # A previous worker died while handing these over.
        orphans = Delivery.objects.filter(
            send_id=send_id, status=Delivery.Status.SENDING
        ).update(status=Delivery.Status.UNKNOWN, updated_at=now)
        if orphans:
            logger.warning(
                "send %s: %d deliveries interrupted, not retried", send_id, orphans
            )
        send.lease_token = uuid.uuid4()
        send.lease_until = now + LEASE
        send.status = Send.Status.SENDING
        send.save()
    return send.lease_token


def _renew_lease(send_id: int, lease: uuid.UUID) -> bool:
    return bool(
        Send.objects.filter(pk=send_id, lease_token=lease).update(
            lease_until=timezone.now() + LEASE
        )
    )


def _release_lease(send_id: int, lease: uuid.UUID, finished: bool) -> None:
    changes = {"lease_token": None, "lease_until": None}
    if finished:
        changes.update(status=Send.Status.DONE, finished_at=timezone.now())
    else:
        changes.update(status=Send.Status.PAUSED)
    Send.objects.filter(pk=send_id, lease_token=lease).update(**changes)
    if finished:
        logger.info("send %s finished", send_id)


def due_sends() -> list[Send]:
    """Scheduled sends whose time has come, and sends whose worker died."""
    now = timezone.now()
    candidates = Send.objects.filter(
        status__in=[Send.Status.SCHEDULED, Send.Status.SENDING]
    )
    return [
        send
        for send in candidates
        if (send.status == Send.Status.SCHEDULED and send.scheduled_at <= now)
        or send.can_resume()
    ]


def start_due_sends() -> int:
    """Queues what `due_sends` finds; for queues that cannot defer, or after a crash."""
    sends = due_sends()
    for send in sends:
        send_edition.enqueue(send.pk)
    return len(sends)
