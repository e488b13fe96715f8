"""Builders for event pages and registrations."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from eventos.models import EventIndexPage, EventPage
from eventos.registration import Applicant
from home.models import MemberInstitution


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Each test starts with no registrations counted against its address."""
    cache.clear()


@pytest.fixture
def event_index(home_page) -> EventIndexPage:
    index = EventIndexPage(title="Eventos", slug="eventos")
    home_page.add_child(instance=index)
    return index


def add_event(index: EventIndexPage, **fields) -> EventPage:
    """A published virtual event a week ahead, with five seats."""
    default_start = timezone.now().replace(microsecond=0) + timedelta(days=7)
    start = fields.pop("start", default_start)
    values = {
        "title": "Webinar de prueba",
        "slug": f"webinar-{EventPage.objects.count() + 1}",
        "start": start,
        "end": start + timedelta(hours=2),
        "time_zone": "America/Bogota",
        "place": "Zoom",
        "joining_url": "https://zoom.example.org/j/123",
        "capacity": 5,
    }
    values.update(fields)
    page = EventPage(**values)
    index.add_child(instance=page)
    return page


@pytest.fixture
def make_event(event_index):
    return lambda **fields: add_event(event_index, **fields)


@pytest.fixture
def event(make_event) -> EventPage:
    return make_event()


@pytest.fixture
def institution(locales) -> MemberInstitution:
    return MemberInstitution.objects.create(
        name="Defensoría del Pueblo de Ecuador",
        acronym="DPE",
        slug="dpe",
        country="EC",
        subregion="andean",
        locale=locales["es"],
    )


def applicant(number: int = 1, **fields) -> Applicant:
    values = {
        "name": f"Persona {number}",
        "email": f"persona{number}@example.org",
        "language": "es",
        "consent_version": "2025-1",
        "country": "EC",
        "participant_kind": "member_staff",
        "institution_other": "Universidad",
    }
    values.update(fields)
    return Applicant(**values)


def form_data(**fields) -> dict:
    data = {
        "name": "Ana Pérez",
        "email": "ana@example.org",
        "institution_other": "Red de apoyo",
        "country": "CO",
        "participant_kind": "civil_society",
        "consent": "on",
    }
    data.update(fields)
    return data
