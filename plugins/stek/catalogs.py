"""Words shown to people, from gettext catalogs: one `.po` file a language, as translators' tools expect.

Two domains: `site` (headings, labels, notes on the pages) and `messages` (what volunteers read
when their data has a problem). English is the source language: its texts are the msgids, in
`ui_text.py` and `messages.py`, marked with `N_` (and `NP_` where a count chooses the plural
form), each with its key as the context, so that `pybabel extract` finds them (`make catalogs`).
Catalogs are read as `.po` and compiled in memory: nothing binary is kept in the repository.
"""

from __future__ import annotations

import gettext
import io
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parent / "locale"
SOURCE_LANGUAGE = "en"


class Entry(tuple):
    """A text to translate: (context, msgid) or (context, singular, plural)."""

    @property
    def context(self) -> str:
        return self[0]

    @property
    def plural(self) -> bool:
        return len(self) == 3


def N_(context: str, message: str) -> Entry:
    """Marks a text for extraction; the key is its context."""
    return Entry((context, message))


def NP_(context: str, singular: str, plural: str) -> Entry:
    """Marks a text whose form depends on a count (`n`): CLDR's plural rules choose it per language."""
    return Entry((context, singular, plural))


class _Missing(gettext.NullTranslations):
    """The end of a fallback chain: says the catalog lacks the text instead of returning the msgid."""

    def pgettext(self, context, message):
        raise LookupError(context)

    def npgettext(self, context, msgid1, msgid2, n):
        raise LookupError(context)


@lru_cache(maxsize=64)
def _translations(domain: str, lang: str) -> gettext.GNUTranslations | None:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    if not path.is_file():
        return None
    with path.open("rb") as file:
        catalog = read_po(file, locale=lang, domain=domain)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy and empty translations are left out, so they fall back
    compiled.seek(0)
    translations = gettext.GNUTranslations(compiled)
    translations.add_fallback(_Missing())
    return translations


def translate(domain: str, lang: str, entry: Entry, n: int | None = None) -> str | None:
    """The text in `lang`, or None when its catalog lacks it (English is the source: always there)."""
    if lang == SOURCE_LANGUAGE:
        return (entry[1] if n == 1 else entry[2]) if entry.plural else entry[1]
    translations = _translations(domain, lang)
    if translations is None:
        return None
    try:
        if entry.plural:
            text = translations.npgettext(entry.context, entry[1], entry[2], 1 if n is None else n)
        else:
            text = translations.pgettext(entry.context, entry[1])
    except LookupError:
        return None
    return text or None
