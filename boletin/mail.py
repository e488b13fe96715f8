"""Builds the mail of an edition in each language, once per language.

An edition is rendered once per language with placeholders where each
subscriber's own links go; a subscriber's message is that text with the
placeholders replaced, so sending costs no template rendering per address.
"""

import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale

from boletin.models import BulletinPage, Subscriber
from boletin.subscriptions import absolute_url, leave_url, manage_url

MANAGE_PLACEHOLDER = "%%MANAGE_URL%%"
LEAVE_PLACEHOLDER = "%%LEAVE_URL%%"
COVER_RENDITION = "fill-1200x600"
ARTICLE_RENDITION = "width-1200"

# Mail clients drop <style> blocks, so rich text gets its styles inline.
_INLINE_STYLES = {
    "p": "margin:0 0 16px;font-size:16px;line-height:1.55;color:#1d2935;",
    "h3": "margin:24px 0 8px;font-size:18px;line-height:1.3;color:#1d2935;",
    "h4": "margin:20px 0 8px;font-size:16px;line-height:1.3;color:#1d2935;",
    "ul": "margin:0 0 16px;padding-left:24px;",
    "ol": "margin:0 0 16px;padding-left:24px;",
    "li": "margin:0 0 6px;font-size:16px;line-height:1.55;color:#1d2935;",
    "a": "color:#0b5cab;text-decoration:underline;",
}
_TAG = re.compile(r"<(p|h3|h4|ul|ol|li|a)(\s[^>]*)?>")
_RELATIVE = re.compile(r'(href|src)="/(?!/)')
_LINK = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.S)


def mail_html(fragment: str) -> str:
    """Rich text with inline styles and absolute links, as mail clients need."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    fragment = _RELATIVE.sub(lambda match: f'{match.group(1)}="{base}/', fragment)
    return _TAG.sub(
        lambda match: (
            f'<{match.group(1)} style="{_INLINE_STYLES[match.group(1)]}"'
            f"{match.group(2) or ''}>"
        ),
        fragment,
    )


def mail_text(fragment: str) -> str:
    """Rich text as plain text, each link written out after its words."""
    fragment = _LINK.sub(lambda match: f"{match.group(2)} ({match.group(1)})", fragment)
    fragment = re.sub(r"</(p|h3|h4|li)>", "\n\n", fragment)
    text = html.unescape(strip_tags(fragment))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def edition_in(source: BulletinPage, language: str) -> BulletinPage:
    """The edition in `language` when its translation is live, else the source."""
    if source.locale.language_code == language:
        return source
    translation_page = (
        BulletinPage.objects.live()
        .filter(
            translation_key=source.translation_key,
            locale__language_code=language,
        )
        .first()
    )
    return translation_page or source


def _rendition_url(image, spec: str) -> str:
    return absolute_url(image.get_rendition(spec).url)


def _sections(page: BulletinPage) -> list[dict]:
    """The body as plain dicts the mail templates can lay out without CSS."""
    sections = []
    for block in page.body:
        value = block.value
        if block.block_type == "heading":
            sections.append({"kind": "heading", "text": value["text"]})
        elif block.block_type == "paragraph":
            rendered = mail_html(str(value))
            sections.append(
                {"kind": "text", "html": rendered, "text": mail_text(rendered)}
            )
        elif block.block_type == "article":
            rendered = mail_html(str(value["text"]))
            image = value["image"]
            sections.append(
                {
                    "kind": "article",
                    "title": value["title"],
                    "author": value["author"],
                    "image_url": _rendition_url(image, ARTICLE_RENDITION)
                    if image
                    else "",
                    "image_alt": value["image_alt"],
                    "html": rendered,
                    "text": mail_text(rendered),
                }
            )
        elif block.block_type == "quote":
            sections.append(
                {
                    "kind": "quote",
                    "text": value["quote"],
                    "attribution": value["attribution"],
                }
            )
        elif block.block_type == "image":
            sections.append(
                {
                    "kind": "image",
                    "image_url": _rendition_url(value["image"], ARTICLE_RENDITION),
                    "image_alt": value["alt_text"],
                    "caption": value["caption"],
                }
            )
    # Embeds, tables, documents and calls to action read better on the web:
    # the mail links there.
    return sections


@dataclass(frozen=True)
class RenderedEdition:
    """One edition in one language, ready to be addressed to anyone."""

    page_id: int
    language: str
    subject: str
    html: str
    text: str

    def message_for(self, subscriber: Subscriber) -> EmailMultiAlternatives:
        manage = manage_url(subscriber)
        leave = leave_url(subscriber)
        message = EmailMultiAlternatives(
            subject=self.subject,
            body=self.text.replace(MANAGE_PLACEHOLDER, manage).replace(
                LEAVE_PLACEHOLDER, leave
            ),
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{leave}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(
            self.html.replace(MANAGE_PLACEHOLDER, manage).replace(
                LEAVE_PLACEHOLDER, leave
            ),
            "text/html",
        )
        return message


def render_edition(source: BulletinPage, language: str) -> RenderedEdition:
    """Renders the edition for the readers of `language`, with Spanish fallback."""
    page = edition_in(source, language)
    page_language = page.locale.language_code
    with translation.override(page_language):
        web_url = page.get_url() or "/"
        context = {
            "page": page,
            "language": page_language,
            "web_url": absolute_url(web_url),
            "cover_url": _rendition_url(page.cover_image, COVER_RENDITION)
            if page.cover_image
            else "",
            "sections": _sections(page),
            "related": [
                (related.title, absolute_url(related.get_url() or "/"))
                for related in page.related_live_pages()
            ],
            "manage_url": MANAGE_PLACEHOLDER,
            "leave_url": LEAVE_PLACEHOLDER,
        }
        subject = _("RINDHCA bulletin no. %(number)s: %(title)s") % {
            "number": page.number,
            "title": page.title,
        }
        return RenderedEdition(
            page_id=page.pk,
            language=page_language,
            subject=subject,
            html=render_to_string("boletin/mail/bulletin.html", context),
            text=render_to_string("boletin/mail/bulletin.txt", context),
        )


def default_source(page: BulletinPage) -> BulletinPage:
    """The Spanish edition every translation and every send hangs from."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page
