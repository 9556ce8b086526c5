"""The rights pages and the glossary page: where and when to ask, notes on a translation's age, words explained.

One view per page family (STYLE §1); its functions take the `Views` of the page's language.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from stek.data.glossary import Term, explain
from stek.data.model import RightsPage
from stek.data.rights_sections import SECTIONS, section_of
from stek.i18n import Localized, date_text, language_name, time_text
from stek.site.rich_text import direction, inline
from stek.site.views import RIGHTS_DATES, Views
from stek.ui_text import ui

_WORD = "\x00word\x00"  # where the word goes in "What does "{word}" mean?", before escaping


def rights_index(views: Views) -> list[dict]:
    return [views.rights_link(r) for r in views.stek.rights.values()]


def rights(views: Views, rights: RightsPage) -> dict:
    asks = []
    for listing in views.current_listings(rights.ask_at):
        link = views.listing_link(listing)
        # All the dates the page knows: the browser shows the first RIGHTS_DATES not past yet.
        link["dates"] = [{"text": views.short_date(o.start.date()) + " " + time_text(o.start.time(), views.lang),
                          "start": o.start.isoformat(), "end": o.end.isoformat()}
                         for o in views.by_listing.get(listing.id, ()) if not o.cancelled]
        link["show"] = RIGHTS_DATES
        asks.append(link)
    bring = rights.bring.get(views.lang) if rights.bring else None
    return {
        "rights": rights,
        "title": views.text(rights.title),
        "summary": views.long_text(rights.summary, markdown=False),
        "parts": body_parts(views, rights),
        "notes": translation_notes(views, rights),
        "ask_at": asks,
        "help": [views.partner_link(views.stek.partners[p]) for p in rights.help],
        "bring": [views.mark_default_words(inline(Localized(b, bring.lang), views.lang)) for b in bring.value]
        if bring else [],
        "sources": [{"title": views.text(s.title), "url": s.url} for s in rights.sources],
        "reviewed": reviewed_notes(views, rights),
    }


def reviewed_notes(views: Views, rights: RightsPage) -> list:
    """When and by whom the facts were checked; on a translation, that this was on the source's text,
    and, separately, whether a native speaker checked the translation itself."""
    if not rights.reviewed:
        return []
    lang, default = views.lang, views.site.default
    date = date_text(rights.reviewed, lang, "long")
    who = rights.reviewed_by.get(lang).value if rights.reviewed_by else None
    if lang == default or lang not in rights.files:
        # A page shown in the default language (its own, or as the fallback of a missing translation).
        return [views.t("reviewed_by", date=date, who=who) if who else views.t("reviewed", date=date)]
    source = language_name(default, lang)
    notes = [views.t("reviewed_source_by", language=source, date=date, who=who) if who
             else views.t("reviewed_source", language=source, date=date)]
    if lang in rights.unchecked:
        notes.append(views.t("translation_not_checked"))
    elif lang in rights.checked:
        notes.append(views.t("translation_checked"))
    return notes


_H2 = re.compile(r"(?=<h2[\s>])")
_H2_END = "</h2>"


def body_parts(views: Views, rights: RightsPage) -> dict:
    """The page's text cut at its `## ` headings, each part knowing its section (SPEC's order), and where
    the generated parts go: the places and dates after the text of "where in the STEK", the `bring:` list
    right under "what to bring". A page without such a heading gets them, with a heading of their own,
    before the first section that follows in SPEC's order, else at the end.
    """
    html = explained(views, rights.body, set(), ("rights", f"rights/{rights.id}/"))
    lang = rights.body.get(views.lang).lang if rights.body else views.lang
    parts = []
    for chunk in _H2.split(str(html)):
        if not chunk.strip():
            continue
        heading, rest, section = "", chunk, None
        if chunk.startswith("<h2") and _H2_END in chunk:
            end = chunk.index(_H2_END) + len(_H2_END)
            heading, rest = chunk[:end], chunk[end:]
            section = section_of(re.sub(r"<[^>]+>", "", heading), lang)
        parts.append({"heading": Markup(heading), "text": Markup(rest), "section": section})
    return place_generated(parts)


def place_generated(parts: list[dict]) -> dict:
    """Where the generated parts go among the page's parts (each knowing its section, or None): inside
    their own section, else before the first section that follows them in SPEC's order, else at the end."""
    for part in parts:
        part.update(where_here=part["section"] == "where", bring_here=part["section"] == "bring",
                    where_before=False, bring_before=False)
    found = {part["section"] for part in parts}
    ends = {}
    for generated in ("where", "bring"):
        if generated in found:
            continue
        later = SECTIONS[SECTIONS.index(generated) + 1:]
        place = next((part for part in parts if part["section"] in later), None)
        if place is not None:
            place[f"{generated}_before"] = True
        else:
            ends[generated] = True
    return {"parts": parts, "where_end": ends.get("where", False), "bring_end": ends.get("bring", False)}


def translation_notes(views: Views, rights: RightsPage) -> list[dict]:
    """What a reader of a translation must know: the source changed since, no native speaker checked it.

    Each note is its text and, for a newer source, the link to it (the template makes it relative).
    """
    lang, default = views.lang, views.site.default
    notes = []
    if lang in rights.outdated:
        source = language_name(default, lang)
        notes.append({"text": views.t("source_newer", language=source,
                                      date=date_text(rights.outdated[lang], lang, "long")),
                      "href": views.site.path(default, f"rights/{rights.id}/"), "hreflang": default,
                      "link": views.t("read_source", language=source)})
    if lang in rights.unchecked:
        notes.append({"text": views.t("unchecked_translation")})
    return notes


def explained(views: Views, value, seen: set[str], links: tuple[str, str] | None = None) -> Markup:
    """A Markdown text as HTML, each glossary word explained where it first appears on the page.

    `links`: the folder the text is written from and the page's key, so that `huurpremie.md` links to its page.
    """
    html = views.long_text(value, links=links)
    if value is None or not html:
        return html
    text_lang = value.get(views.lang).lang
    # Marked once more after the explanations are added: their words are Dutch names too.
    return views.mark_default_words(explain(html, text_lang, views.stek.glossary, seen,
                                            lambda term, written: _details(views, term, written, text_lang)))


def _details(views: Views, term: Term, written: str, text_lang: str) -> Markup:
    # Markup's % escapes like its format(), at a fraction of the cost (a page explains a dozen words).
    word = Markup('<dfn%s>%s</dfn>') % (
        Markup(' lang="%s" dir="%s"') % (text_lang, direction(text_lang)) if text_lang != views.lang else "",
        written)
    question = ui("what_is", views.lang, word=_WORD)
    summary = escape(question.value).replace(escape(_WORD), word)
    if question.lang != views.lang:
        summary = Markup('<span lang="%s">%s</span>') % (question.lang, summary)
    return Markup('<details class="stek-term"><summary>%s</summary><p>%s</p></details>') % (
        summary, inline(term.explanation.get(views.lang), views.lang))


def glossary(views: Views) -> list[dict]:
    """Every glossary word in the page's language, alphabetically, with its explanation."""
    entries = [{"id": term.id, "word": views.text(term.word),
                "sort": term.word.get(views.lang).value.lower(),
                "explanation": views.text(term.explanation)}
               for term in views.stek.glossary.terms]
    return sorted(entries, key=lambda entry: entry["sort"])
