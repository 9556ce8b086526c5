"""How long a visitor on a slow phone waits for search results (a report, not a test).

Usage: python bench/search_speed.py [site-dir] [--no-gzip]   (default: site/, as `make site` builds it).

The slow profile of issue 16: 400 kbit/s down and up, 400 ms round trip, the CPU 4× slower
(Chromium's own emulation over CDP: Network.emulateNetworkConditions and
Emulation.setCPUThrottlingRate). Each run is a first visit with an empty cache: the search page
loads, the visitor taps the field and types a word, letter by letter. Reported from the first
keystroke: when "searching…" shows, and when the first result shows. Median of a few runs.
The server compresses text with gzip as hosts do (--no-gzip: not at all, the worst case).
"""

from __future__ import annotations

import functools
import gzip
import io
import http.server
import statistics
import sys
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

# 400 kbit/s in bytes per second, the round trip in ms, how many times slower the CPU runs
SLOW = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
CPU_SLOWDOWN = 4
RUNS = 3
# language prefix, what the visitor types
QUERIES = [("", "taalcafe"), ("ar/", "إيجار")]
# The visitor starts typing this long after the page has loaded (reading the heading, tapping the field).
READ_MS = 1000


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


class _Gzip(_Quiet):
    """Text compressed as hosts send it (GitHub Pages, Netlify: gzip); Pagefind's own files are compressed already."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in (".html", ".js", ".css", ".json", ".svg") or "gzip" not in self.headers.get(
                "Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A visit's tab closes while files still come: not worth a traceback.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def measure(browser, base: str, lang: str, words: str) -> tuple[float, float, float]:
    """One cold visit: (page loaded, "searching…" shown, first result shown), in seconds from the keystroke."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    started = time.perf_counter()
    page.goto(f"{base}{lang}search/", wait_until="load")
    loaded = time.perf_counter() - started
    page.wait_for_timeout(READ_MS)
    # The page itself notes the moments (performance.now()), so that typing and waiting do not blur them.
    page.evaluate("""() => {
      const marks = window.stekMarks = {};
      const status = document.getElementById("stek-count"), found = document.getElementById("stek-found");
      // Arabic letters are typed as text (no keydown): the earliest of the events marks the first keystroke.
      for (const type of ["keydown", "beforeinput", "input"])
        document.getElementById("stek-q").addEventListener(type, () => { marks.typed ??= performance.now(); }, true);
      new MutationObserver(() => { if (status.textContent) marks.status ??= performance.now(); })
        .observe(status, {childList: true, characterData: true, subtree: true});
      new MutationObserver(() => { if (found.querySelector("li a")) marks.first ??= performance.now(); })
        .observe(found, {childList: true, subtree: true});
    }""")
    page.focus("#stek-q")
    page.keyboard.type(words, delay=120)
    page.wait_for_function("window.stekMarks.first !== undefined", timeout=60_000)
    marks = page.evaluate("window.stekMarks")
    if "--timeline" in sys.argv:
        for name, start, end in page.evaluate("performance.getEntriesByType('resource').map(r => [r.name, r.startTime, r.responseEnd])"):
            print(f"    {name.rsplit('/', 1)[-1][:40]:<40} {(start - marks['typed']) / 1000:>6.2f} {(end - marks['typed']) / 1000:>6.2f}")
    status, first = ((marks[name] - marks["typed"]) / 1000 for name in ("status", "first"))
    context.close()
    return loaded, status, first


def main(site: Path, compress: bool) -> None:
    handler = functools.partial(_Gzip if compress else _Quiet, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        print(f"slow profile: 400 kbit/s, 400 ms RTT, CPU {CPU_SLOWDOWN}x slower; median of {RUNS} cold visits; "
              + ("text gzip-compressed as hosts send it" if compress else "nothing compressed by the server"))
        print(f"{'page':<12} {'typed':<10} {'page load':>10} {'status':>8} {'1st result':>11}  (s; status and result"
              " from the first keystroke)")
        for lang, words in QUERIES:
            runs = [measure(browser, base, lang, words) for _ in range(RUNS)]
            loaded, status, first = (statistics.median(r[i] for r in runs) for i in range(3))
            print(f"{'/' + lang + 'search/':<12} {words:<10} {loaded:>10.2f} {status:>8.2f} {first:>11.2f}")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(arguments[0]) if arguments else ROOT / "site", "--no-gzip" not in sys.argv)
