"""The one reader of the repository's git history: feed revisions, renamed ids and translation ages ask it.

Every call runs `git -C <folder> ...` the same way and answers None where git is missing, too slow,
or says no (not a repository, no such revision, a shallow clone's missing parent): each caller
then says nothing rather than something false.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def _run(folder: Path, *args: str, input: str | bytes | None = None, timeout: int = 60,
         text: bool = True) -> subprocess.CompletedProcess | None:
    try:
        # A version saved in another encoding (refused by the check then) must not stop a build now.
        return subprocess.run(["git", "-C", str(folder), *args], input=input, capture_output=True, text=text,
                              encoding="utf-8" if text else None, errors="replace" if text else None,
                              timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return None


def _output(folder: Path, *args: str, input: str | None = None) -> str | None:
    """A git command's output, or None when git is missing or says no."""
    result = _run(folder, *args, input=input)
    return result.stdout if result is not None and result.returncode == 0 else None


def previous_versions(root: Path, names: list[str]) -> dict[str, str | None]:
    """Files as they were in the previous version, in two git calls: the last commit for a file with
    unsaved edits, else the first parent of the last commit (on a pull request, the branch it is
    merged into); None for a file without."""
    edited = _run(root, "diff", "--name-only", "-z", "--relative", "HEAD", "--", *names, timeout=30)
    # 128: not a repository, or no such revision (a first commit, a shallow clone).
    if edited is None or edited.returncode == 128:
        return dict.fromkeys(names)
    changed = set(edited.stdout.split("\0"))
    found = texts(root, [f"{'HEAD' if name in changed else 'HEAD^1'}:./{name}" for name in names])
    return dict(zip(names, found or [None] * len(names), strict=True))


def texts(folder: Path, objects: list[str]) -> list[str | None] | None:
    """Files' texts at commits ("<revision>:<path>") as `git show` gives them, in one git call: None
    for one that is not there; None when git could not answer."""
    query = "".join(f"{name}\n" for name in objects).encode()
    result = _run(folder, "cat-file", "--batch", input=query, text=False)
    if result is None or result.returncode != 0:
        return None
    found: list[str | None] = []
    output, start = result.stdout, 0
    for _ in objects:  # "<object> blob <size>\n<content>\n", or "<name> missing\n"
        end = output.index(b"\n", start)
        last = output[start:end].rpartition(b" ")[2]
        if not last.isdigit():
            found.append(None)
            start = end + 1
            continue
        size = int(last)
        try:  # as `git show` read in text mode gave it: universal newlines
            found.append(output[end + 1:end + 1 + size].decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
        except UnicodeDecodeError:
            found.append(None)  # a version saved in another encoding: the check refused it then, nothing was built
        start = end + 1 + size + 1
    return found


def text_log(root: Path, folder: str) -> str | None:
    """Every commit that touched `folder`, newest first: "\\0<date> <parents>\\n<diff without context>",
    its paths relative to `root`."""
    return _output(root, "log", "--no-renames", "--relative", "-p", "-U0", "--format=%x00%cs %P", "--", folder)


def prefix(root: Path) -> str:
    """The path of `root` inside its repository, as git writes it in diffs ("" at the top)."""
    return (_output(root, "rev-parse", "--show-prefix") or "").strip()


def repository(root: Path) -> tuple[Path, bool, Path] | None:
    """The repository's top folder, whether it is a shallow clone, and its git folder (where a build
    may keep what it learnt from the history), in one git call; None outside a repository."""
    facts = _output(root, "rev-parse", "--show-toplevel", "--is-shallow-repository", "--absolute-git-dir")
    if facts is None:
        return None
    top, shallow, git_dir = facts.split("\n")[:3]
    return Path(top), shallow == "true", Path(git_dir)


def commits(top: Path, paths: list[str]) -> list[tuple[str, dt.datetime]]:
    """The commits that touched `paths`, oldest first, each with its commit time (UTC)."""
    log = _output(top, "log", "--reverse", "--format=%H %ct", "--", *paths) or ""
    return [(sha, dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc))
            for sha, seconds in (line.split() for line in log.splitlines())]


def blobs(top: Path, shas: list[str], paths: list[str]) -> list[str] | None:
    """The blob of each path at each commit (one git call for all), "missing" where a file is not there;
    None when git could not answer for every one."""
    query = "".join(f"{sha}:{path}\n" for sha in shas for path in paths)
    result = _run(top, "cat-file", "--batch-check=%(objectname)", input=query)
    if result is None or result.returncode != 0:
        return None
    names = [line.split()[0] for line in result.stdout.splitlines()]
    return names if len(names) == len(shas) * len(paths) else None


def changed_lines(root: Path, base: str) -> dict[str, set[int]] | None:
    """The lines a pull request changed, by file (relative to `root`), against the branch `base` it is
    merged into: `git diff --unified=0 <merge-base>...HEAD`. None when git cannot tell (no such branch
    here, a shallow clone without the merge base)."""
    for revision in (f"origin/{base}", base):
        diff = _output(root, "-c", "core.quotePath=false", "diff", "--no-renames", "--no-color", "--unified=0",
                       f"{revision}...HEAD", "--", ".")
        if diff is not None:
            break
    else:
        return None
    inside = prefix(root)
    lines: dict[str, set[int]] = {}
    path = None
    for line in diff.split("\n"):
        if line.startswith("+++ "):
            target = line[4:]
            path = target[2:].removeprefix(inside) if target != "/dev/null" else None
        elif line.startswith("@@ ") and path is not None:
            # @@ -a,b +c,d @@: d lines from line c are new; d = 0 removes lines after line c.
            start, _, count = line.split()[2][1:].partition(",")
            first, count = int(start), int(count or 1)
            lines.setdefault(path, set()).update(range(first, first + count) if count else (max(first, 1), first + 1))
    return lines
