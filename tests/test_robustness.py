"""Whatever a volunteer types, the build answers with file:line messages, never with a traceback."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stek.data.errors import DataErrors
from stek.editing.after_loading import load_stek

MINIMAL = Path(__file__).parent / "sites" / "minimal"
FILES = ["partners.yaml", "activities.yaml", "content/rights/leefloon.md", "content/rights/leefloon.fr.md"]
# What volunteers mistype most: YAML's punctuation, tabs, quotes, and line breaks.
TYPED = st.sampled_from([":", "-", " ", "  ", "\t", "[", "]", "{", "}", '"', "'", "&a", "*a", "#", "\n", "x", "é",
                         "---\n", "?", ",", "|", "\r\n", "\ufeff", "12:00", "2026-13-01", "<b>"])
MESSAGE = re.compile(r"^(partners\.yaml|activities\.yaml|content/rights/[\w.-]+\.md)(:\d+)?: \S.*$")


@st.composite
def edits(draw):
    """A file of the minimal site, and that file with a few characters inserted, removed or replaced."""
    name = draw(st.sampled_from(FILES))
    text = (MINIMAL / name).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 12)))
        text = text[:start] + draw(st.one_of(st.just(""), TYPED)) + text[end:]
    return name, text


@pytest.mark.slow  # 300 loads of the minimal site: a search, not a check of one case
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edit=edits())
def test_any_edit_loads_or_gives_only_file_line_messages(tmp_path, edit):
    name, text = edit
    root = tmp_path / "site"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(MINIMAL, root)
    (root / name).write_text(text, encoding="utf-8", newline="")
    try:
        load_stek(root, ("en", "nl", "fr"), dt.date(2026, 11, 27))
    except DataErrors as error:
        assert error.lines
        for line in error.lines:
            assert MESSAGE.match(line), line
