"""What the schedule engine and the feeds cost, as a share of the whole build, at 1x, 10x and 100x the activities.

Usage: python bench/feeds.py   (about a minute)

Every figure is a ratio to a baseline timed in the same run, never an absolute promise: the
feeds' and programme.json's share of the build (timed inside the real build, by wrapping the
functions the plugin calls, at 1x and 10x), and how the engine's and the feeds' own time grows
with the number of activities (1x, 10x, 100x, in memory).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SITE_PARTS = ("mkdocs.yml", "partners.yaml", "activities.yaml", "content", "theme")
# Monday 7 December 2026, 10:00 in Brussels: after the example's rights pages were last checked (6
# December), which the tests' earlier date (27 November) must rewrite first (tests/sitebuild.py).
SOURCE_DATE_EPOCH = "1796634000"
LANGUAGES = ("nl", "fr", "en", "ar")
ZONE = ZoneInfo("Europe/Brussels")


def make_site(target: Path, factor: int) -> Path:
    """A copy of the example STEK with every activity written `factor` times, under new ids."""
    target.mkdir(parents=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        elif source.exists():
            shutil.copy2(source, target / part)
    text = (ROOT / "activities.yaml").read_text(encoding="utf-8")
    head, rest = text.split("\nactivities:\n", 1)
    block, events = rest.split("\nevents:\n", 1)
    copies = [block] + [re.sub(r"^  - id: (\S+)", rf"  - id: \1-x{n}", block, flags=re.M) for n in range(2, factor + 1)]
    (target / "activities.yaml").write_text(f"{head}\nactivities:\n" + "\n".join(copies) + f"\nevents:\n{events}",
                                            encoding="utf-8")
    return target


def timed_build(root: Path) -> tuple[float, float]:
    """(whole build, feeds and programme.json inside it) in seconds."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import stek.plugin as plugin

    spent = [0.0]
    originals = plugin.shared_parts, plugin.build_feeds, plugin.programme_files

    def timing(function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start
        return wrapper

    plugin.shared_parts, plugin.build_feeds, plugin.programme_files = (timing(f) for f in originals)
    try:
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"))
        start = time.perf_counter()
        build(config)
        whole = time.perf_counter() - start
    finally:
        plugin.shared_parts, plugin.build_feeds, plugin.programme_files = originals
    return whole, spent[0]


def scaled_stek(factor: int):
    """The example STEK in memory with every activity `factor` times (100x is beyond the file size limit)."""
    from stek.editing.after_loading import load_stek

    stek, _ = load_stek(ROOT, LANGUAGES, now().date())
    copies = {f"{a.id}-x{n}" if n > 1 else a.id: dataclasses.replace(a, id=f"{a.id}-x{n}" if n > 1 else a.id)
              for n in range(1, factor + 1) for a in stek.activities.values()}
    return dataclasses.replace(stek, activities=copies)


def timed_feeds(stek) -> tuple[float, float]:
    """(engine alone: a year of occurrences; feeds and programme.json in four languages) in seconds."""
    from stek.calendar import schedule
    from stek.calendar.feed_files import build_feeds, shared_parts
    from stek.calendar.ical_feed import FeedSite
    from stek.calendar.programme_json import programme_files

    site = FeedSite(name="STEK", url="https://stek.example.org/", now=now(), zone=ZONE)
    start = time.perf_counter()
    schedule.occurrences(stek, now().date(), now().date() + dt.timedelta(days=365), ZONE, include_cancelled=True)
    engine = time.perf_counter() - start
    start = time.perf_counter()
    shared = shared_parts(stek, site)  # as the build does: once for all languages
    for lang in LANGUAGES:
        build_feeds(stek, site, lang, shared)
        programme_files(stek, site, lang)
    return engine, time.perf_counter() - start


def now() -> dt.datetime:
    return dt.datetime.fromtimestamp(int(SOURCE_DATE_EPOCH), tz=ZONE)


def main() -> int:
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    import logging
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    rows = []
    # Warm up first: loading the holidays tables and the time zone rules happens once per build.
    timed_feeds(scaled_stek(1))
    with tempfile.TemporaryDirectory() as folder:
        for factor in (1, 10, 100):
            stek = scaled_stek(factor)
            engine, feeds = timed_feeds(stek)
            # activities.yaml may hold 1 MB: 100x the example's activities is more than that.
            whole, inside = timed_build(make_site(Path(folder) / f"x{factor}", factor)) if factor <= 10 else (0, 0)
            rows.append((factor, len(stek.activities), engine, feeds, whole, inside))
    base_engine, base_feeds = rows[0][2], rows[0][3]
    print(f"{'size':<6}{'activities':>11}{'engine x':>10}{'feeds x':>9}{'feeds share of build':>22}")
    for factor, count, engine, feeds, whole, inside in rows:
        share = f"{inside / whole:.1%} of {whole / rows[0][4]:.1f}x" if whole else "-"
        print(f"{factor:>3}x  {count:>11}{engine / base_engine:>10.1f}{feeds / base_feeds:>9.1f}{share:>22}")
    print(f"\nBaseline (1x, this machine): engine {base_engine * 1000:.0f} ms for a year of occurrences; "
          f"feeds and programme.json {base_feeds * 1000:.0f} ms for four languages; "
          f"whole build {rows[0][4]:.1f} s. Growth and shares are ratios to these; the share is timed\n"
          f"inside the real build, where the first language also pays for loading holidays and zone rules.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
