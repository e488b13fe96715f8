"""Builders for the bulletin's tests: index pages, editions, subscribers."""

import datetime

import pytest
from django.utils import timezone

from boletin.models import (
    BulletinIndexPage,
    BulletinPage,
    NewsIndexPage,
    NewsPage,
    Subscriber,
)


@pytest.fixture(autouse=True)
def clear_cache():
    # The subscription rate limit counts in the cache; each test starts afresh.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def bulletin_index(home_page) -> BulletinIndexPage:
    index = BulletinIndexPage(title="Boletín", slug="boletin", intro="Ediciones")
    home_page.add_child(instance=index)
    return index


@pytest.fixture
def news_index(home_page) -> NewsIndexPage:
    index = NewsIndexPage(title="Noticias", slug="noticias")
    home_page.add_child(instance=index)
    return index


def make_edition(index: BulletinIndexPage, number: int = 1, **fields) -> BulletinPage:
    fields.setdefault("title", f"Edición {number}")
    fields.setdefault("slug", f"edicion-{number}")
    fields.setdefault("theme", "Derechos de las personas en movilidad")
    fields.setdefault("date", datetime.date(2025, 12, 1) + datetime.timedelta(number))
    fields.setdefault("editorial", "Editorial de la edición.")
    fields.setdefault(
        "body",
        [
            ("heading", {"text": "Sección uno", "level": "h2"}),
            (
                "paragraph",
                '<p>Texto con <a href="https://example.org/">enlace</a>.</p>',
            ),
        ],
    )
    edition = BulletinPage(number=number, **fields)
    index.add_child(instance=edition)
    edition.save_revision().publish()
    return edition


def make_news(index: NewsIndexPage, number: int = 1, **fields) -> NewsPage:
    fields.setdefault("title", f"Noticia {number}")
    fields.setdefault("slug", f"noticia-{number}")
    fields.setdefault("summary", f"Resumen {number}")
    fields.setdefault("date", datetime.date(2025, 5, 1) + datetime.timedelta(number))
    news = NewsPage(**fields)
    index.add_child(instance=news)
    news.save_revision().publish()
    return news


@pytest.fixture
def edition(bulletin_index) -> BulletinPage:
    return make_edition(bulletin_index)


def make_subscriber(
    email: str, language: str = "es", status: str = Subscriber.Status.CONFIRMED
) -> Subscriber:
    return Subscriber.objects.create(
        email=email,
        language=language,
        status=status,
        consent_version="2025-1",
        consent_language=language,
        consented_at=timezone.now(),
    )


def translate_page(page, language: str, locales, title: str):
    """Publishes a translation of `page` with its own title."""
    translated = page.copy_for_translation(locales[language], copy_parents=True)
    translated.title = title
    translated.save_revision().publish()
    return translated
