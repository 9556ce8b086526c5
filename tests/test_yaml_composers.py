"""libyaml composes the volunteers' files ten times faster; what it reads must be what the pure-Python
composer reads, and its messages must stay the pure-Python composer's (stek.data.loading._compose)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from stek.data import loading
from stek.data.errors import Problems
from stek.data.loading import Map, Seq, Str, parse_yaml, read_text, split_front_matter

ROOT = Path(__file__).parent.parent
pytestmark = pytest.mark.skipif(loading.CParser is None, reason="PyYAML without libyaml: one composer only")


def _repository_texts() -> dict[str, str]:
    """Every YAML file of the repository and its tests, and the front matter of every Markdown page."""
    names = subprocess.run(["git", "ls-files", "-z", "--", "*.yaml", "*.yml", "*.md"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split("\0")
    texts = {}
    for name in filter(None, names):
        text = read_text(ROOT / name, name, Problems())  # as the build reads it: None when not UTF-8
        if text is None:
            continue
        if name.endswith(".md"):
            lines = text.split("\n")
            end = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
            if lines[0].rstrip() != "---" or end is None:
                continue
            text = "\n".join(lines[1:end])
        texts[name] = text
    return texts


TEXTS = _repository_texts()


def _shape(node: yaml.Node, seen: dict[int, int] | None = None):
    """What `_build` reads of a node graph: kinds, tags, values, styles and where each node starts.

    libyaml's events call a plain text's style '' and an indentless list's flow style None, where
    the pure-Python parser says None and False: both mean the same to PyYAML (`yaml.serialize`).
    """
    seen = {} if seen is None else seen
    if id(node) in seen:
        return ("same node as", seen[id(node)])
    seen[id(node)] = len(seen)
    start = (node.start_mark.line, node.start_mark.column)
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style or None, start)
    if isinstance(node, yaml.SequenceNode):
        return ("sequence", node.tag, bool(node.flow_style), start, [_shape(item, seen) for item in node.value])
    return ("mapping", node.tag, bool(node.flow_style), start,
            [(_shape(key, seen), _shape(value, seen)) for key, value in node.value])


def _python_nodes(text: str):
    composer = loading._Composer(text)
    try:
        node = composer.get_single_node()
    finally:
        composer.dispose()
    return None if node is None else _shape(node)


def _plain(value):
    if isinstance(value, Str):
        return ("text", str(value), value.line, value.text_line)
    if isinstance(value, Seq):
        return ("list", value.line, [_plain(item) for item in value])
    if isinstance(value, Map):
        return ("map", value.line, [(_plain(key), _plain(item)) for key, item in value.items()])
    return value


def _parsed(text: str, libyaml: bool, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """What parse_yaml gives, values with their lines and every message, with or without libyaml.

    An exception is part of what it gives: a bug of the messages' own (tests/test_robustness.py
    looks for those) must not show here as a difference between the composers.
    """
    with monkeypatch.context() as patch:
        if not libyaml:
            patch.setattr(loading, "CParser", None)
        problems = Problems()
        try:
            value = parse_yaml(text, "file.yaml", problems, first_line=2)
        except Exception as error:  # noqa: BLE001
            return ("raises", repr(error))
    return _plain(value), problems.error_lines(), problems.warning_lines(), problems.advice_lines()


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_both_composers_give_the_same_nodes_for_every_file_of_the_repository(name):
    text = TEXTS[name]
    try:
        fast = loading._FastComposer(text).get_single_node()
    except Exception:  # the pure-Python composer reads this one alone
        return
    assert (None if fast is None else _shape(fast)) == _python_nodes(text)


def test_the_example_is_read_by_libyaml():
    # Its files are what every build reads: the pure-Python composer would take ten times longer.
    example = [name for name in TEXTS if not name.startswith("tests/")]
    assert {"activities.yaml", "mkdocs.yml", ".gitlab-ci.yml", "content/rights/leefloon.md"} <= set(example)
    for name in example:
        loading._FastComposer(TEXTS[name]).get_single_node()


# What libyaml 0.2.5 reads otherwise than the pure-Python scanner, found by comparing the two on
# changed copies of the files above: each is left to the pure-Python composer.
UNLIKE = [
    "partners:\n  - id: x\n    about: {en: Who are we?, nl: Wie zijn we?}\n",  # libyaml: a ? in a text
    "title: {en: A, nl: }\n",  # an empty text in brackets: libyaml places it after the space
    "title: {en: A, nl:\n  }\n",  # ... on the next line
    "title:\tLeefloon\n",  # libyaml: a tab between tokens
    "a: [b\t]\n",
    "title: Leefloon\n? summary",  # the end of a file without a line break: libyaml one line further
    "---\n# nothing yet",
    "title: |#x\n  Leefloon\n",  # libyaml: a comment right after |
    "title: !@x Leefloon\n",  # libyaml: a tag that Python refuses
    "a: &x [b]\nc: *x\n",
    "a: b\u2028c: d\n",  # a line break YAML knows besides \n
    "partners:\n  - id: x\n    name: " + "[" * 150 + "]" * 150 + "\n",  # nested deeper than FAST_MAX_DEPTH
]


@pytest.mark.parametrize("text", UNLIKE)
def test_what_libyaml_reads_otherwise_is_left_to_the_python_composer(text, monkeypatch):
    with pytest.raises(Exception):
        loading._FastComposer(text).get_single_node()
    assert _parsed(text, True, monkeypatch) == _parsed(text, False, monkeypatch)


# The minimal site's files and a page's front matter: small, so that each edit reads quickly.
EDITED = [TEXTS[name] for name in ("tests/sites/minimal/activities.yaml", "tests/sites/minimal/partners.yaml",
                                   "tests/sites/minimal/content/rights/leefloon.md")]
# What volunteers mistype, and the YAML that only a few write (anchors, tags, complex keys, block
# scalars' indicators, flow collections over several lines).
TYPED = st.sampled_from([
    ":", "-", " ", "  ", "\t", "[", "]", "{", "}", '"', "'", "&a ", "*a", "#", "\n", "x", "é", "---\n", "...\n", "?",
    "? ", ",", "|", ">", "|-", ">+", "|2", "12:00", "!", "!!str ", "%YAML 1.1\n", "\\", '\\"', "\\/", "''", "@", "`",
    "\u2028", "\u00a0", ": ", "- ", "\n  ", "\n- ", "{a: b}", "[a, b]", "[a, b]: c", "? [x]\n: y\n", " #x", "#x", "~",
])


@st.composite
def edits(draw):
    text = draw(st.sampled_from(EDITED))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 12)))
        text = text[:start] + draw(st.one_of(st.just(""), TYPED)) + text[end:]
    return text


@settings(max_examples=300, deadline=None)
@given(text=edits())
def test_any_edit_reads_the_same_with_libyaml_or_without(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _parsed(text, True, monkeypatch) == _parsed(text, False, monkeypatch)


def test_front_matter_reads_the_same_with_libyaml_or_without(monkeypatch):
    page = (ROOT / "content" / "rights" / "leefloon.md").read_text(encoding="utf-8")

    def read(libyaml: bool) -> tuple:
        with monkeypatch.context() as patch:
            if not libyaml:
                patch.setattr(loading, "CParser", None)
            meta, body, line = split_front_matter(page, "leefloon.md", Problems())
        return _plain(meta), body, line

    assert read(True) == read(False)
