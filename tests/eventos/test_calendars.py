import icalendar
import pytest

from eventos import calendars

pytestmark = pytest.mark.django_db


def parse(response) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(response.content)


def test_event_file_is_valid_with_a_stable_uid_and_no_joining_link(client, make_event):
    event = make_event(
        title="Guía de Monitoreo; prevención, tortura",
        intro="Un texto largo " * 20,
    )

    first = client.get(f"/es/calendar/event-{event.pk}.ics")
    event.title = "Guía de Monitoreo; prevención, tortura (actualizado)"
    event.save_revision().publish()
    second = client.get(f"/es/calendar/event-{event.pk}.ics")

    assert first.status_code == 200
    assert first["Content-Type"].startswith("text/calendar")
    raw = first.content.decode()
    assert "SUMMARY:Guía de Monitoreo\\; prevención\\, tortura" in raw
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    assert "DTSTART;TZID=America/Bogota:" in raw
    assert "BEGIN:VTIMEZONE" in raw
    assert "zoom.example.org" not in raw
    one, two = parse(first).walk("VEVENT")[0], parse(second).walk("VEVENT")[0]
    assert one["UID"] == two["UID"]
    assert "DTSTAMP" in one
    assert str(two["SUMMARY"]).endswith("(actualizado)")


def test_feed_lists_the_events_of_one_language(client, make_event):
    make_event(title="Primero")
    make_event(title="Segundo")

    response = client.get("/es/calendar/events.ics")

    summaries = {str(e["SUMMARY"]) for e in parse(response).walk("VEVENT")}
    assert summaries == {"Primero", "Segundo"}
    assert client.get("/fr/calendar/events.ics").content.count(b"BEGIN:VEVENT") == 0


def test_google_and_outlook_links_carry_utc_times(event):
    google = calendars.google_calendar_url(event)
    outlook = calendars.outlook_calendar_url(event)

    stamp = event.start.strftime("%Y%m%dT%H%M%SZ")
    assert google.startswith("https://calendar.google.com/")
    assert stamp in google
    assert outlook.startswith("https://outlook.office.com/")
