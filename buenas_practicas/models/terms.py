"""Themes and population groups: terms editors add to classify pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


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
