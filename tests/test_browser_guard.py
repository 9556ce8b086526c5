"""The browser tests' guard: without Chromium or Playwright they skip here, and fail in CI (never a silent skip)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from browser import conftest as browser_conftest


def _outcome(check) -> tuple[type, str]:
    """What a check ends with: pytest's Failed or Skipped, and its message (a skip must not escape as this test's own)."""
    with pytest.raises((pytest.fail.Exception, pytest.skip.Exception)) as ended:
        check()
    return ended.type, str(ended.value)


@pytest.fixture
def without_playwright(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None in sys.modules makes `import playwright...` raise ImportError, as if it were not installed.
    for name in ("playwright", "playwright.sync_api"):
        monkeypatch.setitem(sys.modules, name, None)


def test_in_ci_a_missing_playwright_fails(monkeypatch, without_playwright):
    monkeypatch.setenv("CI", "true")
    monkeypatch.setattr(browser_conftest, "CHROMIUM", Path(sys.executable))  # a file that exists
    monkeypatch.setattr(browser_conftest, "AXE", Path(sys.executable))
    outcome, message = _outcome(browser_conftest.browser_api)
    assert outcome is pytest.fail.Exception, message
    assert re.fullmatch(r"no Playwright \(.*\): install requirements-test\.lock \(make test\)"
                        r" \(CI=true: browser tests may not be skipped\)", message), message


def test_locally_a_missing_playwright_skips_with_a_reason(monkeypatch, without_playwright):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(browser_conftest, "CHROMIUM", Path(sys.executable))
    monkeypatch.setattr(browser_conftest, "AXE", Path(sys.executable))
    outcome, message = _outcome(browser_conftest.browser_api)
    assert outcome is pytest.skip.Exception, message
    assert re.fullmatch(r"no Playwright \(.*\): install requirements-test\.lock \(make test\)", message), message


def test_in_ci_a_missing_chromium_fails_before_playwright_is_asked(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "true")
    monkeypatch.setattr(browser_conftest, "CHROMIUM", tmp_path / "chromium")
    assert _outcome(browser_conftest.browser_api) == (
        pytest.fail.Exception, f"no Chromium at {tmp_path}/chromium (CI=true: browser tests may not be skipped)")


def test_locally_a_missing_chromium_skips_with_a_reason(monkeypatch, tmp_path):
    monkeypatch.setenv("CI", "false")
    monkeypatch.setattr(browser_conftest, "CHROMIUM", tmp_path / "chromium")
    assert _outcome(browser_conftest.browser_api) == (pytest.skip.Exception, f"no Chromium at {tmp_path}/chromium")


def test_with_everything_here_the_guard_gives_playwright():
    if not (browser_conftest.CHROMIUM.exists() and browser_conftest.AXE.exists()):
        pytest.skip("no Chromium or axe-core here: the guard's other tests cover this machine")
    assert browser_conftest.browser_api().sync_playwright
