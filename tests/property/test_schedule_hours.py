"""Properties of opening hours for a season and of closures for part of a day, over random STEKs."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from stek.calendar import schedule
from strategies import dates, public_holiday, steks

ZONE = ZoneInfo("Europe/Brussels")


def _days(first: dt.date, count: int) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range(count)]


@given(steks(), dates, st.integers(0, 120))
def test_a_season_replaces_the_regular_hours_of_its_weekdays_and_a_part_day_closure_cuts_them(stek, first, count):
    for day in _days(first, count):
        spans = schedule.opening_hours_on(stek, day)
        if stek.closure_on(day) or public_holiday(stek, day):
            assert spans == []
            continue
        season = [h for h in stek.seasonal_hours if h.day == day.weekday() and h.in_season(day)]
        written = season or [h for h in stek.opening_hours if h.day == day.weekday()]
        # Every open moment lies in a block written for that day, and in no closure for part of it.
        for open, close in spans:
            assert open < close
            assert any(h.open <= open and close <= h.close for h in written)
            assert not any(c.overlaps(day, open, close) for c in stek.part_day_closures)
        assert spans == sorted(spans)
        # What the blocks of that day cover and no closure takes out is open.
        for h in written:
            moment = h.open
            if not any(c.date == day and c.start <= moment < c.end for c in stek.part_day_closures):
                assert any(open <= moment < close for open, close in spans)


@given(steks(), dates, st.integers(0, 120))
def test_a_part_day_closure_removes_exactly_the_occurrences_it_overlaps(stek, first, count):
    last = first + dt.timedelta(days=count)
    for o in schedule.occurrences(stek, first, last, ZONE, include_cancelled=True):
        if o.slot is None:
            continue  # events are never removed
        day, activity = o.start.date(), o.listing
        overlapped = any(c.overlaps(day, o.slot.start, o.slot.end) for c in stek.part_day_closures)
        removed_otherwise = (stek.closure_on(day) is not None or public_holiday(stek, day) is not None
                             or any(c.date == day for c in activity.cancelled))
        assert o.cancelled == (overlapped or removed_otherwise)
        assert schedule.removal(stek, activity, day, o.slot)[0] == o.cancelled
