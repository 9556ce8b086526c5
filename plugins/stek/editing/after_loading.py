"""The checks that need more than the data files, run after loading: one function for the plugin and the check command.

The loader (`stek.data.load`) reads the files and reports what they show on their own; what needs
a later stage (a cancelled date the schedule never reaches, the plain-language advice) is checked
here, so that `make check` and the build can never disagree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from stek.calendar.schedule import check_cancelled_dates
from stek.data.errors import Problems
from stek.data.load import read_stek
from stek.data.model import Stek
from stek.editing.content_checks import check_content
from stek.editing.plain_language import advise_plain_language


def load_stek(root: Path, languages: tuple[str, ...], today: dt.date,
              problems: Problems | None = None, *, content_checks: bool = False) -> tuple[Stek, Problems]:
    """The STEK in `root`, and its warnings and advice; raises DataErrors listing every error.

    `content_checks`: also check the pages volunteers write (alt text, headings, link texts, the
    rights pages' sections, avoided words, the example's contact): the build and `make check` do.

    `problems` may already hold what an earlier check found (mkdocs.yml), to be reported with the rest.
    """
    loaded = read_stek(root, languages, today, problems)
    check_cancelled_dates(loaded.stek, loaded.problems)
    advise_plain_language(loaded.stek, loaded.problems, loaded.activities, loaded.rights)
    if content_checks and not loaded.problems.errors:
        # After an error, nothing that depends on reading that file speaks.
        check_content(root, loaded.stek, loaded.problems, loaded.activities)
    loaded.raise_errors()
    return loaded.stek, loaded.problems
