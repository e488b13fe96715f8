"""The subscription form that every page's footer carries."""

from django import template
from django.utils.translation import get_language

from boletin.forms import SubscribeForm

register = template.Library()


@register.inclusion_tag("boletin/includes/subscribe_form.html", takes_context=True)
def subscribe_form(context) -> dict:
    # Its own ids, so that a page with another subscription form stays valid.
    form = SubscribeForm(language=get_language(), auto_id="footer-subscribe-%s")
    return {
        "form": form,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
