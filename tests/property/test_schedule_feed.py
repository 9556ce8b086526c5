"""The feed of a random STEK, expanded by recurring-ical-events, equals the engine's occurrences."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given

from strategies import build_dates, steks

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from expansion import engine_rows, python_rows  # noqa: E402
from stek.calendar.feed_files import build_feeds  # noqa: E402
from stek.calendar.ical_feed import HISTORY, HORIZON, FeedSite  # noqa: E402

ZONE = ZoneInfo("Europe/Brussels")


@given(steks(), build_dates)
def test_feed_expansion_equals_the_engine_from_a_month_before_to_two_years_after(stek, today):
    site = FeedSite(name="STEK", url="https://stek.example.org/", zone=ZONE,
                    now=dt.datetime.combine(today, dt.time(10), tzinfo=ZONE))
    first, last = today - HISTORY, today + HORIZON
    ics = build_feeds(stek, site, "nl")["calendar.ics"]
    listings = (*stek.activities, *stek.events)
    assert python_rows(ics, first, last, ZONE) == engine_rows(stek, listings, site, first, last)
