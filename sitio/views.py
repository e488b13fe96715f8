"""Views that serve the whole site: search, robots.txt and error pages."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over every live page in the visitor's language."""
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = None

    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        paginator = Paginator(pages.search(query), SEARCH_RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)

    return render(request, "search.html", {"query": query, "results": results})


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("sitemap")
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors and no database: the error may come from either.
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)
