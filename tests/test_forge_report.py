"""Problems shown where the volunteer looks: GitHub annotations, Forgejo's log, GitLab's Code Quality report."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild import ROOT, copy_example, run_build
from stek.data.errors import DataErrors, Problems
from stek.editing.forge_report import _escape_data, code_quality, forge_of, github_command, report_to_forge
from test_data import BAD, BAD_INPUT, load

CLEAN_CI = {key: value for key, value in os.environ.items()
            if key not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "FORGEJO_ACTIONS", "GITEA_ACTIONS", "GITLAB_CI",
                           "CI_PROJECT_DIR")}


def problems_of(tmp_path: Path, case: str, replaces: str) -> Problems:
    with pytest.raises(DataErrors) as raised:
        load(tmp_path, {replaces: (BAD / case).read_bytes()})
    return raised.value.problems


@pytest.mark.parametrize(("case", "replaces", "message"), BAD_INPUT, ids=[row[0] for row in BAD_INPUT])
def test_every_bad_input_is_annotated_at_its_file_and_line(tmp_path, case, replaces, message):
    problems = problems_of(tmp_path, case, replaces)
    place, _, text = message.partition(": ")
    file, _, line = place.partition(":")
    [error] = problems.by_level()["error"]

    command = github_command("error", error, problems.language)
    expected_properties = f"file={file}" + (f",line={line}" if line else "") + ",title=Error"
    assert command == f"::error {expected_properties}::" + text.replace("%", "%25").replace("\n", "%0A")

    [entry] = code_quality(problems.by_level(), problems.language)
    assert entry["location"] == {"path": file, "lines": {"begin": int(line or 1)}}
    assert (entry["description"], entry["severity"]) == (text, "blocker")
    assert len(entry["fingerprint"]) == 64


def test_github_escapes_what_would_end_or_split_a_command():
    problems = Problems(language="en")
    problems.error("content/rights/a,b:c.md", 3, "bad_day", value="50%")
    [error] = problems.errors
    assert github_command("error", error, "en") == (
        '::error file=content/rights/a%2Cb%3Ac.md,line=3,title=Error::"50%25" is not a day. '
        "Write a day like monday, maandag or lundi."
    )
    # Messages keep a value on one line; were a line break to reach a command, it would not split it.
    assert _escape_data("a\r\nb") == "a%0D%0Ab"


def test_each_forge_is_recognised_forgejo_before_github():
    assert forge_of({"GITHUB_ACTIONS": "true"}) == "github"
    assert forge_of({"GITHUB_ACTIONS": "true", "FORGEJO_ACTIONS": "true"}) == "forgejo"
    assert forge_of({"GITHUB_ACTIONS": "true", "GITEA_ACTIONS": "true"}) == "forgejo"
    assert forge_of({"GITLAB_CI": "true"}) == "gitlab"
    assert forge_of({"CI": "true"}) is None


def three_levels() -> Problems:
    problems = Problems(language="nl")
    problems.advise("content/rights/leefloon.md", 6, "stale_review", value="2024-01-15")
    problems.warning("content/rights/huurpremie.md", 2, "rights_without_sources")
    problems.error("activities.yaml", 42, "bad_day", value="dinsdg", guess="dinsdag")
    return problems


def test_github_gets_one_command_a_problem_and_the_whole_list_in_the_summary(tmp_path):
    summary = tmp_path / "summary.md"
    printed: list[str] = []
    report_to_forge(three_levels(), tmp_path, {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
                    printed.append)
    assert printed == [
        '::error file=activities.yaml,line=42,title=Fout::"dinsdg" is geen dag. Schrijf een dag zoals maandag, lundi '
        'of monday. Bedoel je "dinsdag"?',
        "::warning file=content/rights/huurpremie.md,line=2,title=Waarschuwing::Deze rechtenpagina noemt geen bronnen. "
        "Voeg \"sources:\" toe met de officiële pagina's waar de feiten vandaan komen, zoals - {title: "
        "Rechtenverkenner, url: https://...}.",
        '::notice file=content/rights/leefloon.md,line=6,title=Advies::"reviewed: 2024-01-15" is meer dan een jaar '
        "geleden. Kijk de pagina na met de bronnen, en schrijf dan de datum van vandaag.",
    ]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("### Fout (1): de site wordt pas gebouwd als ze verbeterd is.\n")
    assert "- `activities.yaml:42`: \"dinsdg\" is geen dag." in text
    assert "### Advies (1): de site wordt gepubliceerd; verbeter dit als je kan." in text
    assert not (tmp_path / "gl-code-quality-report.json").exists()


def test_a_clean_step_summary_says_so(tmp_path):
    summary = tmp_path / "summary.md"
    report_to_forge(Problems(language="nl"), tmp_path, {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
                    lambda line: None)
    assert summary.read_text(encoding="utf-8") == "Geen problemen gevonden in de gegevens.\n"


def test_forgejo_gets_plain_lines_and_the_summary_even_with_github_variables(tmp_path):
    summary = tmp_path / "summary.md"
    printed: list[str] = []
    report_to_forge(three_levels(), tmp_path, {"GITHUB_ACTIONS": "true", "FORGEJO_ACTIONS": "true",
                                               "GITHUB_STEP_SUMMARY": str(summary)}, printed.append)
    assert printed[0] == "Fout (1): de site wordt pas gebouwd als ze verbeterd is."
    assert printed[1].startswith('activities.yaml:42: "dinsdg" is geen dag.')
    assert not any(line.startswith("::") for line in printed)
    assert "content/rights/leefloon.md:6" in summary.read_text(encoding="utf-8")


def test_gitlab_gets_a_code_quality_report_at_the_repository_root(tmp_path):
    report_to_forge(three_levels(), tmp_path, {"GITLAB_CI": "true", "CI_PROJECT_DIR": str(tmp_path)})
    entries = json.loads((tmp_path / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert [(e["severity"], e["location"]["path"], e["location"]["lines"]["begin"], e["check_name"]) for e in entries] == [
        ("blocker", "activities.yaml", 42, "bad_day"),
        ("major", "content/rights/huurpremie.md", 2, "rights_without_sources"),
        ("info", "content/rights/leefloon.md", 6, "stale_review"),
    ]
    assert all(set(e) == {"description", "check_name", "fingerprint", "severity", "location"} for e in entries)
    assert len({e["fingerprint"] for e in entries}) == 3


def test_gitlab_fingerprints_survive_moving_a_block_to_another_line():
    before, after = Problems(language="nl"), Problems(language="nl")
    before.error("activities.yaml", 10, "bad_day", value="dinsdg")
    after.error("activities.yaml", 30, "bad_day", value="dinsdg")
    assert code_quality(before.by_level(), "nl")[0]["fingerprint"] == code_quality(after.by_level(), "nl")[0]["fingerprint"]


@pytest.mark.slow
def test_a_gitlab_build_writes_its_report_on_success(tmp_path):
    root = copy_example(tmp_path / "stek")
    build = run_build(root, "--strict", environ={"GITLAB_CI": "true", "CI_PROJECT_DIR": str(root)})
    assert build.returncode == 0, build.output
    report = json.loads((root / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    # Advice only (a copy outside git, translations no native speaker checked yet): it never stops a build.
    assert {entry["severity"] for entry in report} <= {"info"}


def test_a_report_without_problems_is_an_empty_list(tmp_path):
    report_to_forge(Problems(language="nl"), tmp_path, {"GITLAB_CI": "true", "CI_PROJECT_DIR": str(tmp_path / "gone")})
    assert (tmp_path / "gl-code-quality-report.json").read_text(encoding="utf-8") == "[]\n"


@pytest.mark.slow
def test_a_failing_github_build_annotates_every_problem_and_leaves_no_traceback(tmp_path):
    root = copy_example(tmp_path / "stek", {"activities.yaml": ""})
    summary = tmp_path / "summary.md"
    build = run_build(root, "--strict", environ={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert build.returncode != 0
    assert "Traceback" not in build.output
    assert "::error file=activities.yaml,line=1,title=Fout::Dit bestand is leeg" in build.output
    assert "activities.yaml:1" in summary.read_text(encoding="utf-8")


def check(root: Path, *args: str, environ: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stek.editing.check", "--root", str(root), *args], capture_output=True,
                          text=True, env={**CLEAN_CI, **(environ or {})}, timeout=120)


@pytest.mark.slow
def test_check_reports_the_same_messages_as_the_build_without_building(tmp_path):
    root = copy_example(tmp_path / "stek")
    text = (root / "activities.yaml").read_text(encoding="utf-8").replace("function: leren", "function: lere", 1)
    (root / "activities.yaml").write_text(text, encoding="utf-8")
    result = check(root, "--strict")
    assert result.returncode == 1
    build = run_build(root, "--strict")
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("activities.yaml:")]
    assert error_lines and all(line in build.output for line in error_lines)
    assert not (root / "site").exists() or not any((root / "site").iterdir())


@pytest.mark.slow  # the check command over the whole example, twice
def test_check_passes_on_the_example_and_advice_never_fails_it(tmp_path):
    assert check(ROOT, "--strict").returncode == 0
    root = copy_example(tmp_path / "stek")
    page = root / "content/rights/leefloon.md"
    page.write_text(page.read_text(encoding="utf-8").replace("reviewed: ", "reviewed: 2020-01-01\n#", 1), encoding="utf-8")
    result = check(root, "--strict")
    assert result.returncode == 0, result.stderr
    stale = [line for line in result.stderr.splitlines() if "2020-01-01" in line]
    assert "Advies (" in result.stderr and len(stale) == 1


@pytest.mark.parametrize(("mkdocs", "message"), [
    # Columns: a broken mkdocs.yml, and the one message it must give, in the site's language.
    ("site_name: STEK\n\tsite_url: https://x.org/\n",
     "mkdocs.yml:2: A tab is used here. YAML indents with spaces only: replace the tab with spaces."),
    ("site_name: STEK\nsite_description: Open huis: gratis\ntheme:\n  language: nl\n",
     "mkdocs.yml:2: Deze regel heeft een tweede dubbele punt (:), of springt verkeerd in. Zet een tekst met een "
     'dubbele punt tussen aanhalingstekens, zoals title: "Soep: warm", of kijk het inspringen na.'),
    ("site_name: STEK\nsite_url: stek.example.org\ntheme:\n  language: nl\n",
     'mkdocs.yml:2: "stek.example.org" is geen adres van een website. Schrijf het adres waar de site gepubliceerd '
     "wordt, zoals https://stek.example.org/."),
    ("site_url: https://stek.example.org/\ntheme:\n  language: fr\n",
     'mkdocs.yml:1: Le site n\'a pas de « site_name ». Ajoutez une ligne « site_name: ... ».'),
    ("site_name: STEK\nplugins:\n  - stek:\n      languages:\n        - nl\n        - frr\n",
     'mkdocs.yml:6: "frr" is geen taalcode van twee letters. Schrijf codes zoals nl, fr, en of ar.'),
    ("site_name: STEK\ntheme:\n  name: materail\nplugins:\n  - stek:\n      languages: [fr]\n",
     'mkdocs.yml:3: « materail » n\'est pas le thème du site. Écrivez « name: stek ».'),
    # The old way (before 0.2): read, with advice (see test_old_mkdocs_yml_builds_with_advice).
    ("site_name: STEK\nplugins:\n  - i18n:\n      languages:\n        - locale: nl\n          default: true\n"
     "        - locale: frr\n",
     'mkdocs.yml:7: "frr" is geen taalcode van twee letters. Schrijf codes zoals nl, fr, en of ar.'),
    ("site_name: STEK\nplugins:\n  - i18n:\n      languages:\n        - locale: nl\n        - locale: fr\n",
     'mkdocs.yml:5: Precies één taal moet "default: true" hebben, hier hebben 0 het. Schrijf "default: true" alleen '
     "onder de hoofdtaal."),
])
def test_mkdocs_yml_is_checked_with_our_own_reader_first(tmp_path, mkdocs, message):
    root = copy_example(tmp_path / "stek", {"mkdocs.yml": mkdocs + "docs_dir: content\n"})
    result = check(root, "--config-only")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert message in result.stderr.splitlines()


# Issue 15: one meaning per level. `make check` exits non-zero exactly when the publishing build
# (properdocs build --strict) would stop: on a warning too, never on advice alone.
@pytest.mark.slow  # the check over the whole example, once a case
@pytest.mark.parametrize(("replace", "by", "status", "said"), [
    (r"sources:\n(  - .*\n)+", "", 2, "Waarschuwing"),  # a rights page without sources: a warning
    (r"reviewed: ", "reviewed: 2020-01-01\n#", 0, "Advies"),  # a review over a year old: advice
], ids=["warning", "advice"])
def test_make_check_stops_exactly_where_the_publishing_build_stops(tmp_path, replace, by, status, said):
    root = copy_example(tmp_path / "stek")
    for name in ("Makefile", "requirements.lock", "requirements-test.lock", "requirements-bench.lock", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    page = root / "content/rights/leefloon.md"
    page.write_text(re.sub(replace, by, page.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    # The copy uses this checkout's installed .venv: its stamps are named by the same lock files.
    result = subprocess.run(["make", "-s", "check", f"VENV={ROOT / '.venv'}"], cwd=root, capture_output=True,
                            text=True, env=CLEAN_CI, timeout=300)
    assert result.returncode == status, result.stderr
    assert f"{said} (" in result.stderr and "content/rights/leefloon.md:" in result.stderr


# Issue 15: in a pull request, annotations go to the lines it changed; every error is annotated, first
# those on changed lines; the rest is in the step summary, grouped by kind. A real repository: the
# minimal site on `main`, with two translations no native speaker checked yet (advice on lines no pull
# request below changes), and a branch with one commit on top.
MINIMAL = ROOT / "tests" / "sites" / "minimal"
UNCHECKED = "---\ntitle: Leefloon\nchecked_by_native_speaker: no\n---\n"
TYPO = '"tuesdy" is not a day. Write a day like monday, maandag or lundi. Did you mean "tuesday"?'
STALE = ('"reviewed: 2020-01-01" is more than a year ago. Check the page against its sources, then write the date '
         'of today.')
# Columns: the case, the file the pull request changes, what it writes instead of what, the annotations.
PULL_REQUESTS = [
    ("one line broken", "activities.yaml", ("      - day: tuesday\n", "      - day: tuesdy\n"),
     [f"::error file=activities.yaml,line=15,title=Error::{TYPO}"]),
    ("valid", "activities.yaml", ("title: {en: Soup and chat,", "title: {en: Soup and a chat,"), []),
    ("advice on its line", "content/rights/leefloon.md", ("reviewed: 2026-10-01", "reviewed: 2020-01-01"),
     [f"::notice file=content/rights/leefloon.md,line=6,title=Advice::{STALE}"]),
]


def pull_request(tmp_path: Path, file: str, change: tuple[str, str]) -> Path:
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    for lang in ("nl", "fr"):
        (root / f"content/rights/leefloon.{lang}.md").write_text(UNCHECKED, encoding="utf-8")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "first"], check=True)
    subprocess.run([*git, "checkout", "-q", "-b", "volunteer"], check=True)
    path = root / file
    assert change[0] in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(*change, 1), encoding="utf-8")
    subprocess.run([*git, "commit", "-q", "-a", "-m", "a volunteer's change"], check=True)
    return root


def reported(root: Path, environ: dict[str, str]) -> list[str]:
    from stek.editing.after_loading import load_stek
    from test_data import LANGUAGES, TODAY
    try:
        _, problems = load_stek(root, LANGUAGES, TODAY)
    except DataErrors as error:
        problems = error.problems
    printed: list[str] = []
    report_to_forge(problems, root, {"GITHUB_ACTIONS": "true", **environ}, printed.append)
    return printed


@pytest.mark.parametrize(("file", "change", "annotations"), [row[1:] for row in PULL_REQUESTS],
                         ids=[row[0] for row in PULL_REQUESTS])
def test_a_pull_request_is_annotated_on_the_lines_it_changed_and_every_error(tmp_path, file, change, annotations):
    root = pull_request(tmp_path, file, change)
    summary = tmp_path / "summary.md"
    pull = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(summary)}
    assert reported(root, pull) == annotations
    # The rest is in the summary, one line for each kind, its list folded under it.
    text = summary.read_text(encoding="utf-8")
    assert ("<details><summary>2 translations not yet checked by a native speaker</summary>\n\n"
            "- `content/rights/leefloon.fr.md:3`: No native speaker has checked") in text
    assert "- `content/rights/leefloon.nl.md:3`: No native speaker has checked" in text
    # Outside a pull request (a push, the nightly schedule) every problem is annotated, as before.
    every = reported(root, {"GITHUB_EVENT_NAME": "push"})
    others = [line for line in every if line not in annotations]
    assert len(others) == 2 and all(line.startswith("::notice file=content/rights/leefloon.") for line in others)
    assert [line for line in every if line in annotations] == annotations


def test_in_a_pull_request_errors_on_lines_it_did_not_change_are_annotated_too(tmp_path):
    # A removed partner: the activity and the rights page that name it break on lines the pull request
    # did not touch. They fail the run, so they are annotated; so is the advice that its id is gone, where
    # the lines were removed; the translations' advice stays in the summary.
    partner = "".join((MINIMAL / "partners.yaml").read_text(encoding="utf-8").partition("  - id: buurtwerk")[0]
                      .partition("partners:\n")[2])
    root = pull_request(tmp_path, "partners.yaml", (partner, ""))
    pull = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}
    assert [line.split("::")[1] for line in reported(root, pull)] == [
        "error file=activities.yaml,line=13,title=Error", "error file=content/rights/leefloon.md,line=4,title=Error",
        "notice file=partners.yaml,line=1,title=Advice"]


def test_in_a_pull_request_an_id_renamed_in_one_place_is_one_error_on_the_changed_line(tmp_path):
    # Issue 15: the activity and the rights page that name the old id are right; the rename is the mistake.
    root = pull_request(tmp_path, "partners.yaml", ("  - id: sociaal-huis\n", "  - id: social-house\n"))
    pull = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}
    assert [line.split("::")[1] for line in reported(root, pull)] == ["error file=partners.yaml,line=2,title=Error"]


def test_the_summary_groups_a_kind_in_one_line_in_the_sites_language():
    from stek.editing.forge_report import step_summary
    problems = Problems(language="nl")
    for index in range(24):
        problems.advise(f"content/rights/page-{index:02}.fr.md", 9, "translation_unchecked")
    problems.advise("content/rights/leefloon.md", 6, "stale_review", value="2024-01-15")
    text = step_summary(problems.by_level(), "nl")
    assert text.count("<details>") == 1
    assert "<details><summary>24 vertalingen nog niet nagelezen door een moedertaalspreker</summary>" in text
    assert text.count("- `content/rights/page-") == 24
    assert '- `content/rights/leefloon.md:6`: "reviewed: 2024-01-15" is meer dan een jaar geleden.' in text
