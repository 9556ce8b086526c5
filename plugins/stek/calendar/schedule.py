"""The weekly programme in time: dated occurrences, opening hours and closed days.

One engine for the pages, the feeds and programme.json, so they can never disagree. It never
reads the clock: the caller passes "today" or "now" (the build's, from SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil import rrule

from stek.data.errors import Problems
from stek.data.load import ACTIVITIES_FILE_NAME
from stek.data.model import Activity, Event, PartDayClosure, Slot, Stek
from stek.data.messages import message_language
from stek.i18n import Translated, date_text, day_name

# Where `every: N` counts from when an activity has no `from` (the data asks for one when N > 1):
# a fixed Monday, so the weeks never depend on the window asked for.
_EVERY_ANCHOR = dt.date(2001, 1, 1)


@dataclass(frozen=True, kw_only=True, slots=True)
class Occurrence:
    """One dated time of an activity (with its slot) or of an event (slot None)."""

    listing: Activity | Event
    slot: Slot | None
    start: dt.datetime  # aware, local wall-clock time
    end: dt.datetime
    cancelled: bool = False  # by a cancellation, a closure or a public holiday
    reason: Translated[str] | None = None  # why it is cancelled, when known


@dataclass(frozen=True, kw_only=True, slots=True)
class ClosedPeriod:
    """Days the whole house is closed, both inclusive: a closure or a public holiday."""

    start: dt.date
    end: dt.date
    reason: Translated[str] | None  # a closure may have no reason; a holiday always has its name
    holiday: bool = False


def slot_rule(activity: Activity, slot: Slot, not_before: dt.date | None = None) -> rrule.rrule:
    """The slot's dates as a recurrence rule that starts on its first date; the feeds write the same rule.

    `every: N` counts from the first slot day on or after `from`; `weeks:` picks weekdays of the
    month (-1 is the last); the rule ends at the season's `until` (inclusive). An activity
    without `from` has no first date, so the rule starts on or after `not_before`.
    """
    begin = activity.from_date or not_before or _EVERY_ANCHOR
    if slot.every and slot.every > 1 and not activity.from_date:
        begin = _EVERY_ANCHOR
    return _rule(slot, begin, activity.until)


def slot_dates(activity: Activity, slot: Slot, first: dt.date, last: dt.date) -> list[dt.date]:
    """The slot's dates in a window (inclusive), before anything removes some of them."""
    return list(_slot_dates(slot, activity.from_date, activity.until, first, last))


@lru_cache(maxsize=1024)
def _slot_dates(slot: Slot, from_date: dt.date | None, until: dt.date | None,
                first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    # Cached: the pages, feeds and structured data of every language ask for the same windows.
    if until:
        last = min(last, until)
    begin = max(first, from_date or first)
    if slot.every and slot.every > 1:
        # Only here does the start matter beyond the weekday: weeks count from `from`.
        begin = from_date or _EVERY_ANCHOR
    if last < first:
        return ()
    window = (dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time()))
    return tuple(moment.date() for moment in _rule(slot, begin, until).between(*window, inc=True))


def check_cancelled_dates(stek: Stek, problems: Problems) -> None:
    """An error for each cancelled date on the right weekday that the activity still skips: every other
    week, a week of the month it does not take, outside its season. The site would never show the
    cancellation. Run after loading (`stek.editing.after_loading`), since it needs the schedule."""
    for activity in stek.activities.values():
        for cancellation in activity.cancelled:
            day = cancellation.date
            if any(slot_dates(activity, slot, day, day) for slot in activity.slots):
                continue
            window = (day - dt.timedelta(days=400), day + dt.timedelta(days=400))
            dates = sorted({d for slot in activity.slots for d in slot_dates(activity, slot, *window)},
                           key=lambda d: (abs((d - day).days), d))
            if day.weekday() not in {slot.day for slot in activity.slots}:
                # The wrong weekday: name the nearest dates it takes place (two when equally near).
                language = message_language(problems.language)
                nearest = [d for d in dates[:2] if abs((d - day).days) == abs((dates[0] - day).days)]
                named = [f"{date_text(d, language, 'EEEE d MMMM')} ({d.isoformat()})" for d in nearest]
                message = ("cancelled_wrong_day", "cancelled_wrong_day_near", "cancelled_wrong_day_near_two")[len(named)]
                problems.error(ACTIVITIES_FILE_NAME, cancellation.line, message, value=day,
                               day=day_name(day.weekday(), language), activity=str(activity.title),
                               first=named[0] if named else "", second=named[1] if len(named) > 1 else "")
                continue
            if dates:
                problems.error(ACTIVITIES_FILE_NAME, cancellation.line, "cancelled_not_a_date", value=day,
                               activity=str(activity.title), example=dates[0])


def first_date(activity: Activity, slot: Slot, not_before: dt.date | None = None) -> dt.date | None:
    """The slot's first date (for an activity without `from`: on or after `not_before`), or None."""
    moment = next(iter(slot_rule(activity, slot, not_before)), None)
    return moment.date() if moment else None


def _rule(slot: Slot, begin: dt.date, last: dt.date | None) -> rrule.rrule:
    if slot.weeks:
        weekday = rrule.weekday(slot.day)
        parts = dict(freq=rrule.MONTHLY, byweekday=[weekday(n) for n in slot.weeks])
    else:
        parts = dict(freq=rrule.WEEKLY, interval=slot.every or 1, byweekday=slot.day)
    start = dt.datetime.combine(begin, dt.time())
    until = dt.datetime.combine(last, dt.time()) if last else None
    # Start on the first real slot date, so that a feed's DTSTART is itself an occurrence. Not
    # with the rule itself for weekly slots: INTERVAL counts weeks from the week of DTSTART.
    if slot.weeks:
        first = rrule.rrule(**parts, dtstart=start, until=until).after(start, inc=True)
    else:
        first = start + dt.timedelta(days=(slot.day - begin.weekday()) % 7)
        first = first if until is None or first <= until else None
    if first is None:
        return rrule.rrule(**parts, dtstart=start, count=0)
    return rrule.rrule(**parts, dtstart=first, until=until)


def removal(stek: Stek, activity: Activity, day: dt.date,
            slot: Slot | None = None) -> tuple[bool, Translated[str] | None]:
    """Whether an activity's date is removed, and why: its own cancellation first, then a closure, then a holiday.

    A closure for part of the day removes only the slot it overlaps; without `slot`, any slot
    of the activity on that weekday that it overlaps.
    """
    cancellation = next((c for c in activity.cancelled if c.date == day), None)
    closure = stek.closure_on(day) or _part_day_closure(stek, activity, day, slot)
    holiday = stek.holiday_name(day)
    if cancellation is None and closure is None and holiday is None:
        return False, None
    reasons = (cancellation and cancellation.reason, closure and closure.reason, holiday)
    return True, next((reason for reason in reasons if reason is not None), None)


def _part_day_closure(stek: Stek, activity: Activity, day: dt.date, slot: Slot | None) -> PartDayClosure | None:
    slots = [slot] if slot is not None else [s for s in activity.slots if s.day == day.weekday()]
    return next((c for c in stek.part_day_closures for s in slots if c.overlaps(day, s.start, s.end)), None)


def part_day_closures(stek: Stek, first: dt.date, last: dt.date) -> list[PartDayClosure]:
    """The closures for part of a day from `first` to `last` (inclusive), by date and time."""
    return sorted((c for c in stek.part_day_closures if first <= c.date <= last), key=lambda c: (c.date, c.start))


def occurrences(stek: Stek, first: dt.date, last: dt.date, zone: ZoneInfo, *,
                include_cancelled: bool = False) -> list[Occurrence]:
    """Every occurrence from `first` to `last` (inclusive), sorted by start and id.

    Removed activity dates are left out, or kept and marked with `include_cancelled`; events are
    never removed. Times are wall-clock times in `zone`, the same on both sides of a DST change.
    """
    result: list[Occurrence] = []
    for activity in stek.activities.values():
        for slot in activity.slots:
            for day in slot_dates(activity, slot, first, last):
                cancelled, reason = removal(stek, activity, day, slot)
                if cancelled and not include_cancelled:
                    continue
                result.append(Occurrence(
                    listing=activity, slot=slot, start=_at(day, slot.start, zone), end=_at(day, slot.end, zone),
                    cancelled=cancelled, reason=reason,
                ))
    for event in stek.events.values():
        if first <= event.date <= last:
            result.append(Occurrence(
                listing=event, slot=None, start=_at(event.date, event.start, zone), end=_at(event.date, event.end, zone),
            ))
    result.sort(key=lambda o: (o.start.replace(tzinfo=None), o.listing.id))
    return result


def opening_hours_on(stek: Stek, day: dt.date) -> list[tuple[dt.time, dt.time]]:
    """The house's hours on a day, earliest first; [] when it is closed (closure or holiday).

    Hours for a season replace the regular ones on their weekdays within the season; a closure
    for part of the day cuts its time out of them.
    """
    if stek.closure_on(day) is not None or stek.holiday_name(day) is not None:
        return []
    weekday = day.weekday()
    season = [h for h in stek.seasonal_hours if h.day == weekday and h.in_season(day)]
    hours = season or [h for h in stek.opening_hours if h.day == weekday]
    spans = sorted((h.open, h.close) for h in hours)
    for closure in stek.part_day_closures:
        if closure.date == day:
            spans = [part for open, close in spans for part in _cut(open, close, closure.start, closure.end)]
    return spans


def _cut(open: dt.time, close: dt.time, start: dt.time, end: dt.time) -> list[tuple[dt.time, dt.time]]:
    """What is left of open..close when start..end is taken out of it."""
    if end <= open or start >= close:
        return [(open, close)]
    return [(a, b) for a, b in ((open, start), (end, close)) if a < b]


def closed_days(stek: Stek, first: dt.date, last: dt.date) -> list[ClosedPeriod]:
    """Closures that touch the window (whole, not cut), and the public holidays in it, by date.

    A holiday is left out when a closure covers it already, or when the house neither opens nor
    runs an activity on that weekday (Easter Sunday, when nothing happens on Sundays anyway).
    """
    periods = [
        ClosedPeriod(start=c.start, end=c.end, reason=c.reason)
        for c in stek.closures if c.start <= last and c.end >= first
    ]
    busy = ({h.day for h in (*stek.opening_hours, *stek.seasonal_hours)}
            | {s.day for a in stek.activities.values() for s in a.slots})
    day = first
    while day <= last:
        name = stek.holiday_name(day)
        if name is not None and day.weekday() in busy and stek.closure_on(day) is None:
            periods.append(ClosedPeriod(start=day, end=day, reason=name, holiday=True))
        day += dt.timedelta(days=1)
    return sorted(periods, key=lambda p: (p.start, p.end))


def _at(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=zone)
