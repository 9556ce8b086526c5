"""Small feeds checked against expectations written by hand (tests/expected/), one tricky case each.

The golden files (tests/golden/) are written by the code and only detect change; these say what is
right. Each case is a tiny site in tests/sites/<case>/ and the lines of its calendar.ics that carry
the schedule, explained line by line, in tests/expected/<case>.ics. Lines that depend on the build
(DTSTAMP; SEQUENCE and LAST-MODIFIED come from git history, which a copy in tmp_path lacks) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from expansion import ical_js_available, ical_js_rows, python_rows
from sitebuild import Build, run_build

HERE = Path(__file__).parent
BRUSSELS = ZoneInfo("Europe/Brussels")
# The properties that say when something takes place, and what and why not.
COMPARED = ("UID", "SUMMARY", "DTSTART", "DTEND", "RRULE", "EXDATE", "DESCRIPTION")

pytestmark = pytest.mark.slow  # each case is a site build


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    """built(case): the tiny site tests/sites/<case>/, built once for the module with --strict."""
    builds: dict[str, Build] = {}

    def build(case: str) -> Build:
        if case not in builds:
            root = tmp_path_factory.mktemp("expected") / case
            shutil.copytree(HERE / "sites" / case, root)
            builds[case] = run_build(root, "--strict")
            assert builds[case].returncode == 0, builds[case].output
        return builds[case]

    return build


def _vevents(text: str) -> dict[str, list[str]]:
    """The compared lines of each VEVENT, unfolded, by UID; comment lines (#) left out."""
    text = text.replace("\r\n", "\n").replace("\n ", "")
    events = {}
    for block in re.findall(r"^BEGIN:VEVENT\n(.*?)^END:VEVENT$", text, re.S | re.M):
        lines = [line for line in block.splitlines() if re.split(r"[;:]", line, maxsplit=1)[0] in COMPARED]
        [uid] = [line for line in lines if line.startswith("UID:")]
        events[uid] = sorted(lines)
    return events


def _expected(case: str) -> dict[str, list[str]]:
    return _vevents((HERE / "expected" / f"{case}.ics").read_text(encoding="utf-8"))


CASES = ["dst-change-tuesday-10h", "season-from-until", "part-day-closure", "cancellation-reasons-in-order"]


@pytest.mark.parametrize("case", CASES)
def test_the_feed_says_what_was_worked_out_by_hand(built, case):
    build = built(case)
    expected = _expected(case)
    assert expected, case
    assert _vevents(build.text("calendar.ics")) == expected
    # Each activity's own feed holds its VEVENT, the same.
    for uid, lines in expected.items():
        activity = re.match(r"UID:(.+)-\w\w(?:-\d)?@", uid).group(1)
        assert _vevents(build.text(f"activities/{activity}.ics")) == {uid: lines}


def _local(rows) -> list[tuple[str, str]]:
    return [(start.astimezone(BRUSSELS).isoformat(), end.astimezone(BRUSSELS).isoformat()) for _, start, end in rows]


# What a calendar app shows around both changes of 2027, worked out by hand: 10:00-12:00 every
# Tuesday, the offset +01:00 (CET) before Sunday 28 March and after Sunday 31 October, +02:00 between.
AROUND_THE_CHANGES = [
    ("2027-03-23T10:00:00+01:00", "2027-03-23T12:00:00+01:00"),  # Tuesday before summer time
    ("2027-03-30T10:00:00+02:00", "2027-03-30T12:00:00+02:00"),  # Tuesday after: still 10:00
    ("2027-10-26T10:00:00+02:00", "2027-10-26T12:00:00+02:00"),  # Tuesday before winter time
    ("2027-11-02T10:00:00+01:00", "2027-11-02T12:00:00+01:00"),  # Tuesday after: still 10:00
]


def test_across_both_dst_changes_the_clients_keep_10_oclock(built):
    build = built("dst-change-tuesday-10h")
    ics = build.site / "calendar.ics"
    windows = [(dt.date(2027, 3, 22), dt.date(2027, 3, 31)), (dt.date(2027, 10, 25), dt.date(2027, 11, 3))]
    rows = [row for first, last in windows for row in python_rows(ics.read_bytes(), first, last, BRUSSELS)]
    assert _local(rows) == AROUND_THE_CHANGES  # recurring-ical-events
    if ical_js_available():
        rows = [row for first, last in windows for row in ical_js_rows([ics], first, last, BRUSSELS)[ics]]
        assert _local(rows) == AROUND_THE_CHANGES  # ical.js, in Node


def test_a_season_ends_on_its_until_date_in_the_clients(built):
    build = built("season-from-until")
    ics = build.site / "activities" / "winterklas.ics"
    rows = python_rows(ics.read_bytes(), dt.date(2027, 3, 15), dt.date(2027, 4, 30), BRUSSELS)
    # Mondays 15, 22 and 29 March 2027 (inclusive `until`), none in April; 29 March in summer time.
    assert [start for start, _ in _local(rows)] == [
        "2027-03-15T14:00:00+01:00", "2027-03-22T14:00:00+01:00", "2027-03-29T14:00:00+02:00"]


def test_the_reasons_for_a_cancelled_date_come_in_their_documented_order_on_the_page(built):
    """The activity's own reason, then the closure's, then the holiday's (schedule.removal's docstring)."""
    build = built("cancellation-reasons-in-order")
    page = build.text("activities/spelnamiddag/index.html")
    # Each next date: <time datetime> (its words for screen readers and its figures inside), then its note.
    notes = re.findall(r'<time datetime="([^"T]+)T[^"]*">(?:(?!</time>).)*</time> <span class="stek-item__note">([^<]*)</span>',
                       page, re.S)
    assert notes == [
        ("2026-12-11", "Gaat niet door: Uitstap naar zee"),  # Friday: cancelled by the activity alone
        ("2026-12-25", "Gaat niet door: Kerstfeest in het buurthuis"),  # Friday: its own reason beats closure and Christmas
        ("2027-01-01", "Gaat niet door: Huis dicht op Nieuwjaar"),  # Friday: no own reason; the closure beats New Year's Day
    ]
