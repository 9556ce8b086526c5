"""Text at 200% on a 360 px phone (issue 16, item 3): the root font size doubled, as a phone's text
setting does. No page scrolls sideways, and the header is one line: the languages and the menu fold
into a <details> that works without a script."""

from __future__ import annotations

import pytest

from .test_pages_in_browser import PAGES, _axe

LARGE = "html { font-size: 200% !important }"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/") or "home")
def test_no_page_scrolls_sideways_at_200_percent_text(phone, site_server, lang, path):
    phone.goto(site_server + lang + path)
    phone.add_style_tag(content=LARGE)
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360
    header = phone.locator("header.stek-header")
    if header.count():
        # One line: the site's name and the menu button, no taller than two lines of large text.
        assert header.bounding_box()["height"] <= 80
        menu = phone.locator(".stek-menu > summary")
        menu.click()
        assert phone.locator(".stek-nav a").first.is_visible()
        assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360


@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_the_opened_menu_has_no_axe_violation(phone, site_server, lang):
    phone.goto(site_server + lang + "programme/")
    phone.locator(".stek-menu > summary").click()
    assert phone.locator(".stek-langs a[hreflang=fr]").is_visible()
    assert _axe(phone) == []


def test_a_wide_screen_shows_the_menu_without_a_button(browser, site_server):
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    try:
        page = context.new_page()
        page.goto(site_server)
        assert not page.locator(".stek-menu > summary").is_visible()
        assert page.locator(".stek-nav a").first.is_visible() and page.locator(".stek-langs a").first.is_visible()
    finally:
        context.close()
