"""Issue 9, details: paper shows the content and where links lead; footer links are underlined; the
poster fits a 320 px screen and its QR caption's address reads left to right in Arabic."""

from __future__ import annotations

import pytest


def test_an_ordinary_page_prints_without_menu_and_with_link_addresses(page, site_server):
    page.goto(site_server + "rights/leefloon/")
    page.emulate_media(media="print")
    assert page.locator(".stek-header").is_hidden()
    assert page.locator(".stek-footer .stek-links").is_hidden()
    external = page.locator("#stek-main a[href^='http']").first
    href = external.get_attribute("href")
    assert href in external.evaluate("a => getComputedStyle(a, '::after').content")
    page.goto(site_server + "programme/")
    page.emulate_media(media="print")
    assert page.locator("#stek-filter").is_hidden()


@pytest.mark.parametrize("lang", ["", "ar/"])
def test_footer_links_are_underlined(page, site_server, lang):
    page.goto(site_server + lang)
    for line in page.locator(".stek-footer a").evaluate_all("links => links.map(a => getComputedStyle(a).textDecorationLine)"):
        assert "underline" in line


@pytest.mark.parametrize("lang", ["", "ar/"])
def test_the_poster_fits_a_small_phone(browser, site_server, lang):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.goto(site_server + lang + "print/")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    caption = tab.locator(".qr .url")
    assert caption.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert caption.inner_text().startswith("https://")
    context.close()
