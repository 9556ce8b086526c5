"""ProperDocs is the engine; MkDocs 1.6.1 the tested alternative: both write the same bytes.

ProperDocs reads plugins and themes registered under `mkdocs.plugins` and `mkdocs.themes` and
redirects `import mkdocs...` to its own modules, so the plugin and the theme load unchanged.
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys

from sitebuild import ENGINES, run_build


def _differences(comparison: filecmp.dircmp, prefix: str = "") -> list[str]:
    found = [prefix + name for name in comparison.left_only + comparison.right_only + comparison.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    found += [prefix + name for name in mismatch + errors]
    for name, sub in comparison.subdirs.items():
        found += _differences(sub, f"{prefix}{name}/")
    return found


def test_mkdocs_builds_the_same_site_as_properdocs(example_site, tmp_path):
    assert ENGINES == ("properdocs", "mkdocs")  # example_site is built with the first
    build = run_build(example_site.root, "--strict", site_dir=tmp_path / "site", engine="mkdocs")
    assert build.returncode == 0, build.output
    assert _differences(filecmp.dircmp(example_site.site, tmp_path / "site")) == []


def test_the_check_refuses_mkdocs_2_which_runs_no_plugins(example_site, tmp_path):
    # A distribution named mkdocs at version 2.0.0, found before the installed 1.6.1.
    metadata = tmp_path / "shadow" / "mkdocs-2.0.0.dist-info"
    metadata.mkdir(parents=True)
    (metadata / "METADATA").write_text("Metadata-Version: 2.1\nName: mkdocs\nVersion: 2.0.0\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "stek.editing.check", "--config-only"], cwd=example_site.root,
                            env={**os.environ, "PYTHONPATH": str(tmp_path / "shadow")}, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "mkdocs.yml: MkDocs 2.0.0 is geïnstalleerd, en MkDocs 2 draait geen plugins: het zou een site zonder programma "
        "publiceren. Installeer wat het lock-bestand vastlegt (make site), dat bouwt met ProperDocs.")
