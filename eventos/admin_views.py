"""The editors' side of registrations: listing, filters, decisions, export."""

import logging

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, MenuItem
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from eventos import registration as seats
from eventos.models import Registration, RegistrationStatus
from home.spreadsheets import safe_cell

logger = logging.getLogger(__name__)

EXPORT_ACTION = "eventos.export_registrations"


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come only from the public form: editors never add them."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


def events_with_registrations(request: HttpRequest | None) -> QuerySet:
    return Page.objects.filter(pk__in=Registration.objects.values("event_id")).order_by(
        "-pk"
    )


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=gettext_lazy("event"), queryset=events_with_registrations
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "attended"]


class RegistrationIndexView(generic.IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        event_id = self.request.GET.get("event", "")
        if event_id.isdigit():
            buttons.append(
                HeaderButton(
                    _("Attendance sheet"),
                    url=reverse(
                        "eventos_registrations:attendance", args=[int(event_id)]
                    ),
                    icon_name="tasks",
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for action, label in available_actions(instance):
            buttons.append(
                MenuItem(
                    label,
                    url=reverse(f"eventos_registrations:{action}", args=[instance.pk]),
                    icon_name="check" if action != "reject" else "cross",
                    priority=5,
                )
            )
        return buttons

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Editors see in each event's history who took its participants' data.
        for event in Page.objects.filter(pk__in=queryset.values("event_id")):
            log(
                instance=event,
                action=EXPORT_ACTION,
                user=self.request.user,
                data={"format": spreadsheet_format},
            )
        logger.info(
            "user %s exported %d registrations as %s",
            self.request.user.pk,
            queryset.count(),
            spreadsheet_format,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


def available_actions(instance: Registration) -> list[tuple[str, str]]:
    actions = []
    if instance.status == RegistrationStatus.PENDING:
        actions.append(("approve", _("Approve")))
    if instance.status in {RegistrationStatus.PENDING, RegistrationStatus.WAITING}:
        actions.append(("reject", _("Reject")))
    if instance.status == RegistrationStatus.CONFIRMED and not instance.attended:
        actions.append(("attended", _("Mark as attended")))
    return actions


ACTIONS = {
    "approve": seats.approve,
    "reject": seats.reject,
    "attended": lambda registration: seats.mark_attended([registration]),
}


def _check_permission(request: HttpRequest) -> None:
    policy = RegistrationPermissionPolicy(Registration)
    if not policy.user_has_permission(request.user, "change"):
        raise PermissionDenied


def registration_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Asks for confirmation (GET), then approves, rejects or marks attendance."""
    _check_permission(request)
    instance = get_object_or_404(Registration.objects.select_related("event"), pk=pk)
    labels = dict(available_actions(instance))
    if action not in labels:
        messages.error(request, _("This action does not apply to this registration."))
        return redirect("eventos_registrations:index")

    if request.method == "POST":
        ACTIONS[action](instance)
        messages.success(request, _("Done: %(action)s.") % {"action": labels[action]})
        return redirect("eventos_registrations:index")

    context = {"registration": instance, "action_label": labels[action]}
    return TemplateResponse(request, "eventos/admin/confirm_action.html", context)


class AttendanceForm(forms.Form):
    attended = forms.ModelMultipleChoiceField(
        queryset=Registration.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=gettext_lazy("attended"),
    )

    def __init__(self, *args, event_id: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attended"].queryset = Registration.objects.filter(
            event_id=event_id, status=RegistrationStatus.CONFIRMED
        ).order_by("name")


def attendance(request: HttpRequest, event_id: int) -> HttpResponse:
    """Marks many participants of one event as attended at once."""
    _check_permission(request)
    event = get_object_or_404(Page, pk=event_id)
    form = AttendanceForm(
        request.POST or None,
        event_id=event.pk,
        initial={
            "attended": Registration.objects.filter(event_id=event.pk, attended=True)
        },
    )

    if request.method == "POST" and form.is_valid():
        count = seats.mark_attended(form.cleaned_data["attended"])
        messages.success(
            request, _("%(count)d participants marked as attended.") % {"count": count}
        )
        return redirect("eventos_registrations:attendance", event_id=event.pk)

    context = {"event": event, "form": form}
    return TemplateResponse(request, "eventos/admin/attendance.html", context)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    add_to_admin_menu = True
    menu_order = 250
    url_prefix = "event-registrations"
    url_namespace = "eventos_registrations"
    index_view_class = RegistrationIndexView
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "institution_other"]
    ordering = ["-registered_at"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = [
        "name",
        "institution",
        "institution_other",
        "country",
        "participant_kind",
    ]
    list_display = [
        "name",
        "email",
        Column("event", label=capfirst(gettext_lazy("event")), accessor="event"),
        Column(
            "status",
            label=capfirst(gettext_lazy("status")),
            accessor="get_status_display",
        ),
        BooleanColumn("attended", label=capfirst(gettext_lazy("attended"))),
        DateColumn("registered_at", label=capfirst(gettext_lazy("registered at"))),
    ]
    list_export = [
        "event.title",
        "get_status_display",
        "name",
        "email",
        "institution_name",
        "get_country_display",
        "get_participant_kind_display",
        "accessibility_needs",
        "answers_text",
        "language",
        "registered_at",
        "attended",
        "certificate_code",
    ]
    export_headings = {
        "event.title": gettext_lazy("event"),
        "get_status_display": gettext_lazy("status"),
        "get_country_display": gettext_lazy("country of residence"),
        "get_participant_kind_display": gettext_lazy("kind of participant"),
        "institution_name": gettext_lazy("institution"),
        "answers_text": gettext_lazy("answers"),
    }
    export_filename = "registrations"

    def get_queryset(self, request):
        return Registration.objects.select_related("event", "institution")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "<int:pk>/approve/",
                registration_action,
                {"action": "approve"},
                name="approve",
            ),
            path(
                "<int:pk>/reject/",
                registration_action,
                {"action": "reject"},
                name="reject",
            ),
            path(
                "<int:pk>/attended/",
                registration_action,
                {"action": "attended"},
                name="attended",
            ),
            path("attendance/<int:event_id>/", attendance, name="attendance"),
        ]
