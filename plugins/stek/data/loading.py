"""YAML and front matter read as volunteers write them: every scalar a string that knows its line."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.resolver import BaseResolver

try:
    from yaml.cyaml import CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python composer reads everything
    CParser = None

from stek.data.errors import Problems
from stek.data.yaml_syntax import deepest_line, report_hash_in_values, report_pasted_spaces, report_syntax_error

MAX_FILE_BYTES = 1024 * 1024
# Aliases may repeat a value; a file that expands beyond this many values is an alias bomb.
MAX_NODES = 100_000
# Deeper than this, the pure-Python composer decides: it alone knows where Python's recursion ends.
FAST_MAX_DEPTH = 100


class Str(str):
    """A scalar exactly as written, with the line it is on (and the line its text starts on)."""

    line: int
    text_line: int  # after a block indicator (| or >) the text starts on the next line

    def __new__(cls, value: str, line: int, text_line: int | None = None) -> Str:
        self = super().__new__(cls, value)
        self.line = line
        self.text_line = line if text_line is None else text_line
        return self


class Map(dict):
    """A YAML mapping whose keys are `Str` (so each knows its line)."""

    line: int

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line

    def key(self, name: str) -> Str | None:
        """The key as written, for its line."""
        for key in self:
            if key == name:
                return key
        return None


class Seq(list):
    """A YAML sequence with the line it starts on."""

    line: int

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line


Node = Str | Map | Seq


class _Composer(yaml.BaseLoader):
    """Composes the node graph only; `_build` turns it into values. Its errors are the ones volunteers read."""


class _Unlike(Exception):
    """What libyaml may read otherwise than the pure-Python scanner: that one decides."""


# Tabs, byte order marks and the line breaks YAML knows besides \n: libyaml takes tabs between
# tokens, skips a byte order mark at the start of any line and counts lines its own way around them.
_UNLIKE_CHARACTERS = ("\t", "\ufeff", "\r", "\x85", "\u2028", "\u2029")
# A comment right after | or > (`|#`): libyaml takes it, Python asks for a space first.
_HEADER_COMMENT = re.compile(r"[|>][-+0-9]*#")


if CParser is not None:
    class _FastComposer(Composer, CParser, BaseResolver):
        """PyYAML's own composer on libyaml's events: ten times faster than the pure-Python scanner.

        libyaml 0.2.5 reads a few things otherwise (`_UNLIKE_CHARACTERS`, `_HEADER_COMMENT`, tags and
        anchors, a ? or an empty text in brackets, the end of a file without a final line break):
        it raises _Unlike on them, and on nesting deep enough for Python's recursion limit to matter.
        For every other file both give the same nodes (tests/test_yaml_composers.py).
        """

        def __init__(self, text: str) -> None:
            if any(char in text for char in _UNLIKE_CHARACTERS) or _HEADER_COMMENT.search(text):
                raise _Unlike
            CParser.__init__(self, text)
            Composer.__init__(self)
            BaseResolver.__init__(self)
            self.depth = 0
            self.last_line = text.count("\n")  # 0-based

        def get_single_node(self) -> yaml.Node | None:
            root = Composer.get_single_node(self)
            # libyaml ends a file without a final line break on a line of its own: an empty value
            # composed last, from that end, would stand one line further than Python says.
            last = root
            while isinstance(last, yaml.CollectionNode) and last.value:
                last = last.value[-1][1] if isinstance(last, yaml.MappingNode) else last.value[-1]
            if last is not None and last.start_mark.line > self.last_line:
                raise _Unlike
            return root

        def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
            event = self.peek_event()
            if event.anchor is not None or getattr(event, "tag", None) is not None:
                raise _Unlike  # anchors, aliases and tags: libyaml takes some that Python refuses
            return Composer.compose_node(self, parent, index)

        def compose_sequence_node(self, anchor: None) -> yaml.SequenceNode:
            return self._nested(Composer.compose_sequence_node)

        def compose_mapping_node(self, anchor: None) -> yaml.MappingNode:
            return self._nested(Composer.compose_mapping_node)

        def _nested(self, compose):
            self.depth += 1
            if self.depth > FAST_MAX_DEPTH:
                raise _Unlike
            node = compose(self, None)
            self.depth -= 1
            if node.flow_style and any(_unlike_in_brackets(child) for child in node.value):
                raise _Unlike
            return node


def _unlike_in_brackets(node: yaml.Node | tuple[yaml.Node, yaml.Node]) -> bool:
    """Whether a node of a flow collection (or a key and value) is a plain text that is empty or
    has a ? in it: libyaml places an empty one elsewhere, and takes a ? that Python refuses."""
    if isinstance(node, tuple):
        return _unlike_in_brackets(node[0]) or _unlike_in_brackets(node[1])
    return isinstance(node, yaml.ScalarNode) and not node.style and ("?" in node.value or not node.value)


def _compose(text: str) -> yaml.Node | None:
    """The node graph of a YAML text; raises what the pure-Python composer raises.

    libyaml reads what volunteers write ten times faster; when it stumbles in any way (a syntax
    error, a character it refuses, what it reads otherwise), the pure-Python composer reads the text
    again, so that every message, line and problem stays its own.
    """
    if CParser is not None:
        try:
            return _FastComposer(text).get_single_node()
        except Exception:  # the pure-Python composer reads it again and says what is wrong
            pass
    composer = _Composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


class _AliasBomb(Exception):
    pass


def read_text(path: Path, name: str, problems: Problems) -> str | None:
    """The file's text, with BOM and CRLF gone; None (and a problem) when it cannot be read."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        problems.error(name, 0, "too_large", size=size, limit=MAX_FILE_BYTES)
        return None
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.error(name, data[: error.start].count(b"\n") + 1, "not_utf8")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_yaml(text: str, name: str, problems: Problems, first_line: int = 1) -> Node | None:
    """Parse YAML with every scalar kept as written; None (and a problem) when it is broken."""
    if report_pasted_spaces(text, name, problems, first_line):
        return None
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as error:
        report_syntax_error(error, text, name, problems, first_line)
        return None
    except RecursionError:
        problems.error(name, deepest_line(text) + first_line - 1, "yaml_too_deep")
        return None
    except yaml.reader.ReaderError as error:  # A control character that YAML refuses.
        line = text[: error.position].count("\n") + first_line
        problems.error(name, line, "control_character", code=f"U+{error.character:04X}")
        return None
    report_hash_in_values(text, name, problems, first_line)
    if root is None:
        return Map(first_line)
    budget = [MAX_NODES]
    try:
        return _build(root, name, problems, first_line - 1, budget)
    except _AliasBomb:
        problems.error(name, root.start_mark.line + first_line, "yaml_alias_bomb")
        return None
    except RecursionError:  # nesting too deep for Python, written out or through aliases
        problems.error(name, deepest_line(text) + first_line - 1, "yaml_too_deep")
        return None


def split_front_matter(text: str, name: str, problems: Problems) -> tuple[Node | None, str, int] | None:
    """Front matter and body of a Markdown file, read strictly (MkDocs ignores broken front matter).

    Returns (front matter, body, line the body starts on), or None when it is broken.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return Map(1), text, 1
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            meta = parse_yaml("\n".join(lines[1:index]), name, problems, first_line=2)
            if meta is None:
                return None
            return meta, "\n".join(lines[index + 1 :]), index + 2
    problems.error(name, 1, "front_matter_unclosed")
    return None


def _build(node: yaml.Node, name: str, problems: Problems, offset: int, budget: list[int]) -> Node:
    budget[0] -= 1
    if budget[0] < 0:
        raise _AliasBomb
    line = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.ScalarNode):
        return Str(node.value, line, line + 1 if node.style in ("|", ">") else line)
    if isinstance(node, yaml.SequenceNode):
        seq = Seq(line)
        seq.extend(_build(item, name, problems, offset, budget) for item in node.value)
        return seq
    mapping = Map(line)
    first_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = _build(key_node, name, problems, offset, budget)
        if not isinstance(key, Str):
            key = Str(yaml.serialize(key_node).strip(), key_node.start_mark.line + 1 + offset)
        if key in first_lines:
            problems.error(name, key.line, "duplicate_key", key=str(key), first=first_lines[key])
            continue
        first_lines[key] = key.line
        mapping[key] = _build(value_node, name, problems, offset, budget)
    return mapping
