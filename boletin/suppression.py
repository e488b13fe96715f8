"""Suppresses addresses the mail provider reports as bounced or complaining.

Reports arrive through anymail's tracking webhooks, which check the
provider's credentials before this receiver ever runs.
"""

import logging

from anymail.signals import tracking
from django.dispatch import receiver
from django.utils import timezone

from boletin.models import Delivery, Subscriber
from boletin.subscriptions import suppress

logger = logging.getLogger(__name__)

# Provider event types that say a bounce is temporary: the address stays.
_SOFT_BOUNCES = {"SoftBounce", "Transient", "soft_bounce", "soft-bounce"}
_HARD_REJECT_REASONS = {"bounced", "invalid"}


def _is_soft(event) -> bool:
    esp_event = event.esp_event
    if isinstance(esp_event, dict):
        return esp_event.get("Type") in _SOFT_BOUNCES
    return False


@receiver(tracking, dispatch_uid="boletin_suppress_on_tracking")
def handle_tracking(sender, event, esp_name: str, **kwargs) -> None:
    if not event.recipient:
        return
    if event.event_type == "complained":
        status, delivery_status = (
            Subscriber.Status.COMPLAINED,
            Delivery.Status.COMPLAINED,
        )
    elif event.event_type == "bounced" and not _is_soft(event):
        status, delivery_status = Subscriber.Status.BOUNCED, Delivery.Status.BOUNCED
    elif event.event_type == "rejected" and event.reject_reason in _HARD_REJECT_REASONS:
        status, delivery_status = Subscriber.Status.BOUNCED, Delivery.Status.BOUNCED
    elif event.event_type == "unsubscribed":
        status, delivery_status = Subscriber.Status.UNSUBSCRIBED, None
    else:
        return

    suppressed = suppress(event.recipient, status)
    if delivery_status and event.message_id:
        Delivery.objects.filter(message_id=event.message_id).update(
            status=delivery_status, updated_at=timezone.now()
        )
    if suppressed:
        logger.info("%s reported a %s; address suppressed", esp_name, event.event_type)
