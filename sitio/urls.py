from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_page
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from sitio import views as site_views
from sitio.sitemaps import MultilingualSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        cache_page(60 * 60)(sitemap),
        {"sitemaps": {"pages": MultilingualSitemap}},
        name="sitemap",
    ),
    path("robots.txt", site_views.robots_txt, name="robots_txt"),
    path("anymail/", include("anymail.urls")),
]

# Each section's own views live under the language prefix, like its pages.
urlpatterns += i18n_patterns(
    path("search/", site_views.search, name="search"),
    path("", include("boletin.urls")),
    path("", include("eventos.urls")),
    path("", include("buenas_practicas.urls")),
    prefix_default_language=True,
)

# The page tree comes last: it answers every path the views above leave.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "sitio.views.page_not_found"
handler500 = "sitio.views.server_error"
