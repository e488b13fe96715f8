import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils  # noqa: F401

from boletin.models import BulletinIndexPage, BulletinPage, NewsIndexPage, NewsPage
from home.models import HomePage
from tests.boletin.conftest import make_edition, make_news, translate_page

pytestmark = pytest.mark.django_db


def test_index_pages_go_under_the_home_page():
    assert BulletinIndexPage.can_create_at(HomePage())
    assert NewsIndexPage.can_create_at(HomePage())
    assert not BulletinPage.can_create_at(HomePage())
    assert BulletinPage.can_create_at(BulletinIndexPage())
    assert NewsPage.can_create_at(NewsIndexPage())
    assert not BulletinIndexPage.can_create_at(Page())


def test_the_archive_lists_editions_newest_first_with_the_form(client, bulletin_index):
    make_edition(bulletin_index, 1, title="Primera")
    make_edition(bulletin_index, 2, title="Segunda")

    response = client.get("/es/boletin/")

    assert response.status_code == 200
    assert response.text.index("Segunda") < response.text.index("Primera")
    assert 'id="id_email"' in response.text
    assert 'id="footer-subscribe-email"' in response.text
    assert 'type="application/rss+xml"' in response.text
    assert 'href="/es/feeds/bulletin/atom/"' in response.text


def test_the_archive_is_paginated(client, bulletin_index):
    for number in range(1, 15):
        make_edition(bulletin_index, number)

    first = client.get("/es/boletin/")
    second = client.get("/es/boletin/?page=2")
    wrong = client.get("/es/boletin/?page=abc")

    assert "Edición 14" in first.text and "Edición 2<" not in first.text
    assert "Edición 2<" in second.text
    assert wrong.status_code == 200


@pytest.mark.parametrize("size", [3, 12])
def test_the_archive_costs_the_same_queries_at_any_size(
    client, bulletin_index, django_assert_max_num_queries, size
):
    for number in range(1, size + 1):
        make_edition(bulletin_index, number)
    client.get("/es/boletin/")

    with django_assert_max_num_queries(20):
        client.get("/es/boletin/")


@pytest.mark.parametrize("size", [3, 12])
def test_the_news_list_costs_the_same_queries_at_any_size(
    client, news_index, django_assert_max_num_queries, size
):
    for number in range(1, size + 1):
        news = make_news(news_index, number)
        news.tags.add("cartagena", "congreso")
        news.save_revision().publish()
    client.get("/es/noticias/")

    with django_assert_max_num_queries(20):
        client.get("/es/noticias/")


def test_an_edition_shows_its_parts(client, edition):
    response = client.get("/es/boletin/edicion-1/")

    assert response.status_code == 200
    assert "<h1>Edición 1</h1>" in response.text
    assert "Derechos de las personas en movilidad" in response.text
    assert "Editorial de la edición." in response.text
    assert "Sección uno" in response.text


def test_news_can_be_listed_by_topic(client, news_index):
    cartagena = make_news(news_index, 1, title="Declaración de Chile")
    cartagena.tags.add("cartagena")
    cartagena.save_revision().publish()
    make_news(news_index, 2, title="Congreso en Panamá")

    response = client.get("/es/noticias/?topic=cartagena")

    assert "Declaración de Chile" in response.text
    assert "Congreso en Panamá" not in response.text


def test_feeds_list_the_items_of_their_language(client, news_index, locales):
    spanish = make_news(news_index, 1, title="Noticia en español")
    translate_page(spanish, "en", locales, "News in English")

    rss = client.get("/es/feeds/news/rss/")
    atom = client.get("/en/feeds/news/atom/")

    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert "Noticia en español" in rss.text
    assert "News in English" not in rss.text
    assert "https://movilidad.example.org/es/noticias/noticia-1/" in rss.text
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "News in English" in atom.text


def test_the_bulletin_feed_lists_editions(client, edition):
    response = client.get("/es/feeds/bulletin/rss/")

    assert "Edición 1" in response.text
    assert "https://movilidad.example.org/es/boletin/edicion-1/" in response.text


def test_pages_are_translatable(edition, locales):
    english = translate_page(edition.get_parent(), "en", locales, "Bulletin")
    english_edition = translate_page(edition, "en", locales, "Edition one")

    assert english.locale.language_code == "en"
    assert english_edition.number == edition.number
    assert english_edition.get_parent().specific.title == "Bulletin"
