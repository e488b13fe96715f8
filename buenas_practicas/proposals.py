"""Turns a proposal into a draft practice under review and tells the proposer."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import translation
from django.utils.html import linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from buenas_practicas.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    PracticeProposal,
)

logger = logging.getLogger(__name__)


def as_html(text: str) -> str:
    return linebreaks(text, autoescape=True) if text else ""


@transaction.atomic
def create_draft(
    index: GoodPracticeIndexPage, data: dict, language: str
) -> GoodPracticePage:
    """Saves the proposal as a draft page and submits it to the index's workflow."""
    page = GoodPracticePage(
        title=data["title"],
        slug=find_available_slug(index, slugify(data["title"])[:70] or "practice"),
        live=False,
        country=data["country"],
        year=data["year"],
        summary=data["summary"],
        description=[("paragraph", RichText(as_html(data["description"])))],
        results=as_html(data["results"]),
        lessons=as_html(data["lessons"]),
        contact_office=data["contact_office"],
        contact_email=data["contact_email"],
    )
    page.institutions.set([data["institution"]])
    page.themes.set(data["themes"])
    page.population_groups.set(data["population_groups"])
    index.add_child(instance=page)
    page.save_revision(log_action=True)

    PracticeProposal.objects.create(
        page=page, email=data["proposer_email"], language=language
    )
    workflow = page.get_workflow()
    # A workflow without tasks would publish the page at once, unreviewed.
    if workflow is not None and workflow.tasks.filter(active=True).exists():
        workflow.start(page, user=None)
    else:
        logger.warning("practice %s proposed with no review workflow", page.pk)
    logger.info("practice %s proposed under index %s", page.pk, index.pk)
    return page


@task()
def notify_proposer(page_id: int) -> bool:
    """Mails the proposer that the practice is online, then forgets the address."""
    proposal = PracticeProposal.objects.filter(page_id=page_id).first()
    if proposal is None:
        return False
    page = proposal.page

    _site_id, _root_url, path = page.get_url_parts()
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    with translation.override(proposal.language):
        subject = _("Your good practice is published")
        body = _(
            "Thank you for proposing a good practice to the RINDHCA working group "
            "on migrant and refugee populations.\n\n"
            "The practice “%(title)s” is now published:\n%(url)s\n\n"
            "As announced in the form, we have now deleted your email address."
        ) % {"title": page.title, "url": url}
    message = EmailMultiAlternatives(subject, body, to=[proposal.email])
    message.send()

    proposal.delete()
    logger.info("proposer of practice %s notified; address deleted", page.pk)
    return True


def on_page_published(sender, instance, **kwargs) -> None:
    if isinstance(instance, GoodPracticePage):
        if PracticeProposal.objects.filter(page_id=instance.pk).exists():
            notify_proposer.enqueue(instance.pk)
