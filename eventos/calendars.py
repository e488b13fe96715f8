"""iCalendar files for one event and feeds of all events, and add-to-calendar links.

A UID derives from the page's translation key and the site's domain, so it
stays the same when the page is edited or republished, and every language's
copy of an event is the same calendar entry. Times carry their TZID with the
matching VTIMEZONE, so calendars show each event in the reader's own zone.
Public files never carry the joining link; only the file attached to a
participant's confirmation mail does. Any page with the RegistrableEvent
fields can be turned into a file; a summary (`intro`) and `place` are used
when the page has them.
"""

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone
from wagtail.models import Locale

from eventos.models import EventPage

PRODID = "-//RINDHCA//Movilidad humana//ES"
FEED_PAST_DAYS = 365


def site_domain() -> str:
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def event_uid(page: EventPage) -> str:
    return f"event-{page.translation_key}@{site_domain()}"


def absolute_url(page: EventPage) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (page.url or "")


def _description(page: EventPage, joining: bool) -> str:
    intro = getattr(page, "intro", "")
    parts = [intro] if intro else []
    if joining and page.joining_url:
        parts.append(page.joining_url)
        if page.joining_instructions:
            parts.append(page.joining_instructions)
    parts.append(absolute_url(page))
    return "\n\n".join(parts)


def _location(page: EventPage, joining: bool) -> str:
    if joining and page.joining_url and page.is_online:
        return page.joining_url
    return getattr(page, "place", "")


def build_event(page: EventPage, *, joining: bool = False) -> Event:
    event = Event()
    event.add("uid", event_uid(page))
    event.add("dtstamp", timezone.now())
    event.add("last-modified", page.last_published_at or timezone.now())
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("summary", page.title)
    event.add("description", _description(page, joining))
    event.add("url", absolute_url(page))
    location = _location(page, joining)
    if location:
        event.add("location", location)
    return event


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


@lru_cache(maxsize=64)
def _vtimezone(name: str) -> Timezone:
    # Building a VTIMEZONE walks the zone's transitions (tens of milliseconds);
    # zones change only with the tz database, so each one is built once.
    return Timezone.from_tzid(name)


def _add_timezones(calendar: Calendar, names: set[str]) -> None:
    for name in sorted(names):
        calendar.add_component(_vtimezone(name))


def event_calendar(page: EventPage, *, joining: bool = False) -> bytes:
    """A calendar file holding one event, for a download or an attachment."""
    calendar = _calendar(page.title)
    calendar.add("method", "PUBLISH")
    _add_timezones(calendar, {page.zone.key})
    calendar.add_component(build_event(page, joining=joining))
    return calendar.to_ical()


def feed_calendar(locale: Locale, name: str) -> bytes:
    """Every live event in one language, from a year ago on."""
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    pages = list(
        EventPage.objects.live()
        .public()
        .filter(locale=locale, end__gte=since)
        .order_by("start")
    )
    calendar = _calendar(name)
    _add_timezones(calendar, {page.zone.key for page in pages})
    for page in pages:
        calendar.add_component(build_event(page))
    return calendar.to_ical()


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(page: EventPage) -> str:
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": page.title,
            "dates": f"{_utc_stamp(page.start)}/{_utc_stamp(page.end)}",
            "details": absolute_url(page),
            "location": getattr(page, "place", ""),
            "ctz": page.time_zone,
        }
    )
    return f"https://calendar.google.com/calendar/render?{query}"


def outlook_calendar_url(page: EventPage) -> str:
    query = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": page.title,
            "startdt": page.start.astimezone(UTC).isoformat(),
            "enddt": page.end.astimezone(UTC).isoformat(),
            "body": absolute_url(page),
            "location": getattr(page, "place", ""),
        }
    )
    return f"https://outlook.office.com/calendar/deeplink/compose?{query}"
