"""Write the release files of stek-site, sdist and wheel, byte for byte the same from the same sources.

Usage: python tools/dist.py DIST_DIR  (`make dist`). It runs the build backend's own hooks
(setuptools.build_meta, PEP 517) with the setuptools of the lock, as `python -m build --no-isolation`
would, so nothing is fetched:

1. the package's sources (pyproject.toml, the licences, plugins/, theme/: what git tracks or would
   track there, so no stale egg-info or cache slips in) are copied into a clean folder;
2. the sdist is built there, then written again with every member in name order, dated
   SOURCE_DATE_EPOCH, owned by root and with modes 644/755 (setuptools stamps files with their
   checkout time and the gzip header with the clock);
3. the wheel is built from that sdist, unpacked, as `build` does: what the wheel holds is what the
   sdist can rebuild. setuptools dates the wheel's members by SOURCE_DATE_EPOCH and orders them.

SOURCE_DATE_EPOCH must be set (the Makefile gives the last commit's time).
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the sdist is made of (MANIFEST.in narrows it further).
SOURCES = ("pyproject.toml", "MANIFEST.in", "LICENSE", "plugins", "theme")


def _source_files() -> list[str]:
    """The package's files as git sees them: tracked, or new and not ignored."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", *SOURCES],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode().split("\0")
    return sorted({name for name in listed if name and (ROOT / name).is_file()})


def _hook(hook: str, source: Path, out: Path) -> str:
    """Run one setuptools.build_meta hook in its own process, in `source`; the file's name."""
    code = f"import sys; from setuptools import build_meta; print(build_meta.{hook}(sys.argv[1]))"
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=source, check=True,
                            capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def _normalise_sdist(path: Path, epoch: int) -> None:
    """Rewrite a .tar.gz with its members sorted, dated `epoch`, owned by root, modes 644/755."""
    with tarfile.open(path, "r:gz") as archive:
        members = [(m, archive.extractfile(m).read() if m.isfile() else None) for m in archive.getmembers()]
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for member, data in sorted(members, key=lambda item: item[0].name):
            member.mtime = epoch
            member.uid = member.gid = 0
            member.uname = member.gname = ""
            member.mode = 0o755 if member.isdir() else 0o644
            member.pax_headers = {}
            archive.addfile(member, io.BytesIO(data) if data is not None else None)
    with open(path, "wb") as out, gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=epoch) as gz:
        gz.write(raw.getvalue())


def main(dist: Path) -> None:
    epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="stek-dist-") as temp:
        source = Path(temp) / "source"
        for name in _source_files():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, source / name)
        sdist = dist / _hook("build_sdist", source, dist)
        _normalise_sdist(sdist, epoch)
        unpacked = Path(temp) / "sdist"
        with tarfile.open(sdist, "r:gz") as archive:
            archive.extractall(unpacked, filter="data")
        (top,) = unpacked.iterdir()
        wheel = _hook("build_wheel", top, dist)
    for name in (sdist.name, wheel):
        print(dist / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
