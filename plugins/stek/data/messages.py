"""What volunteers read when their data has a problem: English here, translations in `locale/*/messages.po`."""

from __future__ import annotations

from stek.catalogs import N_, NP_, Entry, translate

# Errors, warnings and advice are written in the site's default language where a catalog has it.
MESSAGE_LANGUAGES = ("nl", "fr", "en")

# Each message says what is wrong (quoting the value) and what to write instead.
MESSAGES: dict[str, Entry] = {
    "empty_file": N_("empty_file", "this file is empty, so the site would have no data. Undo the change in the file's history, or write its content again (the comments at the top of the example show how)."),
    "no_activities": N_("no_activities", 'there are no activities or events, so the programme would be empty. Write them under "activities:" and "events:", or undo the change that removed them.'),
    "rights_without_sources": N_("rights_without_sources", 'this rights page names no sources. Add "sources:" with the official pages its facts come from, like - {{title: Rechtenverkenner, url: https://...}}.'),
    "no_git_history": N_("no_git_history", "this folder is not a git repository (or git is missing), so the calendar feeds cannot say which activities changed, and calendar apps may keep an old version. Build the site from a clone of the repository."),
    "shallow_git_history": N_("shallow_git_history", "only part of the repository's history is here (a shallow clone), so the calendar feeds cannot count the changes of each activity and would show calendar apps older versions. Fetch the whole history: fetch-depth: 0 in the workflow, or git fetch --unshallow."),
    "partner_page_address": N_("partner_page_address", 'this line names "{value}", but the site is published at {site} (site_url in mkdocs.yml). Write {site} in its place: otherwise partners follow another site\'s calendars, and the embed snippet trusts another site.'),
    "level_error": N_("level_error", "Error"),
    "level_warning": N_("level_warning", "Warning"),
    "level_advice": N_("level_advice", "Advice"),
    "heading_error": NP_("heading_error", "Error ({count}): the site is not built until it is mended.", "Errors ({count}): the site is not built until they are mended."),
    "heading_warning": NP_("heading_warning", "Warning ({count}): the site is not published until it is mended.", "Warnings ({count}): the site is not published until they are mended."),
    "heading_advice": NP_("heading_advice", "Advice ({count}): the site is published; mend this when you can.", "Advice ({count}): the site is published; mend these when you can."),
    "summary_clean": N_("summary_clean", "No problems found in the data."),
    # The step summary's groups: one line for each kind of problem that occurs more than once.
    "group_translation_unchecked": NP_("group_translation_unchecked", "{count} translation not yet checked by a native speaker", "{count} translations not yet checked by a native speaker"),
    "group_translation_outdated": NP_("group_translation_outdated", "{count} translation older than its source", "{count} translations older than their source"),
    "group_missing_translation": NP_("group_missing_translation", "{count} title or summary not translated yet", "{count} titles and summaries not translated yet"),
    "group_missing_rights_translation": NP_("group_missing_rights_translation", "{count} translation of a rights page still to write", "{count} translations of rights pages still to write"),
    "group_hard_word": NP_("group_hard_word", "{count} long or rare word that the glossary does not explain", "{count} long or rare words that the glossary does not explain"),
    "group_unexplained_abbreviation": NP_("group_unexplained_abbreviation", "{count} abbreviation that the glossary does not explain", "{count} abbreviations that the glossary does not explain"),
    "group_long_sentence": NP_("group_long_sentence", "{count} long sentence", "{count} long sentences"),
    "group_formal_word": NP_("group_formal_word", "{count} official word to write more plainly", "{count} official words to write more plainly"),
    "group_stale_review": NP_("group_stale_review", "{count} rights page reviewed more than a year ago", "{count} rights pages reviewed more than a year ago"),
    "group_other": NP_("group_other", "{count} problem of this kind, the first: {first}", "{count} problems of this kind, the first: {first}"),
    "bad_site_url": N_("bad_site_url", '"{value}" is not the address of a website. Write the address where the site is published, like https://stek.example.org/.'),
    "missing_docs_dir": N_("missing_docs_dir", 'the folder "{value}" does not exist. Write the folder that holds the pages, like content.'),
    "no_languages": N_("no_languages", 'the list of languages is empty. Write the code of at least one language, like "- nl".'),
    "duplicate_language": N_("duplicate_language", '"{value}" is in the list of languages twice. Keep it once.'),
    "engine_without_plugins": N_("engine_without_plugins", "MkDocs {version} is installed, and MkDocs 2 runs no plugins: it would publish a site without the programme. Install what the lock file pins (make site), which builds with ProperDocs."),
    "old_languages_block": N_("old_languages_block", 'the languages are written the old way (the "i18n" block, before version 0.2). They still work until version 1.0. Remove this block and write them under "- stek:", the first being the default: "languages: [{codes}]".'),
    "old_theme": N_("old_theme", 'the theme "material" is the old one (before version 0.2); the site uses its own theme now. Write "name: stek" and remove the other lines under "theme:".'),
    "time_zone_removed": N_("time_zone_removed", 'the option "time_zone" is gone: the site always keeps Brussels time (Europe/Brussels), so "{value}" changes nothing. Remove this line.'),
    "old_plugin_name": N_("old_plugin_name", 'the plugin "stek/site" is now called "stek". Write "- stek" (with its options, if any).'),
    "workflow_outdated": N_("workflow_outdated", 'this workflow file is older than stek-site {version} expects: its first line is not "{marker}". Replace it with the file of the same name in the house template, or make the changes that CHANGELOG.md lists under {version} ({changelog}). A house that does not publish on this forge can delete the file.'),
    "workflow_version": N_("workflow_version", 'this calls stek-site\'s workflow of version {found}, but the site is built with stek-site {version} (requirements.lock). Write "{fixed}", so that both are the same version.'),
    "unknown_theme": N_("unknown_theme", '"{value}" is not the site\'s theme. Write "name: stek".'),
    "one_default_language": N_("one_default_language", 'exactly one language must have "default: true", here {count} have it. Write "default: true" under the main language only.'),
    "missing_file": N_("missing_file", "this file is missing. Add {file} next to mkdocs.yml."),
    "too_large": N_("too_large", "the file is {size} bytes; it may be {limit} at most. Split it up or remove what is not needed."),
    "not_utf8": N_("not_utf8", "this line has characters that are not UTF-8. Save the file as UTF-8."),
    "control_character": N_("control_character", "this line has an invisible control character ({code}). Delete it, or type the line again."),
    "yaml_tab": N_("yaml_tab", "a tab is used here. YAML indents with spaces only: replace the tab with spaces."),
    "yaml_quote": N_("yaml_quote", "a quote ({quote}) opened here is never closed. Add the closing {quote} at the end of the text."),
    "yaml_apostrophe": N_("yaml_apostrophe", 'a text that starts with \' must end with \' too. If the \' belongs to the text, put the whole text between double quotes, like name: "\'t Lampeke".'),
    "yaml_curly_quotes": N_("yaml_curly_quotes", 'this line has typographic quotes (“ ” ‘ ’ « »), which YAML does not read as quotes. Type straight quotes (" or \') instead.'),
    "yaml_colon_space": N_("yaml_colon_space", '"{written}" needs a space after the colon. Write "{fixed}".'),
    "yaml_dash_space": N_("yaml_dash_space", '"{written}" needs a space after the dash. Write "{fixed}".'),
    "yaml_nbsp": N_("yaml_nbsp", "this line is indented with a special space (a no-break space, often pasted from a document). Delete the indentation and type it again with the space bar."),
    "yaml_syntax": N_("yaml_syntax", 'this line cannot be read ({problem}). Check the indentation, and write a space after every colon in "key: value".'),
    "yaml_colon": N_("yaml_colon", 'this line has a second colon (:), or is indented wrongly. Put a text with a colon between quotes, like title: "Soup: warm", or check the indentation.'),
    "yaml_indent": N_("yaml_indent", "the indentation of this line does not match the lines above it. Line it up, with spaces, with the other lines of the same block."),
    "yaml_bracket": N_("yaml_bracket", "a list or block opened here is never closed. Add the closing {bracket}."),
    "yaml_flow_text": N_("yaml_flow_text", 'inside [ ] or {{ }} on this line, "{char}" cannot stand unquoted. Put that text between quotes, like {{title: "Why?", url: ...}}.'),
    "yaml_document": N_("yaml_document", "a line with only --- starts a second document here. Remove that line."),
    "yaml_reserved": N_("yaml_reserved", 'a value cannot start with "{char}" in YAML. Put the text between quotes, like "{char}...".'),
    "yaml_too_deep": N_("yaml_too_deep", "lists and blocks are nested too deeply here to be read. Write them with fewer levels."),
    "yaml_alias_bomb": N_("yaml_alias_bomb", "the aliases (*name) here repeat so often that the file would become too large. Write the values out instead."),
    "duplicate_key": N_("duplicate_key", '"{key}" is written twice (also on line {first}). Keep only one; or, if this starts a new item of a list, write "- " before it.'),
    "expected_map": N_("expected_map", '{what} must be written as "key: value" lines, not as "{value}".'),
    "expected_list": N_("expected_list", '"{field}" must be a list. Write each item on its own line, starting with "- ", or as [a, b].'),
    "expected_text": N_("expected_text", '"{field}" must be a single text, not a list or a block of fields. Write "{field}: ..." on one line.'),
    "unknown_key": N_("unknown_key", '"{key}" is not a field of {what}. Remove it, or write one of: {choices}.'),
    "missing_field": N_("missing_field", '{what} has no "{field}". Add a line "{field}: ...".'),
    "missing_default_text": N_("missing_default_text", '"{field}" has no text in the default language. Add "{language}: ..." to it.'),
    "bad_id": N_("bad_id", '"{value}" is not a valid id. Use only lowercase letters, digits and hyphens, for example "{suggestion}".'),
    "duplicate_id": N_("duplicate_id", 'the id "{value}" is already used ({first}). Give each one an id of its own.'),
    "unknown_partner": N_("unknown_partner", '"{value}" is not a partner in partners.yaml. Write the id of a partner: {choices}.'),
    "no_partners_yet": N_("no_partners_yet", '"{value}" is not a partner in partners.yaml, which has no partners yet. Add the partner there first, or remove "{value}" here.'),
    "no_activities_yet": N_("no_activities_yet", '"{value}" is not an activity or event in activities.yaml, which has none. Add it there first, or remove "{value}" here.'),
    "unknown_activity": N_("unknown_activity", '"{value}" is not an activity or event in activities.yaml. Write the id of one: {choices}.'),
    "bad_day": N_("bad_day", '"{value}" is not a day. Write a day like monday, maandag or lundi.'),
    "bad_time": N_("bad_time", '"{value}" is not a time. Write hours and minutes, like 09:30 or 14:00.'),
    "bad_date": N_("bad_date", '"{value}" is not a date. Write year-month-day, like 2027-01-10.'),
    "midnight": N_("midnight", '"{value}" is not a time of the day: a slot ends on the day it starts. Write 23:59 for the end of the day.'),
    "comma_in_text": N_("comma_in_text", '"{value}" is not a language: a comma inside {{ }} cut the text in two. Put the text between quotes, like nl: "Soep, brood en koffie".'),
    "end_before_start": N_("end_before_start", "the end ({end}) is not after the start ({start}). Write an end time later than the start."),
    "until_before_from": N_("until_before_from", '"until: {until}" is before "from: {start}". Write an end date on or after the start date.'),
    "every_without_from": N_("every_without_from", '"every: {every}" needs a start date to count the weeks from. Add "from: YYYY-MM-DD" to the activity.'),
    "every_and_weeks": N_("every_and_weeks", 'this time slot has both "every" and "weeks". Keep one: "every: 2" for every other week, or "weeks: [1, last]" for weeks of the month.'),
    "bad_every": N_("bad_every", '"every: {value}" is not a number of weeks. Write a whole number from 1 to 52, like 2 for every 2 weeks.'),
    "bad_week": N_("bad_week", '"{value}" is not a week of the month. Write 1, 2, 3, 4, 5 or last.'),
    "bad_site_language": N_("bad_site_language", '"{value}" is not a language of this site. Write one of: {choices}.'),
    "bad_spoken_language": N_("bad_spoken_language", '"{value}" is not a two-letter language code. Write codes like nl, fr, en or ar.'),
    "bad_function": N_("bad_function", '"{value}" is not a function. Write ontmoeten, leren, politiseren or verwijzen.'),
    "bad_url": N_("bad_url", '"{value}" is not an address we can link to. Write an address that starts with https://, http://, mailto: or tel:.'),
    "bad_email": N_("bad_email", '"{value}" is not an e-mail address. Write it like name@example.org: one @ and a domain.'),
    "bad_phone": N_("bad_phone", '"{value}" is not a phone number. Write the digits, like 051 23 45 67 or +32 51 23 45 67.'),
    "bad_country": N_("bad_country", '"{value}" is not a country whose public holidays we know. Write a country code like BE.'),
    "closure_dates": N_("closure_dates", 'a closure needs "date:" for one day, or "from:" and "until:" for a period. Add them.'),
    "closure_both": N_("closure_both", 'this closure has "date" and also "from" or "until". Keep "date" for one day, or "from" and "until" for a period.'),
    "cancelled_wrong_day": N_("cancelled_wrong_day", '{value} is a {day}, and "{activity}" does not take place on that day. Write a date on which it takes place.'),
    "cancelled_wrong_day_near": N_("cancelled_wrong_day_near", '{value} is a {day}, and "{activity}" does not take place on that day. Did you mean {first}?'),
    "cancelled_wrong_day_near_two": N_("cancelled_wrong_day_near_two", '{value} is a {day}, and "{activity}" does not take place on that day. Did you mean {first} or {second}?'),
    "front_matter_unclosed": N_("front_matter_unclosed", "the front matter that starts here with --- is never closed. Add a line with only --- after it."),
    "front_matter_missing": N_("front_matter_missing", 'a rights page needs front matter. Start the file with a line ---, then "title: ..." and "summary: ...", then a line ---.'),
    "rights_id_mismatch": N_("rights_id_mismatch", '"id: {value}" does not match the file name. Write "id: {expected}", or remove the line.'),
    "bad_file_id": N_("bad_file_id", 'the file name "{value}" cannot be an id. Rename the file with lowercase letters, digits and hyphens, like "{suggestion}.md".'),
    "translation_only_text": N_("translation_only_text", '"{key}" belongs in {original}, the page in the default language. A translation carries text only (title, summary, bring): remove it here.'),
    "translation_without_original": N_("translation_without_original", "this translates {original}, which does not exist. Add {original}, or rename this file."),
    "translation_bad_language": N_("translation_bad_language", 'the file name ends in ".{value}.md", but "{value}" is not a language of this site. Use one of: {choices}.'),
    "stale_review": N_("stale_review", '"reviewed: {value}" is more than a year ago. Check the page against its sources, then write the date of today.'),
    "future_review": N_("future_review", '"reviewed: {value}" is after today ({today}): a page cannot have been checked on a day still to come. Write the date on which its facts were checked against the sources.'),
    "review_without_reviewer": N_("review_without_reviewer", '"reviewed:" does not say who checked the page. Add "reviewed_by:" with a role or an organisation that really checked it, like reviewed_by: "het STEK-project, aan de hand van de officiële bronnen".'),
    "rights_section_missing": N_("rights_section_missing", 'this page has no section "{heading}". A rights page answers, in this order: {order}. Add a line "## {heading}" with its text here.'),
    "image_without_alt": N_("image_without_alt", 'the image "{image}" has no alt text, so a reader who cannot see it learns nothing. Write what it shows between the brackets, like ![Vrijwilligers schenken soep](...); for a decoration only, use <img alt="" ...>.'),
    "heading_skipped": N_("heading_skipped", 'the heading "{heading}" is at level {level} after a heading at level {expected_above}, skipping a level: screen readers list headings as an outline. Write "{hashes} {heading}".'),
    "vague_link_text": N_("vague_link_text", 'the link text "{text}" says nothing on its own: screen readers list links without their sentence. Write where the link goes, like [the leefloon page of the OCMW](...).'),
    "avoided_word": N_("avoided_word", '"{value}" is a word the glossary says not to use for this: the site calls it "{word}" everywhere. Write "{word}".'),
    "example_contact": N_("example_contact", 'the example\'s contact details are still in {file} ({count} lines with {domain}). Write the house\'s own address, e-mail and website in their place.'),
    "bad_days": N_("bad_days", '"{value}" is not a number of working days. Write a whole number from 1 to 90, like "{field}: 10".'),
    "bad_yes_no": N_("bad_yes_no", '"{value}" is neither true nor false. Write "{field}: true" or "{field}: false".'),
    "missing_translation": N_("missing_translation", '"{field}" of "{id}" has no {language} translation. Add "{code}: ..." to it.'),
    "missing_rights_translation": N_("missing_rights_translation", 'this page has no {language} translation. Add {file} with at least "title:" and "summary:".'),
    "event_on_closed_day": N_("event_on_closed_day", '"{value}" is on {date}, when the house is closed ({reason}). It still takes place: check the date.'),
    "long_sentence": N_("long_sentence", 'this sentence has {words} words ("{start} ..."). Clear language keeps a sentence to {limit} words at most: make two sentences, for example before "{split}".'),
    "hard_word": N_("hard_word", '"{word}" is a long or rare word, and the glossary does not explain it. Write a more common word, or explain it in glossary.yaml.'),
    "formal_word": N_("formal_word", '"{word}" is an official word. Write "{plain}" instead.'),
    "unexplained_abbreviation": N_("unexplained_abbreviation", '"{word}" is an abbreviation that the glossary does not explain. Write it out in full, or explain it in glossary.yaml.'),
    "translation_outdated": N_("translation_outdated", 'this translates {original} as it was on {translated}, but that page changed on {changed}. Translate what changed, then write "translated: {changed}".'),
    "translation_unchecked": N_("translation_unchecked", 'no native speaker has checked this translation yet, and the page tells its readers so. When one has, remove "checked_by_native_speaker: no".'),
    "unknown_setting": N_("unknown_setting", '"{key}" is not a setting of mkdocs.yml. Check how it is spelt, or remove the line.'),
    "serve_title": N_("serve_title", "The site cannot be shown: the data has mistakes"),
    "serve_note": N_("serve_note", "Mend the problems below and save the file. This page reloads by itself and shows the site as soon as they are mended."),
    "date_does_not_exist": N_("date_does_not_exist", '"{value}" does not exist: that month has {days} days. Write a date that is in the calendar.'),
    "several_days": N_("several_days", '"{value}" names more than one day, and a time slot has one day. Write a slot for each day: "- day: {first}" and "- day: {second}", each with its own start and end.'),
    "several_days_list": N_("several_days_list", '"{value}" names more than one day. Write the days as a list between square brackets: days: [{fixed}].'),
    "name_with_comma": N_("name_with_comma", '"{value}" holds more than one name. Write each name on its own line, starting with "- ": {fixed}.'),
    "duplicate_name": N_("duplicate_name", '"{value}" is already in the list ({first}). Remove this line.'),
    "list_without_brackets": N_("list_without_brackets", '"{field}" takes a list, and a list goes between square brackets. Write {field}: [{fixed}].'),
    "empty_field": N_("empty_field", '"{field}:" is empty. Write its value after the colon, like "{field}: ...".'),
    "empty_list": N_("empty_list", '"{field}:" has nothing under it. Write each item below it on its own line, indented and starting with "- ", as in the comments at the top of the file.'),
    "name_not_id": N_("name_not_id", '"{value}" is not an id but (part of) a name. Write the id it belongs to: {id}.'),
    "yaml_missing_dash": N_("yaml_missing_dash", 'this line continues the list above, but does not start with a dash. Write "- {fixed}".'),
    "yaml_indent_item": N_("yaml_indent_item", '"{written}" stands under the dash, but belongs to the item above it. Indent it like "{sibling}" (two more spaces).'),
    "yaml_missing_colon": N_("yaml_missing_colon", '"{written}" is missing a colon. Write "{fixed}".'),
    "event_with_when": N_("event_with_when", 'this is under "events:", which holds one-off dates, but it has "when:" like a weekly activity. Move it under "activities:"; or, if it happens once, write "date:", "start:" and "end:" instead of "when:".'),
    "pasted_space": N_("pasted_space", 'after "{before}" this line has {name}, often pasted from a document: it looks like a space, but YAML does not read it as one. Delete it and type the space again with the space bar.'),
    "invisible_character": N_("invisible_character", 'after "{before}" this line has an invisible character, {name}, often pasted from a document. Delete it (put the cursor just after "{before}" and press the delete key), and type the space again if one is missing.'),
    "html_in_text": N_("html_in_text", '"{field}" has HTML ("{tag}"), which the site shows as text, tags and all. Remove the tags: a {field} is plain text, and the description takes Markdown for emphasis, like **bold**.'),
    "link_vanishes": N_("link_vanishes", 'the link "{link}" leads to no page and no website, so the site would show only its text. Write "{fixed}": a page of the site ends in .md, another website starts with https://.'),
    "no_site_catalog": N_("no_site_catalog", 'the site\'s own words (headings, buttons, notes) are not translated into {language} yet, so its pages show them in {default}, marked as such. To have them in {language}, ask for the catalog locale/{code}/LC_MESSAGES/site.po in an issue of stek-site (a translator fills it in with the usual tools, like Poedit).'),
    "cancelled_not_a_date": N_("cancelled_not_a_date", '"{activity}" does not take place on {value} (not every week, or not in its season). Write a date on which it takes place, like {example}.'),
    "hash_in_text": N_("hash_in_text", 'the text after " #" is left out: YAML reads "{comment}" as a comment. If it belongs to the text, put the whole text between double quotes: {fixed}. If it is a note, write a space after the #.'),
    "bullet_list": N_("bullet_list", 'the lines that start with "{bullet}" (pasted from a document) are joined into one paragraph on the site. Start each item with "- " instead, with an empty line before the list.'),
    "opening_hours_overlap": N_("opening_hours_overlap", 'on {day}, {open}–{close} overlaps {other_open}–{other_close} (line {other}). Write the day once, from the first opening to the last closing, or let one end before the other starts.'),
    "season_needs_both": N_("season_needs_both", 'opening hours for a season need both "from:" and "until:". Add the one that is missing.'),
    "seasons_overlap": N_("seasons_overlap", 'these opening hours for {day} ({start} to {until}) overlap those on line {other}. Let one season end before the next begins.'),
    "closure_times": N_("closure_times", 'a closure for part of a day needs "date:", "start:" and "end:" together. Add what is missing, or remove "start" and "end" to close the whole day.'),
    "id_renamed": N_("id_renamed", 'the id "{value}" of the previous version is gone, and "{new}" is new. Whoever subscribed to {url} loses it: its page and calendar feed disappear. If it is the same, write "id: {value}" again.'),
    "id_renamed_referenced": N_("id_renamed_referenced", 'the id "{new}" was "{value}" in the previous version, and other files still name "{value}". An id never changes: it is part of the addresses and calendars people follow ({url}). Write "id: {value}" again.'),
    "id_removed": N_("id_removed", 'the id "{value}" of the previous version is gone: whoever subscribed to {url} loses its page and calendar feed. If it stopped, that is fine.'),
    "broken_link": N_("broken_link", 'the link "{target}" leads to no page. Link to a file in content/, like {example}, or write a full address (https://...).'),
}

DID_YOU_MEAN = N_("did_you_mean", ' Did you mean "{guess}"?')

# The things a message can be about, for "{what}".
WHAT: dict[str, Entry] = {
    "file": N_("what.file", "this file"),
    "partner": N_("what.partner", "a partner"),
    "activity": N_("what.activity", "an activity"),
    "event": N_("what.event", "an event"),
    "slot": N_("what.slot", "a time slot"),
    "opening_hours": N_("what.opening_hours", "opening hours"),
    "closure": N_("what.closure", "a closure"),
    "cancellation": N_("what.cancellation", "a cancellation"),
    "rights": N_("what.rights", "a rights page"),
    "translation": N_("what.translation", "a translation"),
    "site": N_("what.site", "the site"),
    "language": N_("what.language", "a language"),
    "house": N_("what.house", "the house (extra.house)"),
    "accessibility": N_("what.accessibility", "the accessibility settings (extra.accessibility)"),
    "source": N_("what.source", "a source"),
    "text": N_("what.text", "a translated text"),
    "term": N_("what.term", "a glossary word"),
}

# Characters that look like a space or like nothing, for "{name}" (their code is in "{char}").
CHARACTERS: dict[str, Entry] = {
    "U+00A0": N_("char.U+00A0", "a no-break space"),
    "U+2007": N_("char.U+2007", "a figure space"),
    "U+202F": N_("char.U+202F", "a narrow no-break space"),
    "U+200B": N_("char.U+200B", "a zero-width space"),
    "U+2060": N_("char.U+2060", "a word joiner"),
    "U+FEFF": N_("char.U+FEFF", "a byte order mark (BOM)"),
    "U+2028": N_("char.U+2028", "a line separator"),
    "U+2029": N_("char.U+2029", "a paragraph separator"),
    "U+0085": N_("char.U+0085", "a next-line character (NEL)"),
}


def message_language(language: str) -> str:
    """Errors are in the site's default language where we have it, else English."""
    return language if language in MESSAGE_LANGUAGES else "en"


def _text(entry: Entry, language: str, n: int | None = None) -> str:
    text = translate("messages", language, entry, n)
    return text if text is not None else translate("messages", "en", entry, n)


def render(message: str, language: str, /, **params: object) -> str:
    # A value quoted from a text that runs over lines is quoted on one: a message is one line.
    params = {key: " ".join(value.split()) if isinstance(value, str) and "\n" in value else value
              for key, value in params.items()}
    if "what" in params:
        params["what"] = _text(WHAT[str(params["what"])], language)
    if str(params.get("char", "")) in CHARACTERS:
        params["name"] = _text(CHARACTERS[str(params["char"])], language)
    if "choices" in params and not isinstance(params["choices"], str):
        params["choices"] = ", ".join(str(c) for c in params["choices"])  # type: ignore[union-attr]
    count = params.get("count")
    text = _text(MESSAGES[message], language, count if isinstance(count, int) else None).format(**params)
    if params.get("guess"):
        text += _text(DID_YOU_MEAN, language).format(guess=params["guess"])
    # A message about the whole subject ("a partner has no ...") starts with a capital.
    return text[:1].upper() + text[1:]
