"""The one source of public holidays (`public_holidays: BE`): on which days, named in the site's languages.

The `holidays` package names Belgium's holidays in Dutch, French, English and German; in the other
languages (Arabic) the names come from the site's catalogs (`holiday_<key>` in ui_text.py).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import re

import holidays

from stek.i18n import Translated
from stek.ui_text import TEXTS, ui


def holiday_name(country: str | None, day: dt.date, languages: tuple[str, ...]) -> Translated[str] | None:
    """The public holiday on a day, named in each of `languages` the `holidays` package or the catalogs know.

    None on other days. The first language is the default; where the package lacks it, the package's
    own language stands in.
    """
    if not country:
        return None
    return _year(country, day.year, languages).get(day)


@lru_cache(maxsize=64)
def _year(country: str, year: int, languages: tuple[str, ...]) -> dict[dt.date, Translated[str]]:
    """A year's holidays, named: worked out once, where a build asks about each day of the calendar."""
    days = set(_holidays(country, year, None))
    for lang in (*languages, "en"):  # the days any of the tables `_named` reads has
        days.update(_holidays(country, year, lang))
    named = {day: _named(country, day, languages) for day in sorted(days)}
    return {day: name for day, name in named.items() if name is not None}


def _named(country: str, day: dt.date, languages: tuple[str, ...]) -> Translated[str] | None:
    default = languages[0]
    names = {lang: _holidays(country, day.year, lang).get(day) or _catalog_name(country, day, lang)
             for lang in languages}
    names[default] = names[default] or _holidays(country, day.year, None).get(day)
    if names[default] is None:
        return None
    return Translated({lang: name for lang, name in names.items() if name is not None}, default)


@lru_cache(maxsize=256)
def _holidays(country: str, year: int, lang: str | None) -> dict[dt.date, str]:
    """A year's holidays named in `lang` (None: the package's default language); {} when it lacks `lang`."""
    table = holidays.country_holidays(country, years=year)
    lang = lang or table.default_language
    if lang is None:
        return dict(table)
    # Babel-style codes: "en" is the package's "en_US".
    language = next((code for code in table.supported_languages if code.split("_")[0] == lang), None)
    if language is None:
        return {}
    return dict(holidays.country_holidays(country, years=year, language=language))


def holiday_key(english: str) -> str:
    """The catalog key of a holiday by its English (en_US) name: "Christmas Day" is holiday_christmas_day."""
    return "holiday_" + re.sub(r"[^a-z]+", "_", english.lower()).strip("_")


def _catalog_name(country: str, day: dt.date, lang: str) -> str | None:
    """The holiday's name from the site's catalog in `lang`, when the catalog has it (not a fallback)."""
    english = _holidays(country, day.year, "en").get(day)
    key = holiday_key(english) if english else None
    if key not in TEXTS:
        return None
    name = ui(key, lang)
    return name.value if name.lang == lang else None
