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
    for lang, spoken in (("", "van 9.30 tot 12 uur"), ("ar/", "من 9:30 صباحًا إلى 12 مساءً")):
        page.goto(site_server + lang + "programme/")
        tree = page.locator(".stek-pattern .stek-items > li").first.aria_snapshot()
        assert spoken in tree, tree
        assert "09:30" not in tree and "ص" not in tree.replace(spoken, "")


def test_a_filtered_programme_has_no_axe_violation(page, site_server):
    page.goto(site_server + "ar/programme/")
    page.uncheck("input[value=leren]")
    assert _axe(page) == []


def test_a_kept_filter_says_so_visibly_and_to_screen_readers(page, site_server):
    """Back on the programme in the same tab, a filter chosen earlier is on: the page says so."""
    page.goto(site_server + "programme/")
    status = page.locator("#stek-shown")
    page.uncheck("input[value=ontmoeten]")
    page.reload()
    shown = page.locator(SHOWN).count()
    status.filter(has_text="Een filter").wait_for()
    assert status.is_visible() and status.get_attribute("role") == "status"
    assert status.inner_text() == f"Een filter dat je eerder koos, staat nog aan: niet alle activiteiten staan er. {shown} activiteiten te zien."
    assert page.locator("#stek-all").is_visible()
    assert _axe(page) == []
    page.click("#stek-all")
    assert "Een filter" not in status.inner_text()
    assert page.locator(SHOWN).count() > shown
    # Everything on, then reloaded: nothing to say.
    page.reload()
    page.wait_for_timeout(600)
    assert status.inner_text() == ""


def test_targets_are_at_least_24_px(page, site_server):
    """WCAG 2.5.8: the links that start an item and the glossary's words are 24 px tall or more."""
    for path in ("programme/", "", "rights/leefloon/", "ar/rights/leefloon/", "partners/sociaal-huis/"):
        page.goto(site_server + path)
        sizes = page.evaluate("""() => [...document.querySelectorAll('.stek-page li > a:first-child, .stek-title, .stek-term > summary')]
          .filter(e => e.offsetParent).map(e => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect().height])""")
        assert sizes or path == ""
        assert [s for s in sizes if s[1] < 24] == [], path


def test_no_slanted_fake_italic_in_arabic(page, site_server):
    page.goto(site_server + "ar/rights/leefloon/")
    styles = page.evaluate("""() => [...document.querySelectorAll('em, i, dfn, .stek-note')]
      .filter(e => e.closest('[lang]').lang === 'ar').map(e => getComputedStyle(e).fontStyle)""")
    assert styles and set(styles) == {"normal"}
