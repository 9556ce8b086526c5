"""How often each calendar event has changed, read from the repository's git history alone.

Calendar apps keep an event they hold until a newer version of it comes: a higher SEQUENCE, a
later LAST-MODIFIED (RFC 5545 3.8.7.4, 3.8.7.3). Both are derived here by walking the commits
that touched the data files, loading the STEK as it was at each one and comparing every event's
content, so a nightly rebuild of an unchanged repository changes neither, and neither ever goes
down. Without git, or with a shallow clone, there is nothing to count: the build says so.
"""

from __future__ import annotations

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
# reading a version costs about 0.2 s, and a STEK's history grows by a commit a week or more.
CACHE_FILE = "stek-feed-history.json"

# An event's content by its key (its UID without the host): whatever, when it changes, calendar
# apps must update. Given by ical_feed, which knows what a VEVENT holds.
Contents = Callable[[Stek], dict[str, Hashable]]


@dataclass(frozen=True, kw_only=True, slots=True)
class Revision:
    """One event's place in history: how often it changed, when last, and since when it exists."""

    sequence: int  # 0 when it never changed since it first appeared
    modified: dt.datetime  # UTC: the commit time of the last change (or of its first appearance)
    since: dt.date  # the day it first appeared in the repository


@dataclass(frozen=True, kw_only=True, slots=True)
class History:
    """The revisions of every event, or why there are none (then `problem` names a message)."""

    revisions: dict[str, Revision]
    problem: str = ""  # "" | "no_git_history" (advice) | "shallow_git_history" (warning)


def read_history(root: Path, stek: Stek, contents: Contents, now: dt.datetime) -> History:
    """Every event's revision, from the commits that touched the data files, then the files as they are.

    `stek` is the data being built: when it differs from the last commit (a local, uncommitted
    edit), the changed events count one change more, made at `now`.
    """
    top_dir = git_history.top_level(root)
    if top_dir is None:
        return History(revisions={}, problem="no_git_history")
    if git_history.is_shallow(top_dir):
        return History(revisions={}, problem="shallow_git_history")
    prefix = root.resolve().relative_to(top_dir.resolve()).as_posix()
    paths = [name if prefix == "." else f"{prefix}/{name}" for name in DATA_FILES]
    commits = git_history.commits(top_dir, paths)
    blobs = _blobs(top_dir, [sha for sha, _ in commits], paths)
    cache_path = git_history.git_dir(top_dir) / CACHE_FILE
    # The cache holds for one way of reading events only: a new version of the code starts it afresh.
    version = hashlib.sha256(inspect.getsource(inspect.getmodule(contents)).encode()).hexdigest()[:16]
    cache = _read_cache(cache_path, version)
    versions = []
    for (sha, moment), blob in zip(commits, blobs, strict=True):
        if blob not in cache:
            cache[blob] = _digests(_contents_at(top_dir, sha, paths, stek, contents))
        versions.append((moment, cache[blob]))
    _write_cache(cache_path, version, cache)
    versions.append((now.astimezone(dt.timezone.utc), _digests(contents(stek))))
    return History(revisions=count_changes([(m, c) for m, c in versions if c is not None]))


def count_changes(versions: list[tuple[dt.datetime, dict[str, Hashable]]]) -> dict[str, Revision]:
    """Each key's revision over its versions, oldest first: a version equal to the one before adds nothing."""
    revisions: dict[str, Revision] = {}
    last: dict[str, Hashable] = {}
    for moment, contents in versions:
        for key, content in contents.items():
            if key not in revisions:
                revisions[key] = Revision(sequence=0, modified=moment, since=moment.date())
            elif content != last[key]:
                old = revisions[key]
                revisions[key] = Revision(sequence=old.sequence + 1, modified=moment, since=old.since)
            last[key] = content
    return revisions


def _contents_at(top: Path, sha: str, paths: list[str], stek: Stek, contents: Contents) -> dict[str, Hashable] | None:
    """The events' contents as the data files were at a commit; None where they could not be read."""
    with tempfile.TemporaryDirectory(prefix="stek-history-") as folder:
        for path, name in zip(paths, DATA_FILES, strict=True):
            text = git_history.show(top, sha, path)
            if text is None:
                return None  # a file not there yet: no site was built from this commit
            (Path(folder) / name).write_text(text, encoding="utf-8")
        # The date only decides advice, which is not reported here; nor is the plain-language advice read.
        loaded = read_stek(Path(folder), stek.languages, dt.date(2000, 1, 1), Problems(language=stek.languages[0]))
        check_cancelled_dates(loaded.stek, loaded.problems)
        if loaded.problems.errors:
            return None  # a commit with mistakes published nothing
    return contents(loaded.stek)


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
    return data.get("versions", {}) if isinstance(data, dict) and data.get("code") == version else {}


def _write_cache(path: Path, version: str, cache: dict) -> None:
    try:
        path.write_text(json.dumps({"code": version, "versions": cache}, sort_keys=True), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout: the next build reads the history again
