"""The accessibility statement's facts that live elsewhere: its dates, the feedback contact, the enforcement route.

The statement (content/accessibility*.md) follows the EU model statement (Implementing Decision
(EU) 2018/1523): compliance status, non-accessible content, preparation, feedback and contact,
enforcement. The house writes the text; where it writes a marker, the build puts what it must not
restate by hand:

- `<!-- stek:accessibility-dates -->`: when the statement was drawn up and last reviewed, from the
  page's own front matter (`drawn_up:`, `last_reviewed:`), dates written by people, never the build's;
- `<!-- stek:accessibility-contact -->`: the house's e-mail, phone and address (mkdocs.yml
  `extra.house`) and the reply time (`extra.house.reply_days`);
- `<!-- stek:accessibility-enforcement -->`: for a public body (`extra.accessibility.public_body: true`)
  the Vlaamse Ombudsdienst; otherwise that the statement is voluntary, said as such.
"""

from __future__ import annotations

import datetime as dt

from markupsafe import escape

from stek.data.contact import tel_link
from stek.i18n import date_text
from stek.site.rich_text import inline
from stek.ui_text import ui

DATES = "<!-- stek:accessibility-dates -->"
CONTACT = "<!-- stek:accessibility-contact -->"
ENFORCEMENT = "<!-- stek:accessibility-enforcement -->"
MARKERS = (DATES, CONTACT, ENFORCEMENT)
# The Flemish ombudsman's page on complaints (vlaanderen.be): where a public body's visitor goes next.
OMBUDSMAN_URL = "https://www.vlaanderen.be/vlaamse-ombudsdienst/uw-klacht"


def fill_statement(markdown: str, lang: str, meta: dict, extra: dict) -> str:
    """The statement's Markdown with its markers replaced, in the page's language."""
    if not any(marker in markdown for marker in MARKERS):
        return markdown
    house = extra.get("house") or {}
    blocks = {DATES: _dates(lang, meta), CONTACT: _contact(lang, house),
              ENFORCEMENT: _enforcement(lang, (extra.get("accessibility") or {}).get("public_body"))}
    for marker, block in blocks.items():
        markdown = markdown.replace(marker, block)
    return markdown


def _text(key: str, lang: str, **fields: object) -> str:
    # A text the page's language lacks is marked with its own lang, as everywhere on the site.
    return str(inline(ui(key, lang, **fields), lang))


def _date(value: object, lang: str) -> str | None:
    if isinstance(value, dt.date):
        return date_text(value, lang, "long")
    try:
        return date_text(dt.date.fromisoformat(str(value)), lang, "long")
    except ValueError:
        return None


def _dates(lang: str, meta: dict) -> str:
    drawn_up, reviewed = _date(meta.get("drawn_up"), lang), _date(meta.get("last_reviewed"), lang)
    lines = []
    if drawn_up:
        lines.append(_text("statement_drawn_up", lang, date=drawn_up))
    if reviewed:
        lines.append(_text("statement_reviewed", lang, date=reviewed))
    return "\n".join(lines)


def _contact(lang: str, house: dict) -> str:
    lines = []
    if house.get("email"):
        email = escape(house["email"])
        lines.append(f"- {_text('statement_email', lang)}: [{email}](mailto:{email})")
    if house.get("phone"):
        phone = escape(house["phone"])
        lines.append(f"- {_text('statement_phone', lang)}: [{phone}]({tel_link(str(house['phone']))})")
    if house.get("address"):
        lines.append(f"- {_text('statement_address', lang)}: {escape(house['address'])}")
    days = str(house.get("reply_days", "")).strip()
    reply = (_text("statement_reply_days", lang, days=int(days)) if days.isdigit()
             else _text("statement_reply_soon", lang))
    return "\n".join(lines) + "\n\n" + reply


def _enforcement(lang: str, public_body: object) -> str:
    if str(public_body).strip().lower() in ("true", "yes", "ja", "oui"):
        return _text("statement_ombudsman", lang) + f" <{OMBUDSMAN_URL}>"
    return _text("statement_voluntary", lang)
