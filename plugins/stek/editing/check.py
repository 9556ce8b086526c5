"""`python -m stek.editing.check`: the build's checks without the build, for `make check` and the workflows.

It reads mkdocs.yml with the project's own reader, then the data, and reports every error,
warning and piece of advice at once, in the site's language, where the forge shows them.
Exit status: 1 exactly when the problems would stop the publishing build, which is strict: on errors
and on warnings (advice never). `--no-strict` lets warnings pass, as a build without --strict does.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import sys
from pathlib import Path

from stek.calendar.today import build_now
from stek.data.errors import DataErrors, Problems
from stek.data.site_config import MKDOCS_FILE_NAME, check_site_config
from stek.editing.after_loading import load_stek
from stek.editing.forge_report import forge_of, plain_lines, report_to_forge
from stek.editing.workflow_files import check_workflows


def check(root: Path, *, strict: bool = True, config_only: bool = False) -> int:
    problems = Problems()
    languages = check_site_config(root, problems)
    _check_engine(problems)
    check_workflows(root, problems)
    if config_only and not problems.errors:
        return 0  # the build reports the rest, mkdocs.yml's advice included
    if languages and not config_only:
        try:
            _, problems = load_stek(root, languages, build_now().date(), problems, content_checks=True)
        except DataErrors as error:
            problems = error.problems or problems
    report_to_forge(problems, root)
    if forge_of(os.environ) != "forgejo":  # Forgejo's report is these same lines already
        for line in plain_lines(problems.by_level(), problems.language):
            print(line, file=sys.stderr)
    return 1 if problems.stops(strict) else 0


def _check_engine(problems: Problems) -> None:
    """MkDocs 2 runs no plugins: a build with it would publish a site without a programme."""
    try:
        version = importlib.metadata.version("mkdocs")
    except importlib.metadata.PackageNotFoundError:
        return  # ProperDocs alone, the default engine
    if int(version.split(".")[0]) >= 2:
        problems.error(MKDOCS_FILE_NAME, 0, "engine_without_plugins", version=version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stek.editing.check", description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action=argparse.BooleanOptionalAction, default=True,
                        help="warnings stop too, as in the publishing build (properdocs build --strict); the default")
    parser.add_argument("--config-only", action="store_true", help="check mkdocs.yml only (before MkDocs reads it)")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the folder with mkdocs.yml (default: here)")
    arguments = parser.parse_args(argv)
    return check(arguments.root, strict=arguments.strict, config_only=arguments.config_only)


if __name__ == "__main__":
    sys.exit(main())
