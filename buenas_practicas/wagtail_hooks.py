"""Admin additions: the spreadsheet import of legal instruments."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from buenas_practicas import admin_views


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path(
            "legal-repository/import/",
            admin_views.import_view,
            name="buenas_practicas_import_instruments",
        )
    ]


class ImportMenuItem(MenuItem):
    """Shown to editors who may add pages; the view checks the repository."""

    def is_shown(self, request) -> bool:
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import legal instruments"),
        reverse("buenas_practicas_import_instruments"),
        icon_name="upload",
        order=900,
    )
