"""The example builds the same bytes on Python 3.11, 3.12 and 3.13 where they are installed.

Each other Python gets a virtual environment from the same lock file (hashes checked), as a
house's CI would make one, and builds the example; its site must equal the one built here.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild import ROOT, run_build
from test_engines import _differences

pytestmark = pytest.mark.slow
VERSIONS = ("3.11", "3.12", "3.13")


def _interpreter(version: str) -> Path | None:
    """`python3.12` on the PATH, or pyenv's copy of it when the shim is not switched on."""
    candidates = [shutil.which(f"python{version}")]
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += sorted(root.glob(f"versions/{version}.*/bin/python{version}"), reverse=True)
    for candidate in filter(None, candidates):
        found = subprocess.run([candidate, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
        if found.returncode == 0:
            return Path(found.stdout.strip())
    return None


@pytest.mark.parametrize("version", [v for v in VERSIONS if v != f"{sys.version_info.major}.{sys.version_info.minor}"])
def test_the_example_builds_the_same_bytes_on_another_python(example_site, tmp_path, version):
    python = _interpreter(version)
    if python is None:
        pytest.skip(f"Python {version} is not installed here")
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", venv], check=True)
    pip = [venv / "bin" / "python", "-m", "pip", "--disable-pip-version-check", "--quiet", "install"]
    subprocess.run([*pip, "--require-hashes", "-r", ROOT / "requirements.lock"], check=True)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", ROOT], check=True, cwd=tmp_path)
    build = run_build(example_site.root, "--strict", site_dir=tmp_path / "site",
                      environ={"PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"},
                      python=venv / "bin" / "python")
    assert build.returncode == 0, build.output
    assert _differences(filecmp.dircmp(example_site.site, build.site)) == []
