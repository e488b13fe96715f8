"""The public form through which a focal point proposes a good practice."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from buenas_practicas.models import PopulationGroup, Theme
from home.antispam import HoneypotFormMixin
from home.countries import Country
from home.models import MemberInstitution


def current_year() -> int:
    return timezone.now().year


class PracticeProposalForm(HoneypotFormMixin, forms.Form):
    """Structured like a practice page, so editors only review and complete it."""

    title = forms.CharField(label=_("title of the practice"), max_length=255)
    institution = forms.ModelChoiceField(
        label=_("institution"), queryset=MemberInstitution.objects.none()
    )
    country = forms.ChoiceField(label=_("country"), choices=Country.choices)
    year = forms.IntegerField(
        label=_("year the practice started"), min_value=1950, max_value=2100
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("themes"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    population_groups = forms.ModelMultipleChoiceField(
        label=_("population groups"),
        queryset=PopulationGroup.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    summary = forms.CharField(
        label=_("summary"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences."),
    )
    description = forms.CharField(
        label=_("description"), max_length=20000, widget=forms.Textarea
    )
    results = forms.CharField(
        label=_("results"), max_length=10000, widget=forms.Textarea, required=False
    )
    lessons = forms.CharField(
        label=_("lessons learned"),
        max_length=10000,
        widget=forms.Textarea,
        required=False,
    )
    contact_office = forms.CharField(
        label=_("office or unit to contact"), max_length=200, required=False
    )
    contact_email = forms.EmailField(
        label=_("contact address of the institution"),
        required=False,
        help_text=_("An address of the institution or its office, not of a person."),
    )
    proposer_email = forms.EmailField(
        label=_("your email address"),
        help_text=_(
            "We use it only to tell you when the practice is published, and then "
            "delete it. It is not shown on the site."
        ),
    )

    def __init__(self, *args, locale: Locale, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        self.fields["institution"].queryset = MemberInstitution.objects.filter(
            locale=default
        )
        self.fields["themes"].queryset = self.terms(Theme, locale, default)
        self.fields["population_groups"].queryset = self.terms(
            PopulationGroup, locale, default
        )
        self.fields["year"].initial = current_year()

    @staticmethod
    def terms(model, locale: Locale, default: Locale):
        """The terms in the page's language, else the Spanish ones."""
        own = model.objects.filter(locale=locale)
        return own if own.exists() else model.objects.filter(locale=default)

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        if year > current_year():
            raise forms.ValidationError(_("The year cannot be in the future."))
        return year
