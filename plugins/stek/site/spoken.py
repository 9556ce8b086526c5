"""Times as a voice says them: one rule, twinned in theme/scripts/spoken.js for what the page's script writes.

Screen readers read "09:30–16:00" as digits and Arabic's ص/م as letter names, so every time and
range also comes in words, matching the clock the screen shows: 12-hour where the screen is
12-hour ("from 12 pm to 1:30 pm"), 24-hour elsewhere ("van 9.30 tot 16 uur"). The words are the
site's own (catalogs); the rule only picks and fills them:

- a whole hour is `whole` ("{h}" → "16", French "{h} h"), other minutes `minutes` ("{h}.{mm}");
- on a 12-hour clock the hour counts 12, 1 … 11 and every time carries its half of the day
  (`am`/`pm`: "{time} pm", Arabic "{time} مساءً"), in a range too;
- on a 24-hour clock the unit (`h24`: Dutch "{time} uur") is said once, after the range's end.

tests/spoken_times.json holds the expected table both twins are tested against.
"""

from __future__ import annotations

import datetime as dt

from stek.i18n import locale
from stek.ui_text import ui

# The catalog keys of the words, by their name in the rule (and in the page's data, `speech`).
SPOKEN_KEYS = {"whole": "spoken_whole", "minutes": "spoken_minutes", "h24": "spoken_24h",
               "am": "spoken_am", "pm": "spoken_pm", "range": "spoken_range"}


def spoken_words(lang: str) -> dict:
    """The words of the rule in a language, and its clock: 12 where the screen shows "9:30 AM"."""
    pattern = locale(lang).time_formats["short"].pattern
    words: dict = {name: ui(key, lang).value for name, key in SPOKEN_KEYS.items()}
    words["clock"] = 12 if "a" in pattern.replace("'", "") else 24
    return words


def _fill(template: str, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def spoken_minute(words: dict, minute: int, unit: bool = True) -> str:
    """A minute of the day in words: "16 uur", "9 h 30", "1:30 pm", "4 مساءً"; `unit` False leaves
    a 24-hour clock's unit out (the start of a range)."""
    hour, minutes = divmod(minute % 1440, 60)
    if words["clock"] == 12:
        shown = hour % 12 or 12
        figure = _fill(words["minutes"], h=shown, mm=f"{minutes:02d}") if minutes else _fill(words["whole"], h=shown)
        return _fill(words["am"] if hour < 12 else words["pm"], time=figure)
    figure = _fill(words["minutes"], h=hour, mm=f"{minutes:02d}") if minutes else _fill(words["whole"], h=hour)
    return _fill(words["h24"], time=figure) if unit else figure


def spoken_range(words: dict, start: int, end: int) -> str:
    """"van 9.30 tot 16 uur", "from 12 pm to 1:30 pm", "من 9:30 صباحًا إلى 4 مساءً"."""
    return _fill(words["range"], start=spoken_minute(words, start, unit=words["clock"] == 12),
                 end=spoken_minute(words, end))


def minute_of(time: dt.time) -> int:
    return time.hour * 60 + time.minute
