"""The .ics files: which feeds there are, each as a Calendar, and the bytes of them all.

Four languages of some thirty feeds each hold the same VEVENTs over and over. Written whole, every
feed would write its VTIMEZONE and its events' times and EXDATEs again, and every language would
work out the same removed dates. build_feeds writes what the languages share once a build
(shared_parts) and puts each file together from the content lines of its parts, in the order
icalendar writes them: the bytes are build_calendar's (tests/test_ical_feed.py compares them all).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Component, Event, vDuration, vText
from icalendar.caselessdict import canonsort_keys

from stek.calendar.ical_feed import (FeedSite, Series, build_events, event_texts, function_name, language_prefix,
                                     listing_series)
from stek.calendar.vtimezone import build_timezone
from stek.data.fields import FUNCTIONS
from stek.data.model import Stek
from stek.i18n import Translated, language_name

REFRESH = dt.timedelta(days=1)
PRODID = "-//STEK site//stek-site//NL"


@dataclass(frozen=True, kw_only=True, slots=True)
class Feed:
    """One .ics file: its path below the language's root, its name and the listings it holds."""

    path: str
    title: Translated[str] | None  # what it is about, after the site's name; None for the whole programme
    listings: tuple[str, ...]


def feeds_of(stek: Stek) -> list[Feed]:
    """Every feed SPEC.md publishes: the whole programme, each partner's, each activity's and event's."""
    everything = (*stek.activities, *stek.events)
    return [
        Feed(path="calendar.ics", title=None, listings=everything),
        *(Feed(path=f"partners/{id}.ics", title=p.name, listings=stek.listings_of_partner.get(id, ()))
          for id, p in stek.partners.items()),
        *(Feed(path=f"activities/{id}.ics", title=stek.listing(id).title, listings=(id,)) for id in everything),
        # One function's programme, for partners who want one kind (SPEC: `<lang>functions/<function>.ics`).
        *(Feed(path=f"functions/{function}.ics",
               title=Translated({lang: function_name(function, lang) for lang in stek.languages}, stek.default_language),
               listings=tuple(id for id in everything if stek.listing(id).function == function))
          for function in FUNCTIONS),
    ]


def build_calendar(stek: Stek, feed: Feed, site: FeedSite, lang: str) -> Calendar:
    """One feed in one language, as a Calendar (feed_files writes the same bytes, faster)."""
    cal = common_properties()
    cal.update(feed_properties(stek, feed, site, lang))
    cal.add_component(build_timezone(site.zone, site.now.year))
    chosen = [e for id in feed.listings for e in build_events(stek, stek.listing(id), site, lang)]
    # Sorted by UID, so that reordering activities.yaml leaves the file as it is.
    for event in sorted(chosen, key=lambda e: str(e.uid)):
        cal.add_component(event)
    cal.add_missing_timezones()  # adds nothing: the rule-based VTIMEZONE above is there already
    return cal


def common_properties() -> Calendar:
    """The properties every feed has alike, in every language: what Calendar.new sets, and how to read it."""
    cal = Calendar()
    cal.prodid = PRODID
    cal.version = "2.0"
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    return cal


def feed_properties(stek: Stek, feed: Feed, site: FeedSite, lang: str) -> Calendar:
    """The properties that tell one feed from another: its name, UID and URL."""
    name = site.name if feed.title is None else f"{site.name}: {feed.title.get(lang).value}"
    # Each language's calendar is a calendar of its own: its name says which, and so does its
    # UID (the default language's keeps the UID it always had). Its events' UIDs stay the same.
    name = f"{name} ({language_name(lang, lang)})"
    key = (language_prefix(stek, lang) + feed.path.removesuffix(".ics")).replace("/", "-")
    cal = Calendar()
    cal.uid = site.uid(key)
    cal.url = site.url + language_prefix(stek, lang) + feed.path if site.url else None
    # As text, so that a comma in a partner's name is escaped (icalendar leaves NAME as written).
    cal.add("name", vText(name))
    cal.add("x-wr-calname", vText(name))
    return cal


@dataclass(frozen=True, kw_only=True, slots=True)
class SharedParts:
    """What the feeds of every language share, written once a build."""

    # Each listing's VEVENTs without their texts, each with the content lines of its times, by property.
    series: dict[str, list[tuple[Series, dict[str, bytes]]]]
    common: dict[str, bytes]  # the content lines of the properties every feed has alike
    timezone: bytes  # the VTIMEZONE


def shared_parts(stek: Stek, site: FeedSite) -> SharedParts:
    """The language-independent part of every feed: once a build, for build_feeds in each language."""
    return SharedParts(
        series={id: [(series, _lines(series.times)) for series in listing_series(stek, stek.listing(id), site)]
                for id in (*stek.activities, *stek.events)},
        common=_lines(common_properties()),
        timezone=build_timezone(site.zone, site.now.year).to_ical(),
    )


def build_feeds(stek: Stek, site: FeedSite, lang: str, shared: SharedParts | None = None) -> dict[str, bytes]:
    """All feeds of one language, by their path below the site's root (`fr/calendar.ics`).

    `shared` is what shared_parts gives, for all languages at once; without it, worked out here.
    Each VEVENT is written once and its bytes shared by the feeds that hold it: writing every
    calendar whole would write each event three times or more (programme, partner, activity, function).
    """
    shared = shared or shared_parts(stek, site)
    written = {
        id: {str(series.times.uid): _component(Event, times | _lines(event_texts(stek, series, site, lang)))
             for series, times in parts}
        for id, parts in shared.series.items()
    }
    prefix = language_prefix(stek, lang)
    end = b"END:VCALENDAR\r\n"
    result = {}
    for feed in feeds_of(stek):
        head = _component(Calendar, shared.common | _lines(feed_properties(stek, feed, site, lang))).removesuffix(end)
        chosen = {uid: data for id in feed.listings for uid, data in written[id].items()}
        result[prefix + feed.path] = head + shared.timezone + b"".join(chosen[uid] for uid in sorted(chosen)) + end
    return result


def _lines(component: Component) -> dict[str, bytes]:
    """A component's own properties as to_ical writes them (folded, each line ended), by name."""
    lines: dict[str, bytes] = {}
    for name, value in component.property_items(recursive=False, sorted=False):
        if name not in ("BEGIN", "END"):
            lines[name] = lines.get(name, b"") + component.content_line(name, value).to_ical() + b"\r\n"
    return lines


def _component(kind: type[Component], lines: dict[str, bytes]) -> bytes:
    """A component without subcomponents from its properties' lines, in the order icalendar sorts them."""
    body = b"".join(lines[name] for name in canonsort_keys(lines, kind.canonical_order))
    return f"BEGIN:{kind.name}\r\n".encode() + body + f"END:{kind.name}\r\n".encode()
