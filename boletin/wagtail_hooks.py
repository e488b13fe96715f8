"""Puts the bulletin in the Wagtail admin: subscribers, sends, page buttons."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from boletin import admin_views
from boletin.models import BulletinPage, Subscriber

register_permission_policy(
    Subscriber, admin_views.SubscriberPermissionPolicy(Subscriber)
)

admin_urls = [
    path("import/", admin_views.import_subscribers, name="import"),
    path("sends/", admin_views.sends, name="sends"),
    path("edition/<int:page_id>/", admin_views.edition_sending, name="edition"),
    path(
        "edition/<int:page_id>/preview/<str:language>/",
        admin_views.preview,
        name="preview",
    ),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("bulletin/", include((admin_urls, "boletin_admin")))]


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return admin_views.SubscriberViewSet("boletin_subscriber")


class SendsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.SEND_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_sends_menu_item():
    return SendsMenuItem(
        _("Bulletin sends"),
        reverse("boletin_admin:sends"),
        icon_name="mail",
        order=311,
    )


@hooks.register("register_permissions")
def register_send_permission():
    return Permission.objects.filter(
        content_type__app_label="boletin", codename="add_send"
    )


def _sending_button(page, user, priority: int):
    page_class = page.specific_class
    if (
        page_class
        and issubclass(page_class, BulletinPage)
        and user.has_perm(admin_views.SEND_PERMISSION)
    ):
        yield Button(
            _("Send by email"),
            reverse("boletin_admin:edition", args=[page.pk]),
            icon_name="mail",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    yield from _sending_button(page, user, priority=45)


@hooks.register("register_page_listing_more_buttons")
def page_listing_more_buttons(page, user, next_url=None):
    yield from _sending_button(page, user, priority=45)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "boletin.send", _("Send the bulletin"), _("Bulletin sent to subscribers")
    )
