"""The iCalendar feeds: where they are, what they hold, and that independent clients read them as the engine says."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import yaml
from dateutil.rrule import rrulestr
from icalendar import Calendar

from expansion import engine_rows, ical_js_available, ical_js_rows, python_rows
from sitebuild import copy_example, run_build
from stek.calendar import feed_files, ical_feed, vtimezone
from stek.calendar.feed_files import build_feeds
from stek.calendar.feed_history import Revision
from stek.calendar.ical_feed import FeedSite
from stek.data.model import Activity, Slot
from stek.editing.after_loading import load_stek
from stek.i18n import Translated

ZONE = ZoneInfo("Europe/Brussels")
LANGUAGES = ("nl", "fr", "en", "ar")
TODAY = dt.date(2026, 11, 27)
# Two years from a month before the build: both DST changes of 2027 and 2028 (28 March, 31 October 2027).
FIRST, LAST = dt.date(2026, 10, 27), dt.date(2028, 10, 31)


@pytest.fixture(scope="module")
def stek(example_site):
    return load_stek(example_site.root, LANGUAGES, TODAY)[0]


@pytest.fixture(scope="module")
def site(example_site) -> FeedSite:
    config = yaml.safe_load((example_site.root / "mkdocs.yml").read_text(encoding="utf-8"))
    return FeedSite(
        name=config["site_name"], url=config["site_url"], zone=ZONE, address=config["extra"]["house"]["address"],
        now=dt.datetime(2026, 11, 27, 10, tzinfo=ZONE),
    )


def feed_paths(stek) -> list[str]:
    """SPEC.md's feed URLs, in every language."""
    paths = ["calendar.ics", *(f"partners/{id}.ics" for id in stek.partners),
             *(f"activities/{id}.ics" for id in (*stek.activities, *stek.events)),
             *(f"functions/{function}.ics" for function in ("ontmoeten", "leren", "politiseren", "verwijzen"))]
    return [ical_feed.language_prefix(stek, lang) + path for lang in LANGUAGES for path in paths]


def listings_of(stek, path: str) -> tuple[str, ...]:
    [feed] = [f for f in feed_files.feeds_of(stek) if path.endswith(f.path) and path.count("/") <= f.path.count("/") + 1]
    return feed.listings


def checked_paths(stek) -> list[str]:
    """Every feed of the default language, and the whole programme in each language."""
    return [p for p in feed_paths(stek) if p.count("/") <= 1 and not p.startswith(("fr/", "en/", "ar/"))] + [
        f"{lang}/calendar.ics" for lang in LANGUAGES[1:]
    ]


def test_feeds_are_published_at_the_urls_of_the_spec_and_nowhere_else(example_site, stek):
    published = sorted(p.relative_to(example_site.site).as_posix() for p in example_site.site.rglob("*.ics"))
    assert published == sorted(feed_paths(stek))


def test_recurring_ical_events_expands_every_feed_as_the_engine_says(example_site, stek, site):
    for path in checked_paths(stek):
        expanded = python_rows((example_site.site / path).read_bytes(), FIRST, LAST, ZONE)
        assert expanded == engine_rows(stek, listings_of(stek, path), site, FIRST, LAST), path


def test_ical_js_expands_every_feed_as_the_engine_says(example_site, stek, site):
    if not ical_js_available():
        pytest.skip("node or node_modules/ical.js missing (run `npm ci`)")
    paths = checked_paths(stek)
    expanded = ical_js_rows([example_site.site / p for p in paths], FIRST, LAST, ZONE)
    for path in paths:
        assert expanded[example_site.site / path] == engine_rows(stek, listings_of(stek, path), site, FIRST, LAST), path


def test_the_engine_agrees_with_both_clients_across_the_dst_changes(stek, site):
    """The window of the comparisons does hold occurrences in the weeks around both changes of 2027."""
    rows = engine_rows(stek, (*stek.activities, *stek.events), site, FIRST, LAST)
    local = {start.astimezone(ZONE).date() for _, start, _ in rows}
    assert {dt.date(2027, 3, 26), dt.date(2027, 3, 30), dt.date(2027, 10, 29), dt.date(2027, 11, 2)} <= local
    # 12:00 in Brussels is 11:00 UTC in winter and 10:00 UTC in summer.
    soep = [start for uid, start, _ in rows if uid.startswith("soep-en-babbel-tu@")]
    assert {s.hour for s in soep if s < dt.datetime(2027, 3, 28, tzinfo=dt.timezone.utc)} == {11}
    assert {s.hour for s in soep if dt.datetime(2027, 3, 28, tzinfo=dt.timezone.utc) < s} == {10}


def test_languages_differ_only_in_their_text(example_site, stek):
    """Same UIDs, times, rules and removed dates in every language's feed."""
    skip = re.compile(r"^(SUMMARY|DESCRIPTION|LOCATION|URL|CATEGORIES|NAME|X-WR-CALNAME)[;:]")

    def structure(path: str) -> list[str]:
        text = (example_site.site / path).read_bytes().replace(b"\r\n ", b"").decode()
        head, _, events = text.partition("BEGIN:VTIMEZONE")
        # The calendar's own UID differs per language; its events' UIDs do not.
        head = re.sub(r"(?m)^UID:.*$", "", head)
        return [line for line in (head + events).splitlines() if not skip.match(line)]

    for path in feed_paths(stek)[: len(feed_paths(stek)) // len(LANGUAGES)]:
        for lang in LANGUAGES[1:]:
            assert structure(f"{lang}/{path}") == structure(path), f"{lang}/{path}"


def test_feed_header_names_the_feed_and_asks_for_a_daily_refresh(example_site):
    text = (example_site.site / "fr/partners/bibliotheek.ics").read_bytes().decode().replace("\r\n ", "")
    head = text.split("BEGIN:VTIMEZONE")[0].splitlines()
    assert head == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//STEK site//stek-site//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:STEK Rozenwijk: Bibliotheek Rozenwijk\\, Digitaal Steunpunt (français)",
        "X-WR-CALNAME:STEK Rozenwijk: Bibliotheek Rozenwijk\\, Digitaal Steunpunt (français)",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "UID:fr-partners-bibliotheek@stek-rozenwijk.example.org",
        "URL:https://stek-rozenwijk.example.org/fr/partners/bibliotheek.ics",
        "X-PUBLISHED-TTL:P1D",
    ]


def test_each_language_has_its_own_calendar_name_and_uid(example_site, stek):
    """Subscribed to in two languages, the calendars differ by name and UID; their events' UIDs are one."""
    heads = {}
    for lang in LANGUAGES:
        calendar = Calendar.from_ical(example_site.text(ical_feed.language_prefix(stek, lang) + "calendar.ics"))
        heads[lang] = (str(calendar["X-WR-CALNAME"]), str(calendar["UID"]), sorted(str(e["UID"]) for e in calendar.events))
    assert heads["nl"][:2] == ("STEK Rozenwijk (Nederlands)", "calendar@stek-rozenwijk.example.org")
    assert heads["ar"][:2] == ("STEK Rozenwijk (العربية)", "ar-calendar@stek-rozenwijk.example.org")
    assert len({h[0] for h in heads.values()}) == len({h[1] for h in heads.values()}) == len(LANGUAGES)
    assert len({tuple(h[2]) for h in heads.values()}) == 1


def test_description_says_why_coming_dates_do_not_take_place(example_site):
    """Cancelled dates stay EXDATEs, and the description names them with their reasons."""
    [event] = Calendar.from_ical(example_site.text("en/activities/soep-en-babbel.ics")).events
    description = str(event["DESCRIPTION"])
    assert description.endswith("Does not take place on:\n- Tuesday, 22 December 2026\n"
                                "- Tuesday, 29 December 2026: Christmas holidays\n"
                                "- Tuesday, 5 January 2027: Big kitchen clean-up"), description
    assert "EXDATE;TZID=Europe/Brussels:20270105T120000" in example_site.text("en/activities/soep-en-babbel.ics")


def test_text_that_falls_back_says_its_language(stek, site):
    """Written in Dutch only: LANGUAGE=nl on SUMMARY and DESCRIPTION in the French feed, none in the Dutch one."""
    dutch = Activity(id="x", title=Translated({"nl": "Praatcafé"}, "nl"), summary=Translated({"nl": "Koffie."}, "nl"),
                     function="ontmoeten", slots=(Slot(day=0, start=dt.time(10), end=dt.time(11)),))
    french = build_feeds(_stek_with(stek, [dutch]), site, "fr")["fr/activities/x.ics"].decode()
    assert "\r\nSUMMARY;LANGUAGE=nl:Praatcafé\r\n" in french
    assert "\r\nDESCRIPTION;LANGUAGE=nl:Koffie." in french
    assert "LANGUAGE" not in build_feeds(_stek_with(stek, [dutch]), site, "nl")["activities/x.ics"].decode()


def test_events_carry_the_build_stamp_the_page_url_and_the_function(example_site):
    calendar = Calendar.from_ical(example_site.text("en/activities/soep-en-babbel.ics"))
    [event] = calendar.events
    assert event.DTSTAMP == dt.datetime(2026, 11, 27, 9, tzinfo=dt.timezone.utc)
    assert str(event["URL"]) == "https://stek-rozenwijk.example.org/en/activities/soep-en-babbel/"
    assert event.categories == ["Meeting"]
    assert str(event["SUMMARY"]) == "Soup and chat"
    assert str(event["LOCATION"]).endswith(", Kerkstraat 12, 8800 Roeselare")
    assert "**" not in str(event["DESCRIPTION"])


def test_vtimezone_is_rule_based_and_follows_zoneinfo():
    tz = vtimezone.build_timezone(ZONE, 2026)
    text = tz.to_ical().decode()
    assert "RDATE" not in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    # Each rule's dates are the moments zoneinfo changes the offset, year after year.
    changes = 0
    for part in tz.subcomponents:
        offset_from, offset_to = part["TZOFFSETFROM"].td, part["TZOFFSETTO"].td
        rule = rrulestr(part["RRULE"].to_ical().decode(), dtstart=part["DTSTART"].dt)
        for local in rule.between(dt.datetime(1997, 1, 1), dt.datetime(2040, 1, 1)):
            instant = (local - offset_from).replace(tzinfo=dt.timezone.utc)
            assert (instant - dt.timedelta(seconds=1)).astimezone(ZONE).utcoffset() == offset_from, local
            assert instant.astimezone(ZONE).utcoffset() == offset_to, local
            changes += 1
    assert changes == 2 * (2040 - 1997)


def test_exdates_have_the_type_and_zone_of_dtstart_and_fall_on_rule_dates(example_site):
    text = example_site.text("calendar.ics").replace("\r\n ", "")
    for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", text, re.S):
        [start] = re.findall(r"^DTSTART;TZID=Europe/Brussels:(\d{8}T\d{6})\r$", block, re.M)
        exdates = re.findall(r"^EXDATE(.*)\r$", block, re.M)
        if not exdates:
            continue
        [rule] = re.findall(r"^RRULE:(.*)\r$", block, re.M)
        dates = rrulestr(rule, dtstart=dt.datetime.strptime(start, "%Y%m%dT%H%M%S"), ignoretz=True)
        for exdate in exdates:
            assert re.fullmatch(rf";TZID=Europe/Brussels:\d{{8}}T{start[9:]}", exdate), exdate
            moment = dt.datetime.strptime(exdate.rpartition(":")[2], "%Y%m%dT%H%M%S")
            assert dates.after(moment, inc=True) == moment, (block.splitlines()[0], exdate)


def test_removed_dates_reach_from_a_month_before_the_build_to_18_months_after_it(example_site):
    text = example_site.text("activities/open-onthaal.ics")
    removed = sorted(dt.datetime.strptime(d, "%Y%m%dT%H%M%S").date() for d in re.findall(r"EXDATE;TZID=Europe/Brussels:(\S+)", text))
    assert removed[0] >= TODAY - dt.timedelta(days=31)
    assert removed[-1] >= TODAY + dt.timedelta(days=548)
    # Easter Monday, the summer closure, and Easter Monday the year after.
    assert {dt.date(2027, 3, 29), dt.date(2027, 7, 19), dt.date(2027, 8, 6), dt.date(2028, 4, 17)} <= set(removed)


def test_a_season_ends_the_rule_at_its_last_day(example_site):
    text = example_site.text("activities/soep-en-babbel.ics")
    # 30 June 2027 is a Wednesday; the last Tuesday is the 29th, and UNTIL is the 30th 12:00 in UTC.
    assert "RRULE:FREQ=WEEKLY;UNTIL=20270630T100000Z;BYDAY=TU" in text
    assert "DTSTART;TZID=Europe/Brussels:20260901T120000" in text


def _stek_with(stek, activities: list[Activity]):
    return dataclasses.replace(stek, activities={a.id: a for a in activities})


def uids_by_feed(stek, site) -> dict[str, list[str]]:
    feeds = build_feeds(stek, site, "nl")
    return {path: sorted(re.findall(r"^UID:(.*?)\r$", content.decode().replace("\r\n ", ""), re.M))
            for path, content in feeds.items()}


def test_uids_stay_when_activities_are_reordered_reworded_or_added(stek, site):
    before = uids_by_feed(stek, site)
    activities = list(stek.activities.values())[::-1]
    reworded = [dataclasses.replace(a, title=Translated({"nl": a.title.values["nl"] + "!"}, "nl"),
                                    summary=None, place=None) for a in activities]
    added = Activity(id="nieuw", title=Translated({"nl": "Nieuw"}, "nl"), function="leren",
                     slots=(Slot(day=1, start=dt.time(12), end=dt.time(13)),))
    after = uids_by_feed(_stek_with(stek, [added, *reworded]), site)
    assert after.pop("activities/nieuw.ics") == ["activities-nieuw@stek-rozenwijk.example.org",
                                                  "nieuw-tu@stek-rozenwijk.example.org"]
    # The whole programme and the feed of the new activity's function gain its UID; nothing else changes.
    grown = ("calendar.ics", "functions/leren.ics")
    assert {p: u for p, u in after.items() if p not in grown} == {p: u for p, u in before.items() if p not in grown}
    for path in grown:
        assert after[path] == sorted(before[path] + ["nieuw-tu@stek-rozenwijk.example.org"])


def test_feeds_written_from_shared_parts_are_the_calendars_written_whole(stek, site):
    # With history too: then SEQUENCE, LAST-MODIFIED, DTSTART and the EXDATEs come from the revisions.
    since = dt.date(2026, 9, 1)
    removed = ical_feed.removed_dates(stek, since, dt.date(2028, 12, 31))
    revisions = {key: Revision(sequence=n % 3, modified=dt.datetime(2026, 10, 5, 7, 30, tzinfo=dt.timezone.utc),
                               since=since, removed=frozenset(removed.get(key, ())))
                 for n, key in enumerate(ical_feed.event_contents(stek))}
    for feed_site in (site, dataclasses.replace(site, revisions=revisions)):
        shared = feed_files.shared_parts(stek, feed_site)  # once for every language, as the build does
        for lang in LANGUAGES:
            written = build_feeds(stek, feed_site, lang, shared)
            for feed in feed_files.feeds_of(stek):
                path = ical_feed.language_prefix(stek, lang) + feed.path
                assert written[path] == feed_files.build_calendar(stek, feed, feed_site, lang).to_ical(), path


def test_reordering_activities_changes_no_byte(stek, site):
    reordered = _stek_with(stek, list(stek.activities.values())[::-1])
    assert build_feeds(reordered, site, "fr")["fr/calendar.ics"] == build_feeds(stek, site, "fr")["fr/calendar.ics"]


def test_two_slots_on_the_same_weekday_get_different_uids_that_do_not_name_the_time(site):
    slots = (Slot(day=3, start=dt.time(10), end=dt.time(11), weeks=(1,)),
             Slot(day=3, start=dt.time(10), end=dt.time(12), weeks=(3,)))
    activity = Activity(id="x", title=Translated({"nl": "X"}, "nl"), function="leren", slots=slots)
    assert ical_feed.slot_uids(activity, site) == ["x-th@stek-rozenwijk.example.org",
                                                    "x-th-2@stek-rozenwijk.example.org"]
    # New times (SPEC: a time change keeps the UID): each slot keeps the UID it had.
    moved = dataclasses.replace(activity, slots=(dataclasses.replace(slots[0], start=dt.time(10, 30)),
                                                 dataclasses.replace(slots[1], start=dt.time(9))))
    assert ical_feed.slot_uids(moved, site) == ical_feed.slot_uids(activity, site)


@pytest.mark.parametrize(("markdown", "plain"), [
    # Markdown as written, what DESCRIPTION shows
    ("Een **warme** soep, *gratis*.", "Een warme soep, gratis."),
    ("Zie [de site](https://example.org) of <mailto:a@example.org>.", "Zie de site (https://example.org) of mailto:a@example.org."),
    ("- een\n- twee", "- een\n- twee"),
    ("2 * 3 * 4", "2 * 3 * 4"),
])
def test_plain_text_keeps_what_a_reader_needs(markdown, plain):
    assert ical_feed.plain_text(markdown) == plain


def test_two_builds_give_identical_feeds(example_site, tmp_path):
    again = run_build(copy_example(tmp_path / "again"))
    assert again.returncode == 0, again.output
    published = sorted(p.relative_to(example_site.site) for p in example_site.site.rglob("*") if p.suffix in (".ics", ".json"))
    assert published
    for path in published:
        assert (again.site / path).read_bytes() == (example_site.site / path).read_bytes(), path


def test_golden_feed(example_site, golden):
    """One partner's feed in French, whole: weekly, every two weeks, weeks of the month, seasons, events."""
    golden("fr-partners-buurtwerk.ics", (example_site.site / "fr/partners/buurtwerk.ics").read_bytes())
