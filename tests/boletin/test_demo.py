import pytest

from boletin import demo
from boletin.models import BulletinPage, NewsPage
from home import demo as home_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(locales):
    home = home_demo.load()
    demo.load(home)
    return home


def test_loading_twice_changes_nothing(loaded):
    before = (NewsPage.objects.count(), BulletinPage.objects.count())

    demo.load(None)

    assert (NewsPage.objects.count(), BulletinPage.objects.count()) == before
    assert before == (12, 4)


PAGES = [
    ("/es/noticias/", "Declaración 01/2025"),
    ("/en/news/", "Declaration 01/2025"),
    ("/pt/noticias/", "Declaração 01/2025"),
    ("/fr/actualites/", "Déclaration 01/2025"),
    ("/es/boletin/derechos-de-las-personas-en-movilidad/", "Ejemplo"),
    ("/en/bulletin/rights-of-people-on-the-move/", "Rights of people on the move"),
    ("/pt/boletim/direitos-das-pessoas-em-mobilidade/", "Plano de Ação do Chile"),
    ("/fr/bulletin/droits-des-personnes-en-mobilite/", "Fundación Diálogo Diverso"),
]


def test_demo_pages_render_in_each_language(client, loaded):
    responses = {path: client.get(path) for path, _text in PAGES}

    for path, text in PAGES:
        assert responses[path].status_code == 200, path
        assert text in responses[path].text, path


def test_invented_content_is_marked_as_example(loaded):
    edition = BulletinPage.objects.get(locale__language_code="es")
    cartagena = NewsPage.objects.get(
        slug="cartagena-40-plan-de-accion-de-chile", locale__language_code="es"
    )
    congress = NewsPage.objects.get(
        slug="congreso-movilidad-humana-panama-2025", locale__language_code="es"
    )

    assert edition.is_example
    assert cartagena.is_example
    assert not congress.is_example
