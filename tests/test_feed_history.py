"""SEQUENCE and LAST-MODIFIED from the git history: they rise with a change of the event, and only then."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sitebuild import copy_example, run_build
from stek.calendar.feed_history import Revision, Version, count_changes, read_history
from stek.calendar.ical_feed import event_contents, removed_dates
from stek.editing.after_loading import load_stek

# Every test here makes a git repository of the example, and most build it.
pytestmark = pytest.mark.slow

ZONE = ZoneInfo("Europe/Brussels")
LANGUAGES = ("nl", "fr", "en", "ar")
NOW = dt.datetime(2026, 11, 27, 10, tzinfo=ZONE)
SOUP = "soep-en-babbel-tu"


def commit(root: Path, message: str, when: str) -> None:
    """Commit everything in `root` at a fixed moment, so that LAST-MODIFIED can be checked exactly."""
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_NAME": "Vrijwilliger",
           "GIT_AUTHOR_EMAIL": "v@example.org", "GIT_COMMITTER_NAME": "Vrijwilliger", "GIT_COMMITTER_EMAIL": "v@example.org"}
    subprocess.run(["git", "add", "-A"], cwd=root, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=root, check=True, env=env)


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def revisions(root: Path, now: dt.datetime = NOW) -> dict[str, Revision]:
    stek, _ = load_stek(root, LANGUAGES, now.date())
    history = read_history(root, stek, event_contents, now, removed_dates)
    assert history.problem == ""
    return history.revisions


def bare(revision: Revision) -> Revision:
    """A revision without its removed dates, which tests/test_issue_17_feeds_never_rewrite_the_past.py checks in the feeds."""
    return dataclasses.replace(revision, removed=frozenset())


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """The example STEK as a fresh repository with one commit, on 1 September 2026."""
    root = copy_example(tmp_path / "stek")
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
    commit(root, "Example", "2026-09-01T12:00:00+02:00")
    return root


def test_a_changed_activity_gets_a_higher_sequence_and_its_commit_time(repository):
    first = revisions(repository)
    assert bare(first[SOUP]) == Revision(sequence=0, modified=dt.datetime(2026, 9, 1, 10, tzinfo=dt.timezone.utc),
                                   since=dt.date(2026, 9, 1))
    edit(repository, "activities.yaml", "{nl: Soep en babbel,", "{nl: Soep en klap,")
    commit(repository, "Soup renamed", "2026-10-05T09:30:00+02:00")
    second = revisions(repository)
    assert bare(second[SOUP]) == Revision(sequence=1, modified=dt.datetime(2026, 10, 5, 7, 30, tzinfo=dt.timezone.utc),
                                    since=dt.date(2026, 9, 1))
    # Every other event stayed as it was.
    assert {k: v for k, v in second.items() if k != SOUP} == {k: v for k, v in first.items() if k != SOUP}


def test_unrelated_edits_and_later_days_change_nothing(repository):
    before = revisions(repository)
    # Another partner's text, and the soup moved down in its file: nothing of the soup's event changed.
    edit(repository, "partners.yaml", "name: Sociaal Huis Rozenwijk (OCMW)", "name: Sociaal Huis Rozenwijk")
    text = (repository / "activities.yaml").read_text(encoding="utf-8")
    (repository / "activities.yaml").write_text(text.replace("public_holidays: BE", "\n\npublic_holidays: BE"), encoding="utf-8")
    commit(repository, "Unrelated", "2026-10-06T09:00:00+02:00")
    assert revisions(repository) == before
    # The nightly rebuild, a month later.
    assert revisions(repository, NOW + dt.timedelta(days=31)) == before


def test_a_cancellation_changes_only_the_slot_it_falls_on(repository):
    before = revisions(repository)
    edit(repository, "activities.yaml", "      - 2026-12-22 ", "      - {date: 2027-02-02, reason: Staking}\n      - 2026-12-22 ")
    commit(repository, "Cancelled", "2026-10-07T09:00:00+02:00")
    after = revisions(repository)
    assert {key for key in after if after[key] != before[key]} == {SOUP}
    # A closure on a Wednesday: only events on Wednesdays.
    edit(repository, "activities.yaml", "closures:\n", "closures:\n  - date: 2027-02-03\n    reason: Verhuis\n")
    commit(repository, "Closed", "2026-10-08T09:00:00+02:00")
    changed = {key for key, value in revisions(repository).items() if value != after[key]}
    assert changed and all(re.search(r"-we(-\d)?$", key) for key in changed), changed


def test_versions_read_once_are_kept_in_the_git_folder(repository):
    edit(repository, "activities.yaml", "{nl: Soep en babbel,", "{nl: Soep en klap,")
    commit(repository, "Soup renamed", "2026-10-05T09:30:00+02:00")
    first = revisions(repository)
    cache = repository / ".git" / "stek-feed-history.json"
    assert len(json.loads(cache.read_text(encoding="utf-8"))["versions"]) == 2
    assert revisions(repository) == first
    cache.write_text("{not json", encoding="utf-8")  # a broken cache is read again, not trusted
    assert revisions(repository) == first


def test_an_uncommitted_edit_counts_as_a_change_made_at_the_build(repository):
    edit(repository, "activities.yaml", "{nl: Soep en babbel,", "{nl: Soep en klap,")
    assert bare(revisions(repository)[SOUP]) == Revision(sequence=1, modified=NOW.astimezone(dt.timezone.utc),
                                                   since=dt.date(2026, 9, 1))


def test_sequence_counts_changes_and_never_goes_down():
    day = lambda n: dt.datetime(2026, 1, n, tzinfo=dt.timezone.utc)  # noqa: E731
    # Changed, changed back (a change too), gone for a while, back unchanged.
    versions = [Version(moment=day(n), digests=digests)
                for n, digests in ((1, {"a": 1}), (2, {"a": 2}), (3, {"a": 1}), (4, {}), (5, {"a": 1}))]
    assert count_changes(versions) == {"a": Revision(sequence=2, modified=day(3), since=day(1).date())}


def test_without_git_or_with_a_shallow_clone_the_build_says_so(tmp_path, repository):
    stek, _ = load_stek(repository, LANGUAGES, NOW.date())
    plain = copy_example(tmp_path / "plain")
    assert read_history(plain, stek, event_contents, NOW).problem == "no_git_history"
    edit(repository, "activities.yaml", "{nl: Soep en babbel,", "{nl: Soep en klap,")
    commit(repository, "Second", "2026-10-05T09:30:00+02:00")
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repository}", str(shallow)], check=True)
    assert read_history(shallow, stek, event_contents, NOW).problem == "shallow_git_history"


def test_a_build_in_a_repository_writes_sequence_and_last_modified(repository):
    edit(repository, "activities.yaml", "{nl: Soep en babbel,", "{nl: Soep en klap,")
    commit(repository, "Soup renamed", "2026-10-05T09:30:00+02:00")
    build = run_build(repository)
    assert build.returncode == 0, build.output
    for path in ("activities/soep-en-babbel.ics", "fr/calendar.ics"):
        text = (build.site / path).read_bytes().decode().replace("\r\n ", "")
        [event] = [e for e in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", text, re.S) if f"UID:{SOUP}@" in e]
        assert "\r\nSEQUENCE:1\r\n" in "\r\n" + event
        assert "\r\nLAST-MODIFIED:20261005T073000Z\r\n" in "\r\n" + event
        # DTSTART is where the soup's season starts, whatever the build's date.
        assert "DTSTART;TZID=Europe/Brussels:20260901T120000" in event
    assert "git-repository" not in build.output


def test_a_shallow_clone_stops_a_strict_build(tmp_path, repository):
    shallow = tmp_path / "shallow"
    edit(repository, "activities.yaml", "{nl: Soep en babbel,", "{nl: Soep en klap,")
    commit(repository, "Second", "2026-10-05T09:30:00+02:00")
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repository}", str(shallow)], check=True)
    build = run_build(shallow, "--strict")
    assert build.returncode != 0
    assert "activities.yaml:1: Hier is maar een deel van de geschiedenis van de repository" in build.output


def test_a_version_saved_in_another_encoding_is_skipped_not_a_crash(repository):
    # A volunteer's editor once saved activities.yaml in Latin-1: the check refused that version and
    # nothing was built from it; later builds read the history past it.
    first = revisions(repository)
    path = repository / "activities.yaml"
    good = path.read_bytes()
    path.write_bytes(good.replace("Soep en babbel".encode(), "Soep en babbel café".encode("latin-1"), 1))
    commit(repository, "Saved in Latin-1", "2026-10-05T09:30:00+02:00")
    path.write_bytes(good)
    commit(repository, "Saved again in UTF-8", "2026-10-06T09:30:00+02:00")
    assert revisions(repository) == first
