"""Settings for the test suite: in-memory mail, tasks run at once."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "tests-only-secret-key"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WAGTAILADMIN_BASE_URL = "https://movilidad.example.org"
ALLOWED_HOSTS = ["*"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
AXES_ENABLED = env("AXES_ENABLED", "0") == "1"

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
