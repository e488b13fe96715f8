"""Settings for a first run on one machine: SQLite, mail to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env("DEBUG", "1") == "1"
# A development key only; production refuses to start without SECRET_KEY.
SECRET_KEY = env(
    "SECRET_KEY", "django-insecure-development-only-key-not-for-production"
)
TASKS = {
    "default": {
        "BACKEND": env(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
