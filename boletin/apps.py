from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoletinConfig(AppConfig):
    name = "boletin"
    verbose_name = _("bulletin")

    def ready(self) -> None:
        from boletin import suppression  # noqa: F401  (connects the receiver)
