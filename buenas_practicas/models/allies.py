"""Alliance profiles: the organisations the working group works with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from buenas_practicas.models.links import linked_events
from home.blocks import BaseStreamBlock
from home.models import BasePage


class AllyIndexPage(BasePage):
    """The list of the organisations the working group is allied with."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["buenas_practicas.AllyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("alliance index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["allies"] = (
            AllyPage.objects.child_of(self)
            .live()
            .select_related("logo")
            .order_by("title")
        )
        return context


class AllyPage(BasePage):
    """An organisation the group works with and what the alliance is about."""

    class Kind(models.TextChoices):
        UN_AGENCY = "un_agency", _("United Nations agency")
        INTERGOVERNMENTAL = "intergovernmental", _("intergovernmental organisation")
        CIVIL_SOCIETY = "civil_society", _("civil society organisation")
        DONOR = "donor", _("donor")
        ACADEMIC = "academic", _("academic institution")
        OTHER = "other", _("other")

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind of organisation"), max_length=20, choices=Kind.choices
    )
    role = models.TextField(
        _("role in the alliance"),
        blank=True,
        help_text=_("One or two sentences on what the organisation does with us."),
    )
    description = StreamField(
        BaseStreamBlock(), verbose_name=_("about the alliance"), blank=True
    )
    website = models.URLField(_("website"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("role"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym"),
        index.SearchField("role"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]
    # Acronyms differ by language (ACNUR, UNHCR, HCR), so they are translated.
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
    ]
    parent_page_types = ["buenas_practicas.AllyIndexPage"]
    subpage_types: list = []

    class Meta:
        verbose_name = _("alliance profile")

    def get_context(self, request, *args, **kwargs):
        from buenas_practicas.models.practices import GoodPracticePage

        context = super().get_context(request, *args, **kwargs)
        context["events"] = linked_events(self, "events", self.locale)
        context["practices"] = (
            GoodPracticePage.objects.live()
            .filter(locale=self.locale, allies__translation_key=self.translation_key)
            .distinct()
            .order_by("-year", "title")
        )
        return context
