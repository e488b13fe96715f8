from django.apps import AppConfig


class SitioConfig(AppConfig):
    """The project itself: commands that span every section of the site."""

    name = "sitio"
    verbose_name = "RINDHCA"
