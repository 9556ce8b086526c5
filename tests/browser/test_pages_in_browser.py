"""Every page type in every language, in a real browser: axe-core's WCAG 2.x A/AA rules, no other origin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

LANGUAGES = ("", "fr/", "en/", "ar/")
# One page of each type; the rights page `huurpremie` has translations with an empty body,
# so its body falls back to Dutch; `dialoogmoment-stadsbestuur-2027` is a one-off event.
PAGES = (
    "", "programme/", "activities/soep-en-babbel/", "activities/nieuwjaarsreceptie-2027/",
    "partners/", "partners/sociaal-huis/", "rights/", "rights/leefloon/", "rights/huurpremie/",
    "embed/", "embed/caw/", "embed/functions/leren/", "print/", "about/", "search/", "accessibility/", "glossary/",
    "programme-on-your-site/",
)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _axe(page) -> list[dict]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.strip("/") or "nl")
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/") or "home")
def test_no_axe_violation_and_no_other_origin(page, site_server, lang, path):
    response = page.goto(site_server + lang + path)
    assert response.status == 200
    assert _axe(page) == []
    origin = urlsplit(site_server).netloc
    assert [url for url in page.requests if urlsplit(url).netloc != origin] == []


def test_not_found_page_has_no_axe_violation(page, site_server):
    response = page.goto(site_server + "no/such/page/")
    assert response.status == 404  # the test server sends 404 without our page: check the file itself
    page.goto(site_server + "404.html")
    assert _axe(page) == []
    assert page.locator("section[lang=ar][dir=rtl]").count() == 1


def test_first_screen_holds_status_hours_and_today(page, site_server):
    """On a phone, the answers to "is it open, what is on" need no scrolling, on a busy Thursday too.

    Without JavaScript: tests/browser/test_time_in_browser.py (dated hours and programme).
    """
    page.clock.install(time=dt.datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("Europe/Brussels")))
    for lang in LANGUAGES:
        page.goto(site_server + lang)
        viewport = page.viewport_size
        for selector in ("#stek-time .stek-status", "#stek-time .stek-hours", "#stek-time > .stek-hours + ul > li:last-child"):
            box = page.locator(selector).first.bounding_box()
            assert box is not None, selector
            assert box["y"] + box["height"] <= viewport["height"], (lang, selector, box)


def test_programme_filter_hides_a_function(page, site_server):
    page.goto(site_server + "programme/")
    page.uncheck("input[value=ontmoeten]")
    assert page.locator(".stek-programme [data-function=ontmoeten]:visible").count() == 0
    assert page.locator(".stek-programme [data-function=leren]:visible").count() > 0


def test_search_finds_within_the_language(page, site_server):
    page.goto(site_server + "fr/search/")
    page.fill("#stek-q", "soupe")
    # "Recherche…" shows at once; the results come after it.
    page.wait_for_function("document.querySelectorAll('#stek-found li > a').length > 0")
    found = page.locator("#stek-found li > a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert "/fr/activities/soep-en-babbel/" in found
    assert all(href.startswith("/fr/") for href in found)
