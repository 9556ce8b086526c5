"""JSON Schemas of the data files, generated from the model's field tables, for editors that check as you type.

Run `python -m stek.editing.editor_schema mkdocs.yml schemas` (or `make schemas`) after changing the model
or the site's languages; a test fails while the committed schemas are out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from stek.data.errors import Problems
from stek.data.fields import Text
from stek.data.glossary import GLOSSARY_FILE
from stek.data.model import ACTIVITIES_FILE, PARTNERS_FILE, RIGHTS
from stek.data.site_config import check_site_config

SCHEMA_FILES = {
    "partners.schema.json": (PARTNERS_FILE, "partners.yaml: the organisations that take part in the STEK"),
    "activities.schema.json": (ACTIVITIES_FILE, "activities.yaml: opening hours, closures, the weekly programme, events"),
    "rights.schema.json": (RIGHTS, "The front matter of content/rights/*.md"),
    "glossary.schema.json": (GLOSSARY_FILE, "glossary.yaml: hard words explained where they first appear on a page"),
}


def editor_schemas(languages: tuple[str, ...]) -> dict[str, str]:
    """Each schema file's text, for a site with these languages (the default first)."""
    result = {}
    for name, (record, title) in SCHEMA_FILES.items():
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": name,
            "title": title,
            **record.schema(languages),
            "$defs": {"text": Text.definition(languages)},
        }
        result[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return result


def languages_of(mkdocs_yml: Path) -> tuple[str, ...]:
    """The site's languages, the default first, read from mkdocs.yml as the build reads them."""
    problems = Problems()
    languages = check_site_config(mkdocs_yml.parent, problems)
    if languages is None:
        raise SystemExit("\n".join(problems.error_lines()))
    return languages


def main(argv: list[str]) -> None:
    mkdocs_yml, folder = Path(argv[0]), Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in editor_schemas(languages_of(mkdocs_yml)).items():
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
