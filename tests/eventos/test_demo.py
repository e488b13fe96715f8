import pytest
from django.utils import timezone

from eventos import demo
from eventos.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_home(locales):
    from buenas_practicas import demo as allies_demo
    from home import demo as home_demo

    home = home_demo.load(None)
    allies_demo.load(home)
    return home


def test_demo_builds_the_plans_events_in_four_languages_once(client, demo_home):
    demo.load(demo_home)
    demo.load(None)

    spanish = EventPage.objects.filter(locale__language_code="es")
    assert spanish.count() == 4
    assert EventPage.objects.count() == 16
    assert all(page.is_example for page in EventPage.objects.all())
    english = EventPage.objects.get(
        locale__language_code="en", slug="virtual-workshop-monitoring-guide"
    )
    webinar = spanish.get(slug="webinar-protocolo-migrantes-refugiadas")
    assert {ally.slug for ally in webinar.allies.all()} >= {"acnur"}
    response = client.get(english.url)
    assert response.status_code == 200
    assert "Virtual workshop on the Monitoring Guide" in response.text
    assert "the date and time on this page are an example" in response.text
    assert "/en/" in str(english.localized_allies[0].url)


def test_demo_offers_an_upcoming_example_webinar_to_register_for(client, demo_home):
    demo.load(demo_home)

    sample = EventPage.objects.get(
        locale__language_code="fr", slug="webinaire-d-exemple"
    )
    response = client.get(sample.url)

    assert sample.is_example
    assert sample.start > timezone.now()
    assert 'name="email"' in response.text
    assert "ce webinaire n'existe pas" in response.text
