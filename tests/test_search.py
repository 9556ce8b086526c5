"""Issue 9: the search index is built with the site, per language, from each page's own content."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from stek.site.search_index import BUNDLE, index_site

LANGUAGES = {"nl", "fr", "en", "ar"}


def test_every_language_has_its_index_of_every_page(example_site):
    entry = json.loads(example_site.text("pagefind/pagefind-entry.json"))
    assert set(entry["languages"]) == LANGUAGES
    # Home, programme, activities, partners, rights and content pages: the same number in each language.
    counts = {language["page_count"] for language in entry["languages"].values()}
    assert len(counts) == 1 and counts.pop() > 30


def test_only_each_pages_main_content_is_indexed(example_site):
    assert '<main class="stek-page" data-pagefind-body>' in example_site.text("rights/leefloon/index.html")
    assert "data-pagefind-body" not in example_site.text("search/index.html")
    for standalone in ("embed/index.html", "print/index.html", "404.html"):
        assert "data-pagefind-body" not in example_site.text(standalone)


def test_search_page_lists_every_page_without_javascript(example_site):
    html = example_site.text("ar/search/index.html")
    assert html.count('<li><a href="../') > 20
    assert '"bundle": "../../pagefind/pagefind.js"' in html or '"bundle":"../../pagefind/pagefind.js"' in html


def test_the_count_is_said_with_the_languages_plural_forms(example_site):
    data = example_site.text("ar/search/index.html").split('id="stek-search-data">', 1)[1].split("</script>", 1)[0]
    counts = json.loads(data)["counts"]
    assert counts[1] == "وُجدت صفحة واحدة." and counts[2] == "وُجدت صفحتان." and counts[3] == "وُجدت 3 صفحات."
    assert counts[11] == "وُجدت 11 صفحة."


def test_the_index_is_the_same_whatever_order_the_pages_were_written_in(tmp_path):
    # A memory file system lists a folder's files in the order they were made: the index is written
    # from copies made in the order of their paths, so that two builds of the same pages agree.
    if not os.access("/dev/shm", os.W_OK):
        pytest.skip("no memory file system here, where the order of listing follows the order of writing")
    pages = {}
    for lang, prefix in (("nl", ""), ("fr", "fr/")):
        for n, key in enumerate(("a/", "b/", "c/", "d/")):
            pages[f"{prefix}{key}index.html"] = (
                f'<html lang="{lang}"><head><title>{key}</title></head><body><main data-pagefind-body>'
                f'<h1>Pagina {n}</h1><p>Soep en babbel, taalcafé {n}.</p></main></body></html>')
    indexes = []
    for order in (sorted(pages), sorted(pages, reverse=True)):
        with tempfile.TemporaryDirectory(dir="/dev/shm") as folder:
            site = Path(folder)
            for name in order:
                (site / name).parent.mkdir(parents=True, exist_ok=True)
                (site / name).write_text(pages[name], encoding="utf-8")
            index_site(site)
            indexes.append({path.relative_to(site).as_posix(): path.read_bytes()
                            for path in (site / BUNDLE).rglob("*") if path.is_file()})
    assert indexes[0] == indexes[1]
