"""Random STEKs for the schedule's properties: slots of every kind, seasons, closures, holidays, events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os

import holidays
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from stek.data.model import Activity, Cancellation, Closure, Event, OpeningHours, PartDayClosure, Slot, Stek
from stek.i18n import Translated

# A modest default for a 2-core machine; HYPOTHESIS_PROFILE=thorough searches longer.
settings.register_profile("stek", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stek"))

LANGUAGES = ("nl", "fr")
FIRST_DAY, LAST_DAY = dt.date(2025, 10, 1), dt.date(2029, 3, 31)

dates = st.dates(FIRST_DAY, LAST_DAY)
# Daytime only: a house opens between 7 and 22, never in the hour a DST change skips or repeats.
times = st.builds(dt.time, st.integers(7, 20), st.sampled_from([0, 15, 30, 45]))


def text(value: str) -> Translated[str]:
    return Translated({"nl": value}, "nl")


@st.composite
def slots(draw, with_every: bool) -> Slot:
    """A weekly slot, every N weeks (only with a season's `from`), or some weeks of the month."""
    start = draw(times)
    minutes = draw(st.integers(30, 180))
    end = (dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=minutes)).time()
    kind = draw(st.sampled_from(["weekly", "every", "weeks"] if with_every else ["weekly", "weeks"]))
    every = draw(st.integers(2, 4)) if kind == "every" else None
    weeks = tuple(sorted(draw(st.sets(st.sampled_from([1, 2, 3, 4, 5, -1]), min_size=1, max_size=3)),
                         key=lambda w: (w < 0, w))) if kind == "weeks" else ()
    return Slot(day=draw(st.integers(0, 6)), start=start, end=end, every=every, weeks=weeks)


@st.composite
def activities(draw, id: str) -> Activity:
    begin = draw(st.none() | dates)
    until = draw(st.none() | st.dates(begin or FIRST_DAY, LAST_DAY))
    # Each slot on its own line, as in activities.yaml: two slots written alike stay two.
    drawn = [dataclasses.replace(slot, line=line) for line, slot in
             enumerate(draw(st.lists(slots(with_every=begin is not None), min_size=1, max_size=3)), 1)]
    cancelled = draw(st.lists(dates, max_size=6, unique=True))
    return Activity(
        id=id, title=text(f"Activiteit {id}"), function="ontmoeten", slots=tuple(drawn), from_date=begin,
        until=until, cancelled=tuple(Cancellation(date=d, reason=draw(st.none() | st.just(text("Weg"))))
                                     for d in cancelled),
    )


@st.composite
def closures(draw) -> Closure:
    start = draw(dates)
    return Closure(start=start, end=start + dt.timedelta(days=draw(st.integers(0, 20))),
                   reason=draw(st.none() | st.just(text("Dicht"))))


@st.composite
def part_day_closures(draw) -> PartDayClosure:
    """A closure for part of one day: a meeting, a training afternoon."""
    start = draw(times)
    end = (dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=draw(st.integers(30, 240)))).time()
    return PartDayClosure(date=draw(dates), start=start, end=max(end, dt.time(start.hour, start.minute + 1)),
                          reason=draw(st.none() | st.just(text("Vergadering"))))


@st.composite
def opening_hours(draw) -> tuple[tuple[OpeningHours, ...], tuple[OpeningHours, ...]]:
    """Regular hours (a morning and an afternoon that do not overlap) and maybe seasons that replace them.

    As the data demands: no two blocks of one day overlap, nor two seasons of one weekday.
    """
    regular = []
    for day in draw(st.sets(st.integers(0, 6), max_size=6)):
        regular.append(OpeningHours(day=day, open=dt.time(9, 30), close=dt.time(12, 30)))
        if draw(st.booleans()):
            regular.append(OpeningHours(day=day, open=dt.time(13, 30), close=dt.time(draw(st.integers(15, 20)))))
    seasonal = []
    begin = draw(dates)
    for _ in range(draw(st.integers(0, 2))):
        until = begin + dt.timedelta(days=draw(st.integers(0, 90)))
        for day in draw(st.sets(st.integers(0, 6), min_size=1, max_size=3)):
            seasonal.append(OpeningHours(day=day, open=dt.time(10), close=dt.time(draw(st.integers(11, 14))),
                                         from_date=begin, until=until))
        begin = until + dt.timedelta(days=draw(st.integers(1, 60)))
    return tuple(regular), tuple(seasonal)


@st.composite
def events(draw, id: str) -> Event:
    start = draw(times)
    return Event(id=id, title=text(f"Evenement {id}"), function="leren", date=draw(dates), start=start,
                 end=(dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(hours=2)).time())


@st.composite
def steks(draw) -> Stek:
    """A STEK with a few activities and events, some closures and maybe Belgian public holidays."""
    count = draw(st.integers(1, 4))
    drawn = [draw(activities(f"a{i}")) for i in range(count)]
    one_offs = [draw(events(f"e{i}")) for i in range(draw(st.integers(0, 2)))]
    regular, seasonal = draw(opening_hours())
    return Stek(
        languages=LANGUAGES, partners={}, activities={a.id: a for a in drawn}, events={e.id: e for e in one_offs},
        closures=tuple(sorted(draw(st.lists(closures(), max_size=3)), key=lambda c: c.start)),
        part_day_closures=tuple(sorted(draw(st.lists(part_day_closures(), max_size=4)), key=lambda c: (c.date, c.start))),
        opening_hours=regular, seasonal_hours=seasonal,
        public_holidays=draw(st.sampled_from(["BE", None])),
    )


def public_holiday(stek: Stek, day: dt.date) -> str | None:
    """The reference for public holidays: the `holidays` package itself, by country, in Dutch (not our lookup)."""
    return _country_holidays(stek.public_holidays, day.year).get(day) if stek.public_holidays else None


@functools.cache
def _country_holidays(country: str, year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays(country, years=year, language="nl"))


# A build date; the feed's window runs from a month before it.
build_dates = st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
