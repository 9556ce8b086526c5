"""Summer hours and a closure for part of a day: shown wherever hours and closures are listed."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from sitebuild import copy_example, run_build

# Monday 1 March 2027, 10:00 in Brussels: the staff meeting on 11 March is within the home page's
# 30 days of closures, and the summer hours (July and August) are still to come.
MARCH = str(int(dt.datetime(2027, 3, 1, 10, tzinfo=ZoneInfo("Europe/Brussels")).timestamp()))


@pytest.fixture(scope="module")
def march_site(tmp_path_factory):
    build = run_build(copy_example(tmp_path_factory.mktemp("march")), "--strict", environ={"SOURCE_DATE_EPOCH": MARCH})
    assert build.returncode == 0, build.output
    return build


def test_the_programme_and_the_poster_name_the_summer_hours(march_site):
    assert "Van 1 juli tot 31 augustus: 09:30\u2060–\u206012:30" in march_site.text("programme/index.html")
    assert "Van 1 juli tot 31 augustus: 09:30\u2060–\u206012:30" in march_site.text("print/index.html")
    assert "Du 1 juillet au 31 août : 09:30\u2060–\u206012:30" in march_site.text("fr/programme/index.html")


def test_the_home_page_lists_a_closure_for_part_of_a_day_with_its_hours(march_site):
    html = march_site.text("index.html")
    assert "donderdag 11 maart, 13:00\u2060–\u206016:00" in html
    assert "Personeelsvergadering" in html


def test_programme_json_has_the_seasons_and_the_part_day_closures(march_site):
    programme = json.loads(march_site.text("programme.json"))
    assert {(h["first"], h["last"], h["open"], h["close"]) for h in programme["seasonal_hours"]} == {
        ("2027-07-01", "2027-08-31", "09:30", "12:30")}
    [closure] = programme["closed_part_of_day"]
    assert (closure["date"], closure["start"], closure["end"]) == ("2027-03-11", "13:00", "16:00")
    assert closure["reason"].startswith("Personeelsvergadering")
