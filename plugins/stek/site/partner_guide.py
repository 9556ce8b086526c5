"""The snippets on the page for partners (programme-on-your-site/): the iframe, its listener and its CSP hash.

A partner pastes the snippet into its own page: the frame, sized by attributes only (a strict
Content-Security-Policy blocks a `style` attribute), and a short fixed inline listener that sets
the frame's height from the embed's message. The listener names no origin and no language: it
trusts a message only from a frame of the page whose own address has the sender's origin. So its
text, and the `'sha256-…'` a partner adds to `script-src`, is the same in every language and for
every house, and a compromised repository can never change what runs on a partner's site.

The house writes the guide in Markdown; where it writes a marker, the build puts the generated
part, in the page's language:

- `<!-- stek:embed-snippet -->`: the house's embed, ready to copy;
- `<!-- stek:csp -->`: the lines a partner adds to its Content-Security-Policy;
- `<!-- stek:partner-snippets -->`: each partner's snippet under a heading with its id, which
  the partner's page links to (`#embed-<id>`).
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from stek.ui_text import ui

# One line: a CMS that re-indents or wraps lines would change the text, and with it the hash.
# `f[i].height` is the frame's attribute (a number of pixels), not a style: CSP allows it.
LISTENER = (
    'addEventListener("message",function(e){var d=e.data,f=document.getElementsByTagName("iframe"),i;'
    'if(!d||d.type!=="stek-embed-height"||typeof d.height!=="number")return;'
    'for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&new URL(f[i].src,location.href).origin===e.origin)'
    'f[i].height=Math.min(Math.max(Math.ceil(d.height),100),20000)})'
)
# Without the listener (a CMS that strips scripts) the frame keeps this height: the first days show.
DEFAULT_HEIGHT = 640
MARKERS = ("<!-- stek:embed-snippet -->", "<!-- stek:csp -->", "<!-- stek:partner-snippets -->")


def script_hash(text: str = LISTENER) -> str:
    """The CSP source for an inline script: sha256 of its exact text (UTF-8), in base64 (CSP Level 2)."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def origin(url: str) -> str:
    """"https://stek.example.org/fr/embed/" -> "https://stek.example.org"."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def snippet(src: str, title: str) -> str:
    """The HTML a partner pastes: the frame (width and height by attribute) and the listener.

    `width="100%"`: HTML's conformance rules ask for a number of pixels, but its rendering rules
    (the "dimension value" of iframe's width, HTML § 15.4.3) make every browser honour a
    percentage, and it is the only way to fill the partner's column without a `style`.
    """
    return (f'<iframe src="{escape(src)}" title="{escape(title)}" width="100%" height="{DEFAULT_HEIGHT}" '
            f'loading="lazy"></iframe>\n<script>{LISTENER}</script>')


def csp_lines(site_url: str) -> str:
    """The directives a partner adds to its Content-Security-Policy."""
    return f"frame-src {origin(site_url)}\nscript-src {script_hash()}"


def fill_markers(markdown: str, views) -> str:
    """The guide's Markdown with its markers replaced by the generated parts, in the views' language."""
    if not any(marker in markdown for marker in MARKERS):
        return markdown
    site, lang = views.site, views.lang
    title = ui("embed", lang).value
    partners = []
    for partner in views.stek.partners.values():
        name = views.text(partner.name)
        code = snippet(site.absolute(lang, f"embed/{partner.id}/"), f"{title}: {partner.name.get(lang).value}")
        heading = Markup('<h3 id="embed-{}">{} <code>{}</code></h3>').format(partner.id, name, partner.id)
        partners.append(f'{heading}\n\n{_fenced("html", code)}')
    blocks = {
        MARKERS[0]: _fenced("html", snippet(site.absolute(lang, "embed/"), title)),
        MARKERS[1]: _fenced("text", csp_lines(site.site_url)),
        MARKERS[2]: "\n\n".join(partners),
    }
    for marker, block in blocks.items():
        markdown = markdown.replace(marker, block)
    return markdown


def _fenced(language: str, text: str) -> str:
    return f"```{language}\n{text}\n```"
