"""Links between the Markdown pages, checked before anything is written.

MkDocs reports a link to a page that does not exist only while it writes the site, in English,
without a line. This check reads content/*.md as the data is read and gives each broken link its
file, line and what to write, in the site's language.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from stek.data.errors import Problems, closest
from stek.data.fields import FUNCTIONS
from stek.data.loading import read_text
from stek.data.model import Stek

# The pages the build makes itself (pages.py: page_keys), by their key; a test keeps the two equal.
SECTION_KEYS = ("", "programme/", "partners/", "rights/", "search/", "glossary/", "embed/", "print/")
_LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE = re.compile(r"`[^`]*`")


def generated_keys(stek: Stek) -> list[str]:
    """The keys (paths without language prefix) of the pages made from the data."""
    keys = list(SECTION_KEYS)
    keys += [f"activities/{id}/" for id in (*stek.activities, *stek.events)]
    keys += [f"{section}/{id}/" for id in stek.partners for section in ("partners", "embed")]
    keys += [f"embed/functions/{function}/" for function in FUNCTIONS]
    return keys


def check_page_links(root: Path, docs_dir: str, stek: Stek, problems: Problems) -> None:
    """A warning for every link to a .md page that neither the folder nor the build has."""
    folder = root / docs_dir
    if not folder.is_dir():
        return
    languages = set(stek.languages)
    pages = {_without_language(p.relative_to(folder).as_posix(), languages) for p in folder.rglob("*.md")}
    pages |= {(key.rstrip("/") or "index") + ".md" for key in generated_keys(stek)}
    pages |= {"rights/index.md"}
    for path in sorted(folder.rglob("*.md")):
        name = path.relative_to(root).as_posix()
        text = read_text(path, name, problems)
        if text is None:
            continue
        here = posixpath.dirname(path.relative_to(folder).as_posix())
        for line_number, target in _links(text):
            wanted = posixpath.normpath(posixpath.join(here, target.split("#")[0].split("?")[0]))
            if wanted.startswith("../") or _without_language(wanted, languages) not in pages:
                guess = closest(wanted, sorted(pages)) or "about.md"
                example = posixpath.relpath(guess, here or ".")
                problems.warning(name, line_number, "broken_link", target=target, example=example)


def _links(text: str) -> list[tuple[int, str]]:
    """The relative links to Markdown pages, with their line, outside code."""
    found = []
    fenced = False
    for number, line in enumerate(text.split("\n"), start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        for match in _LINK.finditer(_CODE.sub("", line)):
            target = match.group(1)
            if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", target) or target.startswith(("#", "/")):
                continue  # an address elsewhere, a place on this page, or from the site's root
            if target.split("#")[0].split("?")[0].endswith(".md"):
                found.append((number, target))
    return found


def _without_language(path: str, languages: set[str]) -> str:
    """about.fr.md is the same page as about.md."""
    stem, _, suffix = path[:-3].rpartition(".")
    return f"{stem}.md" if stem and suffix in languages else path
