"""The package's shape (STYLE §1): imports go one way down, MkDocs stays at the top, modules stay small.

Fast: it parses the sources with `ast`, it imports nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "plugins" / "stek"

# The packages from the bottom up: a module may import from its own layer and the layers below it,
# never from one above. The words (i18n, catalogs, the site's texts) sit underneath all.
ORDER = ("words", "data", "calendar", "site", "plugin")
# Beside the pipeline: editing uses the words, the data and the calendar; only the plugin and the
# check command (editing/check.py, in editing itself) import it.
EDITING_USES = {"words", "data", "calendar", "editing"}
# Where MkDocs (or ProperDocs) may be imported: the thin shell around plain Python.
ENGINE_MODULES = {"stek.plugin", "stek.config", "stek.pages"}
ENGINES = {"mkdocs", "properdocs"}
MOST_LINES = 400
# The theme's files (templates, the page's script sources), found through the package stek.theme:
# no logic of ours, so any layer may ask where they are.
RESOURCES = {"stek.theme"}


def layer(module: str) -> str:
    """The layer of a module by its dotted name: stek.data.load is in "data", stek.pages in "plugin"."""
    parts = module.split(".")
    if len(parts) > 2 and parts[1] in ("data", "calendar", "site", "editing"):
        return parts[1]
    if parts[1] in ("data", "calendar", "site", "editing"):  # the package's own __init__
        return parts[1]
    if parts[1] in ("i18n", "catalogs", "ui_text", "__init__"):
        return "words"
    return "plugin"  # plugin.py, config.py, pages.py


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        found[".".join(relative.parts)] = path
    return found


def imports(module: str, path: Path) -> list[tuple[int, str]]:
    """Every module this one imports, anywhere in it (functions included), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from . import x, from ..data import y
                base = package[:len(package) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return found


def upward_imports(sources: dict[str, Path], root: Path = PACKAGE.parent) -> list[str]:
    """Each import that breaks the order, as "file:line: module (layer) imports name (layer)"."""
    wrong = []
    for module, path in sources.items():
        own = layer(module)
        for line, name in imports(module, path):
            if name.split(".")[0] != "stek" or name == "stek" or name in RESOURCES:
                continue
            other = layer(name)
            if other == "editing":
                allowed = own == "editing" or module == "stek.plugin"
            elif own == "editing":
                allowed = other in EDITING_USES
            else:
                allowed = ORDER.index(other) <= ORDER.index(own)
            if not allowed:
                wrong.append(f"{path.relative_to(root).as_posix()}:{line}: {module} ({own}) imports {name} ({other})")
    return wrong


def engine_imports(sources: dict[str, Path]) -> list[str]:
    return [f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
            for module, path in sources.items() if module not in ENGINE_MODULES
            for line, name in imports(module, path) if name.split(".")[0] in ENGINES]


def test_the_layers_are_where_the_test_expects_them():
    """A new package must be placed in ORDER first, or the rule below would not see it."""
    sources = modules()
    assert {module.split(".")[1] for module in sources if module.count(".") > 1} == {"data", "calendar", "site",
                                                                                      "editing"}
    assert [m for m in sources if layer(m) == "words"] == ["stek.__init__", "stek.catalogs", "stek.i18n",
                                                            "stek.ui_text"]


def test_packages_import_one_way_down():
    assert upward_imports(modules()) == []


def test_only_the_shell_imports_the_engine():
    assert engine_imports(modules()) == []


@pytest.mark.parametrize(("module", "text", "expected"), [
    # module, its source, what the rule says (an upward import found, or none)
    ("stek.calendar.schedule", "from stek.ui_text import ui", []),
    ("stek.calendar.schedule", "from stek.site.views import Views",
     ["stek/calendar/schedule.py:1: stek.calendar.schedule (calendar) imports stek.site.views (site)"]),
    ("stek.data.load", "from stek.editing.plain_language import review",
     ["stek/data/load.py:1: stek.data.load (data) imports stek.editing.plain_language (editing)"]),
    ("stek.data.load", "def f():\n    from ..calendar import schedule",
     ["stek/data/load.py:2: stek.data.load (data) imports stek.calendar (calendar)"]),
    ("stek.editing.check", "from stek.calendar.today import build_now", []),
    ("stek.editing.check", "from stek.site import views",
     ["stek/editing/check.py:1: stek.editing.check (editing) imports stek.site (site)"]),
    ("stek.pages", "from stek.editing.check import check",
     ["stek/pages.py:1: stek.pages (plugin) imports stek.editing.check (editing)"]),
    ("stek.plugin", "from stek.editing.check import check", []),
    ("stek.site.page_script", "import stek.theme", []),
    ("stek.i18n", "from stek.data.model import Stek",
     ["stek/i18n.py:1: stek.i18n (words) imports stek.data.model (data)"]),
])
def test_the_rule_itself(tmp_path, module, text, expected):
    """The rule on made-up sources, so that a rule that sees nothing cannot pass for a package that obeys it."""
    path = tmp_path.joinpath(*module.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n", encoding="utf-8")
    assert upward_imports({module: path}, tmp_path) == expected


def test_no_module_is_longer_than_400_lines():
    lengths = {str(path.relative_to(PACKAGE.parent)): len(path.read_text(encoding="utf-8").splitlines())
               for path in modules().values()}
    assert {name: count for name, count in lengths.items() if count > MOST_LINES} == {}
