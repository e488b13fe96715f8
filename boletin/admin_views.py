"""The editors' side of the bulletin: subscribers, import, preview and sending."""

import csv
import io
import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from boletin import sending
from boletin.forms import ImportForm, ScheduleForm, TestSendForm, is_valid_address
from boletin.mail import default_source, render_edition
from boletin.models import (
    LANGUAGE_CHOICES,
    BulletinPage,
    Delivery,
    Send,
    Subscriber,
    normalize_email,
)
from home.spreadsheets import safe_cell

logger = logging.getLogger(__name__)

SEND_PERMISSION = "boletin.add_send"
LANGUAGE_CODES = [code for code, _name in LANGUAGE_CHOICES]


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Subscribers come from the form or an import with consent, never by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


class SubscriberIndexView(generic.IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("boletin.change_subscriber"):
            buttons.append(
                HeaderButton(
                    _("Import"),
                    url=reverse("boletin_admin:import"),
                    icon_name="upload",
                )
            )
        return buttons

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = gettext_lazy("Bulletin subscribers")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    list_display = [
        "email",
        "language",
        "status",
        "source",
        DateColumn("created_at", label=gettext_lazy("created at")),
        DateColumn("confirmed_at", label=gettext_lazy("confirmed at")),
    ]
    list_filter = ["status", "language", "source"]
    search_fields = ["email"]
    search_backend_name = None
    list_export = [
        "email",
        "language",
        "status",
        "source",
        "consent_version",
        "consent_language",
        "consented_at",
        "confirmed_at",
        "left_at",
    ]
    export_filename = "bulletin-subscribers"
    form_fields = ["language"]
    inspect_view_enabled = True
    inspect_view_fields = list_export + ["created_at"]


def import_subscribers(request: HttpRequest) -> HttpResponse:
    """Adds addresses that already agreed, as confirmed; known ones stay as they are."""
    if not request.user.has_perm("boletin.change_subscriber"):
        raise PermissionDenied

    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method != "POST":
        return _render_import(request, form)
    if not form.is_valid():
        return _render_import(request, form, status=400)

    created, known, invalid = _import_rows(
        form.cleaned_data["file"], form.cleaned_data["language"]
    )
    logger.info("import: %d created, %d known, %d invalid", created, known, invalid)
    messages.success(
        request,
        _(
            "%(created)d addresses added, %(known)d already known and left as they "
            "were, %(invalid)d lines without a valid address."
        )
        % {"created": created, "known": known, "invalid": invalid},
    )
    return redirect("boletin_subscriber:index")


def _render_import(
    request: HttpRequest, form: ImportForm, status: int = 200
) -> TemplateResponse:
    return TemplateResponse(
        request, "boletin/admin/import.html", {"form": form}, status=status
    )


def _import_rows(text: str, default_language: str) -> tuple[int, int, int]:
    now = timezone.now()
    rows: dict[str, str] = {}
    invalid = 0
    for number, row in enumerate(csv.reader(io.StringIO(text))):
        if not row or not row[0].strip():
            continue
        if number == 0 and "@" not in row[0]:
            continue  # a header line
        email = normalize_email(row[0])
        if not is_valid_address(email):
            invalid += 1
            continue
        language = row[1].strip().lower() if len(row) > 1 else ""
        rows[email] = language if language in LANGUAGE_CODES else default_language

    known = set(
        Subscriber.objects.filter(email__in=list(rows)).values_list("email", flat=True)
    )
    new = [
        Subscriber(
            email=email,
            language=language,
            status=Subscriber.Status.CONFIRMED,
            source=Subscriber.Source.IMPORT,
            consent_version="import",
            consent_language=language,
            consented_at=now,
            confirmed_at=now,
        )
        for email, language in rows.items()
        if email not in known
    ]
    Subscriber.objects.bulk_create(new, ignore_conflicts=True, batch_size=1000)
    return len(new), len(known), invalid


def _edition_or_404(request: HttpRequest, page_id: int) -> BulletinPage:
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    page = get_object_or_404(BulletinPage, pk=page_id)
    return default_source(page)


def edition_sending(request: HttpRequest, page_id: int) -> HttpResponse:
    """Preview, test, send or schedule one edition, and follow its progress."""
    edition = _edition_or_404(request, page_id)
    test_form = TestSendForm(prefix="test", initial={"language": "es"})
    schedule_form = ScheduleForm(prefix="send")
    status = 200

    if request.method == "POST" and "test" in request.POST:
        test_form = TestSendForm(request.POST, prefix="test")
        if test_form.is_valid():
            _send_test(request, edition, test_form.cleaned_data)
            return redirect("boletin_admin:edition", page_id=edition.pk)
        status = 400
    elif request.method == "POST" and "send" in request.POST:
        schedule_form = ScheduleForm(request.POST, prefix="send")
        if schedule_form.is_valid():
            _start(request, edition, schedule_form.cleaned_data["scheduled_at"])
            return redirect("boletin_admin:edition", page_id=edition.pk)
        status = 400

    send = Send.objects.filter(edition=edition).select_related("created_by").first()
    context = {
        "edition": edition,
        "send": send,
        "counts": send.counts() if send else None,
        "languages": LANGUAGE_CHOICES,
        "audience": Subscriber.objects.mailable()
        .values("language")
        .annotate(total=Count("id"))
        .order_by("language"),
        "test_form": test_form,
        "schedule_form": schedule_form,
        "live": edition.live,
    }
    return TemplateResponse(
        request, "boletin/admin/edition_sending.html", context, status=status
    )


def _send_test(request: HttpRequest, edition: BulletinPage, data: dict) -> None:
    rendered = render_edition(edition, data["language"])
    sample = Subscriber(email=data["email"], language=data["language"])
    message = rendered.message_for(sample)
    message.subject = _("[Test] %(subject)s") % {"subject": message.subject}
    message.send()
    logger.info("test of edition %s sent by user %s", edition.pk, request.user.pk)
    messages.success(request, _("The test is on its way."))


def _start(request: HttpRequest, edition: BulletinPage, scheduled_at) -> None:
    if not edition.live:
        messages.error(request, _("Publish the edition before sending it."))
        return
    send, queued = sending.start_send(edition, request.user, scheduled_at)
    if not queued:
        messages.warning(
            request,
            _(
                "This edition has already been sent or is being sent: nothing new "
                "was sent."
            ),
        )
        return
    log(
        instance=edition,
        action="boletin.send",
        user=request.user,
        data={"send_id": send.pk, "scheduled_at": str(send.scheduled_at or "")},
    )
    if send.status == Send.Status.SCHEDULED:
        messages.success(request, _("The edition is scheduled."))
    else:
        messages.success(request, _("The edition is being sent."))


def preview(request: HttpRequest, page_id: int, language: str) -> HttpResponse:
    """The mail as a subscriber of `language` would receive it."""
    edition = _edition_or_404(request, page_id)
    if language not in LANGUAGE_CODES:
        return HttpResponse(_("Unknown language."), status=400)
    rendered = render_edition(edition, language)
    sample = Subscriber(email="preview@example.org", language=language)
    html = rendered.message_for(sample).alternatives[0][0]
    return HttpResponse(html)


def sends(request: HttpRequest) -> HttpResponse:
    """Every send with its outcome, counted in one query."""
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    statuses = Delivery.Status
    rows = (
        Send.objects.select_related("edition", "created_by")
        .annotate(
            total=Count("deliveries"),
            sent=Count("deliveries", filter=Q(deliveries__status=statuses.SENT)),
            pending=Count(
                "deliveries",
                filter=Q(deliveries__status__in=[statuses.PENDING, statuses.SENDING]),
            ),
            failed=Count(
                "deliveries",
                filter=Q(deliveries__status__in=[statuses.FAILED, statuses.UNKNOWN]),
            ),
            bounced=Count(
                "deliveries",
                filter=Q(
                    deliveries__status__in=[statuses.BOUNCED, statuses.COMPLAINED]
                ),
            ),
            skipped=Count("deliveries", filter=Q(deliveries__status=statuses.SKIPPED)),
        )
        .order_by("-created_at")[:100]
    )
    return TemplateResponse(request, "boletin/admin/sends.html", {"sends": rows})
