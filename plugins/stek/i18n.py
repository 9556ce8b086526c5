"""Multilingual text with fallback, and day names, dates and language names from Babel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from babel import Locale
from babel.dates import format_date, format_time

T = TypeVar("T")

# Day names volunteers may write, any case: Dutch, French and English.
DAY_NAMES: dict[str, int] = {
    name: index
    for names in (
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    )
    for index, name in enumerate(names)
}


class Localized(NamedTuple, Generic[T]):
    """A value in one language, and the language it is really in (which differs on fallback)."""

    value: T
    lang: str


@dataclass(frozen=True, slots=True)
class Translated(Generic[T]):
    """A value per language, as written; languages it lacks fall back to the default language."""

    values: Mapping[str, T]
    default: str

    def get(self, lang: str) -> Localized[T]:
        if lang in self.values:
            return Localized(self.values[lang], lang)
        return Localized(self.values[self.default], self.default)

    def __str__(self) -> str:
        return str(self.values[self.default])


Text = Translated[str]


def plain(value: str, default: str) -> Text:
    """A text written once, in the default language."""
    return Translated({default: value}, default)


@lru_cache(maxsize=None)
def locale(lang: str) -> Locale:
    # Cached: a build asks for a language's locale tens of thousands of times, and parsing it is not free.
    return Locale.parse(lang)


def day_name(weekday: int, lang: str, width: str = "wide") -> str:
    """The name of a weekday (0 is Monday) in a language."""
    return locale(lang).days["format"][width][weekday]


# Dates in English are written day first, as in Belgium and the rest of Europe ("6 December 2026"),
# not the United States' "December 6, 2026" of Babel's plain "en".
_DATE_LOCALES = {"en": "en_GB"}


def date_text(day: dt.date, lang: str, format: str = "full") -> str:
    return format_date(day, format=format, locale=locale(_DATE_LOCALES.get(lang, lang)))


@lru_cache(maxsize=4096)
def time_text(time: dt.time, lang: str) -> str:
    # Cached: a site shows a few dozen distinct times, each thousands of times over.
    return format_time(time, format="short", locale=locale(lang))


@lru_cache(maxsize=None)
def language_name(code: str, lang: str) -> str:
    """The name of a language (ISO 639-1 code) in the visitor's language."""
    return locale(lang).languages.get(code, code)


@lru_cache(maxsize=None)
def language_autonym(code: str) -> str:
    """A language's name in itself, for the language menu: "Français", "Nederlands", "العربية"."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def is_language_code(code: str) -> bool:
    """A two-letter ISO 639-1 code that Babel knows a name for."""
    return len(code) == 2 and code.isascii() and code.isalpha() and code in Locale("en").languages


# Languages whose lists are separated by the Arabic comma; CLDR's list patterns join with "and".
_ARABIC_COMMA = {"ar", "fa", "ur", "ps", "ckb"}


def list_separator(lang: str) -> str:
    """What separates the items of a short list (times, dates) in a language."""
    return "، " if lang in _ARABIC_COMMA else ", "


@lru_cache(maxsize=None)
def is_rtl(lang: str) -> bool:
    # Cached: every text in another language asks for its direction, thousands of times a build.
    return locale(lang).character_order == "right-to-left"
