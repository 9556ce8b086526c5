"""Issue 9: any language by configuration. One more code in the stek plugin's languages, and nothing
else, builds a whole site in it: every page, feed and index, each fallback text marked with its lang
(the data and, until a translator adds the catalog, the site's words in Dutch, the default language)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitebuild import copy_example, run_build
from stek.ui_text import TEXTS, ui

NEW = "pl"  # Polish: no catalog, no data, and four plural forms


class _UnmarkedFallback(HTMLParser):
    """Text whose nearest lang is the page's own but which is one of the site's words in another language."""

    VOID = {"br", "meta", "link", "input", "img", "hr", "wbr", "source"}

    def __init__(self, page_lang: str, words: set[str]):
        super().__init__()
        self.page_lang, self.words = page_lang, words
        self.stack: list[str | None] = []
        self.script = 0
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.script += tag in ("script", "style")
        if tag not in self.VOID:
            self.stack.append(dict(attrs).get("lang"))

    def handle_endtag(self, tag):
        self.script -= tag in ("script", "style")
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        lang = next((lang for lang in reversed(self.stack) if lang), None)
        text = data.strip().rstrip(":")
        if not self.script and lang == self.page_lang and text in self.words:
            self.found.append(text)


@pytest.fixture(scope="module")
def five_languages(tmp_path_factory):
    root = copy_example(tmp_path_factory.mktemp("five"))
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    added = re.sub(r"(\n(\s+)- ar\n)", rf"\1\2- {NEW}\n", config, count=1)
    assert added != config
    (root / "mkdocs.yml").write_text(added, encoding="utf-8")
    build = run_build(root, "--strict")
    assert build.returncode == 0, build.output
    return build


def _pages(site: Path, prefix: str) -> set[str]:
    others = ("fr/", "en/", "ar/", f"{NEW}/")
    found = set()
    for html in (site / prefix).rglob("index.html"):
        path = html.relative_to(site / prefix).as_posix()
        if prefix or not path.startswith(others):
            found.add(path)
    return found


def test_a_new_language_gets_every_page_feed_and_index(five_languages):
    site = five_languages.site
    assert _pages(site, f"{NEW}/") == _pages(site, "")
    assert {p.name for p in (site / NEW).glob("*.ics")} == {"calendar.ics"}
    assert len(list((site / NEW / "activities").glob("*.ics"))) == len(list((site / "activities").glob("*.ics")))
    assert json.loads(five_languages.text(f"{NEW}/programme.json"))["language"] == NEW
    assert NEW in json.loads(five_languages.text("pagefind/pagefind-entry.json"))["languages"]
    assert f'hreflang="{NEW}"' in five_languages.text("index.html")
    assert f"https://stek-rozenwijk.example.org/{NEW}/rights/leefloon/" in five_languages.text("sitemap.xml")


def test_every_fallback_text_in_the_new_language_is_marked(five_languages):
    site = five_languages.site
    # The site's words in Dutch, the example's default language, which a language without catalog shows.
    dutch = {ui(key, "nl").value for key, entry in TEXTS.items() if not entry.plural and "{" not in ui(key, "nl").value}
    unmarked = {}
    for html in sorted((site / NEW).rglob("index.html")):
        text = html.read_text(encoding="utf-8")
        if f'<html lang="{NEW}"' not in text:
            continue  # the standalone pages are checked below
        parser = _UnmarkedFallback(NEW, {w for w in dutch if len(w) > 3})
        parser.feed(text)
        if parser.found:
            unmarked[html.relative_to(site).as_posix()] = sorted(set(parser.found))
    assert unmarked == {}
    activity = five_languages.text(f"{NEW}/activities/soep-en-babbel/index.html")
    assert '<h1><span lang="nl" dir="ltr">Soep en babbel</span></h1>' in activity
    assert '<span lang="nl" dir="ltr">Programma</span>' in five_languages.text(f"{NEW}/programme/index.html")
    for standalone in ("embed/", "print/"):
        assert f'<html lang="{NEW}"' in five_languages.text(f"{NEW}/{standalone}index.html")


def test_a_translation_links_to_the_pages_of_its_own_language(build_site):
    """`[…](rights/leefloon.md)` in about.fr.md means the French page, as volunteers write it (pages.LanguageFiles)."""
    about = (Path(__file__).parent.parent / "content" / "about.fr.md").read_text(encoding="utf-8")
    build = build_site({"content/about.fr.md": about + "\nVoir [le revenu d'intégration](rights/leefloon.md).\n"})
    assert build.returncode == 0, build.output
    # fr/about/ → fr/rights/leefloon/, not the Dutch rights/leefloon/ (which would be ../../rights/leefloon/).
    assert '<a href="../rights/leefloon/">le revenu d\'intégration</a>' in build.text("fr/about/index.html")
