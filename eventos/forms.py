"""The registration form of an event, with the organisers' own questions."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from eventos.models import ParticipantKind
from eventos.registration import Applicant
from home.antispam import HoneypotFormMixin
from home.countries import Country
from home.models import MemberInstitution

# Raise the version whenever the consent sentence changes, so each
# registration records the wording the person agreed to.
CONSENT_VERSION = "2025-1"
QUESTION_PREFIX = "question_"


class RegistrationForm(HoneypotFormMixin, forms.Form):
    """Asks only what the organisers use; never nationality or migration status."""

    name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("We send the confirmation and the joining details here."),
    )
    institution = forms.ModelChoiceField(
        label=_("Member institution (or write yours below)"),
        queryset=MemberInstitution.objects.none(),
        required=False,
        empty_label=_("None of these"),
    )
    institution_other = forms.CharField(
        label=_("Other institution or organisation"),
        max_length=255,
        required=False,
        help_text=_("If yours is not in the list above."),
    )
    country = forms.ChoiceField(
        label=_("Country of residence"),
        choices=[("", "—")] + Country.choices,
    )
    participant_kind = forms.ChoiceField(
        label=_("You take part as"),
        choices=[("", "—")] + ParticipantKind.choices,
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example sign language interpretation or captions. Erased as "
            "soon as the event is over."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the working group keeps these data to organise this "
            "event and count its participants, and erases my name and address "
            "afterwards."
        ),
    )

    def __init__(self, *args, event, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["institution"].queryset = self._institutions()
        self.question_labels: dict[str, str] = {}
        for block in event.questions:
            if block.block_type == "question":
                self._add_question(block.id, block.value)
        # The honeypot goes last, after every field a person fills.
        self.fields["website_url"] = self.fields.pop("website_url")

    def _institutions(self):
        active = Locale.get_active()
        institutions = MemberInstitution.objects.filter(locale=active)
        if not institutions.exists():
            institutions = MemberInstitution.objects.filter(locale=Locale.get_default())
        return institutions.order_by("country", "name")

    def _add_question(self, block_id: str, value) -> None:
        name = f"{QUESTION_PREFIX}{block_id}"
        options = [line.strip() for line in value["choices"].splitlines()]
        options = [option for option in options if option]
        if value["kind"] == "choice" and options:
            field = forms.ChoiceField(
                choices=[("", "—")] + [(option, option) for option in options]
            )
        else:
            field = forms.CharField(
                max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
            )
        field.required = bool(value["required"])
        field.label = (
            value["label"]
            if field.required
            else _("%(question)s (optional)") % {"question": value["label"]}
        )
        self.fields[name] = field
        self.question_labels[name] = value["label"]

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("institution") and not cleaned.get("institution_other"):
            self.add_error(
                "institution_other",
                _("Choose a member institution or write the name of yours."),
            )
        return cleaned

    def applicant(self) -> Applicant:
        data = self.cleaned_data
        answers = {
            name.removeprefix(QUESTION_PREFIX): {
                "question": label,
                "answer": data.get(name, ""),
            }
            for name, label in self.question_labels.items()
        }
        return Applicant(
            name=data["name"],
            email=data["email"],
            language=get_language() or "es",
            consent_version=CONSENT_VERSION,
            country=data["country"],
            participant_kind=data["participant_kind"],
            institution=data["institution"],
            institution_other=data["institution_other"],
            accessibility_needs=data["accessibility_needs"],
            answers=answers,
        )


class VerifyForm(forms.Form):
    code = forms.CharField(label=_("Verification code"), max_length=20)

    def clean_code(self) -> str:
        return self.cleaned_data["code"].strip().upper()
