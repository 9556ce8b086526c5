"""The embed as a partner pastes it: on another origin, the frame as tall as its content, at any width."""

from __future__ import annotations

import functools
import html
import http.server
import json
import re
import threading
import time

import pytest


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass

EXAMPLE_ORIGIN = "https://stek-rozenwijk.example.org"


def documented_snippet(example_site, lang: str) -> str:
    """The snippet as the page for partners shows it to copy: the <pre> block that holds <iframe."""
    page = example_site.text(f"{lang}programme-on-your-site/index.html")
    blocks = [html.unescape(re.sub(r"<[^>]+>", "", b)) for b in re.findall(r"<pre[^>]*>(.*?)</pre>", page, re.S)]
    [snippet] = [b for b in blocks if "<iframe" in b]
    return snippet


@pytest.fixture(scope="module")
def partner_server(tmp_path_factory, example_site, site_server):
    """A partner's site on a second port (another origin): the snippet of each language pasted in a page."""
    folder = tmp_path_factory.mktemp("partner")
    stek_origin = site_server.rstrip("/")
    for lang in ("", "ar/"):
        snippet = documented_snippet(example_site, lang).replace(EXAMPLE_ORIGIN, stek_origin)
        name = (lang.strip("/") or "nl") + ".html"
        (folder / name).write_text(
            "<!doctype html><html lang='nl'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'><title>Partner</title>"
            "<style>body{margin:0;padding:8px;font-family:serif}</style></head>"
            f"<body><h1>Onze buurt</h1>\n{snippet}\n<p>Na het kader.</p></body></html>",
            encoding="utf-8",
        )
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def frame_heights(tab) -> tuple[float, int, int]:
    """(the iframe's height in the partner's page, its document's own height, its scrollHeight)."""
    outer = tab.evaluate("document.querySelector('iframe').getBoundingClientRect().height")
    frame = tab.frames[1]
    inner = frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
    scroll = frame.evaluate("document.documentElement.scrollHeight")
    return outer, inner, scroll


def settled(tab) -> tuple[float, int, int]:
    """The heights once the frame has told its height and the partner's listener has set it."""
    tab.wait_for_load_state("load")
    deadline = time.monotonic() + 10
    heights = frame_heights(tab)
    while time.monotonic() < deadline:
        time.sleep(0.1)
        again = frame_heights(tab)
        if again == heights and again[0] == again[1]:
            return again
        heights = again
    return heights


@pytest.mark.parametrize("width", [300, 360, 1000])
@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_the_frame_takes_the_height_of_its_content(browser, partner_server, site_server, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 700})
    tab = context.new_page()
    tab.goto(partner_server + (lang.strip("/") or "nl") + ".html")
    outer, inner, scroll = settled(tab)
    # No scroll bar inside (the content fits), no empty band (the frame is no taller than it).
    assert outer == inner, (outer, inner)
    assert scroll <= outer, (scroll, outer)
    assert inner > 200
    # Wider or narrower later (a phone turned): the frame follows.
    tab.set_viewport_size({"width": 1000 if width < 1000 else 300, "height": 700})
    outer, inner, scroll = settled(tab)
    assert outer == inner and scroll <= outer, (outer, inner, scroll)
    context.close()


def test_the_listener_ignores_other_origins_and_other_messages(browser, partner_server):
    context = browser.new_context(viewport={"width": 360, "height": 700})
    tab = context.new_page()
    tab.goto(partner_server + "nl.html")
    outer, _, _ = settled(tab)
    # The partner's own page (another origin than the STEK) posts a height: nothing changes.
    tab.evaluate("window.postMessage({type: 'stek-embed-height', height: 5}, '*')")
    tab.evaluate("window.postMessage('height: 5', '*')")
    time.sleep(0.3)
    assert tab.evaluate("document.querySelector('iframe').getBoundingClientRect().height") == outer
    context.close()


def test_without_its_script_the_frame_still_shows_the_first_days(browser, partner_server, example_site):
    snippet = documented_snippet(example_site, "")
    iframe = re.search(r"<iframe[^>]*>", snippet)[0]
    assert re.search(r"height:\s*(\d+)px", iframe) and int(re.search(r"height:\s*(\d+)px", iframe)[1]) >= 500


def partners_with_rare_slots(example_site) -> list[str]:
    """Partners with an activity every two weeks or in some weeks of the month."""
    programme = json.loads(example_site.text("programme.json"))
    rare = [a for a in programme["activities"] if any(w["every"] > 1 or w["weeks"] for w in a.get("when", []))]
    return sorted({p for a in rare for p in a["partners"]})


def test_embeds_of_partners_with_fortnightly_and_monthly_activities_are_not_empty(page, site_server, example_site):
    partners = partners_with_rare_slots(example_site)
    assert partners
    for partner in partners:
        page.goto(f"{site_server}embed/{partner}/")
        assert page.locator("main li a").count() >= 1, partner


def test_the_copy_button_copies_the_snippet(browser, site_server):
    context = browser.new_context(viewport={"width": 360, "height": 800}, permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(site_server + "programme-on-your-site/")
    pre = tab.locator("pre").filter(has_text="<iframe")
    button = tab.locator("pre + button.stek-copy").first
    assert button.count() == 1
    expected = pre.first.inner_text().rstrip("\n")
    button.click()
    tab.wait_for_function("document.querySelector('.stek-copy + [role=status]').textContent !== ''")
    assert tab.evaluate("navigator.clipboard.readText()") == expected
    context.close()


@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_the_page_for_partners_fits_a_phone(browser, site_server, lang):
    """Nothing wider than the screen at 390 and 300 px: tables reflow, snippets wrap in their own box."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    tab = context.new_page()
    tab.goto(site_server + lang + "programme-on-your-site/")
    for width in (390, 300):
        tab.set_viewport_size({"width": width, "height": 800})
        assert tab.evaluate("document.documentElement.scrollWidth") <= width, width
        # Right-to-left, what is too wide sticks out on the left.
        left, right = tab.evaluate("""() => {
            const boxes = [...document.querySelectorAll('#stek-main *')].map(e => e.getBoundingClientRect());
            return [Math.min(...boxes.map(b => b.left)), Math.max(...boxes.map(b => b.right))];
        }""")
        assert left >= 0 and right <= width, (width, left, right)
    context.close()
