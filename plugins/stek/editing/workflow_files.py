"""Whether a house's forge workflows are the ones its version of stek-site expects (CHANGELOG.md).

A house's workflows are thin: on GitHub and GitLab they call stek-site's own workflow at a release
(`uses: …/house.yml@v0.2.0`, `include: project: … ref: v0.2.0`), on Forgejo, which cannot reliably
call another repository's workflow, the house holds the whole file. Each starts with a marker line,
`# stek-site workflow 2`, raised when a house must change its file. The check gives advice, never
more (SPEC "Errors, warnings, advice": the site builds either way), when a file is older than this
package expects or calls another release than the one the site is built with.
"""

from __future__ import annotations

import importlib.metadata
import re
from dataclasses import dataclass
from pathlib import Path

from stek.data.errors import Problems
from stek.data.loading import Map, Seq, Str, parse_yaml, read_text

# Where stek-site's own repository is, on GitHub and (the same path) on GitLab and Codeberg. The
# house template's workflows name it too; tests/test_workflows.py keeps them equal to this.
GENERATOR_REPOSITORY = "stek-site/stek-site"
PACKAGE = "stek-site"
MARKER = re.compile(r"# stek-site workflow (\d+)\s*$")
# The house's GitHub job: `uses: <owner>/<repo>/.github/workflows/house.yml@<ref>`; in stek-site's
# own repository the local `./.github/workflows/house.yml`, which has no version to compare.
_GITHUB_CALL = re.compile(r"[\w.-]+/[\w.-]+/\.github/workflows/house\.ya?ml@(?P<ref>\S+)")
# GitLab's `include: remote:` names the release in the address, like …/-/raw/v0.2.0/ci/gitlab/house.yml.
_GITLAB_REMOTE = re.compile(r"/(?P<ref>[^/]+)/ci/gitlab/house\.ya?ml$")
GITLAB_TEMPLATE = "ci/gitlab/house.yml"


@dataclass(frozen=True, slots=True)
class HouseWorkflow:
    """One forge's workflow file in a house, and the version of it that this package expects."""

    path: str
    generation: int


# Raise a generation when houses must change that file, and say how in CHANGELOG.md. Generation 1
# is the files of 0.1.0, which had no marker: the whole generator was copied into each house then.
HOUSE_WORKFLOWS = (
    HouseWorkflow(".github/workflows/site.yml", 2),
    HouseWorkflow(".gitlab-ci.yml", 2),
    HouseWorkflow(".forgejo/workflows/site.yml", 3),
)


def marker(workflow: HouseWorkflow) -> str:
    return f"# stek-site workflow {workflow.generation}"


def check_workflows(root: Path, problems: Problems, version: str | None = None) -> None:
    """Advice for each house workflow that is older than expected or calls another release.

    A file that is not there is a forge the house does not use: nothing to say.
    """
    version = _package_version() if version is None else version
    for workflow in HOUSE_WORKFLOWS:
        path = root / workflow.path
        if not path.is_file():
            continue
        text = read_text(path, workflow.path, Problems())  # an unreadable file is the forge's to report
        if text is None:
            continue
        first = MARKER.match(text.split("\n", 1)[0])
        if first is None or int(first.group(1)) < workflow.generation:
            problems.advise(workflow.path, 1, "workflow_outdated", marker=marker(workflow),
                            version=version or "?", changelog=changelog_address(version))
            continue
        if version and _is_release(version):
            lines = text.split("\n")
            for ref, line in _called_releases(workflow.path, text):
                if ref != f"v{version}":
                    fixed = lines[line - 1].replace(ref, f"v{version}").strip()
                    problems.advise(workflow.path, line, "workflow_version", found=ref, version=version, fixed=fixed)


def changelog_address(version: str | None) -> str:
    """CHANGELOG.md as it was at this release, where every house can read it."""
    ref = f"v{version}" if version and _is_release(version) else "main"
    return f"https://github.com/{GENERATOR_REPOSITORY}/blob/{ref}/CHANGELOG.md"


def _called_releases(name: str, text: str) -> list[tuple[str, int]]:
    """The release of stek-site's workflow each call names, with its line (none for a local call)."""
    config = parse_yaml(text, name, Problems())
    if not isinstance(config, Map):
        return []
    found: list[tuple[str, int]] = []
    if name.startswith(".github/"):
        jobs = config.get("jobs")
        for job in jobs.values() if isinstance(jobs, Map) else ():
            uses = job.get("uses") if isinstance(job, Map) else None
            match = _GITHUB_CALL.fullmatch(uses) if isinstance(uses, Str) else None
            if match:
                found.append((match.group("ref"), uses.line))
    elif name == ".gitlab-ci.yml":
        includes = config.get("include")
        for item in includes if isinstance(includes, Seq) else [includes]:
            if not isinstance(item, Map):
                continue
            file, ref, remote = item.get("file"), item.get("ref"), item.get("remote")
            if isinstance(file, Str) and file.lstrip("/") == GITLAB_TEMPLATE and isinstance(ref, Str):
                found.append((str(ref), ref.line))
            elif isinstance(remote, Str) and (match := _GITLAB_REMOTE.search(remote)):
                found.append((match.group("ref"), remote.line))
    return found


def _package_version() -> str | None:
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return None


def _is_release(version: str) -> bool:
    """A plain release like 0.2.0: a development build (0.3.0.dev1, 0.2.0+local) has no tag to call."""
    return re.fullmatch(r"\d+(\.\d+)*", version) is not None
