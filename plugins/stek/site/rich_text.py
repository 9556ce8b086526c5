"""Volunteers' text as HTML: plain text escaped, descriptions as Markdown with raw HTML shown as text.

Data is typed in a web form by people who never see the HTML: `<b>` in a title is two
characters of text, and a description may link only to http, https, mailto and tel. Images
are shown as their text, because loading one would be a request to another origin.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from stek.data.contact import is_safe_url
from stek.i18n import Localized, is_rtl


class _SafeLinks(Treeprocessor):
    """Turns links whose address is not http, https, mailto or tel into plain text; a link to a page's
    file (`huurpremie.md`) becomes the address of that page, when the text knows where it is."""

    # Where the text is written (its folder in content/, "" for the data files) and the page it is shown on.
    links: tuple[str, str] | None = None

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            href = element.get("href", "")
            page = page_href(href, self.links) if self.links else None
            if page is not None:
                element.set("href", page)
            elif not is_safe_url(href):
                element.tag = "span"
                element.attrib.clear()


def page_href(href: str, links: tuple[str, str]) -> str | None:
    """The relative address of the page a Markdown file link names, as seen from the page shown; else None."""
    path, hash, fragment = href.partition("#")
    if not path.endswith(".md") or re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", path) or path.startswith("/"):
        return None
    folder, shown = links
    wanted = posixpath.normpath(posixpath.join(folder, path[:-3]))
    if wanted.startswith(".."):
        return None
    key = "" if wanted in ("index", ".") else wanted.removesuffix("/index")
    relative = posixpath.relpath(key or ".", shown.rstrip("/") or ".")
    return ("" if relative == "." else relative + "/") + hash + fragment


class _TextIsText(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Without these, "<b>" and "<script>" stay text and are escaped when written out.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        for name in ("image_link", "image_reference", "short_image_ref"):
            md.inlinePatterns.deregister(name)
        md.treeprocessors.register(_SAFE_LINKS, "stek_safe_links", 0)


_SAFE_LINKS = _SafeLinks()
_MARKDOWN = markdown.Markdown(extensions=[_TextIsText()], output_format="html")


def markdown_html(text: str, links: tuple[str, str] | None = None) -> Markup:
    """A volunteer's Markdown as HTML that can contain no HTML the volunteer typed.

    `links`: the folder the text is written from and the key of the page it is shown on, for links to pages.
    """
    _MARKDOWN.reset()
    _SAFE_LINKS.links = links
    return Markup(_MARKDOWN.convert(text))


def inline(text: Localized[str] | None, page_lang: str) -> Markup:
    """Plain text, escaped, in a span with its own lang (and dir) when it is not in the page's language."""
    if text is None:
        return Markup("")
    if text.lang == page_lang:
        return escape(text.value)
    return Markup('<span lang="%s" dir="%s">%s</span>') % (text.lang, direction(text.lang), text.value)


def block(text: Localized[str] | None, page_lang: str, note: str = "", markdown: bool = True,
          links: tuple[str, str] | None = None) -> Markup:
    """A paragraph or more, rendered as Markdown; on fallback, marked with its lang and a note.

    `note` is the short explanation in the visitor's language, shown before the fallback text.
    """
    if text is None or not text.value.strip():
        return Markup("")
    html = markdown_html(text.value, links) if markdown else Markup("<p>%s</p>") % text.value
    if text.lang == page_lang:
        return html
    return Markup('<div class="stek-fallback"><p class="stek-note">{}</p><div lang="{}" dir="{}">{}</div></div>').format(
        note, text.lang, direction(text.lang), html)


def direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


# --------------------------------------------------------------------------- words in another language

_TAG = re.compile(r"(<[^>]+>)")
# Never marked inside: code as written, and what is already in a language of its own (no lang twice).
_NOT_MARKED = {"code", "pre", "kbd", "samp", "script", "style", "textarea"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HAS_LANG = re.compile(r"\slang\s*=", re.IGNORECASE)


def mark_language(html: Markup, pattern: re.Pattern | None, lang: str, page_lang: str) -> Markup:
    """`html` with each word that `pattern` finds in its text wrapped in a span of `lang` (WCAG 3.1.2).

    Only text is touched: never a tag, its attributes or a link's address; never code, nor text
    already inside an element with a lang of its own.
    """
    # Most texts hold none of the words anywhere (tags included): then there is nothing to mark.
    if pattern is None or not html or lang == page_lang or pattern.search(html) is None:
        return html
    open_tag = Markup('<span lang="%s"%s>') % (lang, Markup(' dir="%s"') % direction(lang)
                                               if is_rtl(page_lang) != is_rtl(lang) else "")
    out: list[str] = []
    stack: list[bool] = []  # per open element: whether its text stays as it is
    for piece in _TAG.split(str(html)):
        if piece.startswith("<"):
            inner = piece.strip("</>").split()
            name = inner[0].lower() if inner else ""
            if piece.startswith("</"):
                if stack:
                    stack.pop()
            elif not piece.startswith("<!") and name not in _VOID and not piece.endswith("/>"):
                stack.append((stack[-1] if stack else False) or name in _NOT_MARKED or bool(_HAS_LANG.search(piece)))
            out.append(piece)
        elif piece and not (stack and stack[-1]):
            out.append(pattern.sub(lambda m: f"{open_tag}{m.group(0)}</span>", piece))
        else:
            out.append(piece)
    return Markup("".join(out))
