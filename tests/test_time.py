"""The data a page carries for its script, and the dated lists it shows without one (SPEC "Time").

What the script makes of the data, at many moments, is tested in Chromium: tests/browser/test_time_in_browser.py.
"""

from __future__ import annotations

import dataclasses
import html
import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest

from sitebuild import ROOT
from stek.calendar import schedule
from stek.editing.after_loading import load_stek
from stek.i18n import Translated
from stek.site import embed_view, home_view, listing_view, programme_view
from stek.site.views import EMBED_MIN_ITEMS, SCRIPT_DAYS, Site, Views

BRUSSELS = ZoneInfo("Europe/Brussels")
LANGUAGES = ("nl", "fr", "en", "ar")
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture(scope="module")
def stek():
    return load_stek(ROOT, LANGUAGES, NOW.date())[0]


def _views(stek, lang: str = "nl") -> Views:
    return Views(stek, Site(LANGUAGES), lang, NOW)


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def test_script_data_holds_8_weeks_of_hours_closures_and_occurrences(stek):
    data = json.loads(_views(stek).script_data())
    assert data["first"] == "2026-11-27"
    assert len(data["days"]) == SCRIPT_DAYS
    for offset, day_data in enumerate(data["days"]):
        day = NOW.date() + dt.timedelta(days=offset)
        assert day_data["hours"] == [{"open": _minutes(o), "close": _minutes(c)}
                                     for o, c in schedule.opening_hours_on(stek, day)], day
        expected = schedule.occurrences(stek, day, day, BRUSSELS, include_cancelled=True)
        assert [(data["listings"][o["listing"]]["href"], o["start"], o["end"], "cancelled" in o)
                for o in day_data["occurrences"]] == [
            (f"activities/{o.listing.id}/", _minutes(o.start.time()), _minutes(o.end.time()), o.cancelled)
            for o in expected], day
        assert bool(day_data["closed"]) == bool(schedule.closed_days(stek, day, day)), day
    # Thursday 24 December: Christmas Eve closes the house, and says so; every activity is cancelled.
    christmas_eve = data["days"][27]
    assert {key: christmas_eve[key] for key in ("name", "date", "hours", "closed")} == {
        "name": "donderdag 24 december", "date": "24 december", "hours": [], "closed": "Kerstavond"}
    assert christmas_eve["occurrences"]
    assert all(o["cancelled"] == "Kerstavond" for o in christmas_eve["occurrences"])
    # Each listing once; times once, as the page writes them.
    assert len({entry["href"] for entry in data["listings"]}) == len(data["listings"])
    assert data["times"][str(16 * 60)] == "16:00"


def test_script_data_text_can_never_end_its_script_element(stek):
    activity = stek.activities["huiswerkklas"]
    title = Translated({"nl": "</script><script>alert(1)</script><!-- & \u2028"}, "nl")
    changed = dataclasses.replace(stek, activities={**stek.activities,
                                                    "huiswerkklas": dataclasses.replace(activity, title=title)})
    text = str(_views(changed).script_data())
    assert "<" not in text
    assert "</script>" in text.replace("\\u003c", "<")
    assert [entry["title"] for entry in json.loads(text)["listings"]
            if entry["href"] == "activities/huiswerkklas/"] == [title.values["nl"]]


def test_a_fallback_text_carries_its_language_for_the_script(stek):
    # Every title of the example is translated: one left in Dutch only is the fallback to look for.
    activity = stek.activities["huiswerkklas"]
    dutch_only = dataclasses.replace(activity, title=Translated({"nl": "Huiswerkklas"}, "nl"))
    changed = dataclasses.replace(stek, activities={**stek.activities, "huiswerkklas": dutch_only})
    data = json.loads(_views(changed, "en").script_data())
    assert data["texts"]["open_until"] == "Open now, until {time}."
    fallback = [entry["title"] for entry in data["listings"] if isinstance(entry["title"], dict)]
    assert fallback == [{"text": "Huiswerkklas", "lang": "nl", "dir": "ltr"}]
    # In Arabic too, the Dutch text runs left to right.
    data = json.loads(_views(changed, "ar").script_data())
    fallback = [entry["title"] for entry in data["listings"] if isinstance(entry["title"], dict)]
    assert fallback == [{"text": "Huiswerkklas", "lang": "nl", "dir": "ltr"}]


@pytest.mark.parametrize("partner", ["caw", "sociaal-huis", "rechtswinkel", "ziekenfonds", "bibliotheek"])
def test_a_partners_embed_lists_its_next_occurrences_never_an_empty_week(stek, partner):
    """At least 5 that take place (when 8 weeks hold them), every one of the first week, none skipped."""
    embed = embed_view.embed(_views(stek), stek.partners[partner])
    listed = [(day.date, item.start) for day in embed["days"] for item in day.items]
    listings = set(stek.listings_of_partner[partner])
    coming = [o for o in schedule.occurrences(stek, NOW.date(), NOW.date() + dt.timedelta(days=SCRIPT_DAYS - 1),
                                              BRUSSELS, include_cancelled=True) if o.listing.id in listings]
    # The list is the partner's occurrences from the build's day on, in order, none left out.
    assert listed == [(o.start.date().isoformat(), o.start.isoformat()) for o in coming][:len(listed)]
    week = [o for o in coming if o.start.date() < NOW.date() + dt.timedelta(days=7)]
    assert len(listed) >= len(week)
    taking_place = sum(not item.cancelled for day in embed["days"] for item in day.items)
    assert taking_place >= min(EMBED_MIN_ITEMS, sum(not o.cancelled for o in coming))


def test_without_script_every_heading_is_dated(stek):
    views = _views(stek)
    home = home_view.home(views)
    assert str(home["heading"]) == "Van 27 november tot 3 december"
    assert [re.sub("[\u2060]", "", str(day.title)) for day in home["days"][:2]] == [
        '<span class="stek-sr">vrijdag 27 november: open van 9.30 tot 12.30 uur</span>'
        '<span aria-hidden="true">vrijdag 27 november: open 09:30–12:30</span>', "zaterdag 28 november: gesloten"]
    assert str(programme_view.programme(views)["changes_heading"]) == "Wijzigingen van 27 november tot 10 december"
    # Every date the browser may drop carries its end, with the offset of its own day.
    listing = listing_view.listing(views, stek.activities["huiswerkklas"])
    assert listing["dates"] and all(dt.datetime.fromisoformat(item.end).utcoffset() is not None
                                    for item in listing["dates"])
    closure = home["closures"][0]
    assert closure["end"] == "2026-12-25T00:00:00+01:00"


@pytest.mark.parametrize(("lang", "shown", "heard"), [
    ("nl", "zondag 10 januari: gesloten — om 14:00 Nieuwjaarsreceptie",
     "zondag 10 januari: gesloten — om 14 uur Nieuwjaarsreceptie"),
    ("en", "Sunday January 10: closed — at 2:00 PM New Year's reception",
     "Sunday January 10: closed — at 2 pm New Year's reception"),
])
def test_without_script_a_closed_day_names_its_event(stek, lang, shown, heard):
    """Issue 16, item 7: the New Year reception at 14:00 on a closed Sunday is in the day's dated title."""
    title = str(_views(stek, lang).day_title(dt.date(2027, 1, 10)))
    found = re.fullmatch(r'<span class="stek-sr">([^<]*)</span><span aria-hidden="true">([^<]*)</span>', title)
    assert found, title
    assert html.unescape(found.group(1)) == heard
    assert html.unescape(found.group(2)).replace("\u00a0", " ").replace("\u202f", " ") == shown
