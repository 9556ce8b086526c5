"""Properties of the engine's occurrences over random STEKs."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from stek.calendar import schedule
from stek.data.model import Activity
from strategies import dates, public_holiday, steks

ZONE = ZoneInfo("Europe/Brussels")


def _window(first: dt.date, days: int) -> tuple[dt.date, dt.date]:
    return first, first + dt.timedelta(days=days)


@given(steks(), dates, st.integers(0, 500))
def test_occurrences_fall_on_their_slot_within_the_season_and_never_on_a_removed_date(stek, first, days):
    first, last = _window(first, days)
    for o in schedule.occurrences(stek, first, last, ZONE):
        day = o.start.date()
        assert first <= day <= last
        if not isinstance(o.listing, Activity):
            assert day == o.listing.date
            continue
        activity, slot = o.listing, o.slot
        assert day.weekday() == slot.day
        assert (activity.from_date or day) <= day <= (activity.until or day)
        assert stek.closure_on(day) is None
        assert not any(c.overlaps(day, slot.start, slot.end) for c in stek.part_day_closures)
        assert public_holiday(stek, day) is None
        assert day not in {c.date for c in activity.cancelled}
        if slot.weeks:
            month_days = calendar.monthrange(day.year, day.month)[1]
            assert (day.day - 1) // 7 + 1 in slot.weeks or (-1 in slot.weeks and day.day + 7 > month_days)
        if slot.every:
            first_slot_day = activity.from_date + dt.timedelta(days=(slot.day - activity.from_date.weekday()) % 7)
            assert (day - first_slot_day).days % (7 * slot.every) == 0


@given(steks(), dates, st.integers(0, 500))
def test_local_times_are_kept_across_dst_and_offsets_are_the_zones(stek, first, days):
    first, last = _window(first, days)
    for o in schedule.occurrences(stek, first, last, ZONE, include_cancelled=True):
        start = o.slot.start if o.slot else o.listing.start
        assert o.start.time() == start
        assert o.start.utcoffset() == o.start.astimezone(dt.timezone.utc).astimezone(ZONE).utcoffset()


@given(steks(), dates, st.integers(0, 500))
def test_cancelled_occurrences_are_kept_and_marked_only_when_asked(stek, first, days):
    first, last = _window(first, days)
    everything = schedule.occurrences(stek, first, last, ZONE, include_cancelled=True)
    kept = schedule.occurrences(stek, first, last, ZONE)
    assert [o for o in everything if not o.cancelled] == kept
    for o in everything:
        if o.cancelled:
            day = o.start.date()
            assert isinstance(o.listing, Activity)
            assert (stek.closure_on(day) or public_holiday(stek, day)
                    or day in {c.date for c in o.listing.cancelled}
                    or any(c.overlaps(day, o.slot.start, o.slot.end) for c in stek.part_day_closures))


@given(steks(), dates, st.integers(0, 200), st.integers(1, 200))
def test_a_window_is_the_union_of_its_parts(stek, first, days, split):
    """Occurrences do not depend on where a window starts (every: N counts from `from`)."""
    first, last = _window(first, days)
    middle = first + dt.timedelta(days=min(split, days))
    whole = schedule.occurrences(stek, first, last, ZONE, include_cancelled=True)
    parts = (schedule.occurrences(stek, first, middle - dt.timedelta(days=1), ZONE, include_cancelled=True)
             + schedule.occurrences(stek, middle, last, ZONE, include_cancelled=True))
    assert parts == whole


@given(steks(), dates, st.integers(0, 60))
def test_public_holidays_are_the_days_the_holidays_package_lists_named_as_it_names_them(stek, first, days):
    for day in (first + dt.timedelta(days=n) for n in range(days + 1)):
        name = stek.holiday_name(day)
        assert (name.get("nl").value if name is not None else None) == public_holiday(stek, day), day
