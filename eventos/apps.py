from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventosConfig(AppConfig):
    name = "eventos"
    verbose_name = _("events")

    def ready(self) -> None:
        from wagtail.signals import page_published

        from eventos.registration import seats_freed_on_publish

        page_published.connect(seats_freed_on_publish)
