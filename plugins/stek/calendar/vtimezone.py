"""The VTIMEZONE of the feeds: one yearly rule for standard and one for daylight time, from zoneinfo."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

DAY_CODES = ("mo", "tu", "we", "th", "fr", "sa", "su")  # as in BYDAY, lower case


def build_timezone(zone: ZoneInfo, year: int) -> Timezone:
    """A VTIMEZONE with one yearly rule for standard and one for daylight time, as Outlook writes it.

    icalendar's own (an RDATE list of transitions) is read by ical.js as if summer time never
    came. The rules are those of `year`, from zoneinfo, dated from the first year they hold.
    """
    tz = Timezone.new()
    tz.add("tzid", zone.key)
    for daylight, start, offset_from, offset_to, name, rule in _timezone_rules(zone, year):
        part = TimezoneDaylight() if daylight else TimezoneStandard()
        part.add("dtstart", start)
        part.add("tzoffsetfrom", offset_from)
        part.add("tzoffsetto", offset_to)
        part.add("tzname", name)
        if rule is not None:
            part.add("rrule", rule)
        tz.add_component(part)
    return tz


@lru_cache(maxsize=8)
def _timezone_rules(zone: ZoneInfo, year: int) -> list[tuple]:
    """(daylight?, DTSTART, TZOFFSETFROM, TZOFFSETTO, TZNAME, RRULE) for each part of the VTIMEZONE."""
    transitions = _transitions(zone, year)
    if not transitions:
        moment = dt.datetime(year, 1, 1, tzinfo=zone)
        return [(False, dt.datetime(1970, 1, 1), moment.utcoffset(), moment.utcoffset(), moment.tzname(), None)]
    parts = []
    for before, after in transitions:
        local = before.replace(tzinfo=None) + dt.timedelta(seconds=1)  # the wall clock when it changes
        week = _week_of_month(local.date())
        first = year
        while first > 1970 and _rule_holds(zone, first - 1, local, week, before.utcoffset(), after.utcoffset()):
            first -= 1
        start = _nth_weekday(first, local.month, local.weekday(), week).replace(
            hour=local.hour, minute=local.minute, second=local.second)
        rule = vRecur(freq="YEARLY", bymonth=local.month, byday=f"{week}{DAY_CODES[local.weekday()].upper()}")
        parts.append((bool(after.dst()), start, before.utcoffset(), after.utcoffset(), after.tzname(), rule))
    return parts


def _transitions(zone: ZoneInfo, year: int) -> list[tuple[dt.datetime, dt.datetime]]:
    """The offset changes in a year: (the last second before, the first second after), local."""
    result = []
    hour, day = dt.timedelta(hours=1), dt.timedelta(days=1)
    moment = dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc) + hour
    while moment.year == year:
        # A day at a time while the offset stays the same (it changes twice a year), then hour by hour.
        later = moment + day - hour
        if later.year == year and later.astimezone(zone).utcoffset() == (moment - hour).astimezone(zone).utcoffset():
            moment += day
            continue
        if moment.astimezone(zone).utcoffset() != (moment - hour).astimezone(zone).utcoffset():
            low, high = moment - hour, moment  # find the exact second
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            result.append((low.astimezone(zone), high.astimezone(zone)))
        moment += hour
    return result


def _week_of_month(day: dt.date) -> int:
    """1 to 4 for the nth weekday of its month, -1 for the last."""
    if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
        return -1
    return (day.day - 1) // 7 + 1


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> dt.datetime:
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    day = days[week - 1] if week > 0 else days[-1]
    return dt.datetime.combine(day, dt.time())


def _rule_holds(zone: ZoneInfo, year: int, local: dt.datetime, week: int,
                before: dt.timedelta, after: dt.timedelta) -> bool:
    """Whether the zone changed from `before` to `after` at the same rule's moment in `year`."""
    day = _nth_weekday(year, local.month, local.weekday(), week)
    instant = day.replace(hour=local.hour, minute=local.minute, second=local.second) - before
    utc = instant.replace(tzinfo=dt.timezone.utc)
    return (utc - dt.timedelta(seconds=1)).astimezone(zone).utcoffset() == before and utc.astimezone(zone).utcoffset() == after
