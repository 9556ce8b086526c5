"""The coming changes as an Atom feed (RFC 4287), one a language: `<lang>changes.xml`.

The same changes as the programme's "changes of the coming 14 days": cancelled times with their
reasons, the days the house is closed, one-off events (with their partners and price). Entry ids
are `tag:` URIs (RFC 4151) built from the site's host, the date and the activity's id, so an entry
keeps its id from one nightly build to the next; `updated` comes from the repository's history
(the feeds' LAST-MODIFIED) where the build has it, else from the build's moment.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from stek.calendar import schedule
from stek.calendar.ical_feed import FeedSite, language_prefix, partners_and_price, plain_text, slot_keys
from stek.data.model import Activity, Event, Stek
from stek.i18n import date_text, time_text
from stek.ui_text import ui

ATOM = "http://www.w3.org/2005/Atom"
# The programme's changes cover the build's day and the 13 after it.
CHANGES_DAYS = 14
FEED_PATH = "changes.xml"


def build_changes_feed(stek: Stek, site: FeedSite, lang: str) -> bytes:
    """The Atom document of one language's coming changes."""
    today = site.now.date()
    last = today + dt.timedelta(days=CHANGES_DAYS - 1)
    prefix = language_prefix(stek, lang)
    base = site.url.rstrip("/") + "/" if site.url else "/"
    entries = []
    for period in schedule.closed_days(stek, today, last):
        when = _period(period.start, period.end, lang)
        reason = period.reason.get(lang).value if period.reason is not None else ui("house_closed", lang).value
        entries.append(_Entry(
            id=_tag(site, period.start, f"closed/{period.end.isoformat()}"), sort=(period.start.isoformat(), ""),
            title=ui("entry_closed", lang, when=when).value, text=reason, link=f"{base}{prefix}",
            updated=_latest(site, ())))
    for occurrence in schedule.occurrences(stek, today, last, site.zone, include_cancelled=True):
        listing = occurrence.listing
        if not (occurrence.cancelled or isinstance(listing, Event)):
            continue
        day = occurrence.start.date()
        when = f"{date_text(day, lang, 'full')}, {time_text(occurrence.start.time(), lang)}"
        title = listing.title.get(lang).value
        lines = []
        if occurrence.cancelled:
            heading = ui("entry_cancelled", lang, title=title, when=when).value
            if occurrence.reason is not None:
                lines.append(occurrence.reason.get(lang).value)
            kind = "cancelled"
        else:
            heading = ui("entry_event", lang, title=title, when=when).value
            kind = "event"
            if listing.summary is not None:
                lines.append(plain_text(listing.summary.get(lang).value))
        lines += partners_and_price(stek, listing, lang)
        keys = slot_keys(listing) if isinstance(listing, Activity) else [listing.id]
        entries.append(_Entry(
            id=_tag(site, day, f"{listing.id}/{occurrence.start:%H%M}/{kind}"),
            sort=(occurrence.start.isoformat(), listing.id), title=heading, text="\n".join(lines),
            link=f"{base}{prefix}activities/{listing.id}/", updated=_latest(site, keys)))
    entries.sort(key=lambda e: e.sort)
    return _document(stek, site, lang, base + prefix + FEED_PATH, base + prefix, entries)


class _Entry:
    __slots__ = ("id", "sort", "title", "text", "link", "updated")

    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)


def _tag(site: FeedSite, day: dt.date, specific: str) -> str:
    """`tag:stek.example.org,2026-12-08:homework/1530/cancelled`: the host owns the name on that date."""
    return f"tag:{site.host or 'localhost'},{day.isoformat()}:{specific}"


def _latest(site: FeedSite, keys) -> dt.datetime:
    """When the entry last changed: its events' LAST-MODIFIED, else the data's last change, else now."""
    if site.revisions:
        chosen = [site.revisions[k].modified for k in keys if k in site.revisions]
        if not chosen:
            chosen = [r.modified for r in site.revisions.values()]
        if chosen:
            return max(chosen)
    return site.now


def _period(first: dt.date, last: dt.date, lang: str) -> str:
    if first == last:
        return date_text(first, lang, "full")
    return f"{date_text(first, lang, 'long')} – {date_text(last, lang, 'long')}"


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _document(stek: Stek, site: FeedSite, lang: str, self_url: str, home: str, entries: list[_Entry]) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})

    def add(parent, name, text=None, **attributes):
        element = ET.SubElement(parent, f"{{{ATOM}}}{name}", attributes)
        if text is not None:
            element.text = text
        return element

    add(feed, "id", self_url)
    add(feed, "title", ui("changes_feed", lang, name=site.name).value)
    add(feed, "subtitle", ui("changes_feed_subtitle", lang, days=CHANGES_DAYS).value)
    updated = max((e.updated for e in entries), default=_latest(site, ()))
    add(feed, "updated", _stamp(updated))
    add(add(feed, "author"), "name", site.name)
    add(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    add(feed, "link", rel="alternate", type="text/html", href=home)
    add(feed, "generator", "stek-site")
    for entry in entries:
        element = add(feed, "entry")
        add(element, "id", entry.id)
        add(element, "title", entry.title)
        add(element, "updated", _stamp(entry.updated))
        add(element, "link", rel="alternate", type="text/html", href=entry.link)
        if entry.text:
            add(element, "summary", entry.text)
    ET.indent(feed)
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n").encode("utf-8")
