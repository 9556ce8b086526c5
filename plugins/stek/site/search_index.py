"""The search index: Pagefind reads the built pages and writes, per language, an index that the
search page's script loads in pieces as the visitor types (nothing from another origin).

Pagefind splits the index by each page's `<html lang>` and stems and folds words per language:
accents ("energie" finds "énergie"), and in Arabic the hamza forms, diacritics, ى/ي and ة/ه.
Only what is inside `data-pagefind-body` (a page's <main>) is indexed: no menus, no footers,
and not the pages that stand alone (embeds, poster, 404) or the search page itself.

Pagefind finds the start of a word ("computer" finds "Computerhoek"), not its end: in Dutch, where
words join (Energiecafé, taalcafé), "cafe" would find neither. So Pagefind reads copies of the
pages in which each joined word is followed by the words it ends with, when those are words of the
site's own text in that language ("Energiecafé" is followed by "café"); the published pages stay
as they are. A word of the title gets the title's weight, so that the café is found as a café.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

import pagefind_bin

# The folder under the site's root where the index and its script go.
BUNDLE = "pagefind"
# Languages whose words join into longer ones (Dutch Energiecafé, German Sprachcafé): their parts are indexed.
COMPOUNDING = {"nl", "de", "da", "sv", "nb", "nn", "no", "fi", "is", "af", "fy", "lb"}
# The shortest end of a word that counts as a word of its own, and the shortest beginning left before it.
SHORTEST_PART = 4
SHORTEST_START = 3
# Pagefind's weight for an <h1> (its default), given to the parts of the title's words.
TITLE_WEIGHT = 7

_LANG = re.compile(r'<html[^>]*\blang="([^"]+)"')
_HTML = re.compile(r"<html\b[^>]*>")
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)
_BODY = re.compile(r"(<main\b[^>]*data-pagefind-body[^>]*>)(.*?)(</main>)", re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]+")
# Blocks that Pagefind would join to the next one's first word when nothing separates them ("binnen.Talen").
_BLOCK_END = re.compile(r"(</(?:p|li|dt|dd|h[1-6]|div|td|th|section|summary|details|ul|ol|dl|time)>)")


class SearchIndexError(Exception):
    """Pagefind failed: a bug or a broken installation, never a volunteer's mistake."""


def index_site(site_dir: Path) -> None:
    """Index every page of the built site, all languages at once, into site_dir/pagefind/."""
    copies = _copies_for_index(site_dir)
    with tempfile.TemporaryDirectory(prefix="stek-search-", dir=_scratch_dir(copies)) as folder:
        # Written in the order of their paths: Pagefind numbers the pages in the order it finds them.
        for relative, html in sorted(copies.items()):
            target = Path(folder, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        # The binary that the pagefind-bin wheel ships: no download at build time.
        result = subprocess.run(
            [str(pagefind_bin.get_executable()), "--site", folder, "--output-path", str(site_dir / BUNDLE), "--silent"],
            capture_output=True, text=True, check=False,
        )
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {site_dir}:\n{result.stdout}{result.stderr}")
    # Its ready-made interfaces go: the search page has its own few lines over the JavaScript API.
    for unused in (*(site_dir / BUNDLE).glob("pagefind-*ui.*"), site_dir / BUNDLE / "pagefind-highlight.js",
                   site_dir / BUNDLE / "pagefind-worker.js"):
        unused.unlink(missing_ok=True)
    # Pagefind lists the languages in a different order on each run: sorted, two builds of the
    # same sources stay byte-identical (SOURCE_DATE_EPOCH's promise).
    entry = site_dir / BUNDLE / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _preload_on_search_pages(site_dir, data["languages"])


def _preload_on_search_pages(site_dir: Path, languages: dict) -> None:
    """Each search page asks for its language's engine and index summary with the page itself.

    On a slow phone every file that waits for the one before costs a round trip: named in the
    page's <head>, Pagefind's script, its entry, its WebAssembly and the language's summary come
    in parallel while the visitor reads and taps the field. The entry's cache tag is the index's
    hash, so that a new index is fetched again (the page's script reads it from the link).
    """
    # The search pages sit at a language's root: no need to walk the whole site again.
    for path in (*site_dir.glob("search/index.html"), *site_dir.glob("*/search/index.html")):
        html = path.read_text(encoding="utf-8")
        lang = (_LANG.search(html) or [None, ""])[1]
        if 'id="stek-search-data"' not in html or lang not in languages or "</head>" not in html:
            continue
        bundle = "../" * (len(path.relative_to(site_dir).parts) - 1) + BUNDLE + "/"
        index = languages[lang]
        links = (f'<link rel="modulepreload" href="{bundle}pagefind.js">'
                 f'<link rel="preload" as="fetch" crossorigin href="{bundle}pagefind-entry.json?ts={index["hash"]}"'
                 f' id="stek-search-entry" data-tag="{index["hash"]}">'
                 f'<link rel="preload" as="fetch" crossorigin href="{bundle}wasm.{index["wasm"]}.pagefind">'
                 f'<link rel="preload" as="fetch" crossorigin href="{bundle}pagefind.{index["hash"]}.pf_meta">')
        path.write_text(html.replace("</head>", links + "</head>", 1), encoding="utf-8")


@lru_cache(maxsize=1 << 16)  # the site's words, each folded once a build
def fold(word: str) -> str:
    """A word as Pagefind compares it: lower case, without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def word_ends(word: str, vocabulary: set[str]) -> list[str]:
    """The words of `vocabulary` that `word` ends with after a beginning of its own: "energiecafé" → ["cafe"]."""
    folded = fold(word)
    return [folded[i:] for i in range(SHORTEST_START, len(folded) - SHORTEST_PART + 1) if folded[i:] in vocabulary]


def _scratch_dir(copies: dict[str, str]) -> str | None:
    """Where the copies go: a memory file system when the system has one with room to spare (Linux's
    /dev/shm), else the usual temporary folder. The copies are read once and removed; on a virtual
    disk, creating each file costs about a millisecond of the kernel's time."""
    memory = Path("/dev/shm")
    needed = 4 * sum(len(html) for html in copies.values()) + (1 << 20)
    try:
        if memory.is_dir() and os.access(memory, os.W_OK) and shutil.disk_usage(memory).free > needed:
            return str(memory)
    except OSError:
        pass
    return None


def _copies_for_index(site_dir: Path) -> dict[str, str]:
    """Every page Pagefind indexes, as it should read it: blocks separated, joined words followed by their parts.

    A copy holds only what Pagefind reads of a page (its language, its <title> and its <main>):
    the rest (head, inline script and style, menus, footer) is three quarters of each page's bytes,
    and Pagefind would parse it only to skip it. Pages without a `data-pagefind-body` are left
    out, as Pagefind leaves them out of the index. Keyed by the path under site_dir.
    """
    pages = {}
    vocabulary: dict[str, set[str]] = {}
    for path in site_dir.rglob("*.html"):
        relative = path.relative_to(site_dir)
        if BUNDLE in relative.parts:
            continue
        html = path.read_text(encoding="utf-8")
        body = _BODY.search(html)
        if body is None:
            continue
        opening = (_HTML.search(html) or ["<html>"])[0]
        lang = (_LANG.search(opening) or [None, ""])[1].split("-")[0]
        title = (_TITLE.search(html) or [""])[0]
        pages[relative.as_posix()] = (opening, title, lang, body)
        if lang in COMPOUNDING:
            vocabulary.setdefault(lang, set()).update(
                fold(w) for w in _WORD.findall(_TAG.sub(" ", body.group(2))) if len(w) >= SHORTEST_PART)
    copies = {}
    for relative, (opening, title, lang, body) in pages.items():
        inner = _BLOCK_END.sub(r"\1 ", body.group(2))
        if lang in COMPOUNDING:
            inner = _with_parts(inner, vocabulary[lang])
        copies[relative] = (f"<!doctype html>{opening}<head>{title}</head><body>{body.group(1)}{inner}{body.group(3)}"
                            "</body></html>")
    return copies


def _with_parts(inner: str, vocabulary: set[str]) -> str:
    """The body with the parts of its joined words: the title's after the <h1>, the others at its end."""
    title = _H1.search(inner)
    title_words = set(_WORD.findall(_TAG.sub(" ", title.group(1)))) if title else set()
    in_title = [part for word in title_words for part in word_ends(word, vocabulary)]
    in_body = [part for word in set(_WORD.findall(_TAG.sub(" ", inner))) - title_words
               for part in word_ends(word, vocabulary)]
    if in_title and title:
        inner = (inner[:title.end()] + f'<p data-pagefind-weight="{TITLE_WEIGHT}">{" ".join(sorted(set(in_title)))}</p>'
                 + inner[title.end():])
    if in_body:
        inner += f'<p>{" ".join(sorted(set(in_body)))}</p>'
    return inner
