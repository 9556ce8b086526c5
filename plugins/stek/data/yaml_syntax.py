"""What is wrong with a YAML file that cannot be parsed, said as a volunteer can act on it.

The parser knows where it got lost, which is often a line after the mistake: a quote that
is never closed, a bracket left open or a missing space after a colon shows up further down.
These checks look for the mistakes people really make in a web editor and name their line.
"""

from __future__ import annotations

import re

import yaml

from stek.data.errors import Problems

_CURLY_QUOTES = "“”„‘’«»"
# A `key: value` line whose value opens a quote that the line does not close.
# A list item written without the space after its dash: `-day: maandag`.
_DASH_WITHOUT_SPACE = re.compile(r"^\s*-[A-Za-z_]")
_OPEN_QUOTE = re.compile(r"""^\s*(?:-\s+)?[\w-]+:\s+(['"])(.*)$""")


def report_syntax_error(error: yaml.MarkedYAMLError, text: str, name: str, problems: Problems,
                        first_line: int) -> None:
    """Report the most likely mistake behind a parser error: every bad indentation, or one line."""
    lines = text.split("\n")
    if _report_indentation(lines, name, problems, first_line):
        return
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark or error.context_mark
    index = mark.line if mark else 0  # 0-based line in `lines`
    context_index = error.context_mark.line if error.context_mark else index
    line = index + first_line
    open_quote = _unclosed_quote(lines, index)
    dash = next((i for i, text in enumerate(lines[: index + 1]) if _DASH_WITHOUT_SPACE.match(text)), None)

    missing_dash = _missing_dash(lines, min(context_index, index), index)
    missing_colon = _missing_colon(lines, index)
    if missing_colon is not None:
        written = lines[missing_colon].strip().removeprefix("- ").strip()
        key, _, value = written.partition(" ")
        problems.error(name, missing_colon + first_line, "yaml_missing_colon", written=written,
                       fixed=f"{key}: {value.strip()}")
    elif missing_dash is not None:
        sibling = _sibling_key(lines, missing_dash)
        if sibling:
            # `end:` written at the dash of `- day:`, while `start:` stands two spaces further in.
            problems.error(name, missing_dash + first_line, "yaml_indent_item",
                           written=lines[missing_dash].strip(), sibling=sibling + ":")
        else:
            problems.error(name, missing_dash + first_line, "yaml_missing_dash", fixed=lines[missing_dash].strip())
    elif "quoted scalar" in context and error.context_mark is not None:
        quote = lines[context_index][error.context_mark.column] if lines[context_index] else '"'
        _report_quote(name, context_index + first_line, quote, problems)
    elif open_quote is not None:
        _report_quote(name, open_quote[0] + first_line, open_quote[1], problems)
    elif dash is not None:
        written = lines[dash].strip()
        problems.error(name, dash + first_line, "yaml_dash_space", written=written, fixed="- " + written[1:])
    elif any(quote in lines[index] for quote in _CURLY_QUOTES):
        problems.error(name, line, "yaml_curly_quotes")
    elif "could not find expected ':'" in problem:
        written = lines[context_index].strip()
        key, _, value = written.partition(":")
        fixed = f"{key}: {value.strip()}" if value.strip() else written + ":"
        problems.error(name, context_index + first_line, "yaml_colon_space", written=written, fixed=fixed)
    elif "mapping values are not allowed" in problem:
        problems.error(name, line, "yaml_colon")
    elif "expected <block end>" in problem or "expected <block" in context or "block mapping" in context:
        problems.error(name, line, "yaml_indent")
    elif "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        found = problem.rpartition("but got ")[2].strip("'")
        bracket = "]" if "]" in problem else "}"
        # The end of the file or a `key:` on a later line: the bracket was never closed.
        if found.startswith("<") or (found == ":" and context_index < index):
            problems.error(name, context_index + first_line, "yaml_bracket", bracket=bracket)
        else:
            problems.error(name, line, "yaml_flow_text", char=found)
    elif "cannot start any token" in problem:
        problems.error(name, line, "yaml_reserved", char=problem.split("'")[1] if "'" in problem else "?")
    elif "alias" in context or "anchor" in context:
        problems.error(name, context_index + first_line, "yaml_reserved",
                       char=lines[context_index][error.context_mark.column] if error.context_mark else "*")
    elif "another document" in problem:
        problems.error(name, line, "yaml_document")
    else:
        problems.error(name, line, "yaml_syntax", problem=problem.rstrip(".") or context)


def _missing_dash(lines: list[str], first: int, last: int) -> int | None:
    """A line from `first` to `last` that stands where the next item of a list goes, without its "- "."""
    for index in range(first, last + 1):
        text = lines[index]
        stripped = text.strip()
        if not stripped or stripped.startswith(("-", "#")):
            continue
        indent = len(text) - len(text.lstrip(" "))
        above = next((line for line in reversed(lines[:index])
                      if line.strip() and not line.strip().startswith("#")
                      and len(line) - len(line.lstrip(" ")) <= indent), None)
        if above is not None and len(above) - len(above.lstrip(" ")) == indent and above.lstrip().startswith("- "):
            return index
    return None


_KEY = re.compile(r"^\s*(?:-\s+)?([\w-]+):(?:\s|$)")
# A key and its value without the colon between them: `- day dinsdag`.
_WITHOUT_COLON = re.compile(r"^(\s*(?:-\s+)?)[a-z_]+ [^\s:#][^:#]*$")


def _missing_colon(lines: list[str], index: int) -> int | None:
    """A `key value` line just before `index` whose next line is a key of the same block: its colon is missing."""
    for candidate in range(max(0, index - 2), index + 1):
        match = _WITHOUT_COLON.match(lines[candidate])
        if not match:
            continue
        column = len(match.group(1))
        following = next((line for line in lines[candidate + 1:] if line.strip()), "")
        if _KEY.match(following) and len(following) - len(following.lstrip(" ")) == column:
            return candidate
    return None


def _sibling_key(lines: list[str], index: int) -> str:
    """For a `key:` line at the column of the dash above: a key of that item, where `key` is not one of them yet."""
    key = _KEY.match(lines[index])
    if not key:
        return ""
    indent = len(lines[index]) - len(lines[index].lstrip(" "))
    keys = []
    for line in reversed(lines[:index]):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        own = len(line) - len(line.lstrip(" "))
        found = _KEY.match(line)
        if own == indent and line.lstrip().startswith("- "):
            if found:
                keys.append(found.group(1))
            break
        if own != indent + 2 or not found:
            return ""
        keys.append(found.group(1))
    if key.group(1) in keys or len(keys) < 2:
        return ""
    return keys[0]


# A value followed by " #" and a letter: YAML drops the rest as a comment (`gelijkvloers #achteraan`).
_HASH_IN_VALUE = re.compile(r"^(\s*(?:-\s+)?(?:[\w.-]+:\s+)?)([^\s'\"#|>\[{&*!-].*?)\s+#(\w.*)$")
_BLOCK_START = re.compile(r":\s*[|>][-+0-9]*\s*(?:#.*)?$")
_HASH_WORD = re.compile(r"\s#\w")  # what _HASH_IN_VALUE needs somewhere in its line


def report_hash_in_values(text: str, name: str, problems: Problems, first_line: int) -> None:
    """An error where a comment cuts a text: a comment after a value is normal YAML, but a " #"
    directly followed by a word is part of the text (`Lokaal #2`), which the site would cut short."""
    if not _HASH_WORD.search(text):
        return  # no " #" before a word anywhere: the usual case, without going through the lines
    block_indent: int | None = None
    for index, line in enumerate(text.split("\n")):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None and (not line.strip() or indent > block_indent):
            continue  # inside a | or > block, where # is text
        block_indent = indent if _BLOCK_START.search(line) else None
        match = _HASH_IN_VALUE.match(line)
        if match:
            prefix, value, comment = match.groups()
            # Typographic quotes around the text (“Lokaal #2”) are no quotes to YAML: the fix has straight ones.
            text = f"{value} #{comment}".strip(_CURLY_QUOTES)
            fixed = f'{prefix.strip()} "{text}"'.strip()
            problems.error(name, index + first_line, "hash_in_text", comment="#" + comment, fixed=fixed)


def report_pasted_spaces(text: str, name: str, problems: Problems, first_line: int) -> bool:
    """No-break spaces in indentation or where YAML needs a space, and invisible characters, all at
    once, each named; whether there were any.

    YAML reads a no-break space as a letter, so a file indented with one may even parse,
    into keys nobody wrote: this is checked before parsing.
    """
    if not any(char in text for char in _SPACE_LIKE + _INVISIBLE_CHARACTERS):
        return False  # the usual case, found without going through the lines
    found = False
    for index, line in enumerate(text.split("\n")):
        if "\u00a0" in line[: len(line) - len(line.lstrip(" \t\u00a0"))]:
            problems.error(name, index + first_line, "yaml_nbsp")
            found = True
            continue
        match = _PASTED_SPACE.search(line) or _INVISIBLE.search(line)
        if match:
            char = match.group("char")
            before = line[: match.start("char")].strip()[-30:]
            message = "pasted_space" if char in _SPACE_LIKE else "invisible_character"
            problems.error(name, index + first_line, message, char=f"U+{ord(char):04X}", before=before)
            found = True
    return found


# Pasted from a document: characters that look like a space, where YAML needs a real one
# (after a key's colon, a list's dash or a comma in brackets; inside a text they are fine).
_SPACE_LIKE = "\u00a0\u2007\u202f"
_PASTED_SPACE = re.compile(rf"(?:^\s*(?:-\s+)?[\w-]+:|^\s*-|[\[{{](?:[^\]}}]*,)?)(?P<char>[{_SPACE_LIKE}])")
# Characters that show as nothing at all: a zero-width space, a word joiner, a byte order mark; and
# the line breaks of word processors, which YAML counts as new lines where the forge shows none.
_INVISIBLE_CHARACTERS = "\u200b\u2060\ufeff\u2028\u2029\u0085"
_INVISIBLE = re.compile(rf"(?P<char>[{_INVISIBLE_CHARACTERS}])")


def _report_indentation(lines: list[str], name: str, problems: Problems, first_line: int) -> bool:
    """Tabs in indentation, all of them at once (the parser stops at the first); whether there were any."""
    found = False
    for index, line in enumerate(lines):
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]:
            problems.error(name, index + first_line, "yaml_tab")
            found = True
    return found


def _unclosed_quote(lines: list[str], until: int) -> tuple[int, str] | None:
    """The first line up to `until` whose value opens a quote it does not close (like 't Lampeke)."""
    for index, line in enumerate(lines[: until + 1]):
        match = _OPEN_QUOTE.match(line)
        if not match:
            continue
        quote, rest = match.groups()
        rest = rest.split(" #")[0].rstrip()
        # In '...' a quote is written twice to stand for itself; in "..." it is escaped with \\.
        closed = "'" in rest.replace("''", "") if quote == "'" else re.search(r'(?<!\\)"', rest)
        if not closed:
            return index, quote
    return None


def _report_quote(name: str, line: int, quote: str, problems: Problems) -> None:
    # An apostrophe at the start of a text ('t Lampeke) is the usual way to open a quote by mistake.
    if quote == "'":
        problems.error(name, line, "yaml_apostrophe")
    else:
        problems.error(name, line, "yaml_quote", quote=quote)


def deepest_line(text: str) -> int:
    """The line where brackets nest deepest: where a file too deep to parse goes wrong."""
    depth, deepest, line, deepest_line = 0, 0, 1, 1
    for char in text:
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, deepest_line = depth, line
        elif char in "]}":
            depth -= 1
    return deepest_line
