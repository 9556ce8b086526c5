"""Lighthouse on the example site as a cheap phone sees it: built, served gzipped on 127.0.0.1.

Usage: python bench/lighthouse.py   (once: `npm ci` in bench/, which pins lighthouse 12.2.3, the last
release that runs on Node 20). Prints the four scores and the bytes transferred on first load
of the home and programme pages in Dutch and Arabic; the JSON reports go to bench/results/.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
PAGES = {"home nl": "", "home ar": "ar/", "programme nl": "programme/", "programme ar": "ar/programme/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Monday 7 December 2026, 10:00 in Brussels: after the example's rights pages were last checked (6
# December), which the tests' earlier date (27 November) must rewrite first (tests/sitebuild.py).
SOURCE_DATE_EPOCH = "1796634000"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".ics", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzipped when the browser accepts it, as any real host would."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.endswith("/"):
                return super().send_head()
            path = path / "index.html"
        if not path.is_file() or path.suffix not in COMPRESSIBLE or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def build(site: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    subprocess.run([sys.executable, "-m", "properdocs", "build", "-f", "mkdocs.yml", "--strict", "--quiet", "--site-dir", str(site)],
                   cwd=ROOT, env=env, check=True)


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def lighthouse(url: str, report: Path) -> dict:
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", "--form-factor=mobile", "--screenEmulation.mobile",
         f"--chrome-flags={CHROME_FLAGS}"],
        env={**os.environ, "CHROME_PATH": CHROME}, check=True,
    )
    return json.loads(report.read_text(encoding="utf-8"))


def summary(result: dict) -> dict:
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    requests = result["audits"]["network-requests"]["details"]["items"]
    failed = [a for a in ("errors-in-console", "hreflang", "is-crawlable", "robots-txt", "meta-description",
                          "document-title", "html-has-lang", "valid-lang", "target-size", "color-contrast")
              if result["audits"].get(a, {}).get("score") == 0]
    return {**scores, "bytes": int(result["audits"]["total-byte-weight"]["numericValue"]),
            "requests": len(requests), "failed audits": failed}


def main() -> int:
    if not LIGHTHOUSE.exists():
        print(f"No Lighthouse at {LIGHTHOUSE}: run `npm ci` in bench/ first.", file=sys.stderr)
        return 2
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        build(site)
        server = serve(site)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            rows = {name: summary(lighthouse(base + path, results / f"{name.replace(' ', '-')}.json"))
                    for name, path in PAGES.items()}
        finally:
            server.shutdown()
    print(f"{'page':<14}{'perf':>6}{'a11y':>6}{'bp':>6}{'seo':>6}{'bytes':>9}{'reqs':>6}  failed audits")
    for name, row in rows.items():
        print(f"{name:<14}{row['performance']:>6}{row['accessibility']:>6}{row['best-practices']:>6}"
              f"{row['seo']:>6}{row['bytes']:>9}{row['requests']:>6}  {', '.join(row['failed audits']) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
