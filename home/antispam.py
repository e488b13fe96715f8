"""Keeps bots away from public forms without bothering people.

Two layers that need no JavaScript and no third party: a honeypot field that
people never see, and a rate limit per client address kept in the cache
(Redis in production, so it holds across workers). Addresses are hashed
before they become cache keys, so the cache holds no personal data.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website_url"


class HoneypotFormMixin(forms.Form):
    """Adds a field hidden from people; a form that fills it is a bot's."""

    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD)))


def client_address(request: HttpRequest) -> str:
    """The client's address, trusting as many proxies as the settings say."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def is_rate_limited(
    request: HttpRequest, scope: str, limit: int, period_seconds: int
) -> bool:
    """Counts one attempt for this client and scope; True past the limit."""
    digest = hashlib.sha256(
        (settings.SECRET_KEY + client_address(request)).encode()
    ).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"

    cache.add(key, 0, timeout=period_seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add and incr: this is a new period.
        cache.set(key, 1, timeout=period_seconds)
        count = 1
    return count > limit
