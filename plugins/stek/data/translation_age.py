"""How old a translation is compared with its source: does `leefloon.fr.md` still say what `leefloon.md` says?

A translation records the state of its source it translates as `translated: 2026-11-20`, the
date of the source it was translated from: a volunteer keeps it without tools. Where it does
not, the date of its own last commit stands in for it (a translation saved after its source
changed most likely followed that change); without either, nothing is advised. The source's
state is the later of its `reviewed:` date and, where git history is there, the date of the last
commit that changed its text (title, summary, bring, body: a commit that only renews
`reviewed:`, `sources:`, `help:` or `ask_at:` leaves the translation as true as it was, and
`reviewed:` itself is compared separately).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from stek.data.errors import Problems
from stek.data.git_history import text_log

# Front-matter lines that are not text a translation carries: changing them needs no new translation.
_NOT_TEXT = re.compile(r"\s*(?:reviewed|reviewed_by|sources|help|ask_at|id)\s*:|\s*-\s*\{?\s*title\s*:.*\burl\s*:|\s*url\s*:")


# `checked_by_native_speaker:` values that say nobody has (in the languages volunteers write).
NOT_CHECKED = {"no", "nee", "non", "false", "nog niet", "pas encore", "not yet"}


@dataclass(frozen=True)
class Age:
    """Where a translation stands: the date it translates, and the date its source last changed."""

    translated: dt.date | None
    source: dt.date | None

    @property
    def outdated(self) -> bool:
        return self.translated is not None and self.source is not None and self.source > self.translated


def text_changes(root: Path, folder: str) -> dict[str, dt.date]:
    """The date of the last commit that changed the text of each file in `folder`.

    Empty when there is no git history (a copied folder, no git installed). Commits without a
    parent are skipped: in a shallow clone the oldest commit shows every file as new, which says
    nothing about when its text changed.
    """
    log = text_log(root, folder)
    if log is None:
        return {}
    changes: dict[str, dt.date] = {}
    for commit in log.split("\0")[1:]:
        header, _, diff = commit.partition("\n")
        date, *parents = header.split()
        if not parents:
            continue
        for path, lines in _changed_lines(diff):
            name = Path(path).name
            if path in changes:  # a newer commit was seen already
                continue
            translation = name.count(".") > 1  # leefloon.fr.md: any change is a new state of it
            if translation or any(not _NOT_TEXT.match(line) for line in lines if line.strip() not in ("", "---")):
                changes[path] = dt.date.fromisoformat(date)
    return changes


def _changed_lines(diff: str):
    """(path, changed lines) for each file of one commit's diff."""
    path, lines = None, []
    for line in diff.split("\n"):
        if line.startswith("diff --git "):
            if path:
                yield path, lines
            path, lines = None, []
        elif line.startswith("+++ ") or line.startswith("--- "):
            target = line[4:]
            if target != "/dev/null":
                path = target[2:]
        elif line[:1] in "+-" and path:
            lines.append(line[1:])
    if path:
        yield path, lines


def age(translated: dt.date | None, reviewed: dt.date | None, changed: dt.date | None) -> Age:
    """A translation's age: `reviewed` and `changed` (git) are the source's; the later one counts."""
    dates = [d for d in (reviewed, changed) if d is not None]
    return Age(translated, max(dates) if dates else None)


def advise_translations(original: dict, translations: dict[str, tuple[dict, str]], changes: dict[str, dt.date],
                        problems: Problems) -> tuple[dict[str, dt.date], tuple[str, ...]]:
    """Advice on each translation of one rights page: older than its source, or not checked.

    `original` is the source page's fields as read, `translations` each language's fields and file,
    `changes` the dates git last saw each file change. Returns the languages whose translation is
    older than its source (with the source's date), and those that say no native speaker has
    checked them (`checked_by_native_speaker: no`): their pages tell their readers so.
    """
    outdated: dict[str, dt.date] = {}
    unchecked: list[str] = []
    for lang, (values, file) in sorted(translations.items()):
        translated = values.get("translated") or changes.get(file)
        state = age(translated, original.get("reviewed"), changes.get(original["file"]))
        if state.outdated:
            outdated[lang] = state.source
            problems.advise(file, values.get("translated.line", values.get("line", 1)), "translation_outdated",
                            reads=(original["file"],),
                            original=original["file"], translated=state.translated, changed=state.source)
        if str(values.get("checked_by_native_speaker", "")).strip().lower() in NOT_CHECKED:
            unchecked.append(lang)
            problems.advise(file, values["checked_by_native_speaker.line"], "translation_unchecked")
    return outdated, tuple(unchecked)
