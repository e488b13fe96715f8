"""Forms of the subscription: subscribe, manage, and the editors' import."""

from django import forms
from django.conf import settings
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from boletin.models import LANGUAGE_CHOICES
from home.antispam import HoneypotFormMixin

# Bump the version whenever CONSENT_TEXT changes: each subscriber keeps the
# version they agreed to.
CONSENT_VERSION = "2025-1"
CONSENT_TEXT = _(
    "I want to receive the working group's bulletin by email. My address is used "
    "only to send it, and I can leave at any time from any bulletin."
)
EMAIL_MAX_LENGTH = 254


def _no_line_breaks(value: str) -> None:
    # An address with a line break could add headers to a mail.
    if any(char in value for char in "\r\n\0"):
        raise forms.ValidationError(_("Enter a valid email address."))


class SubscribeForm(HoneypotFormMixin, forms.Form):
    """Email, preferred language and the consent that makes mailing lawful."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=EMAIL_MAX_LENGTH,
        validators=[_no_line_breaks],
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter a valid email address, like name@example.org."),
            "max_length": _("This address is too long."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the bulletin"), choices=LANGUAGE_CHOICES
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={
            "required": _("Tick the box to confirm you want the bulletin.")
        },
    )

    def __init__(self, *args, language: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        codes = [code for code, _name in LANGUAGE_CHOICES]
        self.fields["language"].initial = (
            language if language in codes else settings.LANGUAGE_CODE
        )


class LanguageForm(forms.Form):
    """Lets a subscriber choose the language of the bulletins they receive."""

    language = forms.ChoiceField(
        label=_("Language of the bulletin"), choices=LANGUAGE_CHOICES
    )


class ImportForm(forms.Form):
    """A CSV of addresses that already agreed to receive the bulletin."""

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "One address per line, in the first column; an optional second column "
            "gives the language (es, en, pt or fr). A header line is skipped."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language when the file gives none"), choices=LANGUAGE_CHOICES
    )
    consent = forms.BooleanField(
        label=_(
            "Every address in this file has agreed to receive the bulletin, and I "
            "can show that consent if asked."
        ),
        error_messages={
            "required": _("Addresses can be imported only with their consent.")
        },
    )

    MAX_SIZE = 5 * 1024 * 1024

    def clean_file(self) -> str:
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_SIZE:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file must be a CSV saved as UTF-8.")
            ) from error


class TestSendForm(forms.Form):
    """Where an editor wants a test copy of the edition."""

    email = forms.EmailField(
        label=_("Send a test to"),
        max_length=EMAIL_MAX_LENGTH,
        validators=[_no_line_breaks],
    )
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)


class ScheduleForm(forms.Form):
    """Send now, or at a later date and time."""

    scheduled_at = forms.DateTimeField(
        label=_("Send at"),
        required=False,
        help_text=_("Leave empty to send now."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )


def is_valid_address(value: str) -> bool:
    try:
        validate_email(value)
        _no_line_breaks(value)
    except forms.ValidationError:
        return False
    return len(value) <= EMAIL_MAX_LENGTH
