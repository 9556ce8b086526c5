"""Feeds never rewrite the past (SPEC): the same repository built on other days, and after a commit."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from sitebuild import copy_example, run_build
from test_feed_history import commit, edit

# Every test here makes a git repository of the example and builds it several times.
pytestmark = pytest.mark.slow

SCHEDULE = ("DTSTART", "DTEND", "RRULE", "EXDATE", "RDATE")
# Three build dates five weeks apart, within one year: the removed dates' horizon moves on New
# Year's Day only (feed_history.horizon), so these three builds must give the same bytes.
DAYS = (dt.datetime(2027, 2, 1, 3, tzinfo=dt.timezone.utc), dt.datetime(2027, 3, 8, 3, tzinfo=dt.timezone.utc),
        dt.datetime(2027, 4, 12, 3, tzinfo=dt.timezone.utc))


def build_at(root: Path, moment: dt.datetime, site: Path) -> dict[str, bytes]:
    """Every .ics file of a build at `moment`, by its path."""
    build = run_build(root, site_dir=site, environ={"SOURCE_DATE_EPOCH": str(int(moment.timestamp()))})
    assert build.returncode == 0, build.output
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.ics"))}


def events(feed: bytes) -> dict[str, dict[str, list[str]]]:
    """Each VEVENT's properties (name: values, in order), by UID."""
    text = feed.decode().replace("\r\n ", "")
    result = {}
    for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", text, re.S):
        properties: dict[str, list[str]] = {}
        for line in block.split("\r\n"):
            if line:
                name = re.match(r"[A-Z-]+", line)[0]
                properties.setdefault(name, []).append(line)
        result[properties["UID"][0]] = properties
    return result


def schedule_of(event: dict[str, list[str]]) -> list[str]:
    return [line for name in SCHEDULE for line in event.get(name, [])]


def sequence(event: dict[str, list[str]]) -> int:
    return int(event.get("SEQUENCE", ["SEQUENCE:0"])[0].split(":")[1])


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """The example STEK as a repository with one commit, on 1 December 2026."""
    root = copy_example(tmp_path / "stek")
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
    commit(root, "Example", "2026-12-01T12:00:00+01:00")
    return root


def test_three_builds_five_weeks_apart_without_a_commit_give_the_same_feeds(tmp_path, repository):
    builds = [build_at(repository, day, tmp_path / f"site-{n}") for n, day in enumerate(DAYS)]
    assert len(builds[0]) > 100
    for later in builds[1:]:
        assert later.keys() == builds[0].keys()
        changed = [path for path in later if later[path] != builds[0][path]]
        assert changed == []
    # No weekly event starts before the activity was in the repository (Tuesday 1 December 2026),
    # unless its season's `from` says it started earlier.
    # The example's earliest `from` is Tuesday 1 September 2026; those after it start on theirs.
    starts = {uid: e["DTSTART"][0].split(":")[1][:8] for uid, e in events(builds[0]["calendar.ics"]).items() if "RRULE" in e}
    assert min(starts.values()) == "20260901"
    assert starts["UID:energiecafe-we@stek-rozenwijk.example.org"] == "20261007"  # first Wednesday from 1 October
    assert "20261202" in starts.values()  # Wednesday 2 December: the first Wednesday of an activity without `from`


def test_across_new_year_only_a_higher_sequence_changes_the_schedule(tmp_path, repository):
    """A build in December and one in January: the horizon moves, and only with a higher SEQUENCE."""
    before = events(build_at(repository, dt.datetime(2026, 12, 20, 3, tzinfo=dt.timezone.utc), tmp_path / "a")["calendar.ics"])
    after = events(build_at(repository, dt.datetime(2027, 1, 24, 3, tzinfo=dt.timezone.utc), tmp_path / "b")["calendar.ics"])
    assert before.keys() == after.keys()
    for uid in before:
        if schedule_of(before[uid]) != schedule_of(after[uid]):
            assert sequence(after[uid]) > sequence(before[uid]), uid
            assert after[uid]["LAST-MODIFIED"] == ["LAST-MODIFIED:20261231T230000Z"], uid
            # Only dates were added, beyond the old horizon (31 December 2028).
            added = set(after[uid].get("EXDATE", [])) - set(before[uid].get("EXDATE", []))
            assert set(before[uid].get("EXDATE", [])) <= set(after[uid].get("EXDATE", []))
            assert all(line.split(":")[1] > "20281231" for line in added), added
        else:
            assert after[uid] == before[uid], uid


def test_a_time_change_keeps_the_uid_with_a_higher_sequence(tmp_path, repository):
    uid = "UID:soep-en-babbel-tu@stek-rozenwijk.example.org"
    before = events(build_at(repository, DAYS[0], tmp_path / "a")["activities/soep-en-babbel.ics"])
    edit(repository, "activities.yaml", "        start: 12:00\n        end: 13:30", "        start: 12:30\n        end: 13:30")
    commit(repository, "Soup half an hour later", "2027-02-10T10:00:00+01:00")
    after = events(build_at(repository, DAYS[1], tmp_path / "b")["activities/soep-en-babbel.ics"])
    assert list(before) == list(after) == [uid]
    assert sequence(after[uid]) == sequence(before[uid]) + 1
    assert after[uid]["LAST-MODIFIED"] == ["LAST-MODIFIED:20270210T090000Z"]
    assert after[uid]["DTSTAMP"] == ["DTSTAMP:20270210T090000Z"]
    # The series keeps its first date; its time follows the change (Tuesday 1 September 2026).
    assert before[uid]["DTSTART"] == ["DTSTART;TZID=Europe/Brussels:20260901T120000"]
    assert after[uid]["DTSTART"] == ["DTSTART;TZID=Europe/Brussels:20260901T123000"]
    assert [line.split(":")[1][:8] for line in after[uid]["EXDATE"]] == \
        [line.split(":")[1][:8] for line in before[uid]["EXDATE"]]


def test_a_new_cancellation_raises_sequence_and_stays_after_its_date(tmp_path, repository):
    uid = "UID:soep-en-babbel-tu@stek-rozenwijk.example.org"
    before = events(build_at(repository, DAYS[0], tmp_path / "a")["activities/soep-en-babbel.ics"])[uid]
    # Tuesday 16 February 2027, cancelled on 3 February.
    edit(repository, "activities.yaml", "      - 2026-12-22 ", "      - {date: 2027-02-16, reason: Staking}\n      - 2026-12-22 ")
    commit(repository, "Strike", "2027-02-03T09:00:00+01:00")
    exdate = "EXDATE;TZID=Europe/Brussels:20270216T120000"
    after = events(build_at(repository, DAYS[0] + dt.timedelta(days=3), tmp_path / "b")["activities/soep-en-babbel.ics"])[uid]
    assert sequence(after) == sequence(before) + 1
    assert exdate in after["EXDATE"] and exdate not in before["EXDATE"]
    assert after["LAST-MODIFIED"] == ["LAST-MODIFIED:20270203T080000Z"]
    # Long after the date, with the cancellation tidied away from the file: the date stays removed.
    edit(repository, "activities.yaml", "      - {date: 2027-02-16, reason: Staking}\n", "")
    commit(repository, "Tidied", "2027-03-01T09:00:00+01:00")
    later = events(build_at(repository, DAYS[2], tmp_path / "c")["activities/soep-en-babbel.ics"])[uid]
    assert exdate in later["EXDATE"]
    assert set(after["EXDATE"]) <= set(later["EXDATE"])
    # The file changed, so the event may count a change; its schedule did not.
    assert schedule_of(later) == schedule_of(after) and sequence(later) >= sequence(after)
