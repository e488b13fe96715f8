from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuenasPracticasConfig(AppConfig):
    name = "buenas_practicas"
    verbose_name = _("good practices")

    def ready(self) -> None:
        from wagtail.signals import page_published

        from buenas_practicas.proposals import on_page_published

        page_published.connect(on_page_published, dispatch_uid="practice_proposer")
