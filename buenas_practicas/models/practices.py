"""The compendium of good practices and the proposals of new ones."""

from django import forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from buenas_practicas.models.allies import AllyPage
from buenas_practicas.models.links import localized_names
from buenas_practicas.models.terms import PopulationGroup, Theme
from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, DocumentBlock, ImageBlock
from home.countries import Country
from home.models import BasePage, MemberInstitution


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
