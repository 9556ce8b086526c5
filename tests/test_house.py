"""A house repository made by `make house` from the package in `make dist`: what it holds, its lock,
and its site, which must be the example's, byte for byte.

The slow tests do what a maintainer does on a release and what a house's CI does afterwards: `make
dist` into a temporary folder, `make house DIR=...`, then in the house `STEK_WHEELS=<dist> make site`,
which creates the house's own .venv from PyPI (pip's cache kept) and the package from the wheel.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from sitebuild import ROOT, SOURCE_DATE_EPOCH, SITE_PARTS, as_of_test_date
from test_locks import (PYTHON_VERSION, SITE_PYTHON, command_dir, normalize, pip_entries, read_header,
                        renovate_deps, renovate_pins, source_manager)

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# What a house repository holds at its top: the template folder house/ (its forge workflows too), the
# example's data, editor schemas and guides, and the lock that make house writes.
HOUSE_TEMPLATE = {path.name for path in (ROOT / "house").iterdir()}
EXAMPLE = {*SITE_PARTS, "schemas", "HANDLEIDING.md", "GUIDE.fr.md"}
GENERATOR = ("plugins", "theme", "tests", "tools", "bench", "pyproject.toml", "requirements-test.lock")


def _make(*args: str, cwd: Path, **environ: str) -> subprocess.CompletedProcess:
    """`make` as a person runs it: not as a sub-make of the `make test` that may run this test."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env.update(SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, **environ)
    return subprocess.run(["make", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def _digests(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256(content).hexdigest() for name, content in _files(folder).items()}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dist")
    result = _make("dist", f"DIST={folder}", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory, dist: Path) -> Path:
    """A house made from the example and the package in `dist`, its site built with `make site`."""
    folder = tmp_path_factory.mktemp("house") / "stek-house"
    made = _make("house", f"DIR={folder}", f"DIST={dist}", cwd=ROOT)
    assert made.returncode == 0, made.stdout + made.stderr
    as_of_test_date(folder)  # as the example's copies: its rights pages checked on the tests' date
    # The house's own .venv starts from the same Python as these tests (3.11, the lock's).
    built = _make("site", cwd=folder, STEK_WHEELS=str(dist), PYTHON=sys.executable)
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


def test_the_template_pins_the_version_of_the_package():
    """house/requirements.in names this version; make house writes the version of dist/ all the same."""
    pins = dict(renovate_deps((ROOT / "house" / "requirements.in").read_text(encoding="utf-8")))
    assert pins == {"stek-site": f"=={VERSION}"}


def _regex(pattern: str) -> re.Pattern:
    """A Renovate pattern written /like this/ (a JavaScript regex) as a Python one."""
    assert pattern.startswith("/") and pattern.endswith("/"), pattern
    return re.compile(pattern[1:-1])


def test_the_house_renovate_config_makes_one_pull_request_of_an_upgrade():
    """The package and the generator's workflow references (GitHub `uses:` owner/stek-site, GitLab
    `include: project:`, a Forgejo URL) in one group; everything else off; nothing merged by itself."""
    config = json.loads((ROOT / "house" / "renovate.json").read_text(encoding="utf-8"))
    (lock_pattern,) = map(_regex, config["pip-compile"]["managerFilePatterns"])
    assert [name for name in ("requirements.lock", "requirements.in", "house/requirements.lock")
            if lock_pattern.search(name)] == ["requirements.lock", "house/requirements.lock"]
    everything, generator = config["packageRules"]
    assert everything["matchPackageNames"] == ["*"] and everything["enabled"] is False
    (ours,) = map(_regex, generator["matchDepNames"])
    names = ["stek-site", "stek-site/stek-site", "https://codeberg.org/stek-site/stek-site",
             "actions/checkout", "stek-site-extra", "properdocs"]
    assert [name for name in names if ours.search(name)] == names[:3]
    assert generator["enabled"] is True and generator["groupName"] == "stek-site"
    assert config["automerge"] is False and generator["automerge"] is False


def test_make_house_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = _make("house", f"DIR={tmp_path}", cwd=ROOT)
    assert result.returncode != 0
    assert f"make house: {tmp_path} is not empty: give DIR a new or empty folder." in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.slow
def test_the_package_carries_the_theme_catalogs_schema_words_and_licences(dist):
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = {"stek/theme/main.html", "stek/theme/home.html", "stek/theme/mkdocs_theme.yml",
             "stek/theme/assets/stek.css", "stek/theme/partials/stek/parts.html"}
    catalogs = {f"stek/locale/{lang}/LC_MESSAGES/site.po" for lang in ("nl", "fr", "ar")}
    words = {"stek/editing/words/nl.txt", "stek/editing/words/fr.txt", "stek/editing/words/LICENSE.md"}
    licences = {f"stek_site-{VERSION}.dist-info/licenses/LICENSE",
                f"stek_site-{VERSION}.dist-info/licenses/plugins/stek/editing/words/LICENSE.md"}
    assert theme | catalogs | words | licences | {"stek/calendar/programme.schema.json"} <= names
    # The sdist is the package alone: not the example house nor the tests.
    sdist = subprocess.run(["tar", "tzf", str(dist / f"stek_site-{VERSION}.tar.gz")],
                           capture_output=True, text=True, check=True).stdout.split()
    assert f"stek_site-{VERSION}/LICENSE" in sdist and f"stek_site-{VERSION}/theme/main.html" in sdist
    assert not [n for n in sdist if re.match(rf"stek_site-{VERSION}/(tests|content|README\.md)", n)]


@pytest.mark.slow
def test_make_dist_writes_the_same_bytes_again(dist, tmp_path):
    result = _make("dist", f"DIST={tmp_path}", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    # Compared by digest: a difference in a 400 KB archive would take pytest minutes to show byte by byte.
    assert _digests(tmp_path) == _digests(dist)


@pytest.mark.slow
def test_the_house_holds_what_a_house_writes_and_no_generator(house):
    top = {p.name for p in house.iterdir()} - {".venv", "site"}
    assert top == HOUSE_TEMPLATE | EXAMPLE | {"requirements.lock"}
    for name in GENERATOR:
        assert not (house / name).exists(), name
    assert not [p for p in house.rglob("*.py") if ".venv" not in p.parts]


@pytest.mark.slow
def test_the_house_builds_the_example_byte_for_byte(house, example_site):
    """Neither has a git history (the fixture builds a copy), so the feeds' SEQUENCE and LAST-MODIFIED
    are left out of both alike: every file is compared whole."""
    ours, theirs = _files(house / "site"), _files(example_site.site)
    differences = {
        "only in the house's site": sorted(set(ours) - set(theirs)),
        "only in the example's site": sorted(set(theirs) - set(ours)),
        "different bytes": sorted(name for name in set(ours) & set(theirs) if ours[name] != theirs[name]),
    }
    assert {kind: names for kind, names in differences.items() if names} == {}
    assert len(ours) > 500  # every page, feed and asset of the example's four languages


@pytest.mark.slow
def test_the_house_lock_is_one_renovate_can_rerun(house, dist):
    """The rules of tests/test_locks.py (Renovate's pip-compile manager), on the house's lock."""
    content = (house / "requirements.lock").read_text(encoding="utf-8")
    header = read_header(content, "requirements.lock")
    assert header.command_type == "pip-compile"
    assert command_dir("requirements.lock", header.output_file) == "."
    assert header.output_file == "requirements.lock"
    assert header.source_files == ["requirements.in"]
    assert source_manager("requirements.in") == "pip_requirements"
    assert {"--generate-hashes", "--allow-unsafe"} <= set(header.options)
    version = PYTHON_VERSION.match(content)
    assert version and version["version"] == SITE_PYTHON
    entries = pip_entries(content)
    assert len(renovate_deps(content)) == len(entries)
    assert renovate_pins(content) == {name: version for name, (version, _) in entries.items()}
    # The package, with the hashes of the files in dist/, as pip-compile would find them on PyPI.
    hashes = sorted(f"sha256:{hashlib.sha256(f.read_bytes()).hexdigest()}" for f in dist.iterdir())
    assert entries.pop("stek-site") == (VERSION, hashes)
    # Every dependency as this repository's lock pins it, the build backend left out.
    ours = pip_entries((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    assert ours.pop(normalize("setuptools"))
    assert entries == ours
