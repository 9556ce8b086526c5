"""Issue 9: times that read right. A range never breaks, machines read <time datetime>, screen
readers hear "from ... to ..." in the page's language, and Arabic lists use Arabic punctuation."""

from __future__ import annotations

import datetime as dt
import html
import re
from zoneinfo import ZoneInfo

import pytest

from sitebuild import ROOT
from stek.editing.after_loading import load_stek
from stek.site.views import Site, Views

RANGE = re.compile(r'<span class="stek-range"><span class="stek-sr"( lang="\w+")?>(?P<spoken>[^<]*)</span>'
                   r'<span aria-hidden="true"><time datetime="(?P<start>[^"]+)">(?P<shown_start>[^<]+)</time>'
                   r'\u2060–\u2060<time datetime="(?P<end>[^"]+)">(?P<shown_end>[^<]+)</time></span></span>')


@pytest.fixture(scope="module")
def views():
    stek, _ = load_stek(ROOT, ("nl", "fr", "en", "ar"), dt.date(2026, 11, 27))
    now = dt.datetime(2026, 11, 27, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    return {lang: Views(stek, Site(("nl", "fr", "en", "ar")), lang, now) for lang in ("nl", "fr", "en", "ar")}


# language, start, end, what a screen reader says
SPOKEN = [
    ("nl", dt.time(9, 30), dt.time(12), "van 9 uur 30 tot 12 uur"),
    ("fr", dt.time(1, 5), dt.time(16), "de 1 heure 5 à 16 heures"),
    ("en", dt.time(9, 30), dt.time(12), "from 9 30 to 12 o'clock"),
    ("ar", dt.time(9, 30), dt.time(12), "من الساعة 9 و30 دقيقة إلى الساعة 12"),
]


@pytest.mark.parametrize(("lang", "start", "end", "spoken"), SPOKEN)
def test_a_range_is_said_in_words_and_shown_unbroken(views, lang, start, end, spoken):
    found = RANGE.fullmatch(views[lang].time_html(start, end))
    assert found and html.unescape(found["spoken"]) == spoken
    assert (found["start"], found["end"]) == (start.strftime("%H:%M"), end.strftime("%H:%M"))
    assert " " not in found["shown_start"] + found["shown_end"]


@pytest.mark.parametrize("lang", ["nl", "fr", "en", "ar"])
def test_a_plain_range_has_no_place_to_break(views, lang):
    text = views[lang].time_range(dt.time(9, 30), dt.time(12))
    assert "\u2060–\u2060" in text
    assert not re.search(r"\s", text.replace("\u00a0", "").replace("\u202f", ""))


@pytest.mark.parametrize(("path", "lang"), [("programme/index.html", "nl"), ("ar/programme/index.html", "ar"),
                                            ("index.html", "nl"), ("ar/index.html", "ar")])
def test_every_listed_time_is_a_spoken_machine_readable_range(example_site, path, lang):
    page = example_site.text(path)
    times = re.findall(r'<span class="stek-time">(.*?)</span></span></span>', page)
    assert times
    for time in times:
        found = RANGE.fullmatch(time + "</span></span>")
        assert found, time
        assert found["spoken"].startswith({"nl": "van ", "ar": "من "}[lang])


def test_arabic_lists_use_arabic_punctuation(example_site):
    # The page's text, not its scripts (whose statements end in "; ").
    partners = re.sub(r"<script\b.*?</script>", "", example_site.text("ar/partners/index.html"), flags=re.S)
    assert "؛ " in partners and "; " not in partners
    activity = example_site.text("ar/activities/soep-en-babbel/index.html")
    facts = re.sub(r"<[^>]+>", "", activity.split('<dl class="stek-facts">', 1)[1].split("</dl>", 1)[0])
    assert "، " in facts and ", " not in facts
