"""StreamField blocks of bulletin editions and news."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class ArticleBlock(blocks.StructBlock):
    """One article of an edition: a title, its text and an optional image."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    author = blocks.CharBlock(label=_("author"), max_length=200, required=False)
    image = ImageChooserBlock(label=_("image"), required=False)
    image_alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("article")
        template = "boletin/blocks/article_block.html"


class BulletinStreamBlock(BaseStreamBlock):
    """The sections of an edition: the shared blocks plus articles."""

    article = ArticleBlock()


class RelatedPagesBlock(blocks.StreamBlock):
    """Pages of the site an edition points to: events, good practices, news."""

    page = blocks.PageChooserBlock(label=_("page"))

    class Meta:
        icon = "link"
