"""Registers the registrations listing in the Wagtail admin."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from eventos.admin_views import RegistrationPermissionPolicy, RegistrationViewSet
from eventos.models import Registration

register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("eventos_registrations")
