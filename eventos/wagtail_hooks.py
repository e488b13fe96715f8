"""Registers the registrations listing and its audit log action in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from eventos.admin_views import (
    EXPORT_ACTION,
    RegistrationPermissionPolicy,
    RegistrationViewSet,
)
from eventos.models import Registration

register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("eventos_registrations")


@hooks.register("register_log_actions")
def register_export_action(actions):
    actions.register_action(
        EXPORT_ACTION,
        _("Export registrations"),
        _("Registrations exported"),
    )
