"""References between the data files (a partner named by an activity, an activity by a rights page), checked by id."""

from __future__ import annotations

import re

from stek.data.errors import closest
from stek.data.fields import ID_PATTERN, Reader, slug

# What to say when the file referred to has no entries at all (emptied, or a new house).
_NONE_YET = {"unknown_partner": "no_partners_yet", "unknown_activity": "no_activities_yet"}


def check_refs(pairs: list, known: dict[str, tuple[str, ...]] | None, message: str, reader: Reader) -> None:
    """Each reference names a known id; `known` maps the ids to their names (None: not readable)."""
    if known is None:
        for value, node in pairs:
            if not ID_PATTERN.fullmatch(value):
                reader.error(node, "bad_id", value=value, suggestion=slug(value))
        return
    for value, node in pairs:
        if not known:
            reader.error(node, _NONE_YET[message], value=value)
        elif value not in known:
            named = named_id(value, known)
            if named:
                # A name written where the id goes (OCMW for sociaal-huis): give the id it stands for.
                reader.error(node, "name_not_id", value=value, id=named)
            else:
                reader.error(node, message, value=value, choices=tuple(known), guess=closest(value, tuple(known)))


def named_id(value: str, known: dict[str, tuple[str, ...]]) -> str:
    """The id whose name is `value`, or holds it as a word (OCMW in "Sociaal Huis (OCMW)"), or ""."""
    wanted = value.strip().lower()
    words = {id: {w for name in names for w in re.findall(r"\w+", name.lower())} for id, names in known.items()}
    exact = [id for id, names in known.items() if wanted in (n.lower() for n in names)]
    inside = [id for id, found in words.items() if set(re.findall(r"\w+", wanted)) <= found and wanted]
    matches = exact or inside
    return matches[0] if len(matches) == 1 else ""


def ids_of(pairs: list) -> tuple[str, ...]:
    return tuple(str(node) for _, node in pairs)
