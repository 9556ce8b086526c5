"""The programme page: the regular week by day, with the changes of the coming two weeks beside it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from markupsafe import Markup

from stek.calendar import schedule
from stek.data.fields import FUNCTIONS
from stek.data.model import Event
from stek.i18n import day_name
from stek.site.format import FUNCTION_MARKS
from stek.site.home_view import closure
from stek.site.views import CHANGES_DAYS, Day, Item, Views


@lru_cache(maxsize=8)  # the programme page and the poster show the same week: worked out once a language
def programme(views: Views) -> dict:
    last = views.today + dt.timedelta(days=CHANGES_DAYS - 1)
    changes: dict[str, Day] = {}
    for occurrence in views.window:
        day = occurrence.start.date()
        if day <= last and (occurrence.cancelled or isinstance(occurrence.listing, Event)):
            changes.setdefault(day.isoformat(), Day(heading=views.day_date(day), date=day.isoformat()))
            changes[day.isoformat()].items.append(views.occurrence_item(occurrence))
            changes[day.isoformat()].end = max(changes[day.isoformat()].end, occurrence.end.isoformat())
    return {
        "pattern": _pattern(views),
        "changes_heading": views.t("changes", first=views.long_date(views.today), last=views.long_date(last)),
        "changes": [changes[d] for d in sorted(changes)],
        "closures": [closure(views, p) for p in schedule.closed_days(views.stek, views.today, last)],
        "functions": [views.function(key) for key in FUNCTIONS],
    }


def _pattern(views: Views) -> list[Day]:
    """The regular week, Monday to Sunday: each weekday's activities in season, hours and seasons."""
    pattern = []
    for weekday in range(7):
        items = []
        for activity in views.stek.activities.values():
            if not views.in_season(activity):
                continue
            for slot in activity.slots:
                if slot.day == weekday:
                    items.append((slot.start, activity.id, Item(
                        time=views.time_range(slot.start, slot.end), title=views.text(activity.title),
                        when=views.time_html(slot.start, slot.end),
                        href=views.href(f"activities/{activity.id}/"), function=activity.function,
                        function_label=views.t(activity.function), mark=FUNCTION_MARKS[activity.function],
                        place=views.text(activity.place), note=views.recurrence(activity, slot),
                    )))
        hours = views.weekday_hours(weekday)
        seasons = season_hours(views, weekday)
        if items or hours or seasons:
            pattern.append(Day(heading=day_name(weekday, views.lang), date="", hours=hours, seasons=seasons,
                               items=[item for _, _, item in sorted(items, key=lambda x: (x[0], x[1]))]))
    return pattern


def week_hours(views: Views) -> list[dict]:
    """The house's regular hours by weekday, with the seasonal hours not over yet."""
    rows = []
    for weekday in range(7):
        hours = views.weekday_hours(weekday)
        seasons = season_hours(views, weekday)
        if hours or seasons:
            rows.append({"day": day_name(weekday, views.lang), "hours": hours, "seasons": seasons})
    return rows


def season_hours(views: Views, weekday: int) -> list[Markup]:
    """Seasonal hours on a weekday that are not over yet: "from 1 July to 31 August: 09:30–12:30"."""
    seasons: dict[tuple, list[tuple]] = {}
    for hours in views.stek.seasonal_hours:
        if hours.day == weekday and hours.until >= views.today:
            seasons.setdefault((hours.from_date, hours.until), []).append((hours.open, hours.close))
    return [views.said_t("season_hours", {"hours": views.spoken_hours(spans)}, first=views.long_date(first),
                         last=views.long_date(last), hours=views.hours(spans))
            for (first, last), spans in sorted(seasons.items())]
