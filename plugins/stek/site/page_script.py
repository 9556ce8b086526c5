"""The page's own scripts, built from their sources in theme/scripts/ into one inline script each.

The sources are small ES modules with real names, one concern each, that node's test runner
tests as they are (tests/js/). A page carries a script inline (no request, no script from
another file), so the build joins an entry module and the modules it imports, in the order
they depend on each other, into one function: import lines and `export` go, comments on lines
of their own and indentation go; names stay. Houses build with Python only: no npm at build time.

The sources keep to what this needs: imports on one line each (`import { a, b } from "./x.js";`),
`export` only before a top-level `function` or `const`, top-level names unique across modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup
from rjsmin import jsmin

import stek.theme

# Installed, the theme is the package stek.theme beside stek; in the repository it is theme/.
SCRIPT_SOURCES = Path(stek.theme.__file__).resolve().parent / "scripts"

_IMPORT = re.compile(r'^import \{([\w\s,]+)\} from "\./([\w-]+)\.js";$')
_TOP_LEVEL = re.compile(r"^(?:export )?(?:function|const|let|class) (\w+)")


class ScriptError(Exception):
    """A module the build cannot join: a bug in the theme, not in a house's data."""




def _modules(entry: str, folder: Path) -> list[tuple[str, str]]:
    """The entry and every module it imports, each once, each after the modules it imports."""
    ordered: list[tuple[str, str]] = []
    seen: set[str] = set()

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if name in chain:
            raise ScriptError(f"theme/scripts/{name}.js imports itself through {' -> '.join(chain)}")
        if name in seen:
            return
        source = (folder / f"{name}.js").read_text(encoding="utf-8")
        for line in source.splitlines():
            if line.startswith("import "):
                match = _IMPORT.match(line)
                if match is None:
                    raise ScriptError(f"theme/scripts/{name}.js: write imports as import {{ a, b }} from \"./x.js\";: {line}")
                visit(match.group(2), (*chain, name))
        seen.add(name)
        ordered.append((name, source))

    visit(entry, ())
    return ordered


def _strip(source: str) -> list[str]:
    """The module's lines without imports, `export`, comment lines, indentation and empty lines."""
    lines = []
    in_comment = False
    for line in source.splitlines():
        text = line.strip()
        if in_comment:
            in_comment = "*/" not in text
            continue
        if text.startswith("/*"):
            in_comment = "*/" not in text
            continue
        if not text or text.startswith("//") or text.startswith("import "):
            continue
        lines.append(text.removeprefix("export "))
    return lines


def build_script(entry: str, folder: Path | None = None) -> Markup:
    """The text of an inline <script> for the page: theme/scripts/<entry>.js and what it imports."""
    folder = folder or SCRIPT_SOURCES
    body: list[str] = []
    defined: dict[str, str] = {}
    for name, source in _modules(entry, folder):
        for line in source.splitlines():
            if match := _TOP_LEVEL.match(line):
                if match.group(1) in defined:
                    raise ScriptError(f"theme/scripts/{name}.js and {defined[match.group(1)]}.js both define "
                                      f"{match.group(1)}: the page joins them into one scope")
                defined[match.group(1)] = name
        body += _strip(source)
    text = '(function () {\n"use strict";\n' + "\n".join(body) + "\n})();"
    if "</script" in text.lower() or "<!--" in text:
        raise ScriptError(f"theme/scripts/{entry}.js would end its <script> element")
    # Minified (white space only, names kept): the home page's first round trip is 14 KB.
    return Markup(jsmin(text))


def page_scripts(folder: Path | None = None) -> Callable[[str], Markup]:
    """The templates' page_script for one build: each script is joined and minified once, not once per page
    (the same text on some 250 pages); the next build reads the sources again."""
    return lru_cache(maxsize=None)(lambda entry: build_script(entry, folder))


# Cached by text: every page inlines the same stylesheet and script, and minifying them is pure.
@lru_cache(maxsize=16)
def inline_script(text: str) -> Markup:
    """A script written as a plain file (theme/assets/*.js), minified for inlining like the page's own."""
    return Markup(jsmin(text))


@lru_cache(maxsize=16)
def inline_css(text: str) -> Markup:
    """A stylesheet for a <style> element: without its comments and indentation (a third of its gzip bytes)."""
    without_comments = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return Markup("\n".join(line.strip() for line in without_comments.splitlines() if line.strip()))
