from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoletinConfig(AppConfig):
    name = "boletin"
    verbose_name = _("bulletin")
