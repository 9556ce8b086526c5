"""Feeds expanded by independent clients, and the engine's occurrences in the same shape, to compare."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from stek.calendar import schedule
from stek.calendar.ical_feed import FeedSite, occurrence_uid
from stek.data.model import Stek

ROOT = Path(__file__).resolve().parent.parent
ICAL_JS = ROOT / "tests" / "js" / "expand.mjs"

# One occurrence: UID, start and end as UTC instants (so a wrong time zone shows).
Row = tuple[str, dt.datetime, dt.datetime]


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc)


def engine_rows(stek: Stek, listings: tuple[str, ...], site: FeedSite, first: dt.date, last: dt.date) -> list[Row]:
    """What the engine says the feed of `listings` holds from `first` to `last`."""
    chosen = set(listings)
    return sorted(
        (occurrence_uid(o, site), _utc(o.start), _utc(o.end))
        for o in schedule.occurrences(stek, first, last, site.zone) if o.listing.id in chosen
    )


def python_rows(ics: bytes, first: dt.date, last: dt.date, zone: ZoneInfo) -> list[Row]:
    """The feed expanded by recurring-ical-events, over local dates `first` to `last`."""
    calendar = Calendar.from_ical(ics)
    found = recurring_ical_events.of(calendar).between(first, last + dt.timedelta(days=1))
    return sorted((str(e["UID"]), _utc(e.start), _utc(e.end)) for e in found)


def ical_js_available() -> bool:
    """Whether node and ical.js are here; in CI they must be (CI=true fails instead of skipping)."""
    ok = shutil.which("node") is not None and (ROOT / "node_modules" / "ical.js").is_dir()
    if not ok and os.environ.get("CI") == "true":
        pytest.fail("node and node_modules/ical.js are needed in CI: run `npm ci`")
    return ok


def ical_js_rows(paths: list[Path], first: dt.date, last: dt.date, zone: ZoneInfo) -> dict[Path, list[Row]]:
    """Each feed expanded by ical.js in Node, cut to the local dates `first` to `last`."""
    result = subprocess.run(
        ["node", str(ICAL_JS), first.isoformat(), last.isoformat(), *map(str, paths)],
        capture_output=True, text=True, check=True, timeout=300, cwd=ROOT,
    )
    expanded = json.loads(result.stdout)
    rows = {}
    for path in paths:
        found = []
        for item in expanded[str(path)]:
            start = dt.datetime.fromisoformat(item["start"].replace("Z", "+00:00"))
            if first <= start.astimezone(zone).date() <= last:
                found.append((item["uid"], start, dt.datetime.fromisoformat(item["end"].replace("Z", "+00:00"))))
        rows[path] = sorted(found)
    return rows
