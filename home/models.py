"""Home page, generic pages, the member institutions and site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock, HomeStreamBlock
from home.countries import Country, Subregion


class BasePage(Page):
    """Fields every public page shares: a sharing image and the example flag."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks."),
    )
    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_(
            "Tick when the page was made up to show how the site works: the page "
            "then says so to every reader."
        ),
    )

    promote_panels = Page.promote_panels + [
        FieldPanel("social_image"),
        FieldPanel("is_example"),
    ]

    override_translatable_fields = [SynchronizedField("is_example")]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The working group: who it is, what it pursues, what it plans."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(HomeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A page of text: about the group, its objectives, a work plan."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


class MemberInstitutionQuerySet(models.QuerySet):
    def working_group(self):
        return self.filter(is_working_group_member=True)

    def localized_for_active(self) -> list["MemberInstitution"]:
        """The active language's version of each institution, else Spanish.

        One query, whatever the number of institutions: both languages are
        loaded together and the translation wins where there is one.
        """
        active = Locale.get_active()
        default = Locale.get_default()
        rows = self.filter(locale__in={active.pk, default.pk}).select_related("logo")
        chosen: dict = {}
        for row in rows:
            if row.locale_id == active.pk or row.translation_key not in chosen:
                chosen[row.translation_key] = row
        return sorted(chosen.values(), key=lambda row: (row.country, row.name))


@register_snippet
class MemberInstitution(TranslatableMixin, ClusterableModel):
    """A national human rights institution of the network (an INDH)."""

    class GanhriStatus(models.TextChoices):
        A = "A", _("A: fully compliant with the Paris Principles")
        B = "B", _("B: partially compliant with the Paris Principles")

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in the address of its profile.")
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    subregion = models.CharField(
        _("subregion"), max_length=20, choices=Subregion.choices
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    ganhri_status = models.CharField(
        _("GANHRI accreditation status"),
        max_length=1,
        choices=GanhriStatus.choices,
        blank=True,
        help_text=_("Leave empty when the current status has not been checked."),
    )
    ganhri_accreditation_date = models.DateField(
        _("date of the GANHRI accreditation"), null=True, blank=True
    )
    is_working_group_member = models.BooleanField(
        _("member of the working group"), default=True
    )

    objects = MemberInstitutionQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("subregion")], heading=_("place")
        ),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("ganhri_status"), FieldPanel("ganhri_accreditation_date")],
            heading=_("accreditation"),
        ),
        FieldPanel("is_working_group_member"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("acronym"),
        SynchronizedField("slug"),
        SynchronizedField("country"),
        SynchronizedField("subregion"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("ganhri_status"),
        SynchronizedField("ganhri_accreditation_date"),
        SynchronizedField("is_working_group_member"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("member institution")
        verbose_name_plural = _("member institutions")
        ordering = ["country", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_member_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @staticmethod
    def by_subregion(institutions) -> list[tuple[str, list["MemberInstitution"]]]:
        """Groups institutions under their subregion, in geographic order."""
        groups = []
        for value, label in Subregion.choices:
            members = [row for row in institutions if row.subregion == value]
            if members:
                groups.append((label, members))
        return groups


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact address and social networks shown in every page's footer."""

    contact_email = models.EmailField(_("contact address"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    class Meta:
        verbose_name = _("site settings")

    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(name, url) for name, url in links if url]
