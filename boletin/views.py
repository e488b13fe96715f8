"""Public views of the subscription: subscribe, confirm, manage and leave."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from boletin import subscriptions
from boletin.forms import LanguageForm, SubscribeForm
from home.antispam import is_rate_limited

SUBSCRIBE_LIMIT = 10
SUBSCRIBE_PERIOD = 60 * 60


def _invalid_link(request: HttpRequest, expired: bool = False) -> HttpResponse:
    return render(
        request,
        "boletin/link_invalid.html",
        {"expired": expired},
        status=410 if expired else 404,
    )


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    """The subscription form on its own page; the footer form posts here too."""
    language = get_language()
    if request.method == "GET":
        form = SubscribeForm(language=language)
        return render(request, "boletin/subscribe.html", {"form": form})

    form = SubscribeForm(request.POST, language=language)
    if is_rate_limited(request, "boletin-subscribe", SUBSCRIBE_LIMIT, SUBSCRIBE_PERIOD):
        form.add_error(
            None, _("Too many attempts from your connection. Try again in an hour.")
        )
        return render(request, "boletin/subscribe.html", {"form": form}, status=429)
    if form.is_bot():
        return redirect("boletin:subscribe_thanks")
    if not form.is_valid():
        return render(request, "boletin/subscribe.html", {"form": form}, status=400)

    subscriptions.subscribe(
        form.cleaned_data["email"], form.cleaned_data["language"], language
    )
    return redirect("boletin:subscribe_thanks")


def subscribe_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "boletin/subscribe_thanks.html")


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Shows a button on GET; only the POST of that button confirms."""
    subscriber = subscriptions.subscriber_for_confirmation_token(token)
    if subscriber is subscriptions.TokenError.EXPIRED:
        return _invalid_link(request, expired=True)
    if subscriber is subscriptions.TokenError.INVALID:
        return _invalid_link(request)

    if request.method == "GET":
        return render(request, "boletin/confirm.html", {"token": token})

    if not subscriptions.confirm(subscriber):
        return _invalid_link(request, expired=True)
    manage_token = subscriptions.manage_token(subscriber)
    return render(
        request,
        "boletin/confirmed.html",
        {"manage_url": reverse("boletin:manage", kwargs={"token": manage_token})},
    )


@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    """Where a subscriber changes their language or leaves."""
    subscriber = subscriptions.subscriber_for_manage_token(token)
    if subscriber is None:
        return _invalid_link(request)

    form = LanguageForm(request.POST or None, initial={"language": subscriber.language})
    if request.method == "POST":
        if not form.is_valid():
            return render(
                request,
                "boletin/manage.html",
                {"form": form, "subscriber": subscriber, "token": token},
                status=400,
            )
        subscriptions.change_language(subscriber, form.cleaned_data["language"])
        return render(
            request,
            "boletin/manage.html",
            {
                "form": form,
                "subscriber": subscriber,
                "token": token,
                "saved": True,
            },
        )

    return render(
        request,
        "boletin/manage.html",
        {"form": form, "subscriber": subscriber, "token": token},
    )


# RFC 8058: mail clients POST here without cookies, so there is no CSRF token
# to check; the signed token in the address is what authorizes leaving.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, token: str) -> HttpResponse:
    """One-click leaving: a page with a button on GET, leaving on POST."""
    subscriber = subscriptions.subscriber_for_manage_token(token)
    if subscriber is None:
        return _invalid_link(request)

    if request.method == "GET":
        return render(request, "boletin/leave.html", {"token": token})

    subscriptions.leave(subscriber)
    return render(request, "boletin/left.html", {"token": token})
