"""Ids that were there in the previous version and are gone now: their subscribers lose a page and a feed.

An id is part of URLs and calendar UIDs. Renaming one (a typo fixed, a nicer name) silently ends
the page and the feed that people and partner sites follow. Where git history is at hand, the
data is compared with its previous version: the last commit when the file has unsaved edits,
else the first parent of the last commit (on a pull request, the default branch it is merged
into). Without that history nothing is said, rather than something false.
"""

from __future__ import annotations

import re
from pathlib import Path

from stek.data.errors import Problems
from stek.data.git_history import previous_versions
from stek.data.model import Stek

# The messages that blame a reference for naming an id that does not exist.
_REFERENCE_MESSAGES = {"unknown_partner", "unknown_activity", "name_not_id", "no_partners_yet", "no_activities_yet"}
_SECTION = re.compile(r"^([a-z_]+):")  # a section starts at the left margin
_ITEM_ID = re.compile(r"^\s*-\s+id:\s*([^\s#]+)")  # the first line of an item: - id: soep-en-babbel
# Each file, its sections with ids, and the page each id has.
_SECTIONS = {
    "activities.yaml": {"activities": "activities/{id}/", "events": "activities/{id}/"},
    "partners.yaml": {"partners": "partners/{id}/"},
}


def advise_gone_ids(root: Path, stek: Stek, problems: Problems) -> None:
    """Advice for each id of the previous version that is gone now, at the line of its likely successor."""
    current = {
        "activities.yaml": {id: item.line for id, item in (*stek.activities.items(), *stek.events.items())},
        "partners.yaml": {id: partner.line for id, partner in stek.partners.items()},
    }
    versions = None  # both files' previous versions, read at once when the first is needed
    for name, sections in _SECTIONS.items():
        if problems.unreadable(name):
            continue  # its items with mistakes are left out of `stek`: every one would look gone
        if versions is None:
            versions = previous_versions(root, list(_SECTIONS))
        before = _previous_ids(versions[name], sections)
        if before is None:
            continue
        now = current[name]
        gone = [(id, url) for id, url in before if id not in now]
        added = sorted((line, id) for id, line in now.items() if id not in {old for old, _ in before})
        for index, (id, url) in enumerate(gone):
            page = url.format(id=id)
            if index < len(added):
                line, new = added[index]
                references = [e for e in problems.errors
                              if e.message in _REFERENCE_MESSAGES and dict(e.params).get("value") == id]
                if references:
                    # The pages that still name the old id are right: the rename is the mistake, said once.
                    problems.errors[:] = [e for e in problems.errors if e not in references]
                    problems.error(name, line, "id_renamed_referenced", value=id, new=new, url=page)
                else:
                    problems.advise(name, line, "id_renamed", value=id, new=new, url=page)
            else:
                problems.advise(name, 1, "id_removed", value=id, url=page)


def _previous_ids(text: str | None, sections: dict[str, str]) -> list[tuple[str, str]] | None:
    """The ids of a file's previous version with their page's pattern, in order; None without history.

    Read line by line, not parsed: the previous version was read in full when it was built, and
    reading a large file twice more would double the time `make check` takes.
    """
    if text is None:
        return None
    ids, url = [], None
    for line in text.split("\n"):
        section = _SECTION.match(line)
        if section:
            url = sections.get(section.group(1))
            continue
        item = _ITEM_ID.match(line)
        if item and url:
            ids.append((item.group(1).strip("'\""), url))
    return ids
