"""The programme as iCalendar feeds (RFC 5545): one VEVENT with an RRULE per weekly slot, one per event.

Every date, rule and removed date comes from the schedule engine, so the feeds and the pages
agree. In a repository with its history, SEQUENCE, LAST-MODIFIED (and DTSTAMP, equal to it), the
removed dates and the DTSTART of an activity without `from` come from that history (feed_history):
an unchanged repository gives byte-identical feeds on any day of a year. Without history, the
removed dates are those of a window around the build's date, with SEQUENCE 0 and its moment.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from icalendar import Event, vRecur

from stek.calendar import schedule
from stek.calendar.feed_history import Revision
from stek.calendar.vtimezone import DAY_CODES
from stek.data.model import Activity, Listing, Slot, Stek, is_free
from stek.i18n import Translated, date_text
from stek.ui_text import ui

# Without history, removed dates are written from a month before the build date; an open-ended
# activity has them up to two years ahead (SPEC: at least 18 months). With history, they run from
# DTSTART to feed_history.horizon, which moves once a year.
HISTORY = relativedelta(months=1)
HORIZON = relativedelta(years=2)
# How far ahead an event's DESCRIPTION says which dates do not take place, and why: the 8 weeks
# programme.json covers. The EXDATEs themselves reach much further.
CANCELLATIONS_AHEAD = dt.timedelta(weeks=8)


@dataclass(frozen=True, kw_only=True, slots=True)
class FeedSite:
    """What the feeds say about the site itself: its name, address, URL and the build's moment."""

    name: str
    url: str  # site_url, ending in "/"
    now: dt.datetime  # aware: DTSTAMP, and where the removed dates begin
    zone: ZoneInfo
    address: str | None = None
    # Each event's SEQUENCE, LAST-MODIFIED and first day, by its key (the UID without the host);
    # None when the build has no history to read them from: then the feeds carry neither.
    revisions: Mapping[str, Revision] | None = None

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def uid(self, key: str) -> str:
        """A UID on the site's host: `<key>@<host>`."""
        return f"{key}@{self.host}" if self.host else key


def language_prefix(stek: Stek, lang: str) -> str:
    """The path of a language's site below the root: "" for the default language, "fr/" for others."""
    return "" if lang == stek.default_language else f"{lang}/"


@dataclass(frozen=True, kw_only=True, slots=True)
class Series:
    """One VEVENT without its texts: what is the same in every language (feed_files writes it once)."""

    listing: Listing
    key: str  # the UID without the host
    times: Event  # UID, DTSTAMP, DTSTART, DTEND, SEQUENCE, LAST-MODIFIED; for a slot, RRULE and EXDATEs
    # The coming removed dates with their reasons, which DESCRIPTION lists in each language.
    cancelled: tuple[tuple[dt.date, Translated[str] | None], ...] = ()


def build_events(stek: Stek, listing: Listing, site: FeedSite, lang: str) -> list[Event]:
    """The VEVENTs of an activity (one per slot that has dates) or of an event."""
    result = []
    for series in listing_series(stek, listing, site):
        event = series.times
        event.update(event_texts(stek, series, site, lang))
        result.append(event)
    return result


def listing_series(stek: Stek, listing: Listing, site: FeedSite) -> list[Series]:
    """The language-independent part of each VEVENT of an activity or an event."""
    if not isinstance(listing, Activity):
        start = dt.datetime.combine(listing.date, listing.start, tzinfo=site.zone)
        end = dt.datetime.combine(listing.date, listing.end, tzinfo=site.zone)
        return [Series(listing=listing, key=listing.id, times=_times(site, key=listing.id, start=start, end=end))]
    result = []
    for slot, key in zip(listing.slots, slot_keys(listing), strict=True):
        revision = site.revisions.get(key) if site.revisions else None
        # DTSTART is the slot's `from`, or its first date since it appeared in the repository: once
        # published, it stays. Without history, the first date of the feed's window.
        if revision is not None:
            recurrence = slot_recurrence(stek, listing, slot, site.now.date(), site.zone,
                                         not_before=revision.since, removed_days=revision.removed)
        else:
            recurrence = slot_recurrence(stek, listing, slot, site.now.date(), site.zone)
        if recurrence is None:
            continue
        start, end, rule, removed = recurrence
        times = _times(site, key=key, start=start, end=end)
        times.add("rrule", rule)
        for moment in removed:
            times.add("exdate", moment)
        result.append(Series(listing=listing, key=key, times=times,
                             cancelled=_coming_removals(stek, listing, slot, site, revision)))
    return result


def slot_uids(activity: Activity, site: FeedSite) -> list[str]:
    """`<activity>-<day>@<host>`: only the id and the weekday, so a new time or text keeps it."""
    return [site.uid(key) for key in slot_keys(activity)]


def slot_keys(activity: Activity) -> list[str]:
    """The UIDs of an activity's slots without the host: `<activity>-<day>`.

    Not the time: a slot moved from 10:00 to 10:30 is the same series, with a higher SEQUENCE
    (SPEC). A second and third slot on the same weekday get "-2", "-3" in the order of the file,
    so changing their times keeps their UIDs; only reordering them in the file swaps them.
    """
    seen: dict[str, int] = {}
    result = []
    for slot in activity.slots:
        base = f"{activity.id}-{DAY_CODES[slot.day]}"
        seen[base] = seen.get(base, 0) + 1
        result.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return result


def event_contents(stek: Stek) -> dict[str, Hashable]:
    """What each VEVENT is made of, by its key, in every language at once, without "today".

    feed_history compares these between commits: a change here is a change calendar apps must
    take over (a higher SEQUENCE). What moves with the build date alone (the window of EXDATEs,
    the coming cancellations in DESCRIPTION) is left out, so a nightly rebuild changes nothing.
    Line numbers are left out too: moving an activity in its file changes none of its events.
    """
    result: dict[str, Hashable] = {}
    closures = tuple((c.start, c.end, _texts(c.reason)) for c in stek.closures)
    for activity in stek.activities.values():
        texts = _listing_texts(activity)
        for slot, key in zip(activity.slots, slot_keys(activity), strict=True):
            result[key] = (
                texts, slot.day, slot.start, slot.end, slot.every, slot.weeks, activity.from_date, activity.until,
                tuple((c.date, _texts(c.reason)) for c in activity.cancelled if c.date.weekday() == slot.day),
                tuple(c for c in closures if _touches_weekday(c[0], c[1], slot.day)), stek.public_holidays,
            )
            # Closures for part of a day remove only the slots they overlap (added only when there are some).
            part = tuple((c.date, c.start, c.end, _texts(c.reason)) for c in stek.part_day_closures
                         if c.date.weekday() == slot.day and c.start < slot.end and slot.start < c.end)
            if part:
                result[key] += (part,)
    for event in stek.events.values():
        result[event.id] = (_listing_texts(event), event.date, event.start, event.end)
    return result


def occurrence_uid(occurrence: schedule.Occurrence, site: FeedSite) -> str:
    """The UID of the VEVENT an occurrence belongs to."""
    listing = occurrence.listing
    if occurrence.slot is None:
        return site.uid(listing.id)
    return slot_uids(listing, site)[listing.slots.index(occurrence.slot)]


def slot_recurrence(stek: Stek, activity: Activity, slot: Slot, today: dt.date, zone: ZoneInfo,
                    not_before: dt.date | None = None, removed_days: Iterable[dt.date] | None = None,
                    ) -> tuple[dt.datetime, dt.datetime, vRecur, list[dt.datetime]] | None:
    """DTSTART, DTEND, RRULE and EXDATEs of a slot, or None when it has no date at all.

    DTSTART is the slot's first date; without `from`, the first one on or after `not_before`
    (by default the start of the feed's window). The RRULE ends at `until`. EXDATEs are
    `removed_days` (from the history) from DTSTART to `until`; without them, every removed date
    from the feed's window (or DTSTART, when later) up to `until`, or two years ahead.
    """
    first = schedule.first_date(activity, slot, not_before or today - HISTORY)
    if first is None:
        return None
    start = dt.datetime.combine(first, slot.start, tzinfo=zone)
    end = dt.datetime.combine(first, slot.end, tzinfo=zone)
    rule = vRecur(freq="MONTHLY" if slot.weeks else "WEEKLY")
    if slot.every and slot.every > 1:
        rule["interval"] = slot.every
    if activity.until:
        # RFC 5545: with a local DTSTART, UNTIL is in UTC; the last date's start time, so it counts.
        rule["until"] = dt.datetime.combine(activity.until, slot.start, tzinfo=zone).astimezone(dt.timezone.utc)
    code = DAY_CODES[slot.day].upper()
    rule["byday"] = [f"{week}{code}" for week in slot.weeks] if slot.weeks else [code]
    last = activity.until or today + HORIZON
    if removed_days is not None:
        return start, end, rule, [dt.datetime.combine(day, slot.start, tzinfo=zone) for day in sorted(removed_days)
                                  if first <= day <= (activity.until or dt.date.max)]
    removed = [
        dt.datetime.combine(day, slot.start, tzinfo=zone)
        for day in schedule.slot_dates(activity, slot, max(first, today - HISTORY), last)
        if schedule.removal(stek, activity, day, slot)[0]
    ]
    return start, end, rule, removed


def removed_dates(stek: Stek, first: dt.date, last: dt.date) -> dict[str, list[dt.date]]:
    """Each weekly slot's removed dates from `first` (or its `from`, when earlier) to `last`, by key.

    feed_history asks this of every version of the data: the EXDATEs are made of its answers.
    """
    result = {}
    for activity in stek.activities.values():
        begin = min(first, activity.from_date or first)
        for slot, key in zip(activity.slots, slot_keys(activity), strict=True):
            result[key] = [day for day in schedule.slot_dates(activity, slot, begin, last)
                           if schedule.removal(stek, activity, day, slot)[0]]
    return result


def plain_text(markdown: str) -> str:
    """Markdown as readable plain text for DESCRIPTION: no emphasis marks, links as "text (url)"."""
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", lambda m: m[1] if m[1] == m[2] else f"{m[1]} ({m[2]})", markdown)
    text = re.sub(r"<((?:https?|mailto|tel):[^>]+)>", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    return text.strip()


def _times(site: FeedSite, *, key: str, start: dt.datetime, end: dt.datetime) -> Event:
    revision = site.revisions.get(key) if site.revisions else None
    return Event.new(
        uid=site.uid(key),
        # The event's last change, not the build's moment: an unchanged feed keeps its bytes (SPEC).
        stamp=revision.modified if revision is not None else site.now.astimezone(dt.timezone.utc),
        start=start,
        end=end,
        sequence=revision.sequence if revision is not None else None,
        last_modified=revision.modified if revision is not None else None,
    )


def event_texts(stek: Stek, series: Series, site: FeedSite, lang: str) -> Event:
    """The VEVENT's properties in one language: SUMMARY, DESCRIPTION, LOCATION, URL and CATEGORIES."""
    listing = series.listing
    text = lambda value: value.get(lang).value if value is not None else None  # noqa: E731
    parts = [value.get(lang) for value in (listing.summary, listing.description) if value is not None]
    # Who runs it and what it costs, as the activity's page says: events name their partners too.
    who = "\n".join(partners_and_price(stek, listing, lang))
    cancellations = _cancellations_text(series.cancelled, lang)
    description = "\n\n".join(part for part in (*(plain_text(p.value) for p in parts), who, cancellations) if part)
    location = ", ".join(part for part in (text(listing.place), site.address) if part)
    # Set as Event.new sets them: an Event of these alone is merged into the times' (build_events).
    event = Event()
    event.location = location or None
    event.url = f"{site.url}{language_prefix(stek, lang)}activities/{listing.id}/" if site.url else None
    event.categories = [function_name(listing.function, lang)]
    # A text given in the default language for want of a translation says which language it is in.
    title = listing.title.get(lang)
    event.add("summary", title.value, parameters={"LANGUAGE": title.lang} if title.lang != lang else None)
    if description:
        # When all of the volunteers' text falls back, which is most of it (the line on coming
        # cancellations is in `lang`); mixed texts say nothing rather than something wrong.
        fallback = {p.lang for p in parts} - {lang}
        whole = len(fallback) == 1 and all(p.lang != lang for p in parts)
        event.add("description", description, parameters={"LANGUAGE": fallback.pop()} if whole else None)
    return event


def partners_and_price(stek: Stek, listing: Listing, lang: str) -> list[str]:
    """"With: CAW Middenland, Buurtwerk De Kring" and "Price: free", in the words of the activity's page."""
    lines = []
    if listing.partners:
        names = ", ".join(stek.partners[p].name.get(lang).value for p in listing.partners)
        lines.append(f"{ui('with', lang).value}: {names}")
    if listing.price is not None:
        price = listing.price.get(lang).value
        # `0` or `gratis` is how volunteers may write "free" (SPEC.md), as the pages show it.
        if is_free(price):
            price = ui("free", lang).value
        lines.append(f"{ui('price', lang).value}: {price}")
    return lines


def _coming_removals(stek: Stek, activity: Activity, slot: Slot, site: FeedSite,
                     revision: Revision | None = None) -> tuple[tuple[dt.date, Translated[str] | None], ...]:
    """The slot's coming removed dates, with their reasons: EXDATEs cannot say why.

    Without history, those of the 8 weeks from the build. With it, every removed date from the
    day of the event's last change (LAST-MODIFIED) on: "coming" as of that change, so that the
    text, like the rest of the event, changes only when the event does.
    """
    today = site.now.date()
    if revision is not None:
        since = revision.modified.astimezone(site.zone).date()
        days = sorted(day for day in revision.removed if day >= since)
    else:
        days = schedule.slot_dates(activity, slot, today, today + CANCELLATIONS_AHEAD)
    removals = ((day, schedule.removal(stek, activity, day, slot)) for day in days)
    return tuple((day, reason) for day, (removed, reason) in removals if removed)


def _cancellations_text(cancelled: Iterable[tuple[dt.date, Translated[str] | None]], lang: str) -> str:
    """DESCRIPTION's list of the coming removed dates in one language, or "" when there are none."""
    lines = []
    for day, reason in cancelled:
        when = _full_date(day, lang)
        lines.append(f"- {when}: {reason.get(lang).value}" if reason is not None else f"- {when}")
    return "\n".join([ui("feed_cancelled", lang).value, *lines]) if lines else ""


@lru_cache(maxsize=4096)
def _full_date(day: dt.date, lang: str) -> str:
    # Cached: the same closures and holidays are listed for many slots, and Babel is slow.
    return date_text(day, lang, "full")


def _texts(value: Translated[str] | None) -> Hashable:
    """A text in every language, in a fixed order: the order of a YAML map is no change."""
    return tuple(sorted(value.values.items())) if value is not None else None


def _listing_texts(listing: Listing) -> Hashable:
    return (listing.function, *(_texts(getattr(listing, name)) for name in ("title", "summary", "description", "place")))


def _touches_weekday(first: dt.date, last: dt.date, weekday: int) -> bool:
    return (last - first).days >= 6 or any((first + dt.timedelta(days=n)).weekday() == weekday
                                           for n in range((last - first).days + 1))


def function_name(function: str, lang: str) -> str:
    """The function's name as the pages show it (CATEGORIES, programme.json)."""
    return ui(function, lang).value
