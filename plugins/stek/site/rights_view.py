"""What rights pages and the glossary page add to the views: notes on a translation's age, words explained.

Kept apart from views.py (one view per page family, STYLE §1); its functions take the `Views`
of the page's language.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from stek.data.glossary import Term, explain
from stek.i18n import date_text, language_name
from stek.site.rich_text import direction, inline
from stek.ui_text import ui

_WORD = "\x00word\x00"  # where the word goes in "What does "{word}" mean?", before escaping


def translation_notes(views, rights) -> list[dict]:
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


def explained(views, value, seen: set[str]) -> Markup:
    """A Markdown text as HTML, each glossary word explained where it first appears on the page."""
    html = views.long_text(value)
    if value is None or not html:
        return html
    text_lang = value.get(views.lang).lang
    return explain(html, text_lang, views.stek.glossary, seen, lambda term, written: _details(views, term, written,
                                                                                             text_lang))


def _details(views, term: Term, written: str, text_lang: str) -> Markup:
    word = Markup('<dfn{}>{}</dfn>').format(
        Markup(' lang="{}" dir="{}"').format(text_lang, direction(text_lang)) if text_lang != views.lang else "",
        written)
    question = ui("what_is", views.lang, word=_WORD)
    summary = escape(question.value).replace(escape(_WORD), word)
    if question.lang != views.lang:
        summary = Markup('<span lang="{}">{}</span>').format(question.lang, summary)
    return Markup('<details class="stek-term"><summary>{}</summary><p>{}</p></details>').format(
        summary, inline(term.explanation.get(views.lang), views.lang))


def glossary(views) -> list[dict]:
    """Every glossary word in the page's language, alphabetically, with its explanation."""
    entries = [{"id": term.id, "word": inline(term.word.get(views.lang), views.lang),
                "sort": term.word.get(views.lang).value.lower(),
                "explanation": inline(term.explanation.get(views.lang), views.lang)}
               for term in views.stek.glossary.terms]
    return sorted(entries, key=lambda entry: entry["sort"])
