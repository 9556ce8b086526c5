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


EXAMPLE_ORIGIN = "https://stek-rozenwijk.example.org"


def code_blocks(example_site, lang: str) -> list[str]:
    """The <pre> blocks of the page for partners, as text to copy."""
    page = example_site.text(f"{lang}programme-on-your-site/index.html")
    return [html.unescape(re.sub(r"<[^>]+>", "", b)) for b in re.findall(r"<pre[^>]*>(.*?)</pre>", page, re.S)]


def documented_snippet(example_site, lang: str) -> str:
    """The house's snippet as the page for partners shows it to copy: the first <pre> that holds <iframe."""
    return next(b for b in code_blocks(example_site, lang) if "<iframe" in b and '/embed/"' in b)


def documented_csp(example_site, lang: str) -> dict[str, str]:
    """The directives the guide tells partners to add: {"frame-src": ..., "script-src": ...}."""
    [block] = [b for b in code_blocks(example_site, lang) if "script-src" in b]
    return dict(line.split(" ", 1) for line in block.strip().splitlines())


class _PartnerSite(http.server.SimpleHTTPRequestHandler):
    """A partner's site with a strict Content-Security-Policy (a wrong hash for pages named wrong-*)."""

    csp = ""

    def end_headers(self):
        csp = self.csp
        if "/wrong-" in self.path:
            csp = re.sub(r"'sha256-[^']+'", "'sha256-" + "A" * 43 + "='", csp)
        self.send_header("Content-Security-Policy", csp)
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


@pytest.fixture(scope="module")
def partner_server(tmp_path_factory, example_site, site_server):
    """A partner's site on a second port (another origin), sending `default-src 'self'` with the
    guide's frame-src and script-src: the snippet of each language pasted in a light and a dark page."""
    folder = tmp_path_factory.mktemp("partner")
    stek_origin = site_server.rstrip("/")
    published = documented_csp(example_site, "")
    assert documented_csp(example_site, "ar/") == published  # one hash for every language
    assert published["frame-src"] == EXAMPLE_ORIGIN
    # The partner's stylesheet is a file of its own: `default-src 'self'` forbids <style> too.
    (folder / "dark.css").write_text("body{background:#111;color:#eee;margin:0;padding:8px;font-family:serif}")
    (folder / "light.css").write_text("body{margin:0;padding:8px;font-family:serif}")
    for lang in ("", "ar/"):
        # Only the frame's address changes (the test's STEK is not the example's host); the listener
        # names no origin, so it is pasted exactly as published and keeps its hash.
        snippet = documented_snippet(example_site, lang).replace(EXAMPLE_ORIGIN, stek_origin)
        for style in ("light", "dark"):
            page = ("<!doctype html><html lang='nl'><head><meta charset='utf-8'>"
                    "<meta name='viewport' content='width=device-width,initial-scale=1'><title>Partner</title>"
                    f"<link rel='stylesheet' href='{style}.css'></head>"
                    f"<body><h1>Onze buurt</h1>\n{snippet}\n<p>Na het kader.</p></body></html>")
            name = (lang.strip("/") or "nl") + ("" if style == "light" else "-dark") + ".html"
            (folder / name).write_text(page, encoding="utf-8")
            (folder / f"wrong-{name}").write_text(page, encoding="utf-8")
    handler = type("Handler", (_PartnerSite,), {
        "csp": f"default-src 'self'; frame-src {stek_origin}; script-src {published['script-src']}"})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def frame_heights(tab) -> tuple[float, int, int]:
    """(the iframe's inner height in the partner's page, its document's own height, its scrollHeight)."""
    outer = tab.evaluate("document.querySelector('iframe').clientHeight")
    frame = tab.frames[1]
    frame.wait_for_load_state("load")  # on a busy machine the frame may still be between documents
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


def test_the_published_hash_is_the_listeners_own():
    """Worked out here with hashlib from the script's text, as a browser does (CSP Level 2 hash-source)."""
    import base64
    import hashlib
    from stek.site.partner_guide import LISTENER, script_hash
    assert script_hash() == "'sha256-" + base64.b64encode(hashlib.sha256(LISTENER.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("lang", ["", "fr/", "en/", "ar/"])
def test_the_snippet_has_no_inline_style_and_the_same_listener_in_every_language(example_site, lang):
    snippet = documented_snippet(example_site, lang)
    assert "style" not in snippet
    assert re.search(r'<iframe [^>]*width="100%" height="\d+"', snippet)
    [script] = re.findall(r"<script>(.*?)</script>", snippet, re.S)
    assert script == re.findall(r"<script>(.*?)</script>", documented_snippet(example_site, ""), re.S)[0]


@pytest.mark.parametrize("width", [360, 1000])
@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_the_frame_takes_the_height_of_its_content(browser, partner_server, site_server, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 700})
    tab = context.new_page()
    violations = []
    tab.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    tab.goto(partner_server + (lang.strip("/") or "nl") + ".html")
    outer, inner, scroll = settled(tab)
    # No scroll bar inside (the content fits), no empty band (the frame is no taller than it).
    assert outer == inner, (outer, inner)
    assert scroll <= outer, (scroll, outer)
    assert inner > 200 and inner != 640
    assert violations == []
    # Wider or narrower later (a phone turned): the frame follows.
    tab.set_viewport_size({"width": 1000 if width < 1000 else 360, "height": 700})
    outer, inner, scroll = settled(tab)
    assert outer == inner and scroll <= outer, (outer, inner, scroll)
    # Its links open in the partner's whole window, not in the frame.
    assert tab.frames[1].evaluate("[...document.links].every(a => a.target === '_top')")
    context.close()


def test_a_wrong_hash_blocks_the_listener_so_the_csp_is_really_in_force(browser, partner_server):
    context = browser.new_context(viewport={"width": 360, "height": 700})
    tab = context.new_page()
    tab.goto(partner_server + "wrong-nl.html")
    tab.wait_for_load_state("load")
    time.sleep(1)
    # The default height stands: the first days show, with a scroll bar for the rest.
    assert tab.evaluate("document.querySelector('iframe').clientHeight") == 640
    context.close()


def _luminance(rgb) -> float:
    channels = [c / 255 for c in rgb[:3]]
    channels = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def _contrast(a, b) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


_COLOURS = """() => {
  const rgba = s => s.match(/[\\d.]+/g).map(Number);
  const background = element => {
    for (let e = element; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c;
    }
    return [0, 0, 0, 0];  // transparent to the top: the host page would show through
  };
  return [...document.querySelectorAll('h1, h2, p, li, a, .time, .fn, .note')]
    .filter(e => e.textContent.trim())
    .map(e => [e.tagName + '.' + e.className, rgba(getComputedStyle(e).color), background(e)]);
}"""


@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_on_a_dark_page_the_embed_keeps_its_contrast(browser, partner_server, lang):
    context = browser.new_context(viewport={"width": 360, "height": 700}, color_scheme="dark")
    tab = context.new_page()
    tab.goto(partner_server + (lang.strip("/") or "nl") + "-dark.html")
    settled(tab)
    assert tab.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(17, 17, 17)"
    colours = tab.frames[1].evaluate(_COLOURS)
    assert len(colours) > 10
    for name, text, background in colours:
        assert len(background) < 4 or background[3] == 1, (name, background)  # opaque: never the host's
        assert _contrast(text, background) >= 4.5, (name, text, background)
    context.close()


def test_without_its_script_the_frame_still_shows_the_first_days(browser, partner_server, example_site):
    snippet = documented_snippet(example_site, "")
    iframe = re.search(r"<iframe[^>]*>", snippet)[0]
    assert int(re.search(r'height="(\d+)"', iframe)[1]) >= 500


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
