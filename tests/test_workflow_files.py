"""The check's advice on a house's forge workflows: older than the package expects, or calling another
release than the one the site is built with. Advice only: the site builds and publishes either way."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sitebuild import as_of_test_date
from stek.data.errors import Problems
from stek.data.messages import render
from stek.editing.check import check
from stek.editing.workflow_files import HOUSE_WORKFLOWS, MARKER, check_workflows

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "house"
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

OUTDATED_NL = ('{file}:1: Dit workflowbestand is ouder dan stek-site 0.2.0 verwacht: de eerste regel is niet '
               '"# stek-site workflow {generation}". Vervang het door het bestand met dezelfde naam in het sjabloon voor '
               'huizen, of breng de wijzigingen aan die CHANGELOG.md onder 0.2.0 noemt '
               '(https://github.com/stek-site/stek-site/blob/v0.2.0/CHANGELOG.md). Een huis dat zijn site niet '
               'via deze dienst publiceert, mag het bestand weghalen.')


def house(tmp_path: Path, **files: str) -> Path:
    """The house template's workflows in tmp_path, with some replaced (path: text) or removed (None)."""
    for workflow in HOUSE_WORKFLOWS:
        target = tmp_path / workflow.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(HOUSE / workflow.path, target)
    for path, text in files.items():
        target = tmp_path / path
        if text is None:
            target.unlink()
        else:
            target.write_text(text, encoding="utf-8")
    return tmp_path


def advice(root: Path, version: str | None = "0.2.0", language: str = "nl") -> list[str]:
    problems = Problems(language=language)
    check_workflows(root, problems, version=version)
    assert not problems.errors and not problems.warnings  # never more than advice
    return [problem.render(language) for problem in problems.by_level()["advice"]]


def template(path: str) -> str:
    return (HOUSE / path).read_text(encoding="utf-8")


GITHUB, GITLAB, FORGEJO = (workflow.path for workflow in HOUSE_WORKFLOWS)


def test_the_house_template_gets_no_advice_at_its_own_release(tmp_path):
    assert advice(house(tmp_path)) == []


def test_this_repository_gets_no_advice_at_any_version():
    # Its own workflows call the files beside them: no release to compare.
    assert advice(ROOT, version="0.2.0") == [] and advice(ROOT, version="9.9.9") == []


def test_a_forge_the_house_does_not_use_is_not_there_and_says_nothing(tmp_path):
    assert advice(house(tmp_path, **{GITHUB: None, GITLAB: None, FORGEJO: None})) == []


# Columns: the file, its text (from the template's), the advice in Dutch.
CASES = [
    # 0.1.0's Forgejo file: the same jobs without the marker line.
    (FORGEJO, template(FORGEJO).split("\n", 1)[1], OUTDATED_NL.format(file=FORGEJO, generation=3)),
    # The Forgejo file before its jobs were split (timeout, token, concurrency, report on timeout).
    (FORGEJO, template(FORGEJO).replace("# stek-site workflow 3", "# stek-site workflow 2", 1),
     OUTDATED_NL.format(file=FORGEJO, generation=3)),
    (GITHUB, "# Checks and builds the site on every pull request\nname: Site\n",
     OUTDATED_NL.format(file=GITHUB, generation=2)),
    (GITLAB, "workflow:\n  rules: []\n", OUTDATED_NL.format(file=GITLAB, generation=2)),
    (GITHUB, template(GITHUB).replace("@v0.2.0", "@v0.1.9"),
     f'{GITHUB}:27: Dit roept de workflow van stek-site in versie v0.1.9 aan, maar de site wordt gebouwd met '
     'stek-site 0.2.0 (requirements.lock). Schrijf "uses: stek-site/stek-site/.github/workflows/house.yml@v0.2.0", '
     'zodat beide dezelfde versie zijn.'),
    (GITLAB, template(GITLAB).replace("ref: v0.2.0", "ref: v0.1.9"),
     f'{GITLAB}:10: Dit roept de workflow van stek-site in versie v0.1.9 aan, maar de site wordt gebouwd met '
     'stek-site 0.2.0 (requirements.lock). Schrijf "ref: v0.2.0", zodat beide dezelfde versie zijn.'),
    (GITLAB, "# stek-site workflow 2\ninclude:\n  - remote: https://gitlab.example.org/stek-site/stek-site/-/raw/v0.1.9/ci/gitlab/house.yml\n",
     f'{GITLAB}:3: Dit roept de workflow van stek-site in versie v0.1.9 aan, maar de site wordt gebouwd met '
     'stek-site 0.2.0 (requirements.lock). Schrijf "- remote: '
     'https://gitlab.example.org/stek-site/stek-site/-/raw/v0.2.0/ci/gitlab/house.yml", zodat beide dezelfde '
     'versie zijn.'),
]


@pytest.mark.parametrize(("path", "text", "expected"), CASES, ids=[f"{p}-{i}" for i, (p, _, _) in enumerate(CASES)])
def test_advice_names_the_file_the_line_and_what_to_do(tmp_path, path, text, expected):
    assert advice(house(tmp_path, **{path: text})) == [expected]


def test_the_line_numbers_above_are_the_templates():
    assert template(GITHUB).split("\n")[26].strip().startswith("uses: ")
    assert template(GITLAB).split("\n")[9].strip() == "ref: v0.2.0"


def test_french_and_english(tmp_path):
    root = house(tmp_path, **{FORGEJO: template(FORGEJO).split("\n", 1)[1]})
    (fr,) = advice(root, language="fr")
    assert fr.startswith(f"{FORGEJO}:1: Ce fichier de workflow est plus ancien que ce qu'attend stek-site 0.2.0 : "
                         "sa première ligne n'est pas « # stek-site workflow 3 ».")
    (en,) = advice(root, language="en")
    assert en.startswith(f'{FORGEJO}:1: This workflow file is older than stek-site 0.2.0 expects: its first line '
                         'is not "# stek-site workflow 3".')


def test_a_development_version_has_no_release_to_compare(tmp_path):
    root = house(tmp_path, **{GITHUB: template(GITHUB).replace("@v0.2.0", "@v0.1.9")})
    assert advice(root, version="0.3.0.dev1") == [] and advice(root, version="0.2.0+local") == []


def test_a_workflow_that_yaml_cannot_read_is_left_to_the_forge(tmp_path):
    assert advice(house(tmp_path, **{GITLAB: "# stek-site workflow 2\ninclude: [\n"})) == []


def test_an_outdated_workflow_never_stops_the_check(tmp_path, monkeypatch):
    root = tmp_path / "site"
    for name in ("mkdocs.yml", "partners.yaml", "activities.yaml", "glossary.yaml"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, root / name)
    shutil.copytree(ROOT / "content", root / "content")
    as_of_test_date(root)  # the example's rights pages, checked on the tests' date rather than after it
    house(root, **{FORGEJO: template(FORGEJO).split("\n", 1)[1]})
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITLAB_CI", raising=False)
    assert check(root, strict=True) == 0
    assert check(root, strict=True, config_only=True) == 0


def test_the_changelog_quotes_each_message_as_make_check_prints_it():
    # Dutch, as `make check` prints it for a Dutch site; the line of mkdocs.yml depends on the house.
    quoted = {
        "old_theme": "mkdocs.yml:<line>: " + render("old_theme", "nl"),
        "old_languages_block": "mkdocs.yml:<line>: " + render("old_languages_block", "nl", codes="nl, fr, en, ar"),
        "old_plugin_name": "mkdocs.yml:<line>: " + render("old_plugin_name", "nl"),
        "engine_without_plugins": "mkdocs.yml: " + render("engine_without_plugins", "nl", version="2.0.0"),
        "time_zone_removed": "mkdocs.yml:<line>: " + render("time_zone_removed", "nl", value="Europe/Brussels"),
        "workflow_outdated": OUTDATED_NL.format(file=GITHUB, generation=2),
        "workflow_version": f"{GITHUB}:<line>: " + render(
            "workflow_version", "nl", found="v0.1.9", version="0.2.0",
            fixed="uses: stek-site/stek-site/.github/workflows/house.yml@v0.2.0"),
    }
    for key, text in quoted.items():
        assert f"`{text}`" in CHANGELOG, key


def test_the_changelog_shows_the_template_files_it_asks_houses_to_write():
    # The same YAML as the house template's files, leaving their comments out.
    blocks = [_without_comments(block) for block in re.findall(r"```yaml\n(.*?)```", CHANGELOG, flags=re.S)]
    for path in (GITHUB, GITLAB):
        assert _without_comments(template(path)) in blocks, path


def _without_comments(text: str) -> list[str]:
    """The lines of YAML, stripped, without comments (the marker line is kept: it is what counts)."""
    lines = [re.sub(r"\s+#.*$", "", line.strip()) for line in text.split("\n")]
    return [line for line in lines if line and (not line.startswith("#") or MARKER.match(line))]
