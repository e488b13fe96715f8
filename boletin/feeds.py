"""RSS and Atom feeds of the news and of the bulletin editions, per language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from boletin.models import BulletinIndexPage, BulletinPage, NewsIndexPage, NewsPage
from boletin.subscriptions import absolute_url

FEED_LENGTH = 20


class _PageFeed(Feed):
    index_model: type
    item_model: type

    ordering = ("-date", "-pk")

    def get_object(self, request, *args, **kwargs):
        return Locale.get_active()

    def link(self, locale):
        index = self.index_model.objects.live().filter(locale=locale).first()
        return absolute_url(index.get_url() if index else f"/{locale.language_code}/")

    def items(self, locale):
        return (
            self.item_model.objects.live()
            .public()
            .filter(locale=locale)
            .order_by(*self.ordering)[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return absolute_url(item.get_url())

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewsRssFeed(_PageFeed):
    index_model = NewsIndexPage
    item_model = NewsPage
    title = _("News of the RINDHCA working group on human mobility")
    description = _(
        "The latest news of the working group on migrant and refugee populations."
    )

    def item_description(self, item):
        return item.summary or item.search_description


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description


class BulletinRssFeed(_PageFeed):
    index_model = BulletinIndexPage
    item_model = BulletinPage
    ordering = ("-date", "-number")
    title = _("Bulletin of the RINDHCA working group on human mobility")
    description = _(
        "Thematic editions of the bulletin on the rights of people on the move."
    )

    def item_description(self, item):
        return item.theme


class BulletinAtomFeed(BulletinRssFeed):
    feed_type = Atom1Feed
    subtitle = BulletinRssFeed.description
