"""Every example a volunteer is shown builds as it stands: the guides' and the files' own comments.

Volunteers copy examples. One that does not build teaches a mistake, so each is put where it
belongs in a copy of the example STEK and read as the build reads it; all of them together are
built once with the real `mkdocs build --strict`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from sitebuild import ROOT, copy_example, problems_of, run_build

GUIDES = ("HANDLEIDING.md", "GUIDE.fr.md")
DATA_FILES = ("activities.yaml", "partners.yaml", "mkdocs.yml")
TODAY = __import__("datetime").date(2026, 12, 7)  # on or after the example's reviewed: dates (a later one is a warning)
# An activity to put examples of its parts into (a slot, cancelled dates): on Tuesdays from a Tuesday.
HOST = {"id": "voorbeeld", "title": "Voorbeeld", "function": "ontmoeten", "from": "2026-09-01",
        "when": [{"day": "dinsdag", "start": "12:00", "end": "13:30"}]}


def guide_examples(name: str) -> list[tuple[str, str]]:
    """The guide's ```yaml and ```markdown blocks, with where they come from."""
    text = (ROOT / name).read_text(encoding="utf-8")
    return [(f"{name}:{text[:m.start()].count(chr(10)) + 1}", m.group(2))
            for m in re.finditer(r"^```(yaml|markdown)\n(.*?)^```", text, re.MULTILINE | re.DOTALL)]


def comment_examples(name: str) -> list[tuple[str, str]]:
    """The examples in a file's comments: the indented comment lines after one ending in "Voorbeeld...:"."""
    lines = (ROOT / name).read_text(encoding="utf-8").split("\n")
    examples = []
    for index, line in enumerate(lines):
        if "Voorbeeld" in line and line.rstrip().endswith(":") and line.lstrip().startswith("#"):
            prefix = line[: line.index("#")] + "#   "
            block = []
            for following in lines[index + 1:]:
                if not following.startswith(prefix):
                    break
                block.append(following[len(prefix):])
            examples.append((f"{name}:{index + 2}", "\n".join(block) + "\n"))
    return examples


EXAMPLES = [e for name in GUIDES for e in guide_examples(name)] + [e for name in DATA_FILES for e in comment_examples(name)]


def place(files: dict[str, dict], example: str) -> None:
    """Put an example where a volunteer would: a section's items at its end, a slot into an activity, ..."""
    if example.startswith("---\n"):
        # A rights page, or its French translation (which says what it translates).
        files["content/rights/huurpremie.fr.md" if "\ntranslated:" in example else "content/rights/huurpremie.md"] = example
        return
    value = yaml.load(example, Loader=yaml.BaseLoader)
    if isinstance(value, dict) and "words" in value:
        # Words for the glossary, at the end of glossary.yaml's list.
        glossary = files.setdefault("glossary.yaml", yaml.load((ROOT / "glossary.yaml").read_text(encoding="utf-8"),
                                                                Loader=yaml.BaseLoader))
        glossary["words"].extend(value["words"])
        return
    if isinstance(value, dict) and "dutch_names" in value:
        # Dutch names, at the end of glossary.yaml's list of them.
        glossary = files.setdefault("glossary.yaml", yaml.load((ROOT / "glossary.yaml").read_text(encoding="utf-8"),
                                                                Loader=yaml.BaseLoader))
        glossary.setdefault("dutch_names", []).extend(value["dutch_names"])
        return
    activities, partners, mkdocs = files["activities.yaml"], files["partners.yaml"], files["mkdocs.yml"]
    assert "      languages:\n" in mkdocs
    host = {**HOST, "id": f"voorbeeld-{len(activities['activities'])}"}
    if isinstance(value, dict) and "cancelled" in value:
        activities["activities"].append({**host, **value})
        return
    assert isinstance(value, (list, dict)), example
    for key, items in (value.items() if isinstance(value, dict) else [(None, value)]):
        first = items[0]
        if isinstance(first, str):
            # Language codes: they go in as text, at the end of mkdocs.yml's "languages:" list (each once:
            # both guides and the file's comment add the same one).
            files["mkdocs.yml"] = re.sub(r"(      languages:\n(?:        - [a-z]{2}\n)+)", lambda m: m.group(1) + "".join(
                f"        - {code}\n" for code in items if f"- {code}\n" not in m.group(1)), mkdocs, count=1)
        elif key == "partners" or (key is None and "name" in first and "function" not in first):
            partners["partners"].extend(items)
        elif key in ("activities", "events") or (key is None and "id" in first):
            activities["events" if key == "events" or "date" in first else "activities"].extend(items)
        elif key == "opening_hours" or "days" in first:
            # A whole section replaces the example's hours: the same days would overlap.
            activities["opening_hours"] = items if key else activities["opening_hours"] + items
        elif key == "closures" or "date" in first or "from" in first:
            activities["closures"].extend(items)
        elif "day" in first:
            activities["activities"].append({**host, "when": items})
        else:
            raise AssertionError(f"no place for this example:\n{example}")


def example_files() -> dict[str, dict | str]:
    files = {name: yaml.load((ROOT / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader) for name in DATA_FILES}
    files["mkdocs.yml"] = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return files


def write(root: Path, files: dict) -> None:
    for name, content in files.items():
        text = content if isinstance(content, str) else yaml.safe_dump(content, allow_unicode=True, sort_keys=False)
        (root / name).write_text(text, encoding="utf-8")


SOURCES = (*GUIDES, *DATA_FILES)


@pytest.mark.parametrize("source", SOURCES)
def test_the_examples_of_each_guide_and_file_read_without_error_or_warning(tmp_path, source):
    """All examples of one source at once, where a volunteer would put them (one load each: the suite stays fast)."""
    files = example_files()
    wheres = []
    for where, example in EXAMPLES:
        if where.startswith(source + ":"):
            place(files, example)
            wheres.append(where)
    root = copy_example(tmp_path / "stek")
    write(root, files)
    problems = problems_of(root, TODAY)
    assert (problems.error_lines(), problems.warning_lines()) == ([], []), wheres


def test_the_comments_and_guides_show_examples_of_every_part():
    """What a volunteer most often writes has an example in the file itself and in both guides."""
    wheres = [where.split(":")[0] for where, _ in EXAMPLES]
    assert {wheres.count(name) >= 5 for name in GUIDES} == {True}
    assert {name: wheres.count(name) for name in DATA_FILES} == {"activities.yaml": 5, "partners.yaml": 1, "mkdocs.yml": 1}


@pytest.mark.slow
def test_all_examples_together_build_with_strict(tmp_path):
    files = example_files()
    for _, example in EXAMPLES:
        place(files, example)
    root = copy_example(tmp_path / "stek")
    write(root, files)
    build = run_build(root, "--strict")
    assert build.returncode == 0, build.output
    assert (build.site / "activities" / "breicafe" / "index.html").is_file()
    assert (build.site / "tr" / "index.html").is_file()
