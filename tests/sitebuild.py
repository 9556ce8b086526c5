"""Building real sites for tests: a copy of the example STEK, built with the real `properdocs` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Friday 27 November 2026, 10:00 in Brussels: the house is open, the week is ordinary.
SOURCE_DATE_EPOCH = "1795770000"
# What a site consists of: copied from the example STEK, then overlaid by a test's files.
SITE_PARTS = ("mkdocs.yml", "partners.yaml", "activities.yaml", "glossary.yaml", "content")
# The engines that build a site: ProperDocs is the one make and the workflows run; MkDocs 1.6.1 the alternative.
ENGINES = ("properdocs", "mkdocs")
# Whether the running test may build a site: only tests marked `slow` may (tests/conftest.py sets
# it before each test's fixtures), so the fast lane, `pytest -m "not slow"`, stays fast.
builds_allowed = True


@dataclass
class Build:
    """The result of one build: exit code, what it printed, and the site folder."""

    returncode: int
    output: str
    root: Path
    site: Path

    def text(self, path: str) -> str:
        return (self.site / path).read_text(encoding="utf-8")


def copy_example(target: Path, files: dict[str, str | bytes | None] | None = None) -> Path:
    """A copy of the example STEK in `target`, with some files replaced (None removes one)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, dirs_exist_ok=True)
        elif source.exists():
            shutil.copy2(source, target / part)
    for name, content in (files or {}).items():
        path = target / name
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    as_of_test_date(target)
    return target


# The example's rights pages were checked on 6 December 2026, after the tests' fixed date: in a build
# as of that date, "reviewed: 2026-12-06" lies in the future, which is a warning (SPEC). Copies for the
# tests say they were checked on the tests' date instead; the hand-worked dates elsewhere stay as they are.
EXAMPLE_REVIEWED = "reviewed: 2026-12-06"
TEST_DATE = "2026-11-27"


def as_of_test_date(folder: Path) -> None:
    """The example's rights pages in `folder`, checked on the tests' date rather than after it."""
    for page in (folder / "content" / "rights").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        if EXAMPLE_REVIEWED in text:
            page.write_text(text.replace(EXAMPLE_REVIEWED, f"reviewed: {TEST_DATE}"), encoding="utf-8")


def run_build(root: Path, *args: str, site_dir: Path | None = None, environ: dict[str, str] | None = None,
              engine: str = ENGINES[0], python: Path | str = sys.executable) -> Build:
    """Build the site in `root` with the engine's real command, as a volunteer's CI would."""
    assert builds_allowed, "this test builds a site: mark it @pytest.mark.slow (or use build_site/example_site)"
    site = site_dir or root / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, **(environ or {})}
    result = subprocess.run(
        [str(python), "-m", engine, "build", "-f", "mkdocs.yml", "--site-dir", str(site), *args],
        cwd=root, env=env, capture_output=True, text=True, timeout=600,
    )
    return Build(result.returncode, result.stdout + result.stderr, root, site)


def problems_of(root: Path, today):
    """The Problems the check finds in a house on `today` (a date): mkdocs.yml first, then the data, errors or not."""
    from stek.data.errors import DataErrors, Problems
    from stek.data.site_config import check_site_config
    from stek.editing.after_loading import load_stek

    problems = Problems()
    languages = check_site_config(root, problems)
    try:
        _, problems = load_stek(root, languages, today, problems)
    except DataErrors as error:
        problems = error.problems
    return problems
