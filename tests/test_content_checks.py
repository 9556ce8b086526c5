"""Checks of the pages volunteers write (issue 18): alt text, heading levels, link texts, the rights pages'
sections and reviewer, avoided words, the example's contact: each at its line, at its level."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from stek.data.errors import Problems
from stek.editing.after_loading import load_stek
from stek.editing.forge_report import CODE_QUALITY_FILE, report_to_forge, step_summary

HERE = Path(__file__).parent
MINIMAL = HERE / "sites" / "minimal"
REPOSITORY = HERE.parent
TODAY = dt.date(2026, 12, 11)  # a Friday
LANGUAGES = ("en", "nl", "fr")
# The minimal site's rights page with all six sections, in English (its default language).
RIGHTS = """---
title: Leefloon
summary: An income when you do not have enough to live on.
help: [sociaal-huis]
ask_at: [soup]
reviewed: 2026-10-01
sources: [{title: Rights explorer, url: https://example.org/leefloon}]
reviewed_by: the house's volunteers, against the sources
---
## What is it?

Money to live on.

## Who is entitled?

People without enough income.

## How do you apply?

At the OCMW.

## Where can you ask in the STEK?

At the soup.

## What to bring

Your identity card.

## Do you disagree?

Go to the labour court within 3 months.
"""


def problems(tmp_path: Path, files: dict[str, str], *, pyproject: str | None = None) -> Problems:
    """The warnings and advice of the build's content checks on a copy of the minimal site."""
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    files = {"content/rights/leefloon.md": RIGHTS, **files}
    if pyproject is not None:
        files["pyproject.toml"] = pyproject
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    _, found = load_stek(root, LANGUAGES, TODAY, Problems(language="en"), content_checks=True)
    return found


def lines(found: Problems, file: str) -> tuple[list[str], list[str]]:
    """(warnings, advice) about one file, as `file:line: message`."""
    return ([w for w in found.warning_lines() if w.startswith(file + ":")],
            [a for a in found.advice_lines() if a.startswith(file + ":")])


def test_a_complete_rights_page_gets_no_content_advice(tmp_path):
    assert lines(problems(tmp_path, {}), "content/rights/leefloon.md") == ([], [])


def test_an_image_without_alt_text_is_a_warning_at_its_line(tmp_path):
    page = "---\ntitle: About\n---\nWelcome.\n\n![](soup.jpg)\n\n![Volunteers pour soup](soup2.jpg)\n\n<img src=\"x.png\">\n<img src=\"deco.png\" alt=\"\">\n"
    assert lines(problems(tmp_path, {"content/about.md": page}), "content/about.md") == ([
        'content/about.md:6: The image "soup.jpg" has no alt text, so a reader who cannot see it learns nothing. Write '
        "what it shows between the brackets, like ![Vrijwilligers schenken soep](...); for a decoration only, use "
        '<img alt="" ...>.',
        'content/about.md:10: The image "x.png" has no alt text, so a reader who cannot see it learns nothing. Write '
        "what it shows between the brackets, like ![Vrijwilligers schenken soep](...); for a decoration only, use "
        '<img alt="" ...>.',
    ], [])


def test_a_skipped_heading_level_is_advice_at_its_line(tmp_path):
    page = "---\ntitle: About\n---\n## Who we are\n\nText.\n\n#### Our volunteers\n\nText.\n\n### Fine again\n"
    assert lines(problems(tmp_path, {"content/about.md": page}), "content/about.md") == ([], [
        'content/about.md:8: The heading "Our volunteers" is at level 4 after a heading at level 2, skipping a level: '
        'screen readers list headings as an outline. Write "### Our volunteers".'])


def test_a_link_text_that_says_nothing_is_advice_at_its_line(tmp_path):
    page = ("---\ntitle: About\n---\nThe programme is [on this page](programme.md).\n\n"
            "For the leefloon, [klik hier](https://example.org/leefloon).\n\n[Read more](about.md)\n")
    expected = ('The link text "{}" says nothing on its own: screen readers list links without their sentence. Write '
                "where the link goes, like [the leefloon page of the OCMW](...).")
    assert lines(problems(tmp_path, {"content/about.md": page}), "content/about.md") == ([], [
        "content/about.md:6: " + expected.format("klik hier"), "content/about.md:8: " + expected.format("Read more")])


def test_a_missing_section_of_a_rights_page_is_advice_where_it_belongs(tmp_path):
    without = RIGHTS.replace("## What to bring\n\nYour identity card.\n\n", "")
    line = without.splitlines().index("## Do you disagree?") + 1
    order = ("What is it? / Who is entitled? / How do you apply? / Where can you ask in the STEK? / What to bring / "
             "Do you disagree?")
    assert lines(problems(tmp_path, {"content/rights/leefloon.md": without}), "content/rights/leefloon.md") == ([], [
        f'content/rights/leefloon.md:{line}: This page has no section "What to bring". A rights page answers, in this '
        f'order: {order}. Add a line "## What to bring" with its text here.'])


def test_a_translation_is_checked_against_the_headings_of_its_language(tmp_path):
    french = ("---\ntitle: Revenu d'intégration\ntranslated: 2026-10-01\n---\n## Qu'est-ce que c'est ?\n\nDe l'argent.\n\n"
              "## Qui y a droit ?\n\nVous.\n\n## Comment le demander ?\n\nAu CPAS.\n\n"
              "## Où trouver de l'aide à la STEK ?\n\nÀ la soupe.\n\n## Que faut-il apporter ?\n\nVotre carte.\n")
    _, advice = lines(problems(tmp_path, {"content/rights/leefloon.fr.md": french}), "content/rights/leefloon.fr.md")
    assert [a for a in advice if "section" in a] == [
        "content/rights/leefloon.fr.md:23: This page has no section \"Vous n'êtes pas d'accord ?\". A rights page "
        "answers, in this order: Qu'est-ce que c'est ? / Qui y a droit ? / Comment le demander ? / Où trouver de "
        "l'aide à la STEK ? / Que faut-il apporter ? / Vous n'êtes pas d'accord ?. Add a line \"## Vous n'êtes pas "
        "d'accord ?\" with its text here."]


def test_a_future_review_is_a_warning_and_a_missing_reviewer_advice_at_the_reviewed_line(tmp_path):
    future = RIGHTS.replace("reviewed: 2026-10-01", "reviewed: 2026-12-12").replace(
        "reviewed_by: the house's volunteers, against the sources\n", "")
    assert lines(problems(tmp_path, {"content/rights/leefloon.md": future}), "content/rights/leefloon.md") == ([
        'content/rights/leefloon.md:6: "reviewed: 2026-12-12" is after today (2026-12-11): a page cannot have been '
        "checked on a day still to come. Write the date on which its facts were checked against the sources."], [
        'content/rights/leefloon.md:6: "reviewed:" does not say who checked the page. Add "reviewed_by:" with a role '
        'or an organisation that really checked it, like reviewed_by: "het STEK-project, aan de hand van de '
        'officiële bronnen".'])
    today = RIGHTS.replace("reviewed: 2026-10-01", "reviewed: 2026-12-11")
    assert lines(problems(tmp_path / "today", {"content/rights/leefloon.md": today}), "content/rights/leefloon.md") == ([], [])


GLOSSARY = """words:
  - id: leefloon
    word: {en: leefloon, nl: leefloon, fr: revenu d'intégration}
    explanation: {en: Money to live on., nl: Geld om van te leven., fr: De l'argent pour vivre.}
    avoid: {en: [income support, living wage], fr: [minimex]}
"""


def test_a_word_the_glossary_says_to_avoid_is_advice_at_its_line(tmp_path):
    rights = RIGHTS.replace("Money to live on.", "Money to live on, also called Income Support.")
    activities = (MINIMAL / "activities.yaml").read_text(encoding="utf-8").replace(
        "title: {en: Soup and chat,", "title: {en: Soup and living wage chat,")
    found = problems(tmp_path, {"glossary.yaml": GLOSSARY, "content/rights/leefloon.md": rights,
                                "activities.yaml": activities})
    rights_line = rights.splitlines().index("Money to live on, also called Income Support.") + 1
    activity_line = activities.splitlines().index(next(l for l in activities.splitlines() if "living wage" in l)) + 1
    assert [a for a in found.advice_lines() if "avoid" in a or "not to use" in a] == [
        f'activities.yaml:{activity_line}: "living wage" is a word the glossary says not to use for this: the site '
        'calls it "leefloon" everywhere. Write "leefloon".',
        f'content/rights/leefloon.md:{rights_line}: "Income Support" is a word the glossary says not to use for this: '
        'the site calls it "leefloon" everywhere. Write "leefloon".',
    ]


EXAMPLE_CONTACT = ("partners.yaml: The example's contact details are still in partners.yaml (2 lines with example.org). "
                   "Write the house's own address, e-mail and website in their place.")


def test_the_examples_contact_in_a_house_copy_is_advice_first_in_the_summary_and_never_annotated(tmp_path):
    found = problems(tmp_path, {"content/about.md": "---\ntitle: About\n---\n### Skipped\n"})
    assert EXAMPLE_CONTACT in found.advice_lines()
    summary = step_summary(found.by_level(), "en")
    assert summary.startswith("**The example's contact details are still in partners.yaml")
    assert summary.index("example's contact") < summary.index("###")
    printed = []
    report_to_forge(found, tmp_path, {"GITHUB_ACTIONS": "true"}, printed.append)
    assert not [line for line in printed if "example's contact" in line]
    assert printed == ["::notice file=content/about.md,line=4,title=Advice::" + found.advice_lines()[-1].split(": ", 1)[1]]
    report_to_forge(found, tmp_path, {"GITLAB_CI": "true", "CI_PROJECT_DIR": str(tmp_path)})
    report = json.loads((tmp_path / CODE_QUALITY_FILE).read_text(encoding="utf-8"))
    assert report and not [entry for entry in report if "example's contact" in entry["description"]]


def test_the_examples_contact_is_silent_in_the_generators_own_repository(tmp_path):
    found = problems(tmp_path, {}, pyproject=(REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert EXAMPLE_CONTACT not in found.advice_lines()
    other = problems(tmp_path / "other", {}, pyproject='[project]\nname = "our-house"\n')
    assert EXAMPLE_CONTACT in other.advice_lines()


@pytest.mark.parametrize(("setting", "message"), [
    # (what mkdocs.yml's extra says, the message at its line)
    ("  house:\n    reply_days: soon\n",
     'mkdocs.yml:{line}: "soon" is not a number of working days. Write a whole number from 1 to 90, like "reply_days: 10".'),
    ("  accessibility:\n    public_body: maybe\n",
     'mkdocs.yml:{line}: "maybe" is neither true nor false. Write "public_body: true" or "public_body: false".'),
])
def test_the_statements_settings_are_checked_at_their_line(tmp_path, setting, message):
    from stek.data.site_config import check_site_config

    text = "site_name: STEK\nsite_url: https://stek.example.org/\ntheme:\n  name: stek\nplugins:\n  - stek:\n      languages: [en]\nextra:\n" + setting
    (tmp_path / "content").mkdir()
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    found = Problems()
    check_site_config(tmp_path, found)
    assert found.error_lines() == [message.format(line=len(text.splitlines()))]


def _placed(sections):
    from stek.site.rights_view import place_generated

    placed = place_generated([{"section": section} for section in sections])
    marks = [[k for k in ("where_before", "bring_before", "where_here", "bring_here") if part[k]]
             for part in placed["parts"]]
    return marks, placed["where_end"], placed["bring_end"]


@pytest.mark.parametrize(("sections", "expected"), [
    # (the sections of a page's parts in order, where the places to ask and the bring: list go)
    (["what", "who", "how", "where", "bring", "disagree"],
     ([[], [], [], ["where_here"], ["bring_here"], []], False, False)),
    (["what", "who", "how", "disagree"],  # neither heading: both before "disagree", in SPEC's order
     ([[], [], [], ["where_before", "bring_before"]], False, False)),
    ([None, "what", "where"],  # no "bring" nor anything after it: the list at the end
     ([[], [], ["where_here"]], False, True)),
    ([None], ([[]], True, True)),  # a text without headings: both after it
])
def test_the_generated_parts_go_inside_their_section_or_where_it_belongs(sections, expected):
    assert _placed(sections) == expected
