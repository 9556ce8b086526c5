"""Checks of the pages volunteers write, before they are published: what the accessibility statement promises.

For content/*.md and the rights pages (content/rights/*.md), each at its line:

- an image without alt text is a warning: a reader who cannot see it learns nothing (WCAG 1.1.1);
- a heading that skips a level (## then ####) is advice: screen readers list the headings as an
  outline (WCAG 1.3.1);
- a link text that says nothing out of context ("klik hier", "lees meer") is advice (WCAG 2.4.4);
- a rights page without one of SPEC's sections (stek.data.rights_sections) is advice;
- a word the glossary says to avoid in a language (`avoid:`) is advice, in rights pages and activities.

And once for the whole site: the example's contact details (example.org) left in a house's copy are
advice, first in the step summary and never beside a line (stek.editing.forge_report).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from stek.data.errors import Problems
from stek.data.loading import Map, Seq, Str
from stek.data.model import Stek
from stek.data.rights_sections import HEADINGS, SECTIONS, SUGGESTED, markdown_headings, section_of

CONTENT_DIR = "content"
RIGHTS_DIR = "content/rights"
EXAMPLE_DOMAIN = "example.org"
# Link texts that say nothing out of their sentence, in the site's languages (compared without case).
VAGUE_LINK_TEXTS = {
    "klik hier", "hier", "lees meer", "meer", "meer info", "meer lezen", "deze link", "link",
    "cliquez ici", "ici", "lire la suite", "en savoir plus", "plus", "ce lien", "lien",
    "click here", "here", "read more", "more", "this link", "more info",
    "اضغط هنا", "انقر هنا", "هنا", "اقرأ المزيد", "المزيد",
}
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ALT = re.compile(r"""\balt\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\([^)]*\)")
_HTML_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(```|~~~)")


def check_content(root: Path, stek: Stek, problems: Problems, activities: Map | None = None) -> None:
    """Every content check, for the build and `make check` alike (called after loading).

    `activities` is activities.yaml as parsed, with its lines.
    """
    folder = root / CONTENT_DIR
    files = sorted(folder.glob("*.md")) + sorted((folder / "rights").glob("*.md")) if folder.is_dir() else []
    for path in files:
        name = path.relative_to(root).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the loader reports a file it cannot read
        lines, first = _body_lines(text)
        _check_images_and_links(name, lines, first, problems)
        _check_heading_levels(name, "\n".join(lines), first, problems)
        lang = _language_of(path, stek.default_language)
        if name.startswith(RIGHTS_DIR + "/"):
            _check_sections(name, "\n".join(lines), first, len(text.splitlines()), lang, problems)
    advise_avoided_words(root, stek, problems, activities)
    advise_example_contact(root, problems)


def _language_of(path: Path, default: str) -> str:
    stem, _, lang = path.stem.rpartition(".")
    return lang if stem else default


def _body_lines(text: str) -> tuple[list[str], int]:
    """The lines after the front matter, and the file's line number of the first of them."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], 1):
            if line.strip() == "---":
                return lines[number + 1:], number + 2
    return lines, 1


def _check_images_and_links(name: str, lines: list[str], first: int, problems: Problems) -> None:
    fenced = False
    for number, line in enumerate(lines, first):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or ("[" not in line and "<" not in line):  # every image and link has one
            continue
        for match in _IMAGE.finditer(line):
            if not match.group(1).strip():
                problems.warning(name, number, "image_without_alt", image=match.group(2))
        for tag in _HTML_IMAGE.findall(line):
            alt = _HTML_ALT.search(tag)
            # alt="" marks an image as decoration on purpose (WCAG's technique H67), so only a missing alt counts.
            if alt is None:
                src = re.search(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", tag)
                problems.warning(name, number, "image_without_alt", image=src.group(1) if src else tag)
        for text in [m.group(1) for m in _LINK.finditer(line)] + [m.group(1) for m in _HTML_LINK.finditer(line)]:
            plain = " ".join(re.sub(r"<[^>]+>|[*_`]", "", text).strip(" .:!…").split()).lower()
            if plain in VAGUE_LINK_TEXTS:
                problems.advise(name, number, "vague_link_text", text=text.strip())


def _check_heading_levels(name: str, body: str, first: int, problems: Problems) -> None:
    level = 1  # the page's title is its h1
    for heading in markdown_headings(body, first):
        if heading.level > level + 1:
            problems.advise(name, heading.line, "heading_skipped", heading=heading.text, level=heading.level,
                            expected_above=level, hashes="#" * (level + 1))
        level = heading.level


def _check_sections(name: str, body: str, first: int, last_line: int, lang: str, problems: Problems) -> None:
    """Advice for each of SPEC's sections a rights page has no heading for, at the place it belongs."""
    if lang not in HEADINGS or not body.strip():
        return
    found = {}
    for heading in markdown_headings(body, first):
        if heading.level == 2 and (section := section_of(heading.text, lang)):
            found.setdefault(section, heading.line)
    order = " / ".join(SUGGESTED[lang])
    for index, section in enumerate(SECTIONS):
        if section in found:
            continue
        # At the heading of the first section that should follow it: the place to add it.
        line = next((found[later] for later in SECTIONS[index + 1:] if later in found), last_line)
        problems.advise(name, line, "rights_section_missing", heading=SUGGESTED[lang][index], order=order)


# --------------------------------------------------------------------------- one word per thing

def advise_avoided_words(root: Path, stek: Stek, problems: Problems, activities: Map | None) -> None:
    """Advice where a rights page or an activity uses a word the glossary says to avoid in that language."""
    avoided = {}  # (lang, word lowered): (the term's word, the word as avoided)
    for term in stek.glossary.terms:
        for lang, words in term.avoid.items():
            for word in words:
                avoided[(lang, word.lower())] = (term.word.get(lang).value, word)
    if not avoided:
        return
    patterns = {}
    for lang in {lang for lang, _ in avoided}:
        words = sorted((w for l, w in avoided if l == lang), key=len, reverse=True)
        patterns[lang] = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)

    def scan(file: str, text: str, lang: str, first_line: int) -> None:
        if lang not in patterns or not patterns[lang].search(text):
            return
        for number, line in enumerate(text.split("\n"), first_line):
            for match in patterns[lang].finditer(line):
                word, written = avoided[(lang, match.group(1).lower())]
                problems.advise(file, number, "avoided_word", value=match.group(1), word=word)

    folder = root / RIGHTS_DIR
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else ():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        scan(path.relative_to(root).as_posix(), text, _language_of(path, stek.default_language), 1)
    for section in ("activities", "events"):
        items = activities.get(section) if isinstance(activities, Map) else None
        for item in items if isinstance(items, Seq) else ():
            if not isinstance(item, Map):
                continue
            for key in ("title", "summary", "description"):
                value = item.get(key)
                texts = ([(stek.default_language, value)] if isinstance(value, Str)
                         else value.items() if isinstance(value, Map) else ())
                for lang, written in texts:
                    if isinstance(written, Str):
                        scan("activities.yaml", str(written), str(lang), written.text_line)


# --------------------------------------------------------------------------- the example's contact details

def is_generator_repository(root: Path) -> bool:
    """This folder is stek-site's own repository (its pyproject.toml names it), whose example the contact is."""
    try:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return project.get("project", {}).get("name") == "stek-site"


def advise_example_contact(root: Path, problems: Problems) -> None:
    """The example's example.org addresses, left in a house's copy, as one piece of advice per file."""
    if is_generator_repository(root):
        return
    for name in ("mkdocs.yml", "partners.yaml"):
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found = [line for line in text.split("\n") if EXAMPLE_DOMAIN in line and not line.lstrip().startswith("#")]
        if found:
            problems.advise(name, 0, "example_contact", file=name, count=len(found), domain=EXAMPLE_DOMAIN)
