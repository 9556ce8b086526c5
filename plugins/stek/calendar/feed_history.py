"""How often each calendar event has changed, read from the repository's git history alone.

Calendar apps keep an event they hold until a newer version of it comes: a higher SEQUENCE, a
later LAST-MODIFIED (RFC 5545 3.8.7.4, 3.8.7.3). Both are derived here by walking the commits
that touched the data files, loading the STEK as it was at each one and comparing every event's
content, so a nightly rebuild of an unchanged repository changes neither, and neither ever goes
down. Without git, or with a shallow clone, there is nothing to count: the build says so.

The past is never rewritten (SPEC "Feeds never rewrite the past"): each date's removal is decided
by the version of the data that was in force on that date, so a date removed once stays removed
after it has passed, whatever later versions say; coming dates follow the newest version. The
removed dates reach a horizon that moves once a year (New Year's Day), never with the build's
date: when it brings new removed dates, that is a change with its own SEQUENCE and LAST-MODIFIED.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import inspect
import json
import tempfile
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from stek.calendar.schedule import check_cancelled_dates
from stek.data import git_history
from stek.data.errors import Problems
from stek.data.load import ACTIVITIES_FILE_NAME, PARTNERS_FILE_NAME, read_stek
from stek.data.model import Stek

# What a feed's events are made of: both files, since activities name partners by id.
DATA_FILES = (PARTNERS_FILE_NAME, ACTIVITIES_FILE_NAME)
# Each version's contents, by the blobs of its data files, kept in the git folder between builds:
# reading a version costs about 0.04 s, and a STEK's history grows by a commit a week or more.
CACHE_FILE = "stek-feed-history.json"

# An event's content by its key (its UID without the host): whatever, when it changes, calendar
# apps must update. Given by ical_feed, which knows what a VEVENT holds.
Contents = Callable[[Stek], dict[str, Hashable]]
# The removed dates of each weekly event from a first day (or its `from`, when earlier) to a last day.
RemovedDates = Callable[[Stek, dt.date, dt.date], dict[str, list[dt.date]]]


def horizon(day: dt.date) -> dt.date:
    """The last day the feeds list removed dates on, built on `day`: 31 December two years on.

    It moves on New Year's Day only, so rebuilding an unchanged repository during the year changes
    nothing, and the feeds reach between 24 and 36 months ahead (SPEC: at least 18).
    """
    return dt.date(day.year + 2, 12, 31)


@dataclass(frozen=True, kw_only=True, slots=True)
class Revision:
    """One event's place in history: how often it changed, when last, and since when it exists."""

    sequence: int  # 0 when it never changed since it first appeared
    modified: dt.datetime  # UTC: the commit time of the last change (or of its first appearance)
    since: dt.date  # the day it first appeared in the repository
    # Its removed dates up to the horizon, each as the version in force on that date said (EXDATEs).
    removed: frozenset[dt.date] = frozenset()


@dataclass(frozen=True, kw_only=True, slots=True)
class Version:
    """The data at one commit: each event's content digest and removed dates, by its key."""

    moment: dt.datetime  # UTC
    digests: dict[str, str]
    # Each weekly event's removed dates from its start up to the horizon in force until the next version.
    removed: dict[str, frozenset[dt.date]] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class History:
    """The revisions of every event, or why there are none (then `problem` names a message)."""

    revisions: dict[str, Revision]
    problem: str = ""  # "" | "no_git_history" (advice) | "shallow_git_history" (warning)


def read_history(root: Path, stek: Stek, contents: Contents, now: dt.datetime,
                 removed: RemovedDates | None = None) -> History:
    """Every event's revision, from the commits that touched the data files, then the files as they are.

    `stek` is the data being built: when it differs from the last commit (a local, uncommitted
    edit), the changed events count one change more, made at `now`. With `removed`, each
    revision also holds its event's removed dates (the EXDATEs), and a change of them counts.
    """
    repository = git_history.repository(root)
    if repository is None:
        return History(revisions={}, problem="no_git_history")
    top_dir, shallow, git_dir = repository
    if shallow:
        return History(revisions={}, problem="shallow_git_history")
    zone = now.tzinfo or dt.timezone.utc
    prefix = root.resolve().relative_to(top_dir.resolve()).as_posix()
    paths = [name if prefix == "." else f"{prefix}/{name}" for name in DATA_FILES]
    commits = git_history.commits(top_dir, paths)
    blobs = _blobs(top_dir, [sha for sha, _ in commits], paths)
    cache_path = git_dir / CACHE_FILE
    # The cache holds for one way of reading events only: a new version of the code starts it afresh.
    version = hashlib.sha256(inspect.getsource(inspect.getmodule(contents)).encode()).hexdigest()[:16]
    cache = _read_cache(cache_path, version)
    known, removals = cache.setdefault("versions", {}), cache.setdefault("removed", {})
    versions_read: dict[str, Stek | None] = {}  # each commit's data read once, for its digests and its dates

    def stek_at(sha: str) -> Stek | None:
        if sha not in versions_read:
            versions_read[sha] = _stek_at(top_dir, sha, paths, stek)
        return versions_read[sha]

    found = []  # (sha, moment, blob, digests) of each commit whose data could be read
    for (sha, moment), blob in zip(commits, blobs, strict=True):
        if blob not in known:
            loaded = stek_at(sha)
            known[blob] = _digests(contents(loaded) if loaded is not None else None)
        if known[blob] is not None:
            found.append((sha, moment, blob, known[blob]))
    current = _digests(contents(stek))
    today = now.astimezone(zone).date()
    if not found or found[-1][3] != current:
        found.append((None, now.astimezone(dt.timezone.utc), None, current))
    versions = []
    for index, (sha, moment, blob, digests) in enumerate(found):
        dates: dict[str, frozenset[dt.date]] = {}
        if removed is not None:
            first = moment.astimezone(zone).date()
            # Until the next version, whose day ends this one's dates; New Year may move the horizon first.
            last = horizon(found[index + 1][1].astimezone(zone).date() if index + 1 < len(found) else today)
            name = f"{blob} {first} {last}"
            if sha is None:
                dates = _removed_dates(removed(stek, first, last))
            elif name in removals:
                dates = {key: frozenset(dt.date.fromisoformat(d) for d in days) for key, days in removals[name].items()}
            else:
                loaded = stek_at(sha)
                dates = _removed_dates(removed(loaded, first, last)) if loaded is not None else {}
                removals[name] = {key: sorted(d.isoformat() for d in days) for key, days in dates.items()}
        versions.append(Version(moment=moment, digests=digests, removed=dates))
    _write_cache(cache_path, version, cache)
    return History(revisions=count_changes(versions, zone, today if removed is not None else None))


def count_changes(versions: list[Version], zone: dt.tzinfo = dt.timezone.utc,
                  today: dt.date | None = None) -> dict[str, Revision]:
    """Each key's revision over the versions, oldest first: a version that publishes the same event adds nothing.

    What a version publishes of an event: its content, and its removed dates up to the horizon,
    each date as the version in force on that date said (the last one made on or before it; for
    dates before the event first appeared, that first version). With `today`, New Year's Days
    since the first version move the horizon: a change when they bring new removed dates.
    """
    moments = [(v.moment, i) for i, v in enumerate(versions)]
    if today is not None and versions:
        for year in range(versions[0].moment.astimezone(zone).year + 1, today.year + 1):
            new_year = dt.datetime(year, 1, 1, tzinfo=zone).astimezone(dt.timezone.utc)
            live = [i for i, v in enumerate(versions) if v.moment <= new_year]
            if live and new_year > versions[live[-1]].moment:
                moments.append((new_year, live[-1]))
    moments.sort(key=lambda item: (item[0], item[1]))
    local = [v.moment.astimezone(zone).date() for v in versions]
    revisions: dict[str, Revision] = {}
    last: dict[str, Hashable] = {}
    kept: dict[str, set[dt.date]] = {}  # each key's removed dates of the versions no longer in force
    first_version: dict[str, int] = {}
    done = 0  # the versions whose dates are in `kept`
    for moment, index in moments:
        while done < index:  # version `done` is no longer in force from the next version's day on
            for key, days in versions[done].removed.items():
                low = dt.date.min if first_version.get(key, done) == done else local[done]
                kept.setdefault(key, set()).update(d for d in days if low <= d < local[done + 1])
            done += 1
        version = versions[index]
        end = horizon(moment.astimezone(zone).date()) if today is not None else dt.date.max
        for key, content in version.digests.items():
            first_version.setdefault(key, index)
            low = dt.date.min if first_version[key] == index else local[index]
            dates = frozenset(kept.get(key, set()) | {d for d in version.removed.get(key, ()) if low <= d <= end})
            published = (content, dates)
            if key not in revisions:
                revisions[key] = Revision(sequence=0, modified=moment, since=moment.astimezone(zone).date(), removed=dates)
            elif published != last[key]:
                old = revisions[key]
                revisions[key] = Revision(sequence=old.sequence + 1, modified=moment, since=old.since, removed=dates)
            last[key] = published
    return revisions


def _removed_dates(dates: dict[str, list[dt.date]]) -> dict[str, frozenset[dt.date]]:
    return {key: frozenset(days) for key, days in dates.items()}


def _stek_at(top: Path, sha: str, paths: list[str], stek: Stek) -> Stek | None:
    """The STEK as the data files were at a commit; None where they could not be read."""
    texts = git_history.texts(top, [f"{sha}:{path}" for path in paths])
    if texts is None or None in texts:
        return None  # a file not there yet: no site was built from this commit
    with tempfile.TemporaryDirectory(prefix="stek-history-") as folder:
        for text, name in zip(texts, DATA_FILES, strict=True):
            (Path(folder) / name).write_text(text, encoding="utf-8")
        # The date only decides advice, which is not reported here; nor is the plain-language advice read.
        loaded = read_stek(Path(folder), stek.languages, dt.date(2000, 1, 1), Problems(language=stek.languages[0]),
                           history=False)
        check_cancelled_dates(loaded.stek, loaded.problems)
        if loaded.problems.errors:
            return None  # a commit with mistakes published nothing
    return loaded.stek


def _digests(contents: dict[str, Hashable] | None) -> dict[str, str] | None:
    """Each event's content as a short digest: equal contents, equal digests, and JSON for the cache."""
    if contents is None:
        return None
    return {key: hashlib.sha256(repr(value).encode()).hexdigest()[:20] for key, value in contents.items()}


def _blobs(top: Path, shas: list[str], paths: list[str]) -> list[str]:
    """Each commit's data files as "<blob> <blob>", "missing" where a file is not there."""
    if not shas:
        return []
    names = git_history.blobs(top, shas, paths)
    if names is None:
        return [f"{sha}-unreadable" for sha in shas]  # never found in the cache: read each commit
    return [" ".join(names[i:i + len(paths)]) for i in range(0, len(names), len(paths))]


def _read_cache(path: Path, version: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not (isinstance(data, dict) and data.get("code") == version):
        return {}
    return {"versions": data.get("versions", {}), "removed": data.get("removed", {})}


def _write_cache(path: Path, version: str, cache: dict) -> None:
    try:
        path.write_text(json.dumps({"code": version, **cache}, sort_keys=True), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout: the next build reads the history again
