"""Issue 9: the programme's filter keeps its state across a visit to an activity and back, says
how many activities it shows, hides the days it leaves empty, and shows everything again at once."""

from __future__ import annotations

from .test_pages_in_browser import _axe

SHOWN = ".stek-programme [data-function]:visible"


def test_filter_state_holds_after_going_back(page, site_server):
    page.goto(site_server + "programme/")
    page.uncheck("input[value=ontmoeten]")
    page.locator(".stek-programme [data-function=leren] a.stek-title").first.click()
    page.wait_for_url("**/activities/**")
    page.go_back()
    page.wait_for_url("**/programme/")
    for _ in ("back (from the cache, or loaded again)", "reloaded: restored from sessionStorage"):
        assert not page.is_checked("input[value=ontmoeten]")
        assert page.locator(".stek-programme [data-function=ontmoeten]:visible").count() == 0
        assert page.locator(".stek-programme [data-function=leren]:visible").count() > 0
        page.reload()


def test_filter_announces_how_many_activities_show(page, site_server):
    page.goto(site_server + "programme/")
    status = page.locator("#stek-shown")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    page.uncheck("input[value=ontmoeten]")
    shown = page.locator(SHOWN).count()
    assert status.inner_text() == f"{shown} activiteiten te zien."


def test_filter_hides_days_left_empty_and_shows_all_again(page, site_server):
    page.goto(site_server + "ar/programme/")
    headings = page.locator(".stek-pattern h3:visible").count()
    for function in ("ontmoeten", "leren", "verwijzen"):
        page.uncheck(f"input[value={function}]")
    # Only "speaking up" is left: the days without it keep no heading.
    assert page.locator(".stek-pattern h3:visible").count() < headings
    for heading in page.locator(".stek-pattern h3:visible").all():
        assert heading.evaluate("h => { let e = h.nextElementSibling; while (e && e.tagName !== 'UL') e = e.nextElementSibling;"
                                " return !!e && !!e.querySelector('li:not([hidden])') }")
    page.click("#stek-all")
    assert page.locator(".stek-pattern h3:visible").count() == headings
    assert all(page.is_checked(f"input[value={f}]") for f in ("ontmoeten", "leren", "politiseren", "verwijzen"))
    assert "يظهر" in page.locator("#stek-shown").inner_text() or "تظهر" in page.locator("#stek-shown").inner_text()


def test_a_time_range_is_heard_as_from_to(page, site_server):
    """What a screen reader (eSpeak NG through Orca or NVDA) reads: the accessible text, not the figures."""
    for lang, spoken in (("", "van 9 uur 30 tot 12 uur"), ("ar/", "من الساعة 9 و30 دقيقة إلى الساعة 12")):
        page.goto(site_server + lang + "programme/")
        tree = page.locator(".stek-pattern .stek-items > li").first.aria_snapshot()
        assert spoken in tree, tree
        assert "09:30" not in tree and "ص" not in tree.replace(spoken, "")


def test_a_filtered_programme_has_no_axe_violation(page, site_server):
    page.goto(site_server + "ar/programme/")
    page.uncheck("input[value=leren]")
    assert _axe(page) == []
