"""The schedule engine: slots to dated occurrences, removals, opening hours and closed days."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from stek.calendar import schedule
from stek.data.model import Activity, Cancellation, Closure, Event, OpeningHours, PartDayClosure, Slot, Stek
from stek.i18n import Translated

ZONE = ZoneInfo("Europe/Brussels")
LANGUAGES = ("nl", "fr", "en", "ar")
D = dt.date
T = dt.time


def text(nl: str, **others: str) -> Translated[str]:
    return Translated({"nl": nl, **others}, "nl")


def activity(id: str = "soep", *slots: Slot, **fields) -> Activity:
    slots = slots or (Slot(day=1, start=T(12), end=T(13, 30)),)
    return Activity(id=id, title=text(id), function="ontmoeten", slots=slots, **fields)


def stek(*activities: Activity, events=(), **fields) -> Stek:
    return Stek(
        languages=LANGUAGES, partners={}, activities={a.id: a for a in activities},
        events={e.id: e for e in events}, **fields,
    )


def starts(house: Stek, first: D, last: D, **options) -> list[str]:
    return [o.start.strftime("%Y-%m-%d %H:%M") for o in schedule.occurrences(house, first, last, ZONE, **options)]


def test_weekly_slot_falls_on_its_day_at_its_local_time_across_both_dst_changes():
    house = stek(activity("soep", Slot(day=6, start=T(12), end=T(13))))  # Sundays
    found = schedule.occurrences(house, D(2027, 3, 21), D(2027, 11, 7), ZONE)
    assert {o.start.date() for o in found} >= {D(2027, 3, 28), D(2027, 10, 31)}
    assert {(o.start.weekday(), o.start.time(), o.end.time()) for o in found} == {(6, T(12), T(13))}
    assert found[0].start.utcoffset() == dt.timedelta(hours=1)
    assert found[1].start.utcoffset() == dt.timedelta(hours=2)
    assert found[-1].start.utcoffset() == dt.timedelta(hours=1)


def test_every_two_weeks_counts_from_the_first_slot_day_on_or_after_from():
    # 2026-09-02 is a Wednesday: the first Monday of the series is 7 September.
    house = stek(activity("wonen", Slot(day=0, start=T(14), end=T(16), every=2), from_date=D(2026, 9, 2)))
    assert starts(house, D(2026, 9, 1), D(2026, 10, 20)) == [
        "2026-09-07 14:00", "2026-09-21 14:00", "2026-10-05 14:00", "2026-10-19 14:00",
    ]
    # The same series, asked for a window that starts later.
    assert starts(house, D(2026, 10, 6), D(2026, 10, 20)) == ["2026-10-19 14:00"]


def test_weeks_of_the_month_take_the_nth_and_the_last_weekday():
    house = stek(activity("repair", Slot(day=4, start=T(9, 30), end=T(12, 30), weeks=(1, -1))))
    assert starts(house, D(2027, 1, 1), D(2027, 2, 28)) == [
        "2027-01-01 09:30", "2027-01-29 09:30", "2027-02-05 09:30", "2027-02-26 09:30",
    ]


def test_fifth_week_only_in_months_that_have_one():
    house = stek(activity("vijf", Slot(day=4, start=T(10), end=T(11), weeks=(5,))))
    assert starts(house, D(2027, 1, 1), D(2027, 4, 30)) == ["2027-01-29 10:00", "2027-04-30 10:00"]


def test_season_from_and_until_are_inclusive():
    house = stek(activity("soep", from_date=D(2027, 6, 1), until=D(2027, 6, 29)))
    assert starts(house, D(2027, 5, 1), D(2027, 7, 31)) == [
        "2027-06-01 12:00", "2027-06-08 12:00", "2027-06-15 12:00", "2027-06-22 12:00", "2027-06-29 12:00",
    ]


def test_cancellation_closure_and_holiday_remove_occurrences_and_say_why():
    soep = activity("soep", cancelled=(
        Cancellation(date=D(2027, 1, 5), reason=text("Poetsbeurt", fr="Nettoyage")),
        Cancellation(date=D(2027, 1, 12)),
    ))
    house = stek(soep, public_holidays="BE", closures=(
        Closure(start=D(2026, 12, 28), end=D(2027, 1, 1), reason=text("Kerstvakantie")),
        Closure(start=D(2027, 1, 19), end=D(2027, 1, 19)),
    ))
    # 2026-12-29: closure; 2027-01-05 and 01-12: cancelled; 2027-01-19: closure without reason.
    assert starts(house, D(2026, 12, 20), D(2027, 1, 31)) == ["2026-12-22 12:00", "2027-01-26 12:00"]
    everything = schedule.occurrences(house, D(2026, 12, 20), D(2027, 1, 31), ZONE, include_cancelled=True)
    marked = [(o.start.date(), o.reason and o.reason.get("fr").value) for o in everything if o.cancelled]
    assert marked == [
        (D(2026, 12, 29), "Kerstvakantie"), (D(2027, 1, 5), "Nettoyage"), (D(2027, 1, 12), None),
        (D(2027, 1, 19), None),
    ]
    # Easter Monday 2027, in the languages the holidays package has, from the site's catalog where it has none.
    monday = stek(activity("maandag", Slot(day=0, start=T(10), end=T(11))), public_holidays="BE")
    [easter] = [o for o in schedule.occurrences(monday, D(2027, 3, 29), D(2027, 3, 29), ZONE, include_cancelled=True)]
    assert easter.cancelled
    assert [easter.reason.get(lang) for lang in LANGUAGES] == [
        ("Paasmaandag", "nl"), ("Lundi de Pâques", "fr"), ("Easter Monday", "en"), ("اثنين الفصح", "ar"),
    ]


def test_events_are_never_removed_and_sort_with_activities_by_start_then_id():
    event = Event(id="receptie", title=text("Receptie"), function="ontmoeten",
                  date=D(2026, 12, 29), start=T(12), end=T(14))
    house = stek(activity("soep"), activity("aardappel"), events=[event], public_holidays="BE",
                 closures=(Closure(start=D(2026, 12, 29), end=D(2026, 12, 29)),))
    found = schedule.occurrences(house, D(2026, 12, 22), D(2026, 12, 29), ZONE, include_cancelled=True)
    assert [(o.start.day, o.listing.id, o.cancelled) for o in found] == [
        (22, "aardappel", False), (22, "soep", False),
        (29, "aardappel", True), (29, "receptie", False), (29, "soep", True),
    ]
    assert found[3].slot is None


def test_opening_hours_open_now_and_next_opening():
    house = stek(
        public_holidays="BE",
        opening_hours=(OpeningHours(day=0, open=T(9, 30), close=T(12)), OpeningHours(day=0, open=T(13), close=T(16)),
                       OpeningHours(day=2, open=T(13), close=T(17))),
        closures=(Closure(start=D(2027, 3, 31), end=D(2027, 3, 31)),),
    )
    monday = D(2027, 3, 22)
    assert schedule.opening_hours_on(house, monday) == [(T(9, 30), T(12)), (T(13), T(16))]
    assert schedule.opening_hours_on(house, D(2027, 3, 29)) == []  # Easter Monday


def test_closed_days_list_closures_whole_and_holidays_on_days_something_happens():
    house = stek(
        activity("soep"),  # Tuesdays
        public_holidays="BE",
        opening_hours=(OpeningHours(day=0, open=T(9), close=T(12)),),
        closures=(Closure(start=D(2026, 12, 28), end=D(2027, 1, 1), reason=text("Kerstvakantie")),),
    )
    found = schedule.closed_days(house, D(2026, 12, 30), D(2027, 4, 30))
    # New Year's Day falls in the closure; Easter Sunday is a day nothing happens anyway.
    assert [(p.start, p.end, str(p.reason), p.holiday) for p in found] == [
        (D(2026, 12, 28), D(2027, 1, 1), "Kerstvakantie", False),
        (D(2027, 3, 29), D(2027, 3, 29), "Paasmaandag", True),
    ]


@pytest.mark.parametrize(("slot", "fields", "not_before", "expected"), [
    # slot, activity fields, not_before, the slot's first date (the feed's DTSTART)
    (Slot(day=0, start=T(14), end=T(16), every=2), {"from_date": D(2026, 9, 2)}, None, D(2026, 9, 7)),
    (Slot(day=4, start=T(10), end=T(11), weeks=(-1,)), {"from_date": D(2027, 1, 1)}, None, D(2027, 1, 29)),
    (Slot(day=1, start=T(12), end=T(13)), {}, D(2026, 10, 27), D(2026, 10, 27)),
    (Slot(day=1, start=T(12), end=T(13)), {"from_date": D(2027, 6, 2), "until": D(2027, 6, 7)}, None, None),
])
def test_first_date_is_a_real_occurrence(slot, fields, not_before, expected):
    assert schedule.first_date(activity("x", slot, **fields), slot, not_before) == expected


# Issue 11: opening hours for a season, closures for part of a day.
SUMMER = OpeningHours(day=0, open=T(9, 30), close=T(12, 30), from_date=D(2027, 7, 1), until=D(2027, 8, 31))
MEETING = PartDayClosure(date=D(2027, 3, 8), start=T(12), end=T(16), reason=text("Personeelsvergadering"))


def test_a_season_replaces_the_regular_hours_on_its_weekdays_only_within_its_dates():
    house = stek(opening_hours=(OpeningHours(day=0, open=T(9, 30), close=T(16)),
                                OpeningHours(day=1, open=T(9, 30), close=T(16))), seasonal_hours=(SUMMER,))
    assert schedule.opening_hours_on(house, D(2027, 6, 28)) == [(T(9, 30), T(16))]
    assert schedule.opening_hours_on(house, D(2027, 7, 5)) == [(T(9, 30), T(12, 30))]
    assert schedule.opening_hours_on(house, D(2027, 7, 6)) == [(T(9, 30), T(16))]  # a Tuesday keeps its hours
    assert schedule.opening_hours_on(house, D(2027, 8, 30)) == [(T(9, 30), T(12, 30))]
    assert schedule.opening_hours_on(house, D(2027, 9, 6)) == [(T(9, 30), T(16))]


def test_a_part_day_closure_shortens_the_day_and_removes_only_what_it_overlaps():
    morning = activity("koffie", Slot(day=0, start=T(9, 30), end=T(11, 30)))
    lunch = activity("soep", Slot(day=0, start=T(11, 30), end=T(12, 30)))
    late = activity("huiswerk", Slot(day=0, start=T(16), end=T(17, 30)))
    house = stek(morning, lunch, late, opening_hours=(OpeningHours(day=0, open=T(9, 30), close=T(17)),),
                 part_day_closures=(MEETING,))
    assert schedule.opening_hours_on(house, D(2027, 3, 8)) == [(T(9, 30), T(12)), (T(16), T(17))]
    found = schedule.occurrences(house, D(2027, 3, 8), D(2027, 3, 8), ZONE, include_cancelled=True)
    assert [(o.listing.id, o.cancelled, o.reason) for o in found] == [
        ("koffie", False, None), ("soep", True, text("Personeelsvergadering")), ("huiswerk", False, None)]
    assert schedule.removal(house, lunch, D(2027, 3, 8)) == (True, text("Personeelsvergadering"))
    assert schedule.removal(house, late, D(2027, 3, 8)) == (False, None)
    assert schedule.closed_days(house, D(2027, 3, 1), D(2027, 3, 31)) == []  # the house is not closed that day
    assert schedule.part_day_closures(house, D(2027, 3, 1), D(2027, 3, 31)) == [MEETING]
