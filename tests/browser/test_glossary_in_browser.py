"""A glossary word's explanation opens where the word first appears, with and without JavaScript, by keyboard too.

A native <details>: screen readers announce its summary as a collapsed disclosure, and axe checks it in
test_pages_in_browser.py with every rights page.
"""

from __future__ import annotations

import pytest

EXPLANATION = "Geld van het OCMW om van te leven, als je zelf te weinig inkomen hebt."


def _check_explanation_opens(tab, site_server, key: str | None) -> None:
    tab.goto(site_server + "rights/leefloon/")
    term = tab.locator("details.stek-term").first
    summary = term.locator("summary")
    assert summary.inner_text() == 'Wat betekent "leefloon"?'
    assert not tab.get_by_text(EXPLANATION).is_visible()
    if key:
        summary.focus()
        tab.keyboard.press(key)
    else:
        summary.click()
    assert tab.get_by_text(EXPLANATION).is_visible()
    assert term.get_attribute("open") is not None


@pytest.mark.parametrize("key", [None, "Enter", " "], ids=["click", "enter", "space"])
def test_explanation_opens_with_javascript(page, site_server, key):
    _check_explanation_opens(page, site_server, key)


def test_explanation_opens_without_javascript(browser, site_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        _check_explanation_opens(context.new_page(), site_server, None)
    finally:
        context.close()

