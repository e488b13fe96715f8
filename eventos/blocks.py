"""Blocks of event pages: speakers, the organisers' extra questions, materials."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import DocumentBlock


class SpeakerBlock(blocks.StructBlock):
    """A person who speaks at an event, with their role and institution."""

    name = blocks.CharBlock(label=_("name"), max_length=200)
    role = blocks.CharBlock(label=_("role"), max_length=200, required=False)
    institution = blocks.CharBlock(
        label=_("institution"), max_length=200, required=False
    )

    class Meta:
        icon = "user"
        label = _("speaker")


class QuestionBlock(blocks.StructBlock):
    """A question the organisers add to one event's registration form."""

    label = blocks.CharBlock(label=_("question"), max_length=200)
    kind = blocks.ChoiceBlock(
        label=_("kind of answer"),
        choices=[("text", _("free text")), ("choice", _("one of a list"))],
        default="text",
    )
    choices = blocks.TextBlock(
        label=_("options"),
        required=False,
        help_text=_("For a list: one option per line."),
    )
    required = blocks.BooleanBlock(label=_("required"), required=False)

    class Meta:
        icon = "help"
        label = _("question")


class SpeakerStreamBlock(blocks.StreamBlock):
    """The speakers of an event, in the order they speak."""

    speaker = SpeakerBlock()


class QuestionStreamBlock(blocks.StreamBlock):
    """An event's own registration questions; answers are stored as JSON."""

    question = QuestionBlock()


class MaterialStreamBlock(blocks.StreamBlock):
    """Presentations and documents published after an event."""

    document = DocumentBlock()
