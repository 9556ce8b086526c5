"""Issue 11: `make serve` shows the data's mistakes in the browser, and the site again once they are mended."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from sitebuild import SOURCE_DATE_EPOCH, copy_example
from tests.browser.conftest import AXE


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_served(url: str, server: subprocess.Popen, log) -> None:
    """Until the first build is served (a bound, not a measurement: the example builds in seconds)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"mkdocs serve stopped:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail("mkdocs serve did not answer")


@pytest.fixture
def served_with_a_mistake(tmp_path):
    """The example STEK with a misspelt day, under `mkdocs serve`; yields its folder and base URL."""
    root = copy_example(tmp_path / "stek")
    activities = root / "activities.yaml"
    activities.write_text(activities.read_text(encoding="utf-8").replace("day: dinsdag\n", "day: dinsdg\n", 1),
                          encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "properdocs", "serve", "-f", "mkdocs.yml", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=root, env=env, stdout=output, stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_served(f"http://127.0.0.1:{port}/", server, log)
        yield root, f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_issue_11_serve_lists_the_mistakes_on_every_page_then_shows_the_mended_site(browser, served_with_a_mistake):
    root, base = served_with_a_mistake
    context = browser.new_context()
    tab = context.new_page()
    try:
        tab.goto(base + "fr/activities/soep-en-babbel/")
        problems = tab.locator("main li").all_inner_texts()
        assert tab.locator("html").get_attribute("lang") == "nl"
        assert tab.locator("h1").inner_text() == "De site kan niet getoond worden: er staan fouten in de gegevens"
        assert [p for p in problems if p.startswith("activities.yaml:")][:1] == [
            'activities.yaml:' + str(_line_of(root, "day: dinsdg")) + ': "dinsdg" is geen dag. '
            'Schrijf een dag zoals maandag, lundi of monday. Bedoel je "dinsdag"?'
        ]
        # The page of problems is a page like the others: accessible, in the site's language.
        tab.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                              ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        assert [violation["id"] for violation in result["violations"]] == []
        activities = root / "activities.yaml"
        activities.write_text(activities.read_text(encoding="utf-8").replace("day: dinsdg\n", "day: dinsdag\n"),
                              encoding="utf-8")
        # The page reloads by itself once the mended site is built.
        tab.wait_for_function("document.title.startsWith('Soupe et papote')", timeout=120_000)
        assert tab.locator("h1").first.inner_text() == "Soupe et papote"
    finally:
        context.close()


def _line_of(root, text: str) -> int:
    lines = (root / "activities.yaml").read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_issue_11_a_mistake_saved_in_mkdocs_yml_during_serve_shows_in_the_browser(tmp_path):
    root = copy_example(tmp_path / "stek")
    port = _free_port()
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    log = tmp_path / "serve.log"
    base = f"http://127.0.0.1:{port}/"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "properdocs", "serve", "-f", "mkdocs.yml", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=root, env=env, stdout=output, stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_served(base, server, log)
        config = root / "mkdocs.yml"
        good = config.read_text(encoding="utf-8")
        config.write_text(good.replace("\nsite_url:", "\n\tsite_url:", 1), encoding="utf-8")
        line = good.split("\n").index(next(l for l in good.split("\n") if l.startswith("site_url:"))) + 1
        expected = f"<code>mkdocs.yml:{line}</code>: Hier staat een tab."
        assert expected in _page_when(base + "partners/", lambda html: "mkdocs.yml:" in html, server, log)
        config.write_text(good, encoding="utf-8")
        assert "<h1" in _page_when(base + "partners/", lambda html: "mkdocs.yml:" not in html, server, log)
        assert "Traceback" not in log.read_text(encoding="utf-8")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _page_when(url: str, ready, server: subprocess.Popen, log) -> str:
    """The page at `url` once `ready(html)` holds (a bound, not a measurement)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"mkdocs serve stopped:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                html = response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            html = error.read().decode("utf-8")
        except OSError:
            html = ""
        if html and ready(html):
            return html
        time.sleep(0.5)
    pytest.fail(f"{url} never showed what was expected:\n{log.read_text()}")
