"""The page's own scripts: their unit tests in node (tests/js/), their build into the pages, and their data's schema."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import jsonschema
import pytest

from sitebuild import ROOT
from stek.site.page_script import SCRIPT_SOURCES, ScriptError, build_script, page_scripts
from stek.site.script_data import SCHEMA_FILE

ENTRIES = ("time", "drop_past", "embed_height")
NODE_TESTS = sorted((ROOT / "tests" / "js").glob("*.test.mjs"))


def _node() -> str:
    """node, which the tests need; in CI it must be here (CI=true fails instead of skipping)."""
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is needed in CI to run tests/js")
        pytest.skip("node missing: the tests of the page's scripts (tests/js) need it")
    return node


def test_the_scripts_unit_tests_pass_in_node():
    """`node --test` over tests/js: "open now", day titles, the embed rule, the data's schema."""
    assert len(NODE_TESTS) >= 5
    # The files themselves, not the folder: node 20 searches a folder, node 22 takes globs only.
    result = subprocess.run([_node(), "--test", *map(str, NODE_TESTS)], capture_output=True, text=True,
                            timeout=300, cwd=ROOT, env={**os.environ, "NODE_OPTIONS": ""})
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"^# fail 0$", result.stdout, re.M) and not re.search(r"^# skipped [1-9]", result.stdout, re.M), \
        result.stdout[-2000:]


@pytest.mark.parametrize("entry", ENTRIES)
def test_each_script_builds_into_one_plain_script(entry, tmp_path):
    text = str(build_script(entry))
    assert not re.search(r"^\s*(import|export)\b", text, re.M)
    assert "</script" not in text.lower()
    path = tmp_path / f"{entry}.js"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run([_node(), "--check", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_build_keeps_each_module_once_after_what_it_imports():
    text = str(build_script("time"))
    # time.js imports brussels.js, then render.js, which imports the others; time.js (the entry) comes last.
    order = [text.index(f"function {name}(") for name in
             ("momentInBrussels", "fill", "dayTitle", "houseStatus", "partnerEmbedDays", "renderMoment", "startClock")]
    assert order == sorted(order)
    assert text.count("function fill(") == 1
    # Minified by rjsmin: white space only, the names stay.
    assert text.startswith('(function(){"use strict";') and text.endswith("})();")


def test_a_build_joins_each_script_once_and_the_next_build_reads_its_sources_again(tmp_path):
    """Some 250 pages carry the same scripts; `mkdocs serve` rebuilds after a theme's script is edited."""
    source = tmp_path / "main.js"
    source.write_text("export function answer() { return 1; }", encoding="utf-8")
    build = page_scripts(tmp_path)
    first = build("main")
    source.write_text("export function answer() { return 2; }", encoding="utf-8")
    assert build("main") is first
    assert "return 2" in page_scripts(tmp_path)("main") and "return 1" in first


# A broken set of modules, and what the build says: (files, message).
BROKEN_MODULES = [
    ({"main.js": 'import { a } from "./one.js";\nimport { b } from "./two.js";',
      "one.js": "export function a() {}\nfunction shared() {}", "two.js": "export function b() {}\nfunction shared() {}"},
     "theme/scripts/two.js and one.js both define shared: the page joins them into one scope"),
    ({"main.js": 'import { a } from "./one.js";', "one.js": 'import { b } from "./main.js";\nexport function a() {}'},
     "theme/scripts/main.js imports itself through main -> one"),
    ({"main.js": 'import * as one from "./one.js";', "one.js": ""},
     'theme/scripts/main.js: write imports as import { a, b } from "./x.js";: import * as one from "./one.js";'),
    ({"main.js": 'const tag = "</script>";'}, "theme/scripts/main.js would end its <script> element"),
]


@pytest.mark.parametrize(("files", "message"), BROKEN_MODULES)
def test_the_build_refuses_what_would_break_the_page(tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ScriptError) as error:
        build_script("main", tmp_path)
    assert str(error.value) == message


def test_the_sources_are_built_into_the_pages_not_published(example_site):
    assert SCRIPT_SOURCES.is_dir()
    assert not (example_site.site / "scripts").exists()
    html = example_site.text("index.html")
    assert str(build_script("time")) in html and str(build_script("drop_past")) in html
    assert str(build_script("embed_height")) in example_site.text("embed/caw/index.html")


@pytest.mark.parametrize(("path", "partner"), [("index.html", False), ("fr/index.html", False), ("en/index.html", False),
                                               ("ar/index.html", False), ("embed/index.html", False),
                                               ("embed/caw/index.html", True), ("ar/embed/ziekenfonds/index.html", True)])
def test_the_built_pages_data_follows_its_schema(example_site, path, partner):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    html = example_site.text(path)
    data = json.loads(html.split('<script type="application/json" id="stek-time-data">', 1)[1].split("</script>", 1)[0])
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    # Every index and minute the days use is in the tables the script looks them up in.
    for day in data["days"]:
        for occurrence in day["occurrences"]:
            assert occurrence["listing"] < len(data["listings"])
            assert {str(occurrence["start"]), str(occurrence["end"])} <= set(data["times"])
        for hours in day["hours"]:
            assert {str(hours["open"]), str(hours["close"])} <= set(data["times"])
    # Times in words by the page's own clock and words (stek.site.spoken).
    assert data["speech"]["clock"] == (12 if path.startswith(("en/", "ar/")) else 24)
    # A partner's embed lists its own listings, and still knows the others (what is on now at the house).
    listed = {entry["listed"] for entry in data["listings"]}
    assert listed == ({True, False} if partner else {True})
