"""YAML and front matter read as volunteers write them: every scalar a string that knows its line."""

from __future__ import annotations

from pathlib import Path

import yaml

from stek.data.errors import Problems
from stek.data.yaml_syntax import deepest_line, report_hash_in_values, report_pasted_spaces, report_syntax_error

MAX_FILE_BYTES = 1024 * 1024
# Aliases may repeat a value; a file that expands beyond this many values is an alias bomb.
MAX_NODES = 100_000


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
    """Composes the node graph only; `_build` turns it into values."""


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
        composer = _Composer(text)
        try:
            root = composer.get_single_node()
        finally:
            composer.dispose()
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
