import pytest

from eventos import demo
from eventos.models import EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_home(locales):
    from home import demo as home_demo

    return home_demo.load(None)


def test_demo_builds_the_plans_events_in_four_languages_once(client, demo_home):
    demo.load(demo_home)
    demo.load(None)

    spanish = EventPage.objects.filter(locale__language_code="es")
    assert spanish.count() == 3
    assert EventPage.objects.count() == 12
    assert all(page.is_example for page in EventPage.objects.all())
    english = EventPage.objects.get(
        locale__language_code="en", slug="virtual-workshop-monitoring-guide"
    )
    response = client.get(english.url)
    assert response.status_code == 200
    assert "Virtual workshop on the Monitoring Guide" in response.text
    assert "the date and time on this page are an example" in response.text
