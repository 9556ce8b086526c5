"""Reading the data as volunteers write it: every mistake gives its file, line and what to write."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from stek.data.errors import DataErrors, Problems
from stek.data.site_config import check_site_config
from stek.editing.after_loading import load_stek
from stek.i18n import Translated

HERE = Path(__file__).parent
MINIMAL = HERE / "sites" / "minimal"
BAD = HERE / "bad"
TODAY = dt.date(2026, 11, 27)
LANGUAGES = ("en", "nl", "fr")


def load(tmp_path: Path, files: dict[str, str | bytes] | None = None, languages=LANGUAGES):
    """Load a copy of the minimal site with some files replaced."""
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    for name, content in (files or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return load_stek(root, languages, TODAY)


def errors(tmp_path: Path, files: dict[str, str | bytes], languages=LANGUAGES) -> list[str]:
    with pytest.raises(DataErrors) as raised:
        load(tmp_path, files, languages)
    return raised.value.lines


def test_minimal_site_loads_without_problems(tmp_path):
    stek, problems = load(tmp_path)
    assert (problems.warnings, problems.advice) == ([], [])
    assert list(stek.partners) == ["sociaal-huis", "buurtwerk"]
    assert list(stek.activities) == ["soup"] and list(stek.events) == ["new-year"]
    assert stek.listings_of_partner == {"sociaal-huis": ("soup",), "buurtwerk": ()}
    assert stek.rights_of_partner["sociaal-huis"] == ("leefloon",)
    assert stek.rights_of_listing == {"soup": ("leefloon",), "new-year": ()}


# Columns: the file in tests/bad/, the file of the minimal site it replaces, the one message it must give.
BAD_INPUT = [
    ('activities-bracket-not-closed.yaml', 'activities.yaml',
     'activities.yaml:13: A list or block opened here is never closed. Add the closing ].'),
    ('activities-cancelled-wrong-day.yaml', 'activities.yaml',
     'activities.yaml:20: 2026-12-23 is a Wednesday, and "Soup and chat" does not take place on that day. Did you mean Tuesday 22 December (2026-12-22)?'),
    ('activities-closure-date-and-period.yaml', 'activities.yaml',
     'activities.yaml:7: This closure has "date" and also "from" or "until". Keep "date" for one day, or "from" and "until" for a period.'),
    ('activities-closure-without-dates.yaml', 'activities.yaml',
     'activities.yaml:7: A closure needs "date:" for one day, or "from:" and "until:" for a period. Add them.'),
    ('activities-comma-in-translation.yaml', 'activities.yaml',
     'activities.yaml:13: "bread and coffee" is not a language: a comma inside { } cut the text in two. Put the text between quotes, like nl: "Soep, brood en koffie".'),
    ('activities-curly-quotes.yaml', 'activities.yaml',
     'activities.yaml:13: This line has typographic quotes (“ ” ‘ ’ « »), which YAML does not read as quotes. Type straight quotes (" or \') instead.'),
    ('activities-dash-without-space.yaml', 'activities.yaml',
     'activities.yaml:15: "-day: tuesday" needs a space after the dash. Write "- day: tuesday".'),
    ('activities-date-day-first.yaml', 'activities.yaml',
     'activities.yaml:21: "10/01/2027" is not a date. Write year-month-day, like 2027-01-10.'),
    ('activities-day-abbreviated.yaml', 'activities.yaml',
     'activities.yaml:15: "di" is not a day. Write a day like monday, maandag or lundi. Did you mean "dinsdag"?'),
    ('activities-empty-title.yaml', 'activities.yaml',
     'activities.yaml:11: "title:" is empty. Write its value after the colon, like "title: ...".'),
    ('activities-empty-when.yaml', 'activities.yaml',
     'activities.yaml:14: "when:" has nothing under it. Write each item below it on its own line, indented and starting with "- ", as in the comments at the top of the file.'),
    ('activities-end-at-midnight.yaml', 'activities.yaml',
     'activities.yaml:17: "24:00" is not a time of the day: a slot ends on the day it starts. Write 23:59 for the end of the day.'),
    ('activities-end-before-start.yaml', 'activities.yaml',
     'activities.yaml:17: The end (11:30) is not after the start (12:00). Write an end time later than the start.'),
    ('activities-event-end-before-start.yaml', 'activities.yaml',
     'activities.yaml:23: The end (14:00) is not after the start (14:00). Write an end time later than the start.'),
    ('activities-event-missing-start.yaml', 'activities.yaml',
     'activities.yaml:19: An event has no "start". Add a line "start: ...".'),
    ('activities-event-reuses-activity-id.yaml', 'activities.yaml',
     'activities.yaml:19: The id "soup" is already used (activities.yaml:10). Give each one an id of its own.'),
    ('activities-every-and-weeks.yaml', 'activities.yaml',
     'activities.yaml:15: This time slot has both "every" and "weeks". Keep one: "every: 2" for every other week, or "weeks: [1, last]" for weeks of the month.'),
    ('activities-every-without-from.yaml', 'activities.yaml',
     'activities.yaml:18: "every: 2" needs a start date to count the weeks from. Add "from: YYYY-MM-DD" to the activity.'),
    ('activities-every-zero.yaml', 'activities.yaml',
     'activities.yaml:19: "every: 0" is not a number of weeks. Write a whole number from 1 to 52, like 2 for every 2 weeks.'),
    ('activities-hour-25.yaml', 'activities.yaml',
     'activities.yaml:16: "25:00" is not a time. Write hours and minutes, like 09:30 or 14:00.'),
    ('activities-list-for-text.yaml', 'activities.yaml',
     'activities.yaml:14: "summary" must be a single text, not a list or a block of fields. Write "summary: ..." on one line.'),
    ('activities-missing-when.yaml', 'activities.yaml',
     'activities.yaml:10: An activity has no "when". Add a line "when: ...".'),
    ('activities-misspelt-day.yaml', 'activities.yaml',
     'activities.yaml:15: "dinsdg" is not a day. Write a day like monday, maandag or lundi. Did you mean "dinsdag"?'),
    ('activities-misspelt-section.yaml', 'activities.yaml',
     'activities.yaml:9: "activites" is not a field of this file. Remove it, or write one of: public_holidays, opening_hours, closures, activities, events. Did you mean "activities"?'),
    ('activities-month-13.yaml', 'activities.yaml',
     'activities.yaml:7: "2026-13-24" is not a date. Write year-month-day, like 2027-01-10.'),
    ('activities-no-default-translation.yaml', 'activities.yaml',
     'activities.yaml:11: "title" has no text in the default language. Add "en: ..." to it.'),
    ('activities-no-space-after-colon.yaml', 'activities.yaml',
     'activities.yaml:12: "function:ontmoeten" needs a space after the colon. Write "function: ontmoeten".'),
    ('activities-opening-close-before-open.yaml', 'activities.yaml',
     'activities.yaml:5: The end (09:00) is not after the start (09:30). Write an end time later than the start.'),
    ('activities-star-at-start.yaml', 'activities.yaml',
     'activities.yaml:13: A value cannot start with "*" in YAML. Put the text between quotes, like "*...".'),
    ('activities-time-without-minutes.yaml', 'activities.yaml',
     'activities.yaml:16: "12" is not a time. Write hours and minutes, like 09:30 or 14:00.'),
    ('activities-unknown-country.yaml', 'activities.yaml',
     'activities.yaml:1: "XX" is not a country whose public holidays we know. Write a country code like BE.'),
    ('activities-unknown-function.yaml', 'activities.yaml',
     'activities.yaml:12: "ontmoetn" is not a function. Write ontmoeten, leren, politiseren or verwijzen. Did you mean "ontmoeten"?'),
    ('activities-unknown-partner.yaml', 'activities.yaml',
     'activities.yaml:13: "buurtwerkk" is not a partner in partners.yaml. Write the id of a partner: sociaal-huis, buurtwerk. Did you mean "buurtwerk"?'),
    ('activities-unknown-spoken-language.yaml', 'activities.yaml',
     'activities.yaml:14: "xx" is not a two-letter language code. Write codes like nl, fr, en or ar.'),
    ('activities-until-before-from.yaml', 'activities.yaml',
     'activities.yaml:15: "until: 2026-09-01" is before "from: 2027-06-30". Write an end date on or after the start date.'),
    ('activities-week-six.yaml', 'activities.yaml',
     'activities.yaml:18: "6" is not a week of the month. Write 1, 2, 3, 4, 5 or last.'),
    ('partners-alias-bomb.yaml', 'partners.yaml',
     'partners.yaml:1: The aliases (*name) here repeat so often that the file would become too large. Write the values out instead.'),
    ('partners-apostrophe-at-start.yaml', 'partners.yaml',
     'partners.yaml:8: A text that starts with \' must end with \' too. If the \' belongs to the text, put the whole text between double quotes, like name: "\'t Lampeke".'),
    ('partners-colon-in-value.yaml', 'partners.yaml',
     'partners.yaml:8: This line has a second colon (:), or is indented wrongly. Put a text with a colon between quotes, like title: "Soup: warm", or check the indentation.'),
    ('partners-control-character.yaml', 'partners.yaml',
     'partners.yaml:8: This line has an invisible control character (U+0007). Delete it, or type the line again.'),
    ('partners-duplicate-id.yaml', 'partners.yaml',
     'partners.yaml:7: The id "sociaal-huis" is already used (partners.yaml:2). Give each one an id of its own.'),
    ('partners-duplicate-key.yaml', 'partners.yaml',
     'partners.yaml:9: "name" is written twice (also on line 8). Keep only one; or, if this starts a new item of a list, write "- " before it.'),
    ('partners-email-two-at.yaml', 'partners.yaml',
     'partners.yaml:5: "onthaal@@example.org" is not an e-mail address. Write it like name@example.org: one @ and a domain.'),
    ('partners-email-without-domain.yaml', 'partners.yaml',
     'partners.yaml:5: "onthaal@example" is not an e-mail address. Write it like name@example.org: one @ and a domain.'),
    ('partners-entry-not-a-block.yaml', 'partners.yaml',
     'partners.yaml:7: A partner must be written as "key: value" lines, not as "buurtwerk".'),
    ('partners-id-uppercase.yaml', 'partners.yaml',
     'partners.yaml:7: "Buurtwerk De Kring" is not a valid id. Use only lowercase letters, digits and hyphens, for example "buurtwerk-de-kring".'),
    ('partners-missing-name.yaml', 'partners.yaml',
     'partners.yaml:7: A partner has no "name". Add a line "name: ...".'),
    ('partners-misspelt-key.yaml', 'partners.yaml',
     'partners.yaml:6: "websit" is not a field of a partner. Remove it, or write one of: id, name, about, website, phone, email, address, social_map. Did you mean "website"?'),
    ('partners-no-break-space-indent.yaml', 'partners.yaml',
     'partners.yaml:8: This line is indented with a special space (a no-break space, often pasted from a document). Delete the indentation and type it again with the space bar.'),
    ('partners-not-a-list.yaml', 'partners.yaml',
     'partners.yaml:1: "partners" must be a list. Write each item on its own line, starting with "- ", or as [a, b].'),
    ('partners-not-utf8.yaml', 'partners.yaml',
     'partners.yaml:8: This line has characters that are not UTF-8. Save the file as UTF-8.'),
    ('partners-phone-with-letters.yaml', 'partners.yaml',
     'partners.yaml:4: "call us" is not a phone number. Write the digits, like 051 23 45 67 or +32 51 23 45 67.'),
    ('partners-question-mark-in-brackets.yaml', 'partners.yaml',
     'partners.yaml:9: Inside [ ] or { } on this line, "?" cannot stand unquoted. Put that text between quotes, like {title: "Why?", url: ...}.'),
    ('partners-second-document.yaml', 'partners.yaml',
     'partners.yaml:9: A line with only --- starts a second document here. Remove that line.'),
    ('partners-tab-indent.yaml', 'partners.yaml',
     'partners.yaml:8: A tab is used here. YAML indents with spaces only: replace the tab with spaces.'),
    ('partners-unclosed-quote.yaml', 'partners.yaml',
     'partners.yaml:3: A quote (") opened here is never closed. Add the closing " at the end of the text.'),
    ('partners-unknown-translation-language.yaml', 'partners.yaml',
     'partners.yaml:9: "de" is not a language of this site. Write one of: en, nl, fr.'),
    ('partners-url-javascript.yaml', 'partners.yaml',
     'partners.yaml:6: "javascript:alert(1)" is not an address we can link to. Write an address that starts with https://, http://, mailto: or tel:.'),
    ('partners-url-without-scheme.yaml', 'partners.yaml',
     'partners.yaml:6: "www.example.org" is not an address we can link to. Write an address that starts with https://, http://, mailto: or tel:.'),
    ('rights-front-matter-bad-indent.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:5: The indentation of this line does not match the lines above it. Line it up, with spaces, with the other lines of the same block.'),
    ('rights-front-matter-unclosed.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:1: The front matter that starts here with --- is never closed. Add a line with only --- after it.'),
    ('rights-id-not-file-name.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:2: "id: living-wage" does not match the file name. Write "id: leefloon", or remove the line.'),
    ('rights-missing-title.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:2: A rights page has no "title". Add a line "title: ...".'),
    ('rights-no-front-matter.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:1: A rights page needs front matter. Start the file with a line ---, then "title: ..." and "summary: ...", then a line ---.'),
    ('rights-reviewed-bad-date.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:6: "oktober 2026" is not a date. Write year-month-day, like 2027-01-10.'),
    ('rights-source-file-url.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:8: "file:///etc/passwd" is not an address we can link to. Write an address that starts with https://, http://, mailto: or tel:.'),
    ('rights-translation-with-links.fr.md', 'content/rights/leefloon.fr.md',
     'content/rights/leefloon.fr.md:3: "help" belongs in content/rights/leefloon.md, the page in the default language. A translation carries text only (title, summary, bring): remove it here.'),
    ('rights-unknown-ask-at.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:5: "soep" is not an id but (part of) a name. Write the id it belongs to: soup.'),
    ('rights-unknown-helper.md', 'content/rights/leefloon.md',
     'content/rights/leefloon.md:4: "ocmw" is not a partner in partners.yaml. Write the id of a partner: sociaal-huis, buurtwerk.'),
    # Issue 11: what a real try by volunteers found.
    ('activities-cancelled-week-skipped.yaml', 'activities.yaml',
     'activities.yaml:21: "Soup and chat" does not take place on 2026-12-15 (not every week, or not in its season). Write a date on which it takes place, like 2026-12-08.'),
    ('activities-two-days-in-one-slot.yaml', 'activities.yaml',
     'activities.yaml:15: "dinsdag en donderdag" names more than one day, and a time slot has one day. Write a slot for each day: "- day: dinsdag" and "- day: donderdag", each with its own start and end.'),
    ('activities-date-does-not-exist.yaml', 'activities.yaml',
     'activities.yaml:7: "2026-02-30" does not exist: that month has 28 days. Write a date that is in the calendar.'),
    ('activities-missing-dash-in-list.yaml', 'activities.yaml',
     'activities.yaml:20: This line continues the list above, but does not start with a dash. Write "- 2027-01-05".'),
    ('partners-missing-dash-before-second-partner.yaml', 'partners.yaml',
     'partners.yaml:7: This line continues the list above, but does not start with a dash. Write "- id: buurtwerk".'),
    ('activities-partner-name-for-id.yaml', 'activities.yaml',
     'activities.yaml:13: "Sociaal Huis" is not an id but (part of) a name. Write the id it belongs to: sociaal-huis.'),
    ('activities-weeks-without-brackets.yaml', 'activities.yaml',
     'activities.yaml:18: "weeks" takes a list, and a list goes between square brackets. Write weeks: [2, 4].'),
    ('partners-empty-list.yaml', 'partners.yaml',
     'partners.yaml:1: "partners:" has nothing under it. Write each item below it on its own line, indented and starting with "- ", as in the comments at the top of the file.'),
    ('activities-opening-hours-overlap.yaml', 'activities.yaml',
     'activities.yaml:6: On Tuesday, 13:00–17:00 overlaps 09:30–16:00 (line 3). Write the day once, from the first opening to the last closing, or let one end before the other starts.'),
    # Opening hours for a season, closures for part of a day.
    ('activities-season-without-until.yaml', 'activities.yaml',
     'activities.yaml:6: Opening hours for a season need both "from:" and "until:". Add the one that is missing.'),
    ('activities-seasons-overlap.yaml', 'activities.yaml',
     'activities.yaml:11: These opening hours for Monday (2027-08-15 to 2027-09-15) overlap those on line 6. Let one season end before the next begins.'),
    ('activities-part-day-closure-without-end.yaml', 'activities.yaml',
     'activities.yaml:7: A closure for part of a day needs "date:", "start:" and "end:" together. Add what is missing, or remove "start" and "end" to close the whole day.'),
    ('activities-part-day-closure-over-a-period.yaml', 'activities.yaml',
     'activities.yaml:7: A closure for part of a day needs "date:", "start:" and "end:" together. Add what is missing, or remove "start" and "end" to close the whole day.'),
    ('activities-part-day-closure-end-before-start.yaml', 'activities.yaml',
     'activities.yaml:9: The end (09:00) is not after the start (12:00). Write an end time later than the start.'),
    # Issue 15: a " #" cuts the text, which the site would publish short.
    ('activities-hash-in-text.yaml', 'activities.yaml',
     'activities.yaml:18: The text after " #" is left out: YAML reads "#achteraan links" as a comment. If it belongs '
     'to the text, put the whole text between double quotes: place: "gelijkvloers #achteraan links". If it is a note, '
     'write a space after the #.'),
]


@pytest.mark.parametrize(("case", "replaces", "message"), BAD_INPUT, ids=[row[0] for row in BAD_INPUT])
def test_bad_input_gives_file_line_and_what_to_write(tmp_path, case, replaces, message):
    assert errors(tmp_path, {replaces: (BAD / case).read_bytes()}) == [message]


# Columns: the file in tests/bad/, the file it replaces, the advice it must give (the build goes on).
ADVICE_INPUT = [
    ('activities-bullets-from-a-document.yaml', 'activities.yaml',
     'activities.yaml:20: The lines that start with "•" (pasted from a document) are joined into one paragraph on the '
     'site. Start each item with "- " instead, with an empty line before the list.'),
]


@pytest.mark.parametrize(("case", "replaces", "message"), ADVICE_INPUT, ids=[row[0] for row in ADVICE_INPUT])
def test_likely_mistakes_that_still_build_are_advice(tmp_path, case, replaces, message):
    _, problems = load(tmp_path, {replaces: (BAD / case).read_bytes()})
    assert (problems.warning_lines(), problems.advice_lines()) == ([], [message])


# Mistakes in which files there are and how they are named. Columns: the files written into the
# minimal site (None removes one), and the one message they must give.
FILE_MISTAKES = [
    ({"partners.yaml": None},
     "partners.yaml: This file is missing. Add partners.yaml next to mkdocs.yml."),
    ({"content/rights/leefloon.de.md": "---\ntitle: Leefloon\n---\n"},
     'content/rights/leefloon.de.md: The file name ends in ".de.md", but "de" is not a language of this site. '
     "Use one of: en, nl, fr."),
    ({"content/rights/Leefloon_2.md": (MINIMAL / "content/rights/leefloon.md").read_text(encoding="utf-8")},
     'content/rights/Leefloon_2.md: The file name "Leefloon_2.md" cannot be an id. Rename the file with lowercase '
     'letters, digits and hyphens, like "leefloon-2.md".'),
    ({"content/rights/huur.fr.md": "---\ntitle: Loyer\n---\n"},
     "content/rights/huur.fr.md: This translates content/rights/huur.md, which does not exist. Add "
     "content/rights/huur.md, or rename this file."),
    ({"partners.yaml": "partners:\n  - id: x\n    name: 't Lampeke\n"},
     "partners.yaml:3: A text that starts with ' must end with ' too. If the ' belongs to the text, put the whole "
     "text between double quotes, like name: \"'t Lampeke\"."),
    ({"partners.yaml": "partners:\n  - id: x\n    name: *lampeke\n"},
     "partners.yaml:3: This line cannot be read (found undefined alias 'lampeke'). Check the indentation, and write "
     'a space after every colon in "key: value".'),
]


@pytest.mark.parametrize(("files", "message"), FILE_MISTAKES, ids=[row[1].split(":")[0] + "-" + str(i)
                                                                   for i, row in enumerate(FILE_MISTAKES)])
def test_mistakes_in_files_and_their_names_give_file_and_what_to_write(tmp_path, files, message):
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    for name, content in files.items():
        if content is None:
            (root / name).unlink()
        else:
            (root / name).write_text(content, encoding="utf-8")
    with pytest.raises(DataErrors) as raised:
        load_stek(root, LANGUAGES, TODAY)
    assert raised.value.lines == [message]


def test_a_translation_no_native_speaker_checked_is_advice(tmp_path):
    translation = "---\ntitle: Revenu d'intégration\ntranslated: 2026-10-01\nchecked_by_native_speaker: no\n---\nLe revenu.\n"
    _, problems = load(tmp_path, {"content/rights/leefloon.fr.md": translation})
    assert (problems.warning_lines(), problems.advice_lines()) == ([], [
        "content/rights/leefloon.fr.md:4: No native speaker has checked this translation yet, and the page tells its "
        'readers so. When one has, remove "checked_by_native_speaker: no".'])


def test_a_docs_dir_that_does_not_exist_is_named(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    (root / "mkdocs.yml").write_text("site_name: Test\ndocs_dir: docs\n", encoding="utf-8")
    problems = Problems()
    check_site_config(root, problems)
    assert problems.error_lines() == [
        'mkdocs.yml:2: The folder "docs" does not exist. Write the folder that holds the pages, like content.']


def test_every_mistake_is_reported_at_once_in_file_order(tmp_path):
    activities = (MINIMAL / "activities.yaml").read_text()
    activities = activities.replace("day: tuesday", "day: tusday").replace("end: 17:00", "end: 1700")
    partners = (MINIMAL / "partners.yaml").read_text().replace("email: onthaal@example.org", "email: onthaal")
    assert errors(tmp_path, {"activities.yaml": activities, "partners.yaml": partners}) == [
        'partners.yaml:5: "onthaal" is not an e-mail address. Write it like name@example.org: one @ and a domain.',
        'activities.yaml:15: "tusday" is not a day. Write a day like monday, maandag or lundi. Did you mean "tuesday"?',
        'activities.yaml:23: "1700" is not a time. Write hours and minutes, like 09:30 or 14:00.',
    ]


@pytest.mark.parametrize(("languages", "message"), [
    (("nl", "fr", "en"), 'activities.yaml:15: "dinsdg" is geen dag. Schrijf een dag zoals maandag, lundi of monday. '
                         'Bedoel je "dinsdag"?'),
    (("fr", "nl", "en"), 'activities.yaml:15: « dinsdg » n\'est pas un jour. Écrivez un jour comme lundi, maandag ou monday. '
                         'Vouliez-vous dire « dinsdag » ?'),
    (("de", "nl", "fr", "en"), 'activities.yaml:15: "dinsdg" is not a day. Write a day like monday, maandag or lundi. '
                               'Did you mean "dinsdag"?'),
])
def test_messages_are_in_the_default_language_of_the_site(tmp_path, languages, message):
    activities = (MINIMAL / "activities.yaml").read_text().replace("day: tuesday", "day: dinsdg")
    activities = activities.replace("{en: Soup and chat, nl: Soep en babbel, fr: Soupe et papote}", "Soep")
    activities = activities.replace("{en: New Year, nl: Nieuwjaar, fr: Nouvel an}", "Nieuwjaar")
    assert errors(tmp_path, {"activities.yaml": activities}, languages) == [message]


def test_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path):
    big = "partners:\n" + "  - id: x\n    name: y\n" * 60_000
    assert errors(tmp_path, {"partners.yaml": big}) == [
        f"partners.yaml: The file is {len(big)} bytes; it may be 1048576 at most. Split it up or remove what is not needed."
    ]


def test_alias_bomb_is_refused_quickly(tmp_path):
    # Nine levels of ten aliases each would expand to a billion values.
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    started = time.process_time()
    assert errors(tmp_path, {"partners.yaml": "\n".join(lines) + "\npartners: *l9\n"}) == [
        "partners.yaml:1: The aliases (*name) here repeat so often that the file would become too large. "
        "Write the values out instead."
    ]
    assert time.process_time() - started < 5  # a bound, not a benchmark: expanding it would take hours


def test_bom_crlf_and_comments_everywhere_are_fine(tmp_path):
    partners = (
        "# Partners\r\n"
        "partners:  # the list\r\n"
        "  # first\r\n"
        "  - id: sociaal-huis   # never reuse\r\n"
        "    name: Sociaal Huis\r\n"
        "    phone: 0512345678\r\n"
        "\r\n"
        "  - id: buurtwerk\r\n"
        "    name: Buurtwerk # a comment after a value\r\n"
    )
    stek, _ = load(tmp_path, {"partners.yaml": b"\xef\xbb\xbf" + partners.encode()})
    assert stek.partners["sociaal-huis"].phone == "0512345678"
    assert str(stek.partners["buurtwerk"].name) == "Buurtwerk"


def test_scalars_are_read_as_written(tmp_path):
    activities = (MINIMAL / "activities.yaml").read_text()
    activities = activities.replace("start: 12:00", "start: 9u30").replace("end: 13:30", "end: 10h45")
    activities = activities.replace("open: 09:30", "open: 9u").replace("close: 16:00", "close: 12h")
    activities = activities.replace("day: tuesday", "day: Mardi")
    activities = activities.replace("    function: ontmoeten\n    partners", "    function: ontmoeten\n    price: no\n    partners", 1)
    activities = activities.replace("days: [monday, tuesday]", "days: [MAANDAG, Tuesday]")
    partners = (MINIMAL / "partners.yaml").read_text().replace("phone: 051 23 45 67", "phone: 0512345678")
    stek, _ = load(tmp_path, {"activities.yaml": activities, "partners.yaml": partners})
    soup = stek.activities["soup"]
    assert (soup.slots[0].day, soup.slots[0].start, soup.slots[0].end) == (1, dt.time(9, 30), dt.time(10, 45))
    assert soup.price == Translated({"en": "no"}, "en")
    assert [(h.day, h.open, h.close) for h in stek.opening_hours] == [(0, dt.time(9), dt.time(12)), (1, dt.time(9), dt.time(12))]
    assert stek.partners["sociaal-huis"].phone == "0512345678"


def test_a_single_value_counts_as_a_list_of_one(tmp_path):
    activities = (MINIMAL / "activities.yaml").read_text().replace("partners: [sociaal-huis]", "partners: sociaal-huis")
    stek, _ = load(tmp_path, {"activities.yaml": activities})
    assert stek.activities["soup"].partners == ("sociaal-huis",)


def test_slots_keep_every_and_weeks(tmp_path):
    activities = (MINIMAL / "activities.yaml").read_text().replace(
        "        end: 13:30\n",
        "        end: 13:30\n        every: 2\n      - day: friday\n        start: 10:00\n        end: 12:00\n"
        "        weeks: [last, 1]\n",
    ).replace("    when:", "    from: 2026-09-01\n    until: 2027-06-30\n    when:")
    stek, _ = load(tmp_path, {"activities.yaml": activities})
    soup = stek.activities["soup"]
    assert [(s.day, s.every, s.weeks) for s in soup.slots] == [(1, 2, ()), (4, None, (1, -1))]
    assert (soup.from_date, soup.until) == (dt.date(2026, 9, 1), dt.date(2027, 6, 30))


def test_rights_translation_falls_back_to_the_default_body(tmp_path):
    stek, _ = load(tmp_path, {"content/rights/leefloon.fr.md": "---\ntitle: Revenu d'intégration\nbring: [Carte d'identité]\n---\n"})
    page = stek.rights["leefloon"]
    assert page.title.get("fr") == ("Revenu d'intégration", "fr")
    assert page.body.get("fr") == ("The OCMW pays it.", "en")
    assert page.bring.get("fr") == (("Carte d'identité",), "fr")
    assert page.files["fr"] == "content/rights/leefloon.fr.md"


def test_stale_review_and_missing_translations_are_advice(tmp_path):
    rights = (MINIMAL / "content/rights/leefloon.md").read_text().replace("reviewed: 2026-10-01", "reviewed: 2025-06-01")
    activities = (MINIMAL / "activities.yaml").read_text().replace(
        "{en: New Year, nl: Nieuwjaar, fr: Nouvel an}", "{en: New Year, nl: Nieuwjaar}")
    root = tmp_path / "s"
    shutil.copytree(MINIMAL, root)
    (root / "content/rights/leefloon.md").write_text(rights)
    (root / "content/rights/leefloon.nl.md").unlink()
    (root / "activities.yaml").write_text(activities)
    _, problems = load_stek(root, LANGUAGES, TODAY)
    assert problems.warnings == []
    assert problems.advice_lines() == [
        'activities.yaml:20: "title" of "new-year" has no French translation. Add "fr: ..." to it.',
        'content/rights/leefloon.md: This page has no Dutch translation. Add content/rights/leefloon.nl.md '
        'with at least "title:" and "summary:".',
        'content/rights/leefloon.md:6: "reviewed: 2025-06-01" is more than a year ago. Check the page against its '
        'sources, then write the date of today.',
    ]


def test_event_on_a_closed_day_is_advice(tmp_path):
    activities = (MINIMAL / "activities.yaml").read_text().replace("date: 2027-01-10", "date: 2026-12-24")
    _, problems = load(tmp_path, {"activities.yaml": activities})
    assert problems.warnings == []
    assert problems.advice_lines() == ['activities.yaml:21: "new-year" is on 2026-12-24, when the house is closed (Christmas Eve). '
                        'It still takes place: check the date.']


def test_an_event_in_the_hours_of_a_part_day_closure_is_advice_and_one_beside_them_is_not(tmp_path):
    closure = "  - date: 2027-01-10\n    start: {start}\n    end: {end}\n    reason: Staff meeting\n"
    for (start, end), advice in [
        (("16:00", "18:00"), ['activities.yaml:25: "new-year" is on 2027-01-10, when the house is closed (Staff '
                              'meeting). It still takes place: check the date.']),
        (("09:00", "14:00"), []),
    ]:
        activities = (MINIMAL / "activities.yaml").read_text().replace(
            "closures:\n", "closures:\n" + closure.format(start=start, end=end))
        _, problems = load(tmp_path / start.replace(":", ""), {"activities.yaml": activities})
        assert problems.advice_lines() == advice


def test_nesting_too_deep_to_parse_is_refused(tmp_path):
    partners = "partners:\n  - id: x\n    name: " + "[" * 50_000 + "]" * 50_000 + "\n"
    assert errors(tmp_path, {"partners.yaml": partners}) == [
        "partners.yaml:3: Lists and blocks are nested too deeply here to be read. Write them with fewer levels."
    ]


def test_every_tab_is_reported_not_only_the_first(tmp_path):
    partners = (MINIMAL / "partners.yaml").read_text().replace("    name: Sociaal Huis", "\tname: Sociaal Huis")
    partners = partners.replace("    name: Buurtwerk", "\tname: Buurtwerk")
    assert errors(tmp_path, {"partners.yaml": partners}) == [
        "partners.yaml:3: A tab is used here. YAML indents with spaces only: replace the tab with spaces.",
        "partners.yaml:8: A tab is used here. YAML indents with spaces only: replace the tab with spaces.",
    ]


def test_an_empty_partners_file_gives_one_message_not_one_per_reference(tmp_path):
    assert errors(tmp_path, {"partners.yaml": "# no partners yet\n"}) == [
        "partners.yaml:1: This file is empty, so the site would have no data. Undo the change in the file's history, "
        "or write its content again (the comments at the top of the example show how)."
    ]


def test_issue_7_an_emptied_activities_file_stops_with_a_message(tmp_path):
    assert errors(tmp_path, {"activities.yaml": "\n"}) == [
        "activities.yaml:1: This file is empty, so the site would have no data. Undo the change in the file's history, "
        "or write its content again (the comments at the top of the example show how)."
    ]


def test_issue_7_a_deleted_list_of_activities_names_the_references_and_warns(tmp_path):
    """The rights page still asks at "soup": an error there, and a warning for the empty programme."""
    activities = (MINIMAL / "activities.yaml").read_text()
    activities = activities[:activities.index("activities:")] + "activities:\n"
    with pytest.raises(DataErrors) as raised:
        load(tmp_path, {"activities.yaml": activities})
    assert raised.value.lines == [
        'content/rights/leefloon.md:5: "soup" is not an activity or event in activities.yaml, which has none. '
        'Add it there first, or remove "soup" here.',
    ]
    assert raised.value.problems.warning_lines() == [
        'activities.yaml:1: There are no activities or events, so the programme would be empty. Write them under '
        '"activities:" and "events:", or undo the change that removed them.',
    ]


def test_a_rights_page_without_sources_is_a_warning(tmp_path):
    rights = (MINIMAL / "content/rights/leefloon.md").read_text()
    rights = "\n".join(line for line in rights.splitlines() if not line.startswith("sources:")) + "\n"
    _, problems = load(tmp_path, {"content/rights/leefloon.md": rights})
    assert problems.warning_lines() == [
        'content/rights/leefloon.md:2: This rights page names no sources. Add "sources:" with the official pages its '
        'facts come from, like - {title: Rechtenverkenner, url: https://...}.',
    ]


def test_the_house_contact_in_mkdocs_yml_is_checked_too(tmp_path):
    mkdocs = ("site_name: Test\nextra:\n  house:\n    address: Kerkstraat 1\n    phone: 051 23 45 67\n"
              "    email: stek.example.org\ndocs_dir: content\n")
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    (root / "mkdocs.yml").write_text(mkdocs, encoding="utf-8")
    problems = Problems()
    check_site_config(root, problems)  # mkdocs.yml is read once, before the data, with the house in it
    assert problems.error_lines() == [
        'mkdocs.yml:6: "stek.example.org" is not an e-mail address. Write it like name@example.org: one @ and a domain.'
    ]


def test_issue_11_a_broken_link_in_a_page_is_a_warning_at_its_line(tmp_path):
    about = "# Over ons\n\nLees [het leefloon](rights/leefloon.md) en [het recht](rights/leefloonn.md).\n\n" \
            "```\n[in code](nergens.md)\n```\n[elders](https://example.org/x.md), [hier](#boven)\n"
    _, problems = load(tmp_path, {"content/about.md": about})
    assert problems.warning_lines() == [
        'content/about.md:3: The link "rights/leefloonn.md" leads to no page. Link to a file in content/, like '
        'rights/leefloon.md, or write a full address (https://...).',
    ]


def test_links_to_the_pages_the_build_makes_are_fine(tmp_path):
    about = "[programma](programme.md), [soep](activities/soup.md#when), [partner](partners/buurtwerk.md)\n"
    rights = "[terug](../about.md) [rechten](index.md) [programma](../programme.md) [fr](leefloon.fr.md)\n"
    _, problems = load(tmp_path, {"content/rights/uitleg.md": "---\ntitle: Uitleg\n---\n" + rights,
                                  "content/about.md": about})
    assert [w for w in problems.warning_lines() if "link" in w] == []


def test_the_link_check_knows_every_page_the_build_makes(tmp_path):
    from stek.data.page_links import generated_keys
    from stek.pages import page_keys
    stek, _ = load(tmp_path)
    assert sorted(generated_keys(stek)) == sorted(page_keys(stek))


def test_issue_11_a_broken_link_stops_a_strict_build_in_dutch_before_anything_is_written(build_site):
    about = (Path(__file__).parent.parent / "content" / "about.md").read_text(encoding="utf-8")
    build = build_site({"content/about.md": about + "\nZie ook [de rechten](rights/leefloonn.md).\n"}, "--strict")
    line = about.count("\n") + 2
    assert build.returncode == 1
    assert (f'content/about.md:{line}: De link "rights/leefloonn.md" leidt naar geen enkele pagina. Link naar een '
            'bestand in content/, zoals rights/leefloon.md, of schrijf een volledig adres (https://...).') in build.output
    assert "not found among documentation files" not in build.output
    assert not build.site.exists()


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


def _repository(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "first")
    return root


def _renamed(root: Path) -> None:
    activities = root / "activities.yaml"
    activities.write_text(activities.read_text().replace("- id: soup", "- id: soup-and-chat"))
    rights = root / "content/rights/leefloon.md"
    rights.write_text(rights.read_text().replace("ask_at: [soup]", "ask_at: [soup-and-chat]"))


RENAMED = ('activities.yaml:10: The id "soup" of the previous version is gone, and "soup-and-chat" is new. Whoever '
           'subscribed to activities/soup/ loses it: its page and calendar feed disappear. If it is the same, write '
           '"id: soup" again.')


def test_issue_11_a_renamed_id_is_advice_before_it_is_committed(tmp_path):
    root = _repository(tmp_path)
    _renamed(root)
    _, problems = load_stek(root, LANGUAGES, TODAY)
    assert [a for a in problems.advice_lines() if "previous version" in a] == [RENAMED]


def test_issue_11_a_renamed_id_is_advice_on_the_commit_that_renames_it(tmp_path):
    root = _repository(tmp_path)
    _renamed(root)
    _git(root, "commit", "-q", "-a", "-m", "rename")
    _, problems = load_stek(root, LANGUAGES, TODAY)
    assert [a for a in problems.advice_lines() if "previous version" in a] == [RENAMED]


def test_issue_11_a_removed_partner_says_what_subscribers_lose(tmp_path):
    root = _repository(tmp_path)
    partners = root / "partners.yaml"
    partners.write_text(partners.read_text().split("  - id: buurtwerk")[0])
    _, problems = load_stek(root, LANGUAGES, TODAY)
    assert [a for a in problems.advice_lines() if "previous version" in a] == [
        'partners.yaml:1: The id "buurtwerk" of the previous version is gone: whoever subscribed to partners/buurtwerk/ '
        'loses its page and calendar feed. If it stopped, that is fine.']


def test_without_history_nothing_is_said_about_ids(tmp_path):
    root = _repository(tmp_path)
    _renamed(root)
    shutil.rmtree(root / ".git")
    _, problems = load_stek(root, LANGUAGES, TODAY)
    assert [a for a in problems.advice_lines() if "previous version" in a] == []


# Issue 11: mistakes in mkdocs.yml get our messages, in the site's language, before MkDocs reads it.
# Columns: the line of the example's mkdocs.yml to replace (by its start), what to write instead, the message.
MKDOCS_MISTAKES = [
    ("site_description:", "site_description: Ontmoetingshuis: gratis en zonder afspraak",
     'mkdocs.yml:{line}: Deze regel heeft een tweede dubbele punt (:), of springt verkeerd in. Zet een tekst met een '
     'dubbele punt tussen aanhalingstekens, zoals title: "Soep: warm", of kijk het inspringen na.'),
    ("    email:", "\temail: stek@example.org",
     "mkdocs.yml:{line}: Hier staat een tab. YAML springt alleen in met spaties: vervang de tab door spaties."),
    ("site_description:", "site_descripton: Ontmoetingshuis in Rozenwijk",
     'mkdocs.yml:{line}: "site_descripton" is geen instelling van mkdocs.yml. Kijk na hoe het geschreven is, of haal '
     'de regel weg. Bedoel je "site_description"?'),
    ("      languages:", "      languages:\n        - tir",
     'mkdocs.yml:{next}: "tir" is geen taalcode van twee letters. Schrijf codes zoals nl, fr, en of ar.'),
    ("        - ar", "        - ar\n        - nl",
     'mkdocs.yml:{next}: "nl" staat twee keer in de lijst met talen. Laat hem één keer staan.'),
    ("site_url:", "site_url: stek-rozenwijk.example.org",
     'mkdocs.yml:{line}: "stek-rozenwijk.example.org" is geen adres van een website. Schrijf het adres waar de site '
     'gepubliceerd wordt, zoals https://stek.example.org/.'),
]


@pytest.mark.parametrize(("start", "written", "message"), MKDOCS_MISTAKES, ids=[row[0] for row in MKDOCS_MISTAKES])
def test_issue_11_mistakes_in_mkdocs_yml_are_ours_in_dutch(tmp_path, start, written, message):
    from stek.data.errors import Problems
    from stek.data.site_config import check_site_config
    lines = (HERE.parent / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    line = next(number for number, text in enumerate(lines, start=1) if text.startswith(start))
    lines[line - 1] = written
    (tmp_path / "content").mkdir()
    (tmp_path / "mkdocs.yml").write_text("\n".join(lines), encoding="utf-8")
    problems = Problems()
    check_site_config(tmp_path, problems)
    assert problems.error_lines() == [message.format(line=line, next=line + 1)]


def test_issue_11_a_stopped_build_prints_the_volunteers_messages_only(build_site):
    activities = (HERE.parent / "activities.yaml").read_text(encoding="utf-8")
    build = build_site({"activities.yaml": activities.replace("      - day: maandag\n", "      - day: maandg\n", 1)})
    assert build.returncode == 1
    assert [line for line in build.output.splitlines() if "maandg" in line] == [
        f'activities.yaml:{activities.split(chr(10)).index("      - day: maandag") + 1}: "maandg" is geen dag. '
        'Schrijf een dag zoals maandag, lundi of monday. Bedoel je "maandag"?']
    assert "Aborted" not in build.output and "Traceback" not in build.output and "Error" not in build.output


def test_the_settings_of_mkdocs_yml_are_those_mkdocs_knows():
    from mkdocs.config.defaults import MkDocsConfig

    from stek.data.site_config import SETTINGS
    assert sorted(SETTINGS) == sorted(name for name, _ in MkDocsConfig._schema)


def test_a_value_written_over_two_lines_is_quoted_on_one(tmp_path):
    rights = (MINIMAL / "content/rights/leefloon.md").read_text()
    rights = re.sub(r"url: https://[^}]*", "url: https://exa---\\n\\nleefloon", rights)
    assert errors(tmp_path, {"content/rights/leefloon.md": rights}) == [
        'content/rights/leefloon.md:7: "https://exa--- leefloon" is not an address we can link to. Write an address '
        'that starts with https://, http://, mailto: or tel:.']


def test_issue_11_ocmw_written_for_the_partner_gives_its_id(tmp_path):
    from sitebuild import copy_example
    activities = (HERE.parent / "activities.yaml").read_text(encoding="utf-8")
    written = "    partners: [buurtwerk, sociaal-huis]\n"
    root = copy_example(tmp_path / "stek", {"activities.yaml": activities.replace(written, "    partners: [buurtwerk, OCMW]\n", 1)})
    line = activities.split("\n").index(written.rstrip("\n")) + 1
    with pytest.raises(DataErrors) as raised:
        load_stek(root, ("nl", "fr", "en", "ar"), TODAY)
    assert raised.value.lines == [f'activities.yaml:{line}: "OCMW" is geen id maar (een deel van) een naam. '
                                  'Schrijf het id dat erbij hoort: sociaal-huis.']


# Issue 15: after an error in a file, nothing that depends on reading that file speaks (SPEC "Publishing").
# A clone with history, a glossary that explains the OCMW, and a Dutch text that names it: each mistake
# gives its own message(s) and nothing else, no id of the previous version "gone", no word "unexplained".
GLOSSARY = ("words:\n  - id: ocmw\n    word: OCMW\n"
            "    explanation: {en: The social service., nl: De sociale dienst., fr: Le service social.}\n")
# Columns: the case, the file, what is written, what is written instead, the only messages (errors first).
UNREADABLE = [
    ("tab", "activities.yaml", "      - day: tuesday\n", "\t- day: tuesday\n",
     ["activities.yaml:15: A tab is used here. YAML indents with spaces only: replace the tab with spaces."]),
    ("unclosed quote", "partners.yaml", "    name: Sociaal Huis\n", '    name: "Sociaal Huis\n',
     ['partners.yaml:3: A quote (") opened here is never closed. Add the closing " at the end of the text.']),
    ("day typo", "activities.yaml", "      - day: tuesday\n", "      - day: tuesdy\n",
     ['activities.yaml:15: "tuesdy" is not a day. Write a day like monday, maandag or lundi. '
      'Did you mean "tuesday"?']),
    ("glossary syntax", "glossary.yaml", "  - id: ocmw\n", "  - id: [ocmw\n",
     ["glossary.yaml:2: A list or block opened here is never closed. Add the closing ]."]),
    ("rights front matter", "content/rights/leefloon.md", "title: Leefloon\n", "title: [Leefloon\n",
     ["content/rights/leefloon.md:2: A list or block opened here is never closed. Add the closing ]."]),
]


def _repository_with_glossary(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(MINIMAL, root)
    (root / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (root / "content/rights/leefloon.nl.md").write_text("---\ntitle: Leefloon\n---\nHet OCMW betaalt het.\n",
                                                       encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "first")
    return root


@pytest.mark.parametrize(("file", "written", "instead", "messages"), [row[1:] for row in UNREADABLE],
                         ids=[row[0] for row in UNREADABLE])
def test_issue_15_a_file_that_could_not_be_read_gives_its_own_messages_only(tmp_path, file, written, instead,
                                                                           messages):
    root = _repository_with_glossary(tmp_path)
    _, problems = load_stek(root, LANGUAGES, TODAY)
    assert problems.by_level() == {"error": [], "warning": [], "advice": []}  # the clean repository says nothing
    path = root / file
    assert written in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(written, instead, 1), encoding="utf-8")
    with pytest.raises(DataErrors) as raised:
        load_stek(root, LANGUAGES, TODAY)
    problems = raised.value.problems
    assert problems.error_lines() + problems.warning_lines() + problems.advice_lines() == messages
