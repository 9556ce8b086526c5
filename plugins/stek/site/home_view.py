"""The home page: the coming days, dated, and the closures of the coming weeks."""

from __future__ import annotations

import datetime as dt

from stek.calendar import schedule
from stek.data.model import PartDayClosure
from stek.site.views import CLOSURES_DAYS, COMING_DAYS, Views


def home(views: Views) -> dict:
    """The coming days, dated, as the page says without JavaScript; the script makes them the reader's."""
    last = views.today + dt.timedelta(days=COMING_DAYS - 1)
    until = views.today + dt.timedelta(days=CLOSURES_DAYS)
    closures = [closure(views, p) for p in schedule.closed_days(views.stek, views.today, until)]
    closures += [part_day_closure(views, c) for c in schedule.part_day_closures(views.stek, views.today, until)]
    closures.sort(key=lambda c: c["start"])
    return {
        "heading": views.date_range(views.today, last),
        "days": views.days(views.today, last),
        "closures": closures,
        "closures_end": max((c["end"] for c in closures), default=views.now.isoformat()),
        "script_data": views.script_data(),
    }


def closure(views: Views, period: schedule.ClosedPeriod) -> dict:
    """A closure (or a holiday) as the closures lists show it: when, and why."""
    if period.start == period.end:
        when = views.day_date(period.start)
    else:
        when = f"{views.short_date(period.start)} – {views.short_date(period.end)}"
    return {"when": when, "start": period.start.isoformat(), "end": views.day_end(period.end).isoformat(),
            "reason": views.closure_reason(period.reason)}


def part_day_closure(views: Views, closure: PartDayClosure) -> dict:
    """A closure for part of a day, as the closures list shows it: its date and its hours."""
    start = dt.datetime.combine(closure.date, closure.start, tzinfo=views.zone)
    end = dt.datetime.combine(closure.date, closure.end, tzinfo=views.zone)
    return {"when": views.range_said(closure.start, closure.end, f"{views.day_date(closure.date)}{views.separator}"),
            "start": start.isoformat(), "end": end.isoformat(), "reason": views.closure_reason(closure.reason)}
