"""Shared fixtures: real sites built into temporary folders, at a fixed "today"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitebuild import SOURCE_DATE_EPOCH, Build, copy_example, run_build


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from this build")


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
