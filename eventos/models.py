"""Webinars, workshops and meetings, and the people who register for them."""

import secrets
import zoneinfo
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from eventos.blocks import MaterialStreamBlock, QuestionStreamBlock, SpeakerStreamBlock
from home.blocks import BaseStreamBlock
from home.countries import Country
from home.models import BasePage

EVENTS_PER_PAGE = 12


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as America/Bogota."),
            params={"value": value},
        ) from error


def format_utc_offset(moment: datetime) -> str:
    """“UTC−05:00”: the offset people compare with their own clock."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


class RegistrableEvent(models.Model):
    """When a page's event happens and how people register for it.

    Any page type that people register for mixes this in; the functions in
    eventos.registration work on it through these fields only. Start and end
    are aware datetimes; `time_zone` is the IANA zone they are shown in.
    """

    start = models.DateTimeField(
        _("start"),
        help_text=_("Entered in the time zone of your admin account."),
    )
    end = models.DateTimeField(_("end"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="America/Panama",
        validators=[validate_time_zone],
        help_text=_(
            "The zone the times are shown in, as an IANA name such as "
            "America/Bogota or America/Mexico_City."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Seats available; leave empty for no limit."),
    )
    requires_approval = models.BooleanField(
        _("registrations need approval"),
        default=False,
        help_text=_(
            "For closed sessions: each registration waits for an editor's decision."
        ),
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"), null=True, blank=True
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to close registration when the event starts."),
    )
    joining_url = models.URLField(
        _("joining link"),
        blank=True,
        help_text=_(
            "Sent only to confirmed participants; never shown on the public page."
        ),
    )
    joining_instructions = models.TextField(
        _("joining instructions"),
        blank=True,
        help_text=_("Meeting code, password… Sent with the joining link."),
    )

    registration_panels = [
        FieldRowPanel(
            [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
        ),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("requires_approval")]),
        FieldPanel("joining_url"),
        FieldPanel("joining_instructions"),
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def local_start(self) -> datetime:
        return self.start.astimezone(self.zone)

    @property
    def local_end(self) -> datetime:
        return self.end.astimezone(self.zone)

    @property
    def utc_offset(self) -> str:
        return format_utc_offset(self.local_start)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_online(self) -> bool:
        """Whether participants join through the joining link."""
        return bool(self.joining_url)

    def schedule(self) -> str:
        """Date and times in the event's zone, with the zone and its UTC offset."""
        start, end = self.local_start, self.local_end
        if start.date() == end.date():
            text = "{}, {}–{}".format(
                date_format(start, "DATE_FORMAT"),
                date_format(start, "TIME_FORMAT"),
                date_format(end, "TIME_FORMAT"),
            )
        else:
            text = "{} – {}".format(
                date_format(start, "DATETIME_FORMAT"),
                date_format(end, "DATETIME_FORMAT"),
            )
        return f"{text} ({self.utc_offset}, {self.time_zone})"

    def registration_is_open(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        closes_at = self.registration_closes_at or self.start
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        return now < closes_at


def registrable_models() -> list[type[Page]]:
    """Every page type people can register for."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, RegistrableEvent) and issubclass(model, Page)
    ]


class EventType(models.TextChoices):
    WEBINAR = "webinar", _("webinar")
    WORKSHOP = "workshop", _("virtual workshop")
    MEETING = "meeting", _("in-person meeting")
    PRESENTATION = "presentation", _("presentation")
    OTHER = "other", _("other")


class Modality(models.TextChoices):
    VIRTUAL = "virtual", _("virtual")
    IN_PERSON = "in_person", _("in person")
    HYBRID = "hybrid", _("hybrid")


class EventIndexPage(BasePage):
    """The calendar of the group's events, upcoming first, then past ones."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["eventos.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def filtered_events(self, request) -> tuple[models.QuerySet, dict, list]:
        """Live events below this page, narrowed by the type, year and ally asked."""
        from buenas_practicas.models import AllyPage

        events = EventPage.objects.child_of(self).live().public()
        asked = {key: request.GET.get(key, "") for key in ("type", "year", "ally")}
        allies = list(
            AllyPage.objects.live().filter(locale=self.locale).order_by("title")
        )
        ally = next((ally for ally in allies if ally.slug == asked["ally"]), None)

        filters = {}
        if asked["type"] in EventType.values:
            events = events.filter(event_type=asked["type"])
            filters["type"] = asked["type"]
        if asked["year"].isdigit():
            events = events.filter(start__year=int(asked["year"]))
            filters["year"] = asked["year"]
        if ally:
            events = events.filter(allies__translation_key=ally.translation_key)
            filters["ally"] = ally.slug
        return events, filters, allies

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events, filters, allies = self.filtered_events(request)
        now = timezone.now()

        paginator = Paginator(
            events.filter(end__lt=now).order_by("-start"), EVENTS_PER_PAGE
        )
        try:
            past = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            past = paginator.page(1)
        except EmptyPage:
            past = paginator.page(paginator.num_pages)
        years = EventPage.objects.child_of(self).live().dates("start", "year")

        context.update(
            upcoming=list(events.filter(end__gte=now).order_by("start")),
            past=past,
            filters=filters,
            event_types=EventType.choices,
            years=sorted({day.year for day in years}, reverse=True),
            allies=allies,
            extra_query=urlencode(filters),
        )
        return context


class EventPage(RegistrableEvent, BasePage):
    """One webinar, workshop or meeting, with its registration form."""

    intro = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for listings.")
    )
    event_type = models.CharField(
        _("type of event"),
        max_length=20,
        choices=EventType.choices,
        default=EventType.WEBINAR,
    )
    modality = models.CharField(
        _("modality"), max_length=20, choices=Modality.choices, default=Modality.VIRTUAL
    )
    place = models.CharField(
        _("place or platform"),
        max_length=255,
        blank=True,
        help_text=_("A venue and city, or the name of the video platform."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    speakers = StreamField(SpeakerStreamBlock(), verbose_name=_("speakers"), blank=True)
    organisers = ParentalManyToManyField(
        "home.MemberInstitution",
        verbose_name=_("organising institutions"),
        related_name="organised_events",
        blank=True,
    )
    allies = ParentalManyToManyField(
        "buenas_practicas.AllyPage",
        verbose_name=_("allies"),
        related_name="events",
        blank=True,
    )
    questions = StreamField(
        QuestionStreamBlock(),
        verbose_name=_("extra questions"),
        blank=True,
        help_text=_(
            "Asked in this event's registration form. Never ask nationality or "
            "migration status."
        ),
    )
    recording_url = models.URLField(_("recording"), blank=True)
    materials = StreamField(
        MaterialStreamBlock(), verbose_name=_("materials"), blank=True
    )
    proceedings = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("proceedings (memorias)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The systematized proceedings of the event."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("modality")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldPanel("place"),
            ],
            heading=_("when and where"),
        ),
        FieldPanel("body"),
        FieldPanel("speakers"),
        FieldPanel("organisers"),
        FieldPanel("allies"),
        MultiFieldPanel(
            RegistrableEvent.registration_panels + [FieldPanel("questions")],
            heading=_("registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("recording_url"),
                FieldPanel("materials"),
                FieldPanel("proceedings"),
            ],
            heading=_("after the event"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        SynchronizedField("event_type"),
        SynchronizedField("modality"),
        SynchronizedField("capacity"),
        SynchronizedField("requires_approval"),
        SynchronizedField("registration_opens_at"),
        SynchronizedField("registration_closes_at"),
        SynchronizedField("joining_url"),
        SynchronizedField("recording_url"),
        SynchronizedField("organisers"),
        SynchronizedField("allies"),
        SynchronizedField("proceedings"),
    ]
    parent_page_types = ["eventos.EventIndexPage"]
    subpage_types: list = []

    class Meta:
        verbose_name = _("event page")

    def __str__(self) -> str:
        return self.title

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from eventos.views import register

            return register(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from eventos.forms import RegistrationForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", RegistrationForm(event=self))
        context.update(self.public_context())
        return context

    def public_context(self) -> dict:
        from eventos import calendars, registration

        event = registration.canonical_event(self)
        return {
            "seats_left": registration.seats_left(event),
            "google_url": calendars.google_calendar_url(self),
            "outlook_url": calendars.outlook_calendar_url(self),
        }

    @cached_property
    def localized_allies(self) -> list[Page]:
        """The allies in the page's language where translated, else as linked."""
        allies = list(self.allies.all())
        keys = [ally.translation_key for ally in allies]
        translated = (
            {
                ally.translation_key: ally
                for ally in type(allies[0])
                .objects.live()
                .filter(translation_key__in=keys, locale_id=self.locale_id)
            }
            if allies
            else {}
        )
        return [translated.get(ally.translation_key, ally) for ally in allies]

    @property
    def is_online(self) -> bool:
        return self.modality in {Modality.VIRTUAL, Modality.HYBRID}


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("awaiting approval")
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")
    REJECTED = "rejected", _("not approved")


class ParticipantKind(models.TextChoices):
    MEMBER_STAFF = "member_staff", _("staff of a national human rights institution")
    PUBLIC_OFFICIAL = "public_official", _("other public institution")
    INTERNATIONAL = "international", _("international organisation")
    CIVIL_SOCIETY = "civil_society", _("civil society organisation")
    ACADEMIA = "academia", _("academia")
    OTHER = "other", _("other")


def new_certificate_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


class Registration(models.Model):
    """A person's place at an event (or on its waiting list).

    The event is any page with the RegistrableEvent fields. Registrations
    always belong to the page in the default language, so that every
    language's form shares the same seats. Nationality and migration status
    are never asked: for the people this site serves they are sensitive data.
    Personal fields are erased by eventos.retention once the event is over;
    country, institution and kind of participant stay for the group's counts.
    """

    Status = RegistrationStatus
    # Personal data: kept out of Wagtail's reference index ("usage" counts).
    wagtail_reference_index_ignore = True

    event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    email_normalized = models.CharField(max_length=254, blank=True, editable=False)
    institution = models.ForeignKey(
        "home.MemberInstitution",
        verbose_name=_("member institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    institution_other = models.CharField(
        _("other institution"), max_length=255, blank=True
    )
    country = models.CharField(
        _("country of residence"), max_length=2, choices=Country.choices, blank=True
    )
    participant_kind = models.CharField(
        _("kind of participant"),
        max_length=30,
        choices=ParticipantKind.choices,
        blank=True,
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        default="es",
        help_text=_(
            "The language of the form, so of the consent sentence agreed to, "
            "and of every mail sent."
        ),
    )
    consent_version = models.CharField(_("consent version"), max_length=20)
    consented_at = models.DateTimeField(_("consent given at"), null=True)
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False)
    certificate_code = models.CharField(
        _("certificate code"), max_length=20, null=True, blank=True, unique=True
    )
    reminder_sent_at = models.DateTimeField(
        _("reminder sent at"), null=True, blank=True
    )
    accessibility_erased_at = models.DateTimeField(
        _("accessibility needs erased at"), null=True, blank=True
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["registered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email_normalized"],
                condition=~Q(email_normalized=""),
                name="unique_registration_per_event_and_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "registered_at"])]

    def __str__(self) -> str:
        return self.name or str(_("anonymised registration"))

    @property
    def institution_name(self) -> str:
        return str(self.institution) if self.institution else self.institution_other

    def answers_text(self) -> str:
        """The answers to the event's own questions, one “question: answer” a line."""
        return "\n".join(
            f"{item.get('question', '')}: {item.get('answer', '')}"
            for item in self.answers.values()
        )

    def mark_attended(self) -> None:
        self.attended = True
        if not self.certificate_code:
            self.certificate_code = new_certificate_code()

    def localized_event(self, language: str | None = None) -> Page:
        """The event page in the registrant's language, else as registered."""
        event = self.event.specific
        locale = Locale.objects.filter(language_code=language or self.language).first()
        if locale and locale.pk != event.locale_id:
            translated = event.get_translation_or_none(locale)
            if translated and translated.live:
                return translated.specific
        return event
