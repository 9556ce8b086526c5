"""From a clean runner to a built site: how long the workflows' set-up and build take, cold and warm.

Usage: python bench/setup_time.py   (a few minutes; needs git, make and PyPI)

It clones this repository's last commit into a temporary folder, as a forge's checkout does, and
times `make site` there three times, each after a fresh clone into the same path:

- cold: no .venv and an empty pip cache, so every package comes from PyPI (a first run);
- warm, .venv restored: the .venv of the cold run put back, as the workflows' cache restores it;
- warm, pip cache kept: no .venv, but the pip cache of the cold run.

The figures are also given as ratios to two baselines timed in the same run, since seconds depend on
the machine and the network: `python -m venv` alone, and `make site` again with everything installed
(the build itself). The goals are under 60 s cold and under 15 s warm, clone included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"cold": 60.0, "warm": 15.0}


def clean_environment(pip_cache: Path) -> dict[str, str]:
    """The environment of a clean runner: no virtualenv, no fixed "today", pip's defaults."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("VIRTUAL_ENV", "SOURCE_DATE_EPOCH", "PYTHONPATH")
                   and not key.startswith(("PIP_INDEX", "PIP_EXTRA_INDEX", "PIP_FIND_LINKS", "PIP_CONSTRAINT"))}
    # Only PyPI: this machine's own pip settings (local mirrors, extra indexes) would flatter the cold run.
    environment["PIP_CONFIG_FILE"] = os.devnull
    environment["PIP_CACHE_DIR"] = str(pip_cache)
    return environment


def timed(command: list[str], cwd: Path, environment: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{result.stdout}{result.stderr}")
    return elapsed


def clone(target: Path, environment: dict[str, str]) -> float:
    """A fresh clone of the last commit with its whole history, as the workflows fetch it."""
    if target.exists():
        shutil.rmtree(target)
    return timed(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(target)], target.parent, environment)


def main() -> int:
    python = getattr(sys, "_base_executable", sys.executable)
    make_site = ["make", "site", f"PYTHON={python}"]
    rows: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        checkout, pip_cache, venv_cache = work / "stek", work / "pip-cache", work / "venv-cache"
        pip_cache.mkdir()
        environment = clean_environment(pip_cache)

        venv_alone = timed([python, "-m", "venv", str(work / "venv-alone")], work, environment)

        cloned = clone(checkout, environment)
        rows["cold"] = (cloned, timed(make_site, checkout, environment))
        build_alone = timed(make_site, checkout, environment)
        # What the workflows' cache saves at the end of a run.
        (checkout / ".venv").rename(venv_cache)

        cloned = clone(checkout, environment)
        venv_cache.rename(checkout / ".venv")
        rows["warm, .venv restored"] = (cloned, timed(make_site, checkout, environment))

        cloned = clone(checkout, environment)
        rows["warm, pip cache kept"] = (cloned, timed(make_site, checkout, environment))
        cached = sum(path.stat().st_size for path in pip_cache.rglob("*") if path.is_file())

    print(f"{'run':<22}{'clone s':>9}{'make site s':>13}{'total s':>9}{'x venv':>8}{'x build':>9}  goal")
    for name, (cloned, made) in rows.items():
        total = cloned + made
        goal = GOALS["cold" if name == "cold" else "warm"]
        verdict = f"under {goal:.0f} s" if total < goal else f"OVER {goal:.0f} s"
        print(f"{name:<22}{cloned:>9.1f}{made:>13.1f}{total:>9.1f}{total / venv_alone:>8.1f}"
              f"{total / build_alone:>9.1f}  {verdict}")
    print(f"\nBaselines, this machine: `python -m venv` alone {venv_alone:.1f} s; `make site` with "
          f"everything installed {build_alone:.1f} s. A forge adds its own start-up (runner, image, "
          f"cache download) to these figures.")
    print(f"The pip cache held {cached / 1e6:.1f} MB after the runs.", end=" ")
    if cached < 1e6:
        # pip's HTTP cache keeps only responses that say how long they stay fresh; PyPI's do.
        print("Nearly nothing: this network's answers carry no cache headers, so pip stored no package and\n"
              "'pip cache kept' was a second cold run here. The workflows cache .venv/, not pip's cache.")
    else:
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
