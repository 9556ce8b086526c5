"""Times, dates, prices, phone numbers and the site's words, as one language writes them on the pages.

Every text from the data leaves here escaped (a `Markup`), marked with its own `lang` when it falls
back to the default language. One formatter a language; every page family writes through it.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from babel.dates import format_skeleton
from markupsafe import Markup, escape

from stek.data.contact import tel_link
from stek.data.model import Event, is_free
from stek.i18n import day_name, language_name, list_separator, locale, time_text
from stek.site.rich_text import block, direction, inline
from stek.site.spoken import minute_of, spoken_minute, spoken_range, spoken_words
from stek.ui_text import ui

# A shape per function, so that the four differ by more than colour (and by their label).
FUNCTION_MARKS = {"ontmoeten": "●", "leren": "▲", "politiseren": "◆", "verwijzen": "■"}


class Formatter:
    """How one language writes what the pages show."""

    def __init__(self, lang: str):
        self.lang = lang
        self.separator = list_separator(lang)
        # Between items that hold commas themselves: the Arabic semicolon where the comma is Arabic.
        self.semicolon = "؛ " if self.separator == "، " else "; "
        # Each word and date worked out once per language: every page of the language asks again.
        self._words: dict[str, Markup] = {}
        self._dates: dict[tuple[str, dt.date], str] = {}
        self._plain: dict[str, str] = {}

    # ------------------------------------------------------------------ words

    def t(self, key: str, **fields: object) -> Markup:
        """A UI text, marked with its own lang when the table lacks the page's language."""
        if fields:
            return inline(ui(key, self.lang, **fields), self.lang)
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = inline(ui(key, self.lang), self.lang)
        return word

    def plain(self, key: str) -> str:
        """A UI text without its markup, for an attribute (aria-label, data-*): as `t(key) | striptags`."""
        plain = self._plain.get(key)
        if plain is None:
            plain = self._plain[key] = self.t(key).striptags()
        return plain

    def text(self, value) -> Markup:
        return inline(value.get(self.lang), self.lang) if value is not None else Markup("")

    def long_text(self, value, markdown: bool = True, links: tuple[str, str] | None = None) -> Markup:
        if value is None:
            return Markup("")
        localized = value.get(self.lang)
        note = self.fallback_note(localized.lang)
        return block(localized, self.lang, note, markdown, links)

    def price(self, value) -> Markup:
        """A price as written, except free (`0`, `gratis`, ...): the site's own word in each language."""
        if value is not None and is_free(value.get(self.lang).value):
            return self.t("free")
        return self.text(value)

    def closure_reason(self, reason) -> Markup:
        """Why the house is closed: the closure's own reason or the holiday's name, else the site's word."""
        return self.text(reason) if reason else self.t("house_closed")

    def function(self, key: str) -> dict:
        return {"key": key, "label": self.t(key), "mark": FUNCTION_MARKS[key]}

    def count_texts(self, key: str, most: int, none: str = "") -> list[str]:
        """The text for every count from 0 to `most`, for a page's script to announce: the plural
        rules stay in the catalogs (Arabic has six forms), the script only picks by index."""
        return [ui(none, self.lang).value if none and not n else ui(key, self.lang, n=n).value for n in range(most + 1)]

    def direction(self, lang: str) -> str:
        return direction(lang)

    def fallback_note(self, lang: str) -> Markup:
        # The language is named in the note's own words: Dutch ones where the page's have no catalog.
        return self.t("fallback_note", language=language_name(lang, ui("fallback_note", self.lang).lang))

    @staticmethod
    def tel(phone: str) -> str:
        """A phone number as written, as a tel: link in international form (the one rule, stek.data.contact)."""
        return tel_link(phone)

    # ------------------------------------------------------------------ times

    def time_range(self, start: dt.time, end: dt.time) -> str:
        """"09:30–12:00" that never breaks across lines: no-break spaces, word joiners around the dash."""
        return f"{self._time(start)}\u2060–\u2060{self._time(end)}"

    def _time(self, time: dt.time) -> str:
        return time_text(time, self.lang).replace(" ", "\u00a0")

    def hours(self, spans) -> str:
        """Opening hours, each (open, close), as one line: "09:30–12:30, 13:00–16:00"."""
        return self.separator.join(self.time_range(open, close) for open, close in spans)

    def time_html(self, start: dt.time, end: dt.time, start_iso: str = "", end_iso: str = "") -> Markup:
        """A time range for the pages: unbroken, machine-readable, heard as "from ... to ..." in the page's language.

        Screen readers read "09:30–12:00" as digits and Arabic's ص/م as letters, so they get a
        phrase in words instead (stek.site.spoken), and the figures are hidden from them.
        """
        # Unbroken, except after the dash where the range alone is wider than the line (large text on a phone).
        # (Markup's % escapes like its format(), at a fraction of the cost: a build writes a few thousand.)
        shown = Markup('<time datetime="%s">%s</time>\u2060–<wbr><time datetime="%s">%s</time>') % (
            start_iso or start.strftime("%H:%M"), self._time(start), end_iso or end.strftime("%H:%M"), self._time(end))
        return Markup('<span class="stek-range">%s</span>') % self.said(shown, self.spoken_range(start, end))

    @cached_property
    def speech(self) -> dict:
        """The words and clock of the rule that says times (stek.site.spoken), for the page's script too."""
        return spoken_words(self.lang)

    def spoken_time(self, time: dt.time) -> str:
        """"16 uur", "4 pm", "4 مساءً": one time as a voice says it."""
        return spoken_minute(self.speech, minute_of(time))

    def spoken_range(self, start: dt.time, end: dt.time) -> str:
        return spoken_range(self.speech, minute_of(start), minute_of(end))

    def spoken_hours(self, spans) -> str:
        return self.separator.join(self.spoken_range(open, close) for open, close in spans)

    @staticmethod
    def said(shown, spoken) -> Markup:
        """Text with figures, shown as it is and heard in words: the words for screen readers only,
        the figures hidden from them (a plain span takes no aria-label)."""
        if str(escape(shown)) == str(escape(spoken)):
            return escape(shown)
        return Markup('<span class="stek-sr">%s</span><span aria-hidden="true">%s</span>') % (spoken, shown)

    def said_t(self, key: str, spoken: dict, **fields: object) -> Markup:
        """A site text holding times: shown with `fields`, heard with `spoken` in place of them."""
        return self.said(self.t(key, **fields), self.t(key, **{**fields, **spoken}))

    def hours_said(self, spans) -> Markup:
        """Opening hours shown as figures and heard in words."""
        spans = list(spans)
        return self.said(self.hours(spans), self.spoken_hours(spans))

    def range_said(self, start: dt.time, end: dt.time, before: str = "") -> Markup:
        """A range (after the text `before`, a date) shown as figures and heard in words."""
        return self.said(before + self.time_range(start, end), before + self.spoken_range(start, end))

    # ------------------------------------------------------------------ dates

    def _skeleton(self, skeleton: str, day: dt.date) -> str:
        # Babel matches the skeleton to the locale's patterns on every call: once per date is enough.
        text = self._dates.get((skeleton, day))
        if text is None:
            text = self._dates[skeleton, day] = format_skeleton(skeleton, day, locale=locale(self.lang))
        return text

    def day_date(self, day: dt.date) -> str:
        """"vrijdag 27 november": Babel's skeletons shorten the day name in some languages."""
        return f"{day_name(day.weekday(), self.lang)} {self._skeleton('MMMMd', day)}"

    def short_date(self, day: dt.date) -> str:
        return self._skeleton("MMMd", day)

    def long_date(self, day: dt.date) -> str:
        """"1 december", without the day's name."""
        return self._skeleton("MMMMd", day)

    def date_range(self, first: dt.date, last: dt.date) -> Markup:
        return self.t("date_range", first=self.long_date(first), last=self.long_date(last))

    def event_when(self, event: Event) -> Markup:
        """A one-off event's date and hours: "zondag 10 januari 2027, 14:00–17:00"."""
        return self.range_said(event.start, event.end, f"{self.day_date(event.date)} {event.date.year}{self.separator}")
