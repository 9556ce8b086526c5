"""The JSON Schemas in schemas/ are generated from the model, and agree with it."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from stek.data.errors import Problems
from stek.data.loading import Map, Seq, parse_yaml
from stek.editing.editor_schema import editor_schemas, languages_of

ROOT = Path(__file__).resolve().parent.parent


def plain(node):
    """Loaded data as plain JSON values: every scalar a string, as our loader reads it."""
    if isinstance(node, Map):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, Seq):
        return [plain(v) for v in node]
    return str(node)


def read(path: Path):
    return plain(parse_yaml(path.read_text(encoding="utf-8-sig"), path.name, Problems()))


def test_committed_schemas_are_up_to_date():
    expected = editor_schemas(languages_of(ROOT / "mkdocs.yml"))
    actual = {name: (ROOT / "schemas" / name).read_text(encoding="utf-8") for name in expected}
    assert actual == expected, "run `make schemas` and commit the result"


@pytest.mark.parametrize("data_file", ["partners.yaml", "activities.yaml"])
def test_data_files_point_editors_at_their_schema(data_file):
    first_line = (ROOT / data_file).read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=schemas/{data_file.replace('.yaml', '.schema.json')}"


@pytest.mark.parametrize("data_file", ["partners.yaml", "activities.yaml"])
def test_example_data_is_valid_against_its_schema(data_file):
    schema = editor_schemas(languages_of(ROOT / "mkdocs.yml"))[data_file.replace(".yaml", ".schema.json")]
    import json

    jsonschema.validate(read(ROOT / data_file), json.loads(schema))


# Columns: file, what to change in the example (old, new), the JSON path the schema rejects.
SCHEMA_REJECTS = [
    ("partners.yaml", ("id: sociaal-huis", "id: Sociaal Huis"), ["partners", 0, "id"]),
    ("activities.yaml", ("function: ontmoeten", "function: ontmoetn"), ["activities", 0, "function"]),
    ("activities.yaml", ("      - day: maandag\n", "      - day: maandg\n"), ["activities", 0, "when", 0, "day"]),
    ("activities.yaml", ("        start: 09:30\n", "        start: 9.30 uur\n"), ["activities", 0, "when", 0, "start"]),
]


@pytest.mark.parametrize(("data_file", "change", "path"), SCHEMA_REJECTS)
def test_schema_rejects_what_the_build_rejects(data_file, change, path):
    import json

    schema = json.loads(editor_schemas(languages_of(ROOT / "mkdocs.yml"))[data_file.replace(".yaml", ".schema.json")])
    text = (ROOT / data_file).read_text(encoding="utf-8")
    assert change[0] in text
    data = plain(parse_yaml(text.replace(change[0], change[1], 1), data_file, Problems()))
    with pytest.raises(jsonschema.ValidationError) as raised:
        jsonschema.validate(data, schema)
    assert list(raised.value.absolute_path)[: len(path)] == path
