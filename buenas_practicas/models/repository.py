"""The regional repository of laws, regulations and rulings."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from buenas_practicas.models.links import localized_names
from buenas_practicas.models.terms import Theme
from home.countries import Country
from home.models import BasePage


class RepositoryIndexPage(RoutablePageMixin, BasePage):
    """The regional repository of laws and regulations, filtered by facets."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["buenas_practicas.LegalInstrumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal repository index page")

    @path("")
    def index_route(self, request):
        from buenas_practicas import views

        return views.repository_index(request, self)

    @re_path(r"^export/(?P<fmt>csv|json)/$", name="export")
    def export_route(self, request, fmt):
        from buenas_practicas import views

        return views.export(request, self, "instruments", fmt)


class LegalInstrumentPage(BasePage):
    """One law, decree, regulation, ruling or treaty of the regional repository."""

    class Kind(models.TextChoices):
        CONSTITUTION = "constitution", _("constitution")
        LAW = "law", _("law")
        DECREE = "decree", _("decree")
        REGULATION = "regulation", _("regulation")
        RULING = "ruling", _("court ruling")
        INTERNATIONAL = "international", _("international instrument")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("in force")
        AMENDED = "amended", _("amended")
        REPEALED = "repealed", _("repealed")

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.CharField(_("number"), max_length=80, blank=True)
    date_issued = models.DateField(_("date of issue"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    changed_by = models.ForeignKey(
        "self",
        verbose_name=_("amended or repealed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="changes",
        help_text=_("The instrument that amends or repeals this one."),
    )
    source_url = models.URLField(_("official source"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        related_name="legal_instruments",
        blank=True,
    )
    summary = models.TextField(_("summary"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("kind"),
                FieldPanel("number"),
                FieldPanel("date_issued"),
            ],
            heading=_("identification"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("changed_by")], heading=_("status")
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("summary"),
        FieldPanel("source_url"),
        FieldPanel("document"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("number"),
        index.SearchField("summary"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("country"),
        SynchronizedField("kind"),
        SynchronizedField("number"),
        SynchronizedField("date_issued"),
        SynchronizedField("status"),
        SynchronizedField("source_url"),
        SynchronizedField("document"),
    ]
    parent_page_types = ["buenas_practicas.RepositoryIndexPage"]
    subpage_types: list = []

    class Meta:
        verbose_name = _("legal instrument")
        verbose_name_plural = _("legal instruments")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_names"] = localized_names(Theme, self.themes.all())
        # Links point at one language version; readers get their own.
        changed_by = self.changed_by.localized if self.changed_by else None
        context["changed_by"] = changed_by if changed_by and changed_by.live else None
        context["changes"] = (
            LegalInstrumentPage.objects.live()
            .filter(
                locale=self.locale, changed_by__translation_key=self.translation_key
            )
            .order_by("-date_issued")
        )
        return context
