"""Live parts that stay put, and every time heard in words (issue 16, items 1 and 2).

The home page and the embeds redraw "today" at the reader's minute: a focused link keeps focus
across minutes, and a change of status is announced once, politely. No time range reaches the
accessibility tree as figures: Playwright's ARIA snapshot is what assistive technology is given.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

BRUSSELS = ZoneInfo("Europe/Brussels")
# The example is built on Friday 27 November 2026 at 10:00 (SOURCE_DATE_EPOCH): open 09:30-12:30.
OPEN = dt.datetime(2026, 11, 27, 11, 0, tzinfo=BRUSSELS)
BEFORE_CLOSING = dt.datetime(2026, 11, 27, 12, 29, 10, tzinfo=BRUSSELS)

FOCUS_MARK = "el => { el.focus(); el.stekMark = 'focused'; return document.activeElement === el; }"
STILL_FOCUSED = "() => document.activeElement && document.activeElement.stekMark === 'focused'"
# Every change of the live region, counted from now on.
COUNT_ANNOUNCEMENTS = """() => { window.announced = [];
  const region = document.getElementById('stek-announce');
  new MutationObserver(() => window.announced.push(region.textContent)).observe(region, {childList: true, characterData: true, subtree: true}); }"""


def _open_at(page, url: str, moment: dt.datetime) -> None:
    page.clock.install(time=moment)
    page.goto(url)


@pytest.mark.parametrize("path", ["", "embed/"])
def test_focus_stays_on_a_link_across_minutes_without_a_status_change(page, site_server, path):
    _open_at(page, site_server + path, OPEN)
    link = page.locator("#stek-time a").first
    assert link.evaluate(FOCUS_MARK)
    status = page.locator("#stek-time .stek-status").inner_text()
    page.evaluate(COUNT_ANNOUNCEMENTS)
    page.clock.fast_forward("03:00")
    page.clock.run_for(16_000)
    assert page.evaluate(STILL_FOCUSED)
    assert page.locator("#stek-time .stek-status").inner_text() == status
    assert page.evaluate("window.announced") == []
    assert page.locator("#stek-announce").inner_text() == ""


@pytest.mark.parametrize("path", ["", "embed/"])
def test_a_change_of_status_is_announced_once_and_focus_stays(page, site_server, path):
    _open_at(page, site_server + path, BEFORE_CLOSING)
    # A link of a coming day: it stays (today's items that end are dropped from the embed).
    link = page.locator("#stek-time a").last
    assert link.evaluate(FOCUS_MARK)
    assert page.locator("#stek-announce").get_attribute("aria-live") == "polite"
    page.evaluate(COUNT_ANNOUNCEMENTS)
    page.clock.fast_forward("01:00")
    page.clock.run_for(16_000)
    announced = page.evaluate("window.announced")
    assert len(announced) == 1 and announced[0].startswith("Nu gesloten"), announced
    # Another minute, the same status: nothing more is said.
    page.clock.fast_forward("01:00")
    page.clock.run_for(16_000)
    assert page.evaluate("window.announced") == announced
    # The sentence in words: "13 uur", never "13:00".
    assert not re.search(r"\d:\d\d", announced[0])
    assert page.evaluate(STILL_FOCUSED)


LANGUAGES = ("", "fr/", "en/", "ar/")
PAGES = ("", "programme/", "activities/soep-en-babbel/", "activities/nieuwjaarsreceptie-2027/", "embed/")
# A range of figures as read out: "09:30–16:00", "9:30 AM–4:00 PM", "9:30 ص–4:00 م".
FIGURES_RANGE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:AM|PM|ص|م)?\s*[\u2060]?[–-][\u2060]?\s*\d{1,2}[:.]\d{2}")
# Figures the screen shows but a voice must not say: "16:00" in Dutch and French, "4:00 PM", "4:00 م".
SHOWN_ONLY = {
    "": re.compile(r"\b\d{1,2}:\d{2}\b"),
    "fr/": re.compile(r"\b\d{1,2}:\d{2}\b"),
    "en/": re.compile(r"\d:\d{2}\s*[AP]M"),
    "ar/": re.compile(r"\d\s*[صم](?![\u0600-\u06ff])"),
}


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.strip("/") or "nl")
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/") or "home")
def test_no_time_reaches_the_accessibility_tree_as_figures(browser, page, site_server, lang, path):
    # With the script, during the house's hours (its status line has a time), and without it.
    _open_at(page, site_server + lang + path, OPEN)
    page.clock.run_for(16_000)
    without = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        plain = without.new_page()
        plain.goto(site_server + lang + path)
        for tab in (page, plain):
            tree = tab.locator("body").aria_snapshot()
            found = FIGURES_RANGE.search(tree) or SHOWN_ONLY[lang].search(tree)
            assert not found, (tab is page, tree[max(0, found.start() - 300):found.end() + 100])
            assert re.search(r"\d", tree)  # the times are there, in words
    finally:
        without.close()
