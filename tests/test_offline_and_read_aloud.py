"""Read aloud and the offline worker: their unit tests in node (tests/js/), and how the build puts them on the pages."""

from __future__ import annotations

import datetime as dt

import pytest

from sitebuild import ROOT, SOURCE_DATE_EPOCH

NODE_TESTS = [ROOT / "tests" / "js" / "read_aloud.test.mjs", ROOT / "tests" / "js" / "offline_worker.test.mjs"]


def test_the_unit_tests_of_read_aloud_and_the_worker_run_with_the_page_scripts():
    """tests/test_page_script.py runs every tests/js/*.test.mjs in node (failing in CI without node): these too."""
    from test_page_script import NODE_TESTS as RUN_IN_NODE
    assert set(NODE_TESTS) <= set(RUN_IN_NODE)
    assert all(path.is_file() for path in NODE_TESTS)


def test_the_worker_sits_at_the_root_and_names_its_cache_after_the_build(example_site):
    worker = example_site.text("sw.js")
    built = dt.datetime.fromtimestamp(int(SOURCE_DATE_EPOCH), dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    assert f'const VERSION = "{built}";' in worker
    assert "{{" not in worker and "{%" not in worker
    assert not list(example_site.site.glob("*/sw.js"))


# Columns: the page, the worker's address from it, the pages it asks to keep (its language's home and programme).
PAGES = [
    ("", "sw.js", "./ programme/"),
    ("programme/", "../sw.js", "../ ./"),
    ("rights/leefloon/", "../../sw.js", "../../ ../../programme/"),
    ("fr/", "../sw.js", "./ programme/"),
    ("ar/programme/", "../../sw.js", "../ ./"),
    ("en/rights/leefloon/", "../../../sw.js", "../../ ../../programme/"),
]


@pytest.mark.parametrize(("path", "worker", "keep"), PAGES)
def test_site_pages_start_the_worker_and_offer_reading_after_load(example_site, path, worker, keep):
    html = example_site.text(path + "index.html")
    assert f'<script data-worker="{worker}" data-keep="{keep}"' in html
    assert html.count('<template id="stek-read-aloud">') == 1
    assert "navigator.serviceWorker.register(" in html and 'addEventListener("load"' in html


@pytest.mark.parametrize("path", ["embed/", "embed/caw/", "print/", "ar/embed/", "fr/print/"])
def test_embeds_and_posters_start_neither(example_site, path):
    html = example_site.text(path + "index.html")
    assert "serviceWorker" not in html and "stek-read-aloud" not in html
