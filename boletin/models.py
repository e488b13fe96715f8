"""Bulletin editions, news, subscribers and the record of every mail sent."""

import uuid

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as DjangoPage
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from boletin.blocks import BulletinStreamBlock, RelatedPagesBlock
from home.blocks import BaseStreamBlock
from home.models import BasePage

ITEMS_PER_PAGE = 12
LISTING_RENDITION = "fill-480x270"


def paginate(request, queryset, per_page: int = ITEMS_PER_PAGE) -> DjangoPage:
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def with_listing_images(queryset, field: str):
    """Loads each item's image and its listing rendition in two queries."""
    images = get_image_model().objects.prefetch_renditions(LISTING_RENDITION)
    return queryset.prefetch_related(Prefetch(field, queryset=images))


class BulletinIndexPage(BasePage):
    """The archive of bulletin editions, newest first, and the subscription form."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["boletin.BulletinPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("bulletin archive")

    def get_context(self, request, *args, **kwargs):
        from boletin.forms import SubscribeForm

        context = super().get_context(request, *args, **kwargs)
        editions = (
            BulletinPage.objects.live()
            .public()
            .child_of(self)
            .order_by("-date", "-number")
        )
        context["editions"] = paginate(
            request, with_listing_images(editions, "cover_image")
        )
        context["subscribe_form"] = SubscribeForm(language=get_language())
        return context


class BulletinPage(BasePage):
    """One thematic edition of the RINDHCA bulletin, on the web and by mail."""

    number = models.PositiveIntegerField(_("number"))
    date = models.DateField(_("date"), default=timezone.localdate)
    theme = models.CharField(_("theme"), max_length=255)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("alternative text of the cover"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    editorial = models.TextField(_("editorial"), blank=True)
    body = StreamField(
        BulletinStreamBlock(), verbose_name=_("sections and articles"), blank=True
    )
    related_pages = StreamField(
        RelatedPagesBlock(),
        verbose_name=_("related pages"),
        blank=True,
        help_text=_("Events, good practices or news this edition points to."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("date"), FieldPanel("theme")],
            heading=_("edition"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt")],
            heading=_("cover"),
        ),
        FieldPanel("editorial"),
        FieldPanel("body"),
        FieldPanel("related_pages"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("theme"),
        index.SearchField("editorial"),
        index.SearchField("body"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("number"),
        SynchronizedField("date"),
        SynchronizedField("cover_image"),
    ]
    parent_page_types = ["boletin.BulletinIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("bulletin edition")

    def related_live_pages(self) -> list[Page]:
        """The related pages that are live, in the reader's language where possible."""
        chosen = [block.value for block in self.related_pages if block.value]
        pages = []
        for page in chosen:
            localized = page.localized
            if localized.live:
                pages.append(localized)
        return pages


class NewsIndexPage(BasePage):
    """The news of the working group, newest first, filterable by topic."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["boletin.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().child_of(self).order_by("-date")
        topic = request.GET.get("topic", "").strip()[:100]
        if topic:
            news = news.filter(tags__slug=topic)
        context["topic"] = topic
        context["news"] = paginate(
            request,
            with_listing_images(news, "listing_image").prefetch_related("tags"),
        )
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "boletin.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(BasePage):
    """One piece of news."""

    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Readers can list the news of one topic."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("date"),
        SynchronizedField("listing_image"),
    ]
    parent_page_types = ["boletin.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")


LANGUAGE_CHOICES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("pt", _("Portuguese")),
    ("fr", _("French")),
]


class SubscriberQuerySet(models.QuerySet):
    def mailable(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)


class Subscriber(models.Model):
    """An address that asked for the bulletin, and the consent it gave.

    The address is kept only while the person is subscribed or while it must
    be kept to honour a refusal: an address that left, bounced or complained
    stays, with its status, so that no send can ever reach it again.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("left")
        BOUNCED = "bounced", _("bounced")
        COMPLAINED = "complained", _("complained")

    class Source(models.TextChoices):
        FORM = "form", _("subscription form")
        IMPORT = "import", _("import")

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    language = models.CharField(
        _("language"), max_length=5, choices=LANGUAGE_CHOICES, default="es"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.FORM
    )
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consent_language = models.CharField(_("consent language"), max_length=5)
    consented_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent at"), null=True, blank=True
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    left_at = models.DateTimeField(_("left or suppressed at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self) -> str:
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)


def normalize_email(address: str) -> str:
    """The form every address is stored and compared in."""
    return address.strip().lower()


class Send(models.Model):
    """Sending one edition to every confirmed subscriber; one per edition.

    An edition has a single send, so pressing "send" twice or retrying a
    stopped send works on the same deliveries and can never mail anyone twice.
    """

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("scheduled")
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        PAUSED = "paused", _("stopped, can be resumed")
        DONE = "done", _("done")

    edition = models.OneToOneField(
        BulletinPage,
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="send",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED
    )
    scheduled_at = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    recorded_at = models.DateTimeField(
        _("deliveries recorded at"), null=True, blank=True
    )
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Only the worker holding an unexpired lease hands messages over, so two
    # workers can never run the same send at once.
    lease_token = models.UUIDField(null=True, blank=True, editable=False)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("send")
        verbose_name_plural = _("sends")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return str(self.edition)

    def can_resume(self) -> bool:
        """Stopped on a provider error, or its worker died and the lease ran out."""
        if self.status == self.Status.PAUSED:
            return True
        return self.status == self.Status.SENDING and (
            self.lease_until is None or self.lease_until < timezone.now()
        )

    def counts(self) -> dict[str, int]:
        rows = self.deliveries.values("status").annotate(total=models.Count("id"))
        counts = {status: 0 for status in Delivery.Status.values}
        counts.update({row["status"]: row["total"] for row in rows})
        counts["total"] = sum(row["total"] for row in rows)
        return counts


class Delivery(models.Model):
    """One edition to one subscriber: recorded before the provider sees it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("being handed to the provider")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("skipped (left before it was sent)")
        UNKNOWN = "unknown", _("interrupted, outcome unknown")
        BOUNCED = "bounced", _("bounced")
        COMPLAINED = "complained", _("complained")

    send = models.ForeignKey(
        Send,
        verbose_name=_("send"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    language = models.CharField(_("language"), max_length=5)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    message_id = models.CharField(_("provider message id"), max_length=255, blank=True)
    error = models.CharField(_("error"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["send", "subscriber"], name="unique_delivery_per_send"
            )
        ]
        indexes = [
            models.Index(fields=["send", "status"]),
            models.Index(fields=["message_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.send_id}/{self.subscriber_id}"
