"""Good practices, alliance profiles and the regional repository of laws."""

from django import forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, DocumentBlock, ImageBlock
from home.countries import Country
from home.models import BasePage, MemberInstitution


def localized_names(model, rows) -> list[str]:
    """Names of linked snippets in the active language, else as linked."""
    rows = list(rows)
    active = Locale.get_active()
    names = dict(
        model.objects.filter(
            locale=active, translation_key__in=[row.translation_key for row in rows]
        ).values_list("translation_key", "name")
    )
    return [names.get(row.translation_key, row.name) for row in rows]


def linked_events(instance, accessor: str, locale: Locale):
    """Live events linked to any language version of `instance`, in `locale`.

    The events section adds the link; this reads it through the reverse
    accessor, so that these pages work whether or not that section is there.
    """
    descriptor = getattr(type(instance), accessor, None)
    if descriptor is None:
        return []
    event_model = descriptor.rel.related_model
    field_name = descriptor.rel.field.name
    return (
        event_model.objects.live()
        .filter(
            locale=locale,
            **{f"{field_name}__translation_key": instance.translation_key},
        )
        .distinct()
        .order_by("title")
    )


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
        context = super().get_context(request, *args, **kwargs)
        context["events"] = linked_events(self, "events", self.locale)
        context["practices"] = (
            GoodPracticePage.objects.live()
            .filter(locale=self.locale, allies__translation_key=self.translation_key)
            .distinct()
            .order_by("-year", "title")
        )
        return context


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A term editors add to classify pages; its slug identifies it in URLs."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in the address of filtered lists.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


@register_snippet
class Theme(TaxonomyTerm):
    """A subject a practice or a legal instrument deals with."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_theme_slug_per_locale"
            )
        ]


@register_snippet
class PopulationGroup(TaxonomyTerm):
    """A group of people a practice is meant for."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("population group")
        verbose_name_plural = _("population groups")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_population_slug_per_locale"
            )
        ]


class WorkingGroup(models.TextChoices):
    """The network's other working groups a practice may concern."""

    BUSINESS = "business", _("business and human rights")
    ENVIRONMENT = "environment", _("human rights and the environment")
    AFRO_DESCENDANTS = "afro_descendants", _("people of African descent")
    TORTURE_PREVENTION = "torture_prevention", _("prevention of torture")


class GoodPracticePageForm(WagtailAdminPageForm):
    """Shows the other working groups as checkboxes over a list of codes."""

    other_working_groups = forms.MultipleChoiceField(
        label=_("other working groups concerned"),
        choices=WorkingGroup.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class GoodPracticeIndexPage(RoutablePageMixin, BasePage):
    """The compendium of good practices, filtered by facets."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["buenas_practicas.GoodPracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good practice index page")

    @path("")
    def index_route(self, request):
        from buenas_practicas import views

        return views.practice_index(request, self)

    @re_path(r"^export/(?P<fmt>csv|json)/$", name="export")
    def export_route(self, request, fmt):
        from buenas_practicas import views

        return views.export(request, self, "practices", fmt)

    @path("compendium/<str:edition>/", name="compendium")
    def compendium_route(self, request, edition):
        from buenas_practicas import views

        return views.compendium(request, self, edition)

    @path("propose/", name="propose")
    def propose_route(self, request):
        from buenas_practicas import views

        return views.propose(request, self)

    @path("propose/thanks/", name="proposal_sent")
    def proposal_sent_route(self, request):
        from buenas_practicas import views

        return views.proposal_sent(request, self)

    def editions(self) -> list[str]:
        return list(
            GoodPracticePage.objects.live()
            .child_of(self)
            .exclude(edition="")
            .order_by("-edition")
            .values_list("edition", flat=True)
            .distinct()
        )


class GoodPracticePage(RoutablePageMixin, BasePage):
    """A practice of one or more member institutions, as the compendium tells it."""

    institutions = ParentalManyToManyField(
        "home.MemberInstitution",
        verbose_name=_("institutions"),
        related_name="good_practices",
        blank=True,
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year the practice started.")
    )
    edition = models.CharField(
        _("compendium edition"),
        max_length=20,
        blank=True,
        help_text=_("For example 2024, or 2025 for the update."),
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), related_name="good_practices", blank=True
    )
    population_groups = ParentalManyToManyField(
        PopulationGroup,
        verbose_name=_("population groups"),
        related_name="good_practices",
        blank=True,
    )
    other_working_groups = models.JSONField(
        _("other working groups concerned"), default=list, blank=True
    )
    allies = ParentalManyToManyField(
        AllyPage, verbose_name=_("allies"), related_name="good_practices", blank=True
    )
    summary = models.TextField(_("summary"))
    description = StreamField(
        BaseStreamBlock(), verbose_name=_("description"), blank=True
    )
    results = RichTextField(_("results"), features=RICH_TEXT_FEATURES, blank=True)
    lessons = RichTextField(
        _("lessons learned"), features=RICH_TEXT_FEATURES, blank=True
    )
    materials = StreamField(
        [("document", DocumentBlock()), ("image", ImageBlock())],
        verbose_name=_("documents and images"),
        blank=True,
    )
    contact_email = models.EmailField(
        _("contact address of the institution"),
        blank=True,
        help_text=_("An address of the institution or its office, not of a person."),
    )
    contact_office = models.CharField(
        _("office or unit to contact"), max_length=200, blank=True
    )

    base_form_class = GoodPracticePageForm
    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("institutions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("country"),
                FieldPanel("year"),
                FieldPanel("edition"),
            ],
            heading=_("who, where and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("population_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("other_working_groups"),
                FieldPanel("allies", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("classification"),
        ),
        FieldPanel("description"),
        FieldPanel("results"),
        FieldPanel("lessons"),
        FieldPanel("materials"),
        MultiFieldPanel(
            [FieldPanel("contact_office"), FieldPanel("contact_email")],
            heading=_("contact"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.FilterField("country"),
        index.FilterField("year"),
        index.FilterField("edition"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("country"),
        SynchronizedField("year"),
        SynchronizedField("edition"),
        SynchronizedField("other_working_groups"),
        SynchronizedField("contact_email"),
    ]
    parent_page_types = ["buenas_practicas.GoodPracticeIndexPage"]
    subpage_types: list = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @path("print/", name="print")
    def print_route(self, request):
        context = self.get_context(request)
        context["printable"] = True
        return TemplateResponse(
            request, "buenas_practicas/good_practice_print.html", context
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["institution_names"] = localized_names(
            MemberInstitution, self.institutions.all()
        )
        context["theme_names"] = localized_names(Theme, self.themes.all())
        context["population_names"] = localized_names(
            PopulationGroup, self.population_groups.all()
        )
        return context

    def citation(self, institution_names: list[str]) -> str:
        """Title, institutions, year and address, as readers should cite it."""
        parts = [", ".join(institution_names), f"({self.year})", self.title]
        return ". ".join(part for part in parts if part) + f". {self.full_url}"

    def other_working_group_labels(self) -> list[str]:
        labels = dict(WorkingGroup.choices)
        return [labels[code] for code in self.other_working_groups if code in labels]


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


class PracticeProposal(models.Model):
    """Who proposed a practice, kept only until it is published.

    The address is used once, to tell the proposer the practice is online, and
    is then deleted with this row; it never enters the page or its revisions.
    """

    page = models.OneToOneField(
        GoodPracticePage,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        related_name="proposal",
    )
    email = models.EmailField(_("proposer's address"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("practice proposal")
        verbose_name_plural = _("practice proposals")

    def __str__(self) -> str:
        return str(self.page)
