"""After one visit, the home page and the programme open without a network: the service worker, in Chromium.

The site is served over http://127.0.0.1, where browsers allow service workers as on https.
Offline is Playwright's network emulation (context.set_offline), which the worker's fetches obey too.
"""

from __future__ import annotations

import pytest

# Columns: the language's prefix, its home page's dated heading's id, the programme's.
LANGUAGES = [("", "stek-days-title", "stek-changes"), ("ar/", "stek-days-title", "stek-changes")]
KEPT = """async (urls) => {
  for (const url of urls) if (!(await caches.match(new URL(url, location.href).href))) return false;
  return true;
}"""


@pytest.fixture
def visitor(browser):
    """A fresh phone: its own profile, service workers allowed."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="allow")
    yield context
    context.close()


def _wait_kept(page, urls: list[str]) -> None:
    for _ in range(100):
        if page.evaluate(KEPT, urls):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"not kept for offline: {urls}")


def _headings(page, first: str) -> tuple[str, str]:
    return page.locator("h1").inner_text(), page.locator(f"#{first}").inner_text()


@pytest.mark.parametrize(("lang", "home_heading", "programme_heading"), LANGUAGES, ids=["nl", "ar"])
def test_home_and_programme_reload_offline_with_their_dated_headings(visitor, site_server, lang, home_heading, programme_heading):
    page = visitor.new_page()
    home, programme = site_server + lang, site_server + lang + "programme/"
    page.goto(home)
    online_home = _headings(page, home_heading)
    assert page.locator("#stek-time .stek-status").count() == 1  # "open now", worked out by the page's script
    # The visit of the home page keeps the programme of its language too.
    _wait_kept(page, [home, programme])
    page.goto(programme)
    online_programme = _headings(page, programme_heading)
    assert page.evaluate("navigator.serviceWorker.controller !== null")

    visitor.set_offline(True)
    for url, heading, online in [(home, home_heading, online_home), (programme, programme_heading, online_programme)]:
        response = page.goto(url)
        assert response.ok and response.from_service_worker, url
        assert _headings(page, heading) == online, url
        assert any(char.isdigit() for char in online[1])  # a dated heading ("Van 7 december tot 13 december")
    page.reload()
    assert _headings(page, programme_heading) == online_programme
    # Offline, the home page still works out "open now" from the weeks of data it carries.
    page.goto(home)
    assert page.locator("#stek-time .stek-status").count() == 1
    # A page never opened is not there: the browser's own offline page, not another page's copy.
    with pytest.raises(Exception):
        page.goto(site_server + lang + "partners/")


def test_a_page_opened_online_opens_offline_and_embeds_are_never_kept(visitor, site_server):
    page = visitor.new_page()
    page.goto(site_server + "fr/")
    _wait_kept(page, [site_server + "fr/", site_server + "fr/programme/"])
    page.goto(site_server + "fr/rights/leefloon/")
    assert not page.goto(site_server + "fr/embed/").from_service_worker
    page.goto(site_server + "fr/print/")
    page.goto(site_server + "fr/rights/")
    kept = page.evaluate("""async () => {
      const urls = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    }""")
    assert site_server + "fr/rights/leefloon/" in kept
    assert [url for url in kept if "embed/" in url or "print/" in url] == []
    visitor.set_offline(True)
    response = page.goto(site_server + "fr/rights/leefloon/")
    assert response.ok and response.from_service_worker


def test_a_page_in_a_frame_starts_no_worker(visitor, site_server):
    """A site page in a frame registers nothing: a partner's page, here on the same origin, where it could."""
    page = visitor.new_page()
    partner = site_server + "partner.html"
    page.route(partner, lambda route: route.fulfill(
        content_type="text/html", body=f'<!doctype html><title>Partner</title><iframe src="{site_server}programme/"></iframe>'))
    page.goto(partner)
    page.frame_locator("iframe").locator("h1").wait_for(state="attached")
    page.frames[1].wait_for_load_state("load")
    page.wait_for_timeout(1000)
    assert page.frames[1].evaluate("'serviceWorker' in navigator")
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then((list) => list.length)") == 0
