"""mkdocs.yml read with the project's own reader, before MkDocs reads it.

MkDocs reads mkdocs.yml before any plugin runs, and its messages are PyYAML's English with a
traceback. `make` and the workflows run this check first, so that a volunteer's mistake in
mkdocs.yml gets the same kind of message as one in the data files: file, line, what to write.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from stek.data.errors import Problems, closest
from stek.data.fields import Reader
from stek.data.loading import Map, Seq, Str, parse_yaml, read_text
from stek.data.model import ACCESSIBILITY, HOUSE
from stek.data.messages import message_language
from stek.i18n import is_language_code, language_name
from stek.ui_text import has_catalog

MKDOCS_FILE_NAME = "mkdocs.yml"
THEME = "stek"
# The language messages are written in, guessed from the raw text when the YAML cannot be read.
# The first two-letter code of `languages: [nl, fr]` or of its items on the lines below.
_LANGUAGES = re.compile(r"^\s+languages:((?:[ \t]*\[[^\]\n]*)|(?:\n[ \t]+-[^\n]*)+)", re.MULTILINE)
_CODE = re.compile(r"(?<![a-z])([a-z]{2})(?![a-z])")
_DEFAULT_LOCALE = re.compile(r"locale:\s*([a-z]{2})\b(?=[^\n]*\n\s*(?:name:[^\n]*\n\s*)?default:\s*true)")
_FIRST_LOCALE = re.compile(r"locale:\s*([a-z]{2})\b")
_THEME_LANGUAGE = re.compile(r"^\s+language:\s*([a-z]{2})\b", re.MULTILINE)
# The settings MkDocs 1.6 knows (its MkDocsConfig); a test keeps the list equal to MkDocs' own. Any
# other name at the top of mkdocs.yml is a misspelling that MkDocs would only report in English.
SETTINGS = (
    "config_file_path", "copyright", "dev_addr", "docs_dir", "draft_docs", "edit_uri", "edit_uri_template",
    "exclude_docs", "extra", "extra_css", "extra_javascript", "extra_templates", "google_analytics", "hooks",
    "markdown_extensions", "mdx_configs", "nav", "not_in_nav", "pages", "plugins", "remote_branch", "remote_name",
    "repo_name", "repo_url", "site_author", "site_description", "site_dir", "site_name", "site_url", "strict",
    "theme", "use_directory_urls", "validation", "watch",
)


def check_site_config(root: Path, problems: Problems) -> tuple[str, ...] | None:
    """The site's languages from mkdocs.yml, the default first; None when it cannot be read.

    Sets the language of `problems` to the site's default language, so every message that
    follows (the data's too) is in it.
    """
    path = root / MKDOCS_FILE_NAME
    if not path.is_file():
        problems.error(MKDOCS_FILE_NAME, 0, "missing_file", file=MKDOCS_FILE_NAME)
        return None
    text = read_text(path, MKDOCS_FILE_NAME, problems)
    if text is None:
        return None
    listed = _LANGUAGES.search(text)
    guess = (listed and _CODE.search(listed.group(1))) or _DEFAULT_LOCALE.search(text) or _FIRST_LOCALE.search(text) or _THEME_LANGUAGE.search(text)
    if guess:
        problems.language = guess.group(1)
    config = parse_yaml(text, MKDOCS_FILE_NAME, problems)
    if config is None:
        return None
    if not isinstance(config, Map):
        problems.error(MKDOCS_FILE_NAME, config.line, "expected_map", what="file", value="...")
        return None
    _check_settings(config, problems)
    _check_site_name(config, problems)
    _check_site_url(config, problems)
    _check_docs_dir(root, config, problems)
    _check_theme(config, problems)
    languages = _languages(config, problems)
    if languages:
        problems.language = languages[0]
    _check_house(config, problems, languages or ("en",))
    return languages


def _check_house(config: Map, problems: Problems, languages: tuple[str, ...]) -> None:
    """The house's contact details (`extra.house`), shown on every page: checked like the data files."""
    extra = config.get("extra")
    house = extra.get("house") if isinstance(extra, Map) else None
    if house is not None:
        HOUSE.read(house, "house", Reader(MKDOCS_FILE_NAME, problems, languages))
    accessibility = extra.get("accessibility") if isinstance(extra, Map) else None
    if accessibility is not None:
        ACCESSIBILITY.read(accessibility, "accessibility", Reader(MKDOCS_FILE_NAME, problems, languages))


def _check_settings(config: Map, problems: Problems) -> None:
    for key in config:
        if key not in SETTINGS and key != "INHERIT":
            problems.error(MKDOCS_FILE_NAME, key.line, "unknown_setting", key=str(key), guess=closest(key, SETTINGS))


def _check_site_name(config: Map, problems: Problems) -> None:
    name = config.get("site_name")
    if not isinstance(name, Str) or not name.strip():
        line = config.key("site_name").line if config.key("site_name") else 1
        problems.error(MKDOCS_FILE_NAME, line, "missing_field", what="site", field="site_name")


def _check_site_url(config: Map, problems: Problems) -> None:
    url = config.get("site_url")
    if url is None:
        return
    parts = urlsplit(str(url))
    if not isinstance(url, Str) or parts.scheme not in ("http", "https") or not parts.netloc:
        problems.error(MKDOCS_FILE_NAME, getattr(url, "line", config.line), "bad_site_url", value=str(url))


def _check_docs_dir(root: Path, config: Map, problems: Problems) -> None:
    docs_dir = config.get("docs_dir", "docs")
    if isinstance(docs_dir, Str) and not (root / docs_dir).is_dir():
        problems.error(MKDOCS_FILE_NAME, docs_dir.line, "missing_docs_dir", value=str(docs_dir))


def _plugin_options(config: Map, names: tuple[str, ...]) -> tuple[Str, Map | None] | None:
    """The first plugin of `plugins:` named one of `names`, with its options (a list or a map of plugins)."""
    plugins = config.get("plugins")
    items = list(plugins.items()) if isinstance(plugins, Map) else [
        next(iter(item.items())) if isinstance(item, Map) and len(item) == 1 else (item, None)
        for item in plugins or () if isinstance(plugins, Seq)]
    for name, options in items:
        if isinstance(name, Str) and str(name) in names:
            return name, options if isinstance(options, Map) else None
    return None


def _languages(config: Map, problems: Problems) -> tuple[str, ...] | None:
    """The `languages` of the stek plugin (the first is the default), else an old i18n block, else the theme's."""
    stek = _plugin_options(config, ("stek", "stek/site"))
    if stek is not None and str(stek[0]) == "stek/site":
        problems.advise(MKDOCS_FILE_NAME, stek[0].line, "old_plugin_name")
    if stek is not None and stek[1] is not None and "time_zone" in stek[1]:
        # Removed after 0.2.0: the plugin accepts it silently (config.py), so that --strict still builds.
        key = next(k for k in stek[1] if k == "time_zone")
        problems.advise(MKDOCS_FILE_NAME, key.line, "time_zone_removed", value=str(stek[1]["time_zone"]))
    entries = stek[1].get("languages") if stek is not None and stek[1] is not None else None
    if entries is not None:
        return _language_codes(entries, problems)
    old = _plugin_options(config, ("i18n",))
    if old is not None and old[1] is not None and isinstance(old[1].get("languages"), Seq):
        languages = _old_language_block(old[1]["languages"], problems)
        if languages:
            problems.advise(MKDOCS_FILE_NAME, old[0].line, "old_languages_block", codes=", ".join(languages))
        return languages
    theme = config.get("theme")
    language = theme.get("language") if isinstance(theme, Map) else None
    if isinstance(language, Str):
        if not is_language_code(str(language)):
            problems.error(MKDOCS_FILE_NAME, language.line, "bad_spoken_language", value=str(language))
            return None
        return (str(language),)
    return ("en",)


def _language_codes(entries, problems: Problems) -> tuple[str, ...] | None:
    """`languages: [nl, fr]`: two-letter codes, each once, at least one."""
    if not isinstance(entries, Seq):
        problems.error(MKDOCS_FILE_NAME, entries.line, "expected_list", field="languages")
        return None
    codes = []
    for entry in entries:
        if not isinstance(entry, Str) or not is_language_code(str(entry)):
            value = str(entry) if isinstance(entry, Str) else "..."
            problems.error(MKDOCS_FILE_NAME, entry.line, "bad_spoken_language", value=value)
        elif str(entry) in codes:
            problems.error(MKDOCS_FILE_NAME, entry.line, "duplicate_language", value=str(entry))
        else:
            codes.append(str(entry))
    if not entries:
        problems.error(MKDOCS_FILE_NAME, entries.line, "no_languages")
    for entry in entries:
        if str(entry) in codes and not has_catalog(str(entry)):
            # One line for the site's own words; the data's texts are advised one by one.
            problems.advise(MKDOCS_FILE_NAME, entry.line, "no_site_catalog", code=str(entry),
                            language=language_name(str(entry), message_language(codes[0])),
                            default=language_name(codes[0], message_language(codes[0])))
    return tuple(codes) if codes and len(codes) == len(entries) else None


def _old_language_block(entries: Seq, problems: Problems) -> tuple[str, ...] | None:
    """The languages of an i18n block written for mkdocs-static-i18n (before 0.2): the default first."""
    codes, defaults = [], []
    for entry in entries:
        locale = entry.get("locale") if isinstance(entry, Map) else None
        if not isinstance(locale, Str):
            problems.error(MKDOCS_FILE_NAME, entry.line, "missing_field", what="language", field="locale")
            continue
        if not is_language_code(str(locale)):
            problems.error(MKDOCS_FILE_NAME, locale.line, "bad_spoken_language", value=str(locale))
            continue
        codes.append(str(locale))
        if str(entry.get("default", "")).lower() == "true":
            defaults.append(str(locale))
    if len(defaults) != 1:
        problems.error(MKDOCS_FILE_NAME, entries.line, "one_default_language", count=len(defaults))
        return None
    return tuple(dict.fromkeys([defaults[0], *codes]))


def _check_theme(config: Map, problems: Problems) -> None:
    """The theme is the package's own, `stek`; `material` (before 0.2) is read as it, with advice."""
    theme = config.get("theme")
    name = theme.get("name") if isinstance(theme, Map) else theme
    if not isinstance(name, Str) or str(name) == THEME:
        return
    if str(name) == "material":
        problems.advise(MKDOCS_FILE_NAME, name.line, "old_theme")
    else:
        problems.error(MKDOCS_FILE_NAME, name.line, "unknown_theme", value=str(name))
