"""Events linked to allies and members appear on their pages by themselves."""

import pytest

from buenas_practicas.models import AllyPage
from eventos.models import EventIndexPage
from tests.buenas_practicas.conftest import add_member
from tests.eventos.conftest import add_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_index(home_page):
    index = EventIndexPage(title="Eventos", slug="eventos")
    home_page.add_child(instance=index)
    return index


def test_ally_and_member_pages_list_their_events(
    client, ally_index, event_index, locales
):
    ally = AllyPage(
        title="Alianza para la Prevención de la Tortura",
        slug="apt",
        kind=AllyPage.Kind.CIVIL_SOCIETY,
    )
    ally_index.add_child(instance=ally)
    ally.save_revision().publish()
    member = add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")
    event = add_event(event_index, title="Taller sobre la Guía de Monitoreo")
    event.allies.set([ally])
    event.organisers.set([member])
    event.save_revision().publish()
    add_event(event_index, title="Otro evento").save_revision().publish()

    ally_response = client.get(ally.url)
    member_response = client.get("/es/members/dpe/")

    assert "Taller sobre la Guía de Monitoreo" in ally_response.text
    assert "Otro evento" not in ally_response.text
    assert "Taller sobre la Guía de Monitoreo" in member_response.text
    assert "Otro evento" not in member_response.text
