"""Registering, managing a registration, certificates and calendar files."""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Locale

from eventos import calendars, registration
from eventos.forms import RegistrationForm, VerifyForm
from eventos.models import EventPage, Registration, RegistrationStatus
from home.antispam import is_rate_limited

logger = logging.getLogger(__name__)

REGISTRATIONS_PER_HOUR = 20
CALENDAR_MAX_AGE = 60 * 15


def _render_event(
    request: HttpRequest, page: EventPage, form: RegistrationForm, status: int
) -> TemplateResponse:
    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


def register(request: HttpRequest, page: EventPage) -> HttpResponse:
    """Handles the registration form posted to an event page."""
    form = RegistrationForm(request.POST, event=page)
    if not page.registration_is_open():
        messages.error(request, _("Registration for this event is closed."))
        return _render_event(request, page, RegistrationForm(event=page), 409)
    if is_rate_limited(request, "eventos-register", REGISTRATIONS_PER_HOUR, 3600):
        logger.warning("registrations for event %s rate limited", page.pk)
        messages.error(
            request, _("Too many registrations from your connection. Try later.")
        )
        return _render_event(request, page, form, 429)
    if form.is_bot():
        messages.success(request, _("Thank you. Check your mail."))
        return redirect(page.url)
    if not form.is_valid():
        return _render_event(request, page, form, 400)

    try:
        outcome = registration.register(page, form.applicant())
    except registration.RegistrationClosed:
        messages.error(request, _("Registration for this event is closed."))
        return _render_event(request, page, RegistrationForm(event=page), 409)

    if not outcome.created:
        registration.resend(outcome.registration)
        messages.info(
            request,
            _(
                "This address is already registered for this event. We have sent "
                "the details again: check your mail."
            ),
        )
        return redirect(page.url)
    token = registration.manage_token(outcome.registration)
    return redirect("eventos:manage", token=token)


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    """Shows a registration; its button cancels it. Opening the link changes nothing."""
    found = registration.registration_from_token(token)
    if found is None:
        raise Http404

    if request.method == "POST":
        if found.status in {RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED}:
            messages.info(request, _("This registration was already closed."))
        else:
            registration.cancel(found)
            messages.success(request, _("Your registration is cancelled."))
        return redirect("eventos:manage", token=token)

    event = found.localized_event(get_language())
    context = {
        "registration": found,
        "event": event,
        "token": token,
        "show_joining": found.status == RegistrationStatus.CONFIRMED
        and event.is_online
        and not event.is_past,
        "can_cancel": found.status
        in {
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITING,
            RegistrationStatus.PENDING,
        }
        and not event.is_past,
    }
    return TemplateResponse(request, "eventos/registration_manage.html", context)


@require_GET
def certificate(request: HttpRequest, token: str) -> HttpResponse:
    """A print-ready certificate of attendance, for those marked as attended."""
    found = registration.registration_from_token(token)
    if found is None or not found.attended or not found.certificate_code:
        raise Http404

    context = {
        "registration": found,
        "event": found.localized_event(get_language()),
        "verify_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("eventos:verify"),
    }
    return TemplateResponse(request, "eventos/certificate.html", context)


@require_GET
def verify(request: HttpRequest) -> HttpResponse:
    """Anyone checks a certificate code and sees whose it is and for what."""
    form = VerifyForm(request.GET or None)
    found = None
    status = 200

    if form.is_bound and not form.is_valid():
        status = 400
    elif form.is_valid():
        found = (
            Registration.objects.select_related("event")
            .filter(certificate_code=form.cleaned_data["code"], attended=True)
            .first()
        )
        if found is None:
            status = 404

    context = {
        "form": form,
        "found": found,
        "event": found.localized_event(get_language()) if found else None,
        "searched": form.is_bound and form.is_valid(),
    }
    return TemplateResponse(request, "eventos/verify.html", context, status=status)


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={CALENDAR_MAX_AGE}"
    return response


@require_GET
def event_calendar(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(EventPage.objects.live().public(), pk=page_id)
    filename = f"{slugify(page.title)[:60] or 'event'}.ics"
    return _ics_response(calendars.event_calendar(page), filename)


@require_GET
def feed(request: HttpRequest) -> HttpResponse:
    """Every event in the visitor's language, for calendar subscriptions."""
    locale = Locale.get_active()
    name = _("RINDHCA human mobility events")
    response = _ics_response(calendars.feed_calendar(locale, name), "events.ics")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
