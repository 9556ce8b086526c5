"""Headless Chromium over the example site, served on 127.0.0.1: skipped where there is no browser, never in CI."""

from __future__ import annotations

import functools
import http.server
import importlib
import os
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The flags of DEVELOPERS.md: no sandbox in containers, and no traffic of the browser's own.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: browser tests may not be skipped)")
        pytest.skip(reason)


def browser_api():
    """Playwright's sync API, once Chromium and axe-core are found: skipped without them, failing in CI."""
    _need(CHROMIUM.exists(), f"no Chromium at {CHROMIUM}")
    _need(AXE.exists(), f"no axe-core at {AXE}: run npm ci")
    try:
        return importlib.import_module("playwright.sync_api")
    except ImportError as error:
        _need(False, f"no Playwright ({error}): install requirements-test.lock (make test)")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


@pytest.fixture(scope="session")
def site_server(example_site):
    """The built example site over HTTP on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_Quiet, directory=str(example_site.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Chromium (Playwright gives it a fresh temporary profile); skipped without it, failing in CI."""
    playwright_api = browser_api()
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site_server):
    """A tab on a phone-sized screen that records every request it makes."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()
