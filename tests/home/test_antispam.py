import os

import pytest
from django.core.cache import caches
from django.test import RequestFactory, override_settings

from home.antispam import HoneypotFormMixin, is_rate_limited

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")


class ContactForm(HoneypotFormMixin):
    pass


def request_from(address: str):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_a_filled_honeypot_marks_a_bot():
    assert ContactForm(data={"website_url": "http://spam.example"}).is_bot()
    assert not ContactForm(data={"website_url": ""}).is_bot()


@override_settings(
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
)
def test_rate_limit_counts_each_address_on_its_own():
    caches["default"].clear()

    first = [
        is_rate_limited(request_from("203.0.113.1"), "form", 3, 60) for _ in range(4)
    ]
    other = is_rate_limited(request_from("203.0.113.2"), "form", 3, 60)

    assert first == [False, False, False, True]
    assert other is False


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_rate_limit_uses_the_address_the_trusted_proxy_saw():
    from home.antispam import client_address

    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9"
    )

    assert client_address(request) == "203.0.113.9"


def redis_or_fail():
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {REDIS_URL}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")


def test_rate_limit_holds_across_workers_sharing_redis():
    redis_or_fail()
    redis_cache = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }

    with override_settings(CACHES={"default": redis_cache}):
        caches["default"].clear()
        # Two workers are two processes with their own connection to Redis.
        worker_a = is_rate_limited(request_from("203.0.113.5"), "shared", 1, 60)
        caches["default"].close()
        worker_b = is_rate_limited(request_from("203.0.113.5"), "shared", 1, 60)
        caches["default"].clear()

    assert (worker_a, worker_b) == (False, True)
