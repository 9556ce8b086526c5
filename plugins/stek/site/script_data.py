"""The data a page carries for its script (theme/scripts/), in the shape page_data.schema.json describes.

The script says at the reader's own moment what is open and on, so the page carries its days
from the build's date on: hours, closures and occurrences in minutes of Brussels wall-clock
time (the script needs no time-zone rules of its own), with every text it may show already in
the page's language.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from stek.calendar import schedule
from stek.data.fields import FUNCTIONS
from stek.data.model import Activity, Event
from stek.i18n import date_text
from stek.site.rich_text import direction
from stek.ui_text import ui

if TYPE_CHECKING:
    from stek.site.views import Views

SCHEMA_FILE = Path(__file__).with_name("page_data.schema.json")
# The site's words the page's script needs, by key.
SCRIPT_TEXTS = ("today_is", "open_until", "closed_now", "opens_today", "opens_at", "closed_on_now", "title_until",
                "hours_today", "closed_today", "nothing_today", "date_range", "day_open", "day_closed", "cancelled",
                "one_off", "on_now", "stale", "whole_programme", "nothing_planned", "closed_today_event",
                "day_closed_event", "event_today", "event_on", "next_date")


def script_data(views: Views, *, days: int, coming_days: int, least: int, listings: set[str] | None = None) -> Markup:
    """The JSON of #stek-time-data: `days` days from the build's date, the house's and every listing's.

    A partner's embed lists only its own listings (`listings`, marked `listed`) but says what is
    on now at the house from all of them; it lists at least `least` occurrences, further than
    `coming_days` when needed. JSON in a script element: "<" is escaped so no text can end it.
    """
    listing_ids, listing_table, start, day_list = _encoded(views, days, coming_days, least)
    # The next date after the data (listed listings only): an embed read near the end of its data,
    # or whose weeks hold nothing, names it rather than saying "nothing" (SPEC "Embeds").
    later = views.next_date(views.today + dt.timedelta(days=days - 1), listings)
    listed = [{**entry, "listed": listings is None or id in listings} for id, entry in zip(listing_ids, listing_table)]
    end = {"date": later.isoformat(), "name": date_text(later, views.lang, "full")} if later else None
    # The same object as one json.dumps of it all, keys in this order: first ... speech, listings, days, later.
    return Markup(f'{start},"listings":{_json(listed)},"days":{day_list},"later":{_json(end)}}}')


def _json(value: object) -> str:
    """Compact JSON for a script element: "<" escaped, so that no text can end the element."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@lru_cache(maxsize=16)
def _encoded(views: Views, days: int, coming_days: int, least: int) -> tuple[list[str], list[dict], str, str]:
    """What every page of a language carries alike, encoded once (some fifty embeds ask): the start of the
    object up to `speech` (without its closing brace) and the days; the listings in order of appearance."""
    lang = views.lang
    listing_ids, listing_table, times, day_list = _days_of(views, days)
    start = {
        "first": views.today.isoformat(),
        "coming_days": coming_days,
        "embed_min_items": least,
        "separator": views.separator,
        "texts": {key: ui(key, lang).value for key in SCRIPT_TEXTS},
        "functions": {key: {"mark": views.function(key)["mark"], "label": ui(key, lang).value} for key in FUNCTIONS},
        "times": times,
        "speech": views.speech,
    }
    return listing_ids, listing_table, _json(start)[:-1], _json(day_list)


def _days_of(views: Views, days: int) -> tuple[list[str], list[dict], dict[int, str], list[dict]]:
    """The listings in order of appearance, the times shown, and the days with their hours, closures and occurrences."""
    lang = views.lang
    listing_index: dict[str, int] = {}
    listing_ids: list[str] = []
    listing_table: list[dict] = []
    times: dict[int, str] = {}

    def text(value) -> str | dict:
        """A text in the page's language, or, where it falls back, with the language it is written in."""
        localized = value.get(lang)
        if localized.lang == lang:
            return localized.value
        return {"text": localized.value, "lang": localized.lang, "dir": direction(localized.lang)}

    def minutes(time: dt.time) -> int:
        count = time.hour * 60 + time.minute
        # As time_range() and time_html() write it: unbroken (in words by the rule in `speech`).
        times.setdefault(count, views._time(time))
        return count

    def listing(item: Activity | Event) -> int:
        if item.id not in listing_index:
            listing_index[item.id] = len(listing_table)
            listing_ids.append(item.id)
            listing_table.append({"title": text(item.title), "href": f"activities/{item.id}/",
                                  "function": item.function, "place": text(item.place) if item.place else "",
                                  "one_off": isinstance(item, Event)})
        return listing_index[item.id]

    day_list = []
    for offset in range(days):
        day = views.today + dt.timedelta(days=offset)
        occurrences = []
        for occurrence in views.by_day.get(day, ()):
            entry = {"listing": listing(occurrence.listing), "start": minutes(occurrence.start.time()),
                     "end": minutes(occurrence.end.time())}
            if occurrence.cancelled:
                entry["cancelled"] = text(occurrence.reason) if occurrence.reason else ""
            occurrences.append(entry)
        hours = [{"open": minutes(o), "close": minutes(c)} for o, c in schedule.opening_hours_on(views.stek, day)]
        period = next(iter(schedule.closed_days(views.stek, day, day)), None)
        closed = (text(period.reason) if period.reason else ui("house_closed", lang).value) if period else ""
        day_list.append({"name": views.day_date(day), "date": views.long_date(day), "hours": hours, "closed": closed,
                         "occurrences": occurrences})
    return listing_ids, listing_table, times, day_list
