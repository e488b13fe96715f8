"""StreamField blocks shared by every page type of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the page title is the only h1."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("section")), ("h3", _("subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("heading")
        template = "home/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text that screen readers announce."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("image")
        template = "home/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("quote")
        template = "home/blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("document")
        template = "home/blocks/document_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external link"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("call to action")
        template = "home/blocks/call_to_action_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    embed = EmbedBlock(
        label=_("embedded media"),
        help_text=_("A video or audio address, for example on YouTube or Vimeo."),
        icon="media",
        template="home/blocks/embed_block.html",
    )
    call_to_action = CallToActionBlock()
    table = TableBlock(label=_("table"), template="home/blocks/table_block.html")


class ObjectiveListBlock(blocks.StructBlock):
    """A titled list of objectives, as the work plan sets them out."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    items = blocks.ListBlock(blocks.TextBlock(label=_("objective")), label=_("items"))

    class Meta:
        icon = "list-ul"
        label = _("list of objectives")
        template = "home/blocks/objective_list_block.html"


class ActivityBlock(blocks.StructBlock):
    """One line of a work plan: when, what, what it produces, with whom."""

    period = blocks.CharBlock(label=_("period"), max_length=120)
    activity = blocks.TextBlock(label=_("activity"))
    product = blocks.TextBlock(label=_("expected product"), required=False)
    allies = blocks.TextBlock(label=_("allies"), required=False)


class ActivityTableBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    activities = blocks.ListBlock(ActivityBlock(), label=_("activities"))

    class Meta:
        icon = "date"
        label = _("activities")
        template = "home/blocks/activity_table_block.html"


class AllyEntryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=200)
    acronym = blocks.CharBlock(label=_("acronym"), max_length=30, required=False)
    role = blocks.TextBlock(label=_("role in the alliance"), required=False)


class AllyListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    allies = blocks.ListBlock(AllyEntryBlock(), label=_("allies"))

    class Meta:
        icon = "group"
        label = _("allies")
        template = "home/blocks/ally_list_block.html"


class MemberInstitutionsBlock(blocks.StructBlock):
    """Lists the member institutions of the working group by subregion."""

    title = blocks.CharBlock(label=_("title"), max_length=200)

    class Meta:
        icon = "site"
        label = _("member institutions")
        template = "home/blocks/member_institutions_block.html"

    def get_context(self, value, parent_context=None):
        from home.models import MemberInstitution

        context = super().get_context(value, parent_context)
        context["subregions"] = MemberInstitution.by_subregion(
            MemberInstitution.objects.working_group().localized_for_active()
        )
        return context


class HomeStreamBlock(BaseStreamBlock):
    objectives = ObjectiveListBlock()
    activities = ActivityTableBlock()
    allies = AllyListBlock()
    member_institutions = MemberInstitutionsBlock()
