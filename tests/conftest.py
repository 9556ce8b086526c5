"""Shared fixtures: real sites built into temporary folders, at a fixed "today"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import sitebuild
from sitebuild import SOURCE_DATE_EPOCH, Build, copy_example, run_build

HERE = Path(__file__).parent
# Tests that use these fixtures build a site, run a CI pipeline or drive a browser: they are `slow`.
# A test of the fast lane that builds all the same fails and names itself (sitebuild.run_build).
BUILDING_FIXTURES = {
    "example_site", "build_site", "browser", "page", "site_server", "gitlab_project",
    # Modules' own sites: the example with some files changed, built once per module.
    "untranslated_site", "five_languages", "edited_site", "march_site", "marked_site",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from this build")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `slow` whatever builds a site or runs a browser, so that `pytest -m "not slow"` is a fast lane."""
    browser_tests = HERE / "browser"
    for item in items:
        if BUILDING_FIXTURES & set(getattr(item, "fixturenames", ())) or browser_tests in item.path.parents:
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before the test's fixtures (the session's example_site among them): a test of the fast lane
    # that builds a site after all fails and says how to mark it, instead of slowing the lane.
    sitebuild.builds_allowed = item.get_closest_marker("slow") is not None


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare a produced file whole with tests/golden/<name>; `--update-golden` rewrites it."""

    def compare(name: str, produced: bytes) -> None:
        path = Path(__file__).parent / "golden" / name
        if request.config.getoption("--update-golden"):
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(produced)
        assert produced == path.read_bytes()

    return compare


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)


@pytest.fixture
def build_site(tmp_path: Path):
    """Build a copy of the example STEK with some files replaced: build_site({"partners.yaml": ...})."""

    def build(files: dict[str, str | bytes | None] | None = None, *args: str) -> Build:
        return run_build(copy_example(tmp_path / "stek", files), *args)

    return build


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The example STEK, built once for the whole session with --strict."""
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    build = run_build(copy_example(tmp_path_factory.mktemp("example")), "--strict")
    assert build.returncode == 0, build.output
    return build
