"""Issue 9: mkdocs-material and MkDocs 1.6 reach their end; ProperDocs, the maintained fork, builds the same site.

ProperDocs reads plugins and themes registered under `mkdocs.plugins` and `mkdocs.themes` as well
as its own groups, and redirects `import mkdocs...` to its own modules, so our plugin, the theme
and mkdocs-static-i18n load unchanged; the test holds that the two engines write the same bytes.
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys

from sitebuild import SOURCE_DATE_EPOCH


def _differences(comparison: filecmp.dircmp, prefix: str = "") -> list[str]:
    found = [prefix + name for name in comparison.left_only + comparison.right_only + comparison.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    found += [prefix + name for name in mismatch + errors]
    for name, sub in comparison.subdirs.items():
        found += _differences(sub, f"{prefix}{name}/")
    return found


def test_properdocs_builds_the_same_site_as_mkdocs(example_site, tmp_path):
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(tmp_path / "site")],
        cwd=example_site.root, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _differences(filecmp.dircmp(example_site.site, tmp_path / "site")) == []
