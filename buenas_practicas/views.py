"""Views of the practices, the repository and the member profiles."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from buenas_practicas import exports
from buenas_practicas.facets import localized_term_labels
from buenas_practicas.forms import PracticeProposalForm
from buenas_practicas.listing import (
    Listing,
    instrument_listing,
    practice_listing,
    term_names,
)
from buenas_practicas.models import (
    GoodPracticePage,
    PopulationGroup,
    Theme,
    linked_events,
)
from buenas_practicas.proposals import create_draft
from home.antispam import is_rate_limited
from home.models import MemberInstitution

PROPOSALS_PER_HOUR = 5


def name_terms(pages, listing: Listing) -> None:
    """Gives each page the names of its terms in the active language."""
    themes = listing.labels("theme")
    populations = listing.labels("population")
    institutions = listing.labels("institution")
    for page in pages:
        page.theme_names = term_names(page.themes.all(), themes)
        if isinstance(page, GoodPracticePage):
            page.population_names = term_names(
                page.population_groups.all(), populations
            )
            page.institution_names = term_names(page.institutions.all(), institutions)


def render_index(request: HttpRequest, page, listing: Listing, template: str):
    results = listing.paginate(request)
    name_terms(results, listing)
    context = page.get_context(request)
    context.update({"listing": listing, "results": results})
    return TemplateResponse(request, template, context)


def practice_index(request: HttpRequest, page) -> HttpResponse:
    return render_index(
        request,
        page,
        practice_listing(request, page),
        "buenas_practicas/good_practice_index_page.html",
    )


def repository_index(request: HttpRequest, page) -> HttpResponse:
    return render_index(
        request,
        page,
        instrument_listing(request, page),
        "buenas_practicas/repository_index_page.html",
    )


def export(request: HttpRequest, page, kind: str, fmt: str) -> HttpResponse:
    if kind == "practices":
        listing = practice_listing(request, page)
        rows = exports.practice_rows(listing, request)
        fields = exports.PRACTICE_FIELDS
    else:
        listing = instrument_listing(request, page)
        rows = exports.instrument_rows(listing, request)
        fields = exports.INSTRUMENT_FIELDS
    filename = f"{kind}-{page.locale.language_code}"
    if fmt == "csv":
        return exports.as_csv(rows, fields, filename)
    return exports.as_json(rows, filename)


def compendium(request: HttpRequest, page, edition: str) -> HttpResponse:
    practices = list(
        GoodPracticePage.objects.live()
        .child_of(page)
        .filter(edition=edition)
        .order_by("country", "title")
        .prefetch_related("themes", "institutions", "population_groups")
    )
    if not practices:
        raise Http404(_("There is no compendium of that edition."))
    themes = localized_term_labels(Theme)
    populations = localized_term_labels(PopulationGroup)
    institutions = localized_term_labels(MemberInstitution)
    for practice in practices:
        practice.theme_names = term_names(practice.themes.all(), themes)
        practice.population_names = term_names(
            practice.population_groups.all(), populations
        )
        practice.institution_names = term_names(
            practice.institutions.all(), institutions
        )
    context = page.get_context(request)
    context.update({"edition": edition, "practices": practices})
    return TemplateResponse(request, "buenas_practicas/compendium.html", context)


def propose(request: HttpRequest, page) -> HttpResponse:
    form = PracticeProposalForm(request.POST or None, locale=page.locale)
    status = 200
    if request.method == "POST":
        if form.is_bot():
            return redirect(page.url + page.reverse_subpage("proposal_sent"))
        if is_rate_limited(request, "practice-proposal", PROPOSALS_PER_HOUR, 3600):
            form.add_error(
                None, _("Too many proposals from your connection. Try again later.")
            )
            status = 429
        elif form.is_valid():
            create_draft(page, form.cleaned_data, get_language())
            return redirect(page.url + page.reverse_subpage("proposal_sent"))
        else:
            status = 400

    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(
        request, "buenas_practicas/proposal_form.html", context, status=status
    )


def proposal_sent(request: HttpRequest, page) -> HttpResponse:
    context = page.get_context(request)
    return TemplateResponse(request, "buenas_practicas/proposal_sent.html", context)


def member_profile(request: HttpRequest, slug: str) -> HttpResponse:
    active = Locale.get_active()
    versions = {
        row.locale_id: row
        for row in MemberInstitution.objects.filter(
            slug=slug, locale__in={active.pk, Locale.get_default().pk}
        ).select_related("logo")
    }
    member = versions.get(active.pk) or next(iter(versions.values()), None)
    if member is None:
        raise Http404(_("There is no member institution at this address."))

    practices = (
        GoodPracticePage.objects.live()
        .filter(locale=active, institutions__translation_key=member.translation_key)
        .distinct()
        .order_by("-year", "title")
    )
    context = {
        "member": member,
        "practices": practices,
        "events": linked_events(member, "organised_events", active),
    }
    return TemplateResponse(request, "buenas_practicas/member_profile.html", context)
