"""programme.json: the programme for partners' websites, in a documented and versioned shape.

The shape is described by programme.schema.json beside this module and on the site's page
for partners. Add fields freely; rename or remove one only with a new `version`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from stek.calendar import schedule
from stek.calendar.ical_feed import FeedSite, function_name, language_prefix
from stek.data.model import Activity, Listing, Stek, is_free
from stek.i18n import Translated, day_name
from stek.ui_text import ui

VERSION = 1
WEEKS = 8
SCHEMA_FILE = Path(__file__).with_name("programme.schema.json")


def build_programme(stek: Stek, site: FeedSite, lang: str) -> dict:
    """The programme in one language: house, partners, activities and the next 8 weeks' occurrences."""
    today = site.now.date()
    last = today + dt.timedelta(weeks=WEEKS, days=-1)
    root = site.url + language_prefix(stek, lang)
    return {
        # Where the shape is described, so that editors and validators find it by themselves.
        "$schema": site.url + SCHEMA_FILE.name,
        "version": VERSION,
        "language": lang,
        "generated": site.now.isoformat(),
        "time_zone": site.zone.key,
        "site": {"name": site.name, "url": root, "address": site.address,
                 "calendar": root + "calendar.ics", "embed": root + "embed/"},
        # The same programme in the site's other languages.
        "languages": [
            {"language": other, "url": site.url + language_prefix(stek, other),
             "programme": site.url + language_prefix(stek, other) + "programme.json"}
            for other in stek.languages if other != lang
        ],
        "window": {"first": today.isoformat(), "last": last.isoformat()},
        "opening_hours": [
            {"day": h.day, "day_name": day_name(h.day, lang), "open": _hhmm(h.open), "close": _hhmm(h.close)}
            for h in stek.opening_hours
        ],
        # Hours for a season replace the regular ones on their weekdays from `first` to `last`.
        "seasonal_hours": [
            {"first": h.from_date.isoformat(), "last": h.until.isoformat(), "day": h.day,
             "day_name": day_name(h.day, lang), "open": _hhmm(h.open), "close": _hhmm(h.close)}
            for h in stek.seasonal_hours if h.until >= today
        ],
        "closed": [
            {"first": p.start.isoformat(), "last": p.end.isoformat(), "public_holiday": p.holiday,
             **_texts({"reason": p.reason}, lang)}
            for p in schedule.closed_days(stek, today, last)
        ],
        # Closed for part of a day: only what overlaps start..end is off, and that day's hours are shorter.
        "closed_part_of_day": [
            {"date": c.date.isoformat(), "start": _hhmm(c.start), "end": _hhmm(c.end),
             **_texts({"reason": c.reason}, lang)}
            for c in schedule.part_day_closures(stek, today, last)
        ],
        "partners": [
            {"id": p.id, **_texts({"name": p.name, "about": p.about}, lang), "website": p.website,
             "url": f"{root}partners/{p.id}/", "calendar": f"{root}partners/{p.id}.ics",
             "embed": f"{root}embed/{p.id}/"}
            for p in stek.partners.values()
        ],
        "activities": [_listing(stek.listing(id), root, lang) for id in (*stek.activities, *stek.events)],
        "occurrences": [
            {"activity": o.listing.id, "date": o.start.date().isoformat(), "start": o.start.isoformat(),
             "end": o.end.isoformat(), "cancelled": o.cancelled, **_texts({"reason": o.reason}, lang)}
            for o in schedule.occurrences(stek, today, last, site.zone, include_cancelled=True)
        ],
    }


def programme_json(stek: Stek, site: FeedSite, lang: str) -> bytes:
    """programme.json as bytes: UTF-8, keys in a fixed order, so that two builds are identical."""
    return (json.dumps(build_programme(stek, site, lang), ensure_ascii=False, indent=1) + "\n").encode()


def programme_files(stek: Stek, site: FeedSite, lang: str) -> dict[str, bytes]:
    """programme.json of one language by its path, and its JSON Schema once, at the root."""
    files = {language_prefix(stek, lang) + "programme.json": programme_json(stek, site, lang)}
    if lang == stek.default_language:
        files["programme.schema.json"] = SCHEMA_FILE.read_bytes()
    return files


def _listing(listing: Listing, root: str, lang: str) -> dict:
    texts = {name: getattr(listing, name) for name in ("title", "summary", "description", "price", "registration", "place")}
    texts["price"] = _free(listing.price, lang) or listing.price
    result = {
        "id": listing.id,
        "kind": "activity" if isinstance(listing, Activity) else "event",
        **_texts(texts, lang),
        "function": listing.function,
        "function_name": function_name(listing.function, lang),
        "partners": list(listing.partners),
        "languages": list(listing.languages),
        "url": f"{root}activities/{listing.id}/",
        "calendar": f"{root}activities/{listing.id}.ics",
    }
    if isinstance(listing, Activity):
        result["when"] = [
            {"day": s.day, "day_name": day_name(s.day, lang), "start": _hhmm(s.start), "end": _hhmm(s.end),
             "every": s.every or 1, "weeks": [("last" if w < 0 else w) for w in s.weeks]}
            for s in listing.slots
        ]
        result["from"] = listing.from_date.isoformat() if listing.from_date else None
        result["until"] = listing.until.isoformat() if listing.until else None
    else:
        result["date"] = listing.date.isoformat()
        result["start"] = _hhmm(listing.start)
        result["end"] = _hhmm(listing.end)
    return result


def _free(price: Translated[str] | None, lang: str) -> Translated[str] | None:
    """`price: 0` or `gratis`, which volunteers may write for free, in words as the pages show it; else None."""
    if price is None or not is_free(price.get(lang).value):
        return None
    value, really = ui("free", lang)
    return Translated({really: value}, really)


def _texts(texts: dict[str, Translated[str] | None], lang: str) -> dict:
    """Text fields as strings in `lang`, and under "fallback" those given in another language."""
    result: dict = {}
    fallback = {}
    for name, text in texts.items():
        if text is None:
            result[name] = None
            continue
        value, really = text.get(lang)
        result[name] = value
        if really != lang:
            fallback[name] = really
    result["fallback"] = fallback
    return result


def _hhmm(time: dt.time) -> str:
    return time.strftime("%H:%M")
