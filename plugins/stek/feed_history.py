"""How often each calendar event has changed, read from the repository's git history alone.

Calendar apps keep an event they hold until a newer version of it comes: a higher SEQUENCE, a
later LAST-MODIFIED (RFC 5545 3.8.7.4, 3.8.7.3). Both are derived here by walking the commits
that touched the data files, loading the STEK as it was at each one and comparing every event's
content, so a nightly rebuild of an unchanged repository changes neither, and neither ever goes
down. Without git, or with a shallow clone, there is nothing to count: the build says so.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from stek.data import ACTIVITIES_FILE_NAME, PARTNERS_FILE_NAME, load_stek
from stek.errors import DataErrors, Problems
from stek.model import Stek

# What a feed's events are made of: both files, since activities name partners by id.
DATA_FILES = (PARTNERS_FILE_NAME, ACTIVITIES_FILE_NAME)

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
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None:
        return History(revisions={}, problem="no_git_history")
    top_dir = Path(top.strip())
    if (_git(top_dir, "rev-parse", "--is-shallow-repository") or "").strip() == "true":
        return History(revisions={}, problem="shallow_git_history")
    prefix = root.resolve().relative_to(top_dir.resolve()).as_posix()
    paths = [name if prefix == "." else f"{prefix}/{name}" for name in DATA_FILES]
    log = _git(top_dir, "log", "--reverse", "--format=%H %ct", "--", *paths) or ""
    commits = [(sha, dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc))
               for sha, seconds in (line.split() for line in log.splitlines())]
    versions = [(moment, _contents_at(top_dir, sha, paths, stek, contents)) for sha, moment in commits]
    versions.append((now.astimezone(dt.timezone.utc), contents(stek)))
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
            text = _git(top, "show", f"{sha}:{path}")
            if text is None:
                return None  # a file not there yet: no site was built from this commit
            (Path(folder) / name).write_text(text, encoding="utf-8")
        try:
            # The date only decides advice, which is not reported here.
            old, _ = load_stek(Path(folder), stek.languages, dt.date(2000, 1, 1), Problems(language=stek.languages[0]))
        except DataErrors:
            return None  # a commit with mistakes published nothing
    return contents(old)


def _git(folder: Path, *args: str) -> str | None:
    """A git command's output, or None when git is missing or says no."""
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                                encoding="utf-8", timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None
