from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_index_shows_upcoming_events_before_past_ones(client, event_index, make_event):
    make_event(title="Ya pasó", start=timezone.now() - timedelta(days=30))
    make_event(title="Viene pronto")

    response = client.get(event_index.url)

    assert response.status_code == 200
    assert response.text.index("Viene pronto") < response.text.index("Ya pasó")


def test_index_filters_by_type_and_year(client, event_index, make_event):
    make_event(title="Un webinar", event_type="webinar")
    make_event(title="Un taller", event_type="workshop")

    response = client.get(event_index.url, {"type": "workshop", "year": "1999"})
    by_type = client.get(event_index.url, {"type": "workshop"})

    assert "Un taller" not in response.text
    assert "Un taller" in by_type.text
    assert "Un webinar" not in by_type.text


@pytest.mark.parametrize("count", [2, 12])
def test_index_costs_a_bounded_number_of_queries(
    client, event_index, make_event, count, django_assert_max_num_queries
):
    for number in range(count):
        make_event(title=f"Evento {number}")
        make_event(title=f"Pasado {number}", start=timezone.now() - timedelta(days=40))

    with django_assert_max_num_queries(30):
        response = client.get(event_index.url)

    assert response.text.count('class="card"') == 2 * count


def test_past_event_shows_recording_and_closes_registration(client, make_event):
    event = make_event(
        start=timezone.now() - timedelta(days=3),
        recording_url="https://video.example.org/grabacion",
    )

    response = client.get(event.url)

    assert "https://video.example.org/grabacion" in response.text
    assert 'class="registration-form"' not in response.text


def test_a_bad_time_zone_is_refused(make_event):
    from django.core.exceptions import ValidationError

    event = make_event()
    event.time_zone = "Mars/Olympus"

    with pytest.raises(ValidationError):
        event.full_clean()


def test_index_filters_by_ally(client, event_index, make_event, home_page):
    from buenas_practicas.models import AllyIndexPage, AllyPage

    allies = AllyIndexPage(title="Alianzas", slug="alianzas")
    home_page.add_child(instance=allies)
    apt = AllyPage(
        title="Alianza para la Prevención de la Tortura", slug="apt", kind="other"
    )
    allies.add_child(instance=apt)
    with_apt = make_event(title="Con la APT")
    with_apt.allies.set([apt])
    with_apt.save_revision().publish()
    make_event(title="Sin aliados")

    response = client.get(event_index.url, {"ally": "apt"})
    page = client.get(with_apt.url)

    assert "Con la APT" in response.text
    assert "Sin aliados" not in response.text
    assert apt.url in page.text
