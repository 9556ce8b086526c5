"""Times as a voice says them (stek.site.spoken): the hand-written table that the script's twin
(theme/scripts/spoken.js, tests/js/spoken.test.mjs) is tested against too."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from sitebuild import ROOT
from stek.site.format import Formatter
from stek.site.spoken import spoken_minute, spoken_range, spoken_words

TABLE = json.loads((ROOT / "tests" / "spoken_times.json").read_text(encoding="utf-8"))


def _minute(text: str) -> int:
    hours, minutes = map(int, text.split(":"))
    return hours * 60 + minutes


@pytest.mark.parametrize("lang", sorted(TABLE["words"]))
def test_the_tables_words_are_the_catalogs(lang):
    assert spoken_words(lang) == TABLE["words"][lang]


@pytest.mark.parametrize("case", TABLE["times"], ids=lambda c: f"{c['lang']}-{c['time']}")
def test_a_time_in_words(case):
    assert spoken_minute(spoken_words(case["lang"]), _minute(case["time"])) == case["said"]


@pytest.mark.parametrize("case", TABLE["ranges"], ids=lambda c: f"{c['lang']}-{c['start']}-{c['end']}")
def test_a_range_in_words(case):
    assert spoken_range(spoken_words(case["lang"]), _minute(case["start"]), _minute(case["end"])) == case["said"]


@pytest.mark.parametrize("lang", ["nl", "fr", "en", "ar"])
def test_the_range_on_the_page_is_heard_in_words_and_its_figures_hidden(lang):
    html = Formatter(lang).time_html(dt.time(12), dt.time(13, 30))
    case = next(c for c in TABLE["ranges"] if c["lang"] == lang and c["start"] == "12:00")
    spoken = re.search(r'<span class="stek-sr">([^<]*)</span><span aria-hidden="true">', html)
    assert spoken and spoken.group(1).replace("&#39;", "'") == case["said"]
