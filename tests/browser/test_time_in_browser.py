"""Pages read long after their build: with the browser's clock set to many moments, what they say must be true.

The truth comes from the schedule engine (stek.calendar.schedule), never from the page: is the house open,
what runs now, when it opens next. One page load per page and context; the clock then moves on and
the page's own minute timer redraws it, as it would for a reader who leaves the page open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import http.server
import threading
from zoneinfo import ZoneInfo

import pytest
from markupsafe import Markup

from sitebuild import copy_example, run_build
from stek.calendar import schedule
from stek.data.model import Event
from stek.editing.after_loading import load_stek
from stek.i18n import time_text
from stek.site.script_data import SCRIPT_TEXTS
from stek.site.views import SCRIPT_DAYS, Site, Views
from stek.ui_text import ui
from tests.browser.conftest import AXE

BRUSSELS = ZoneInfo("Europe/Brussels")
LANGUAGES = ("nl", "fr", "en", "ar")
BUILD_DAY = dt.date(2026, 11, 27)  # the example's SOURCE_DATE_EPOCH: Friday 27 November 2026, 10:00
LAST_DAY = BUILD_DAY + dt.timedelta(days=SCRIPT_DAYS - 1)


def _at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=BRUSSELS)


# Moments after the example's build, in Brussels (columns: the moment, why it is worth reading the page then).
MOMENTS = [
    (_at(2026, 11, 27, 11, 0), "later on the build's day: open until 12:30"),
    (_at(2026, 11, 27, 13, 0), "closed since 12:30, the weekend next"),
    (_at(2026, 12, 1, 9, 29), "a minute before opening: opens today"),
    (_at(2026, 12, 1, 16, 30), "closed at 16:00, but the homework club runs until 17:30"),
    (_at(2026, 12, 1, 19, 30), "an evening meeting after the house closed"),
    (_at(2026, 12, 2, 13, 0), "Wednesday, opening this very minute"),
    (_at(2026, 12, 5, 11, 0), "a Saturday: opens on Monday"),
    (_at(2026, 12, 16, 10, 0), "the warm winter day starts at 12:00, before the house's hours"),
    (_at(2026, 12, 24, 10, 0), "closed for Christmas Eve, then holidays and a closure"),
    (_at(2027, 1, 10, 10, 0), "a closed Sunday with the New Year reception at 14:00"),
    (_at(2026, 12, 25, 10, 0), "Christmas Day, a public holiday"),
    (_at(2027, 1, 1, 10, 0), "New Year's Day, a public holiday in a closure"),
    (_at(2027, 1, 21, 23, 59), "the last minute the page knows"),
    (_at(2027, 1, 22, 0, 0), "past the page's 8 weeks: it stops claiming"),
    (_at(2027, 6, 1, 10, 0), "months later"),
]


@pytest.fixture(scope="module")
def stek(example_site):
    return load_stek(example_site.root, LANGUAGES, BUILD_DAY)[0]


# ------------------------------------------------------------------ the truth, from the engine


def _views(stek, lang: str, moment: dt.datetime) -> Views:
    return Views(stek, Site(LANGUAGES), lang, moment)


def _text(markup: Markup) -> str:
    # The figures the screen shows, not the words for screen readers (Formatter.said).
    return _plain(Markup(re.sub(r'<span class="stek-sr">[^<]*</span>', "", str(markup))).striptags())


def _plain(text: str) -> str:
    """Text as read: without the word joiners and no-break spaces that keep a time range on one line."""
    return text.replace("\u2060", "").replace("\u00a0", " ").replace("\u202f", " ").strip()


def expected_status(stek, lang: str, moment: dt.datetime, last_day: dt.date) -> str:
    """What the page must say about now, worked out from the schedule engine."""
    views = _views(stek, lang, moment)
    if moment.date() > last_day:
        return ui("stale", lang, date=views.day_date(last_day)).value
    wall = moment.time().replace(tzinfo=None)
    for open, close in schedule.opening_hours_on(stek, moment.date()):
        if open <= wall < close:
            return ui("open_until", lang, time=time_text(close, lang)).value
    running = [o for o in _day(stek, moment.date()) if not o.cancelled and o.start <= moment < o.end]
    if running:
        what = views.separator.join(ui("title_until", lang, title=o.listing.title.get(lang).value,
                                       time=time_text(o.end.time(), lang)).value for o in running)
        return ui("closed_on_now", lang, list=what).value
    opening = _next_opening(stek, moment)
    event = _next_event(stek, moment)
    if event is not None and event.start.date() <= last_day and (opening is None or event.start < opening):
        when = time_text(event.start.time(), lang)
        if event.start.date() == moment.date():
            return ui("event_today", lang, time=when, title=_title(stek, event, lang)).value
        day = views.day_date(event.start.date())
        return ui("event_on", lang, day=day[:1].upper() + day[1:], time=when, title=_title(stek, event, lang)).value
    if opening is None or opening.date() > last_day:
        return ui("closed_now", lang).value
    if opening.date() == moment.date():
        return ui("opens_today", lang, time=time_text(opening.time(), lang)).value
    return ui("opens_at", lang, day=views.day_date(opening.date()), time=time_text(opening.time(), lang)).value


def _next_opening(stek, moment: dt.datetime) -> dt.datetime | None:
    """The next time the house opens after `moment`, within a year: this test's own reading of the hours."""
    day = moment.date()
    while day <= moment.date() + dt.timedelta(days=400):
        for open, _ in schedule.opening_hours_on(stek, day):
            start = dt.datetime.combine(day, open, tzinfo=moment.tzinfo)
            if start > moment:
                return start
        day += dt.timedelta(days=1)
    return None


def _next_event(stek, moment: dt.datetime) -> schedule.Occurrence | None:
    """The next event in the house (a one-off listing that takes place) starting after `moment`."""
    for occurrence in schedule.occurrences(stek, moment.date(), moment.date() + dt.timedelta(days=400), BRUSSELS,
                                           include_cancelled=True):
        if isinstance(occurrence.listing, Event) and not occurrence.cancelled and occurrence.start > moment:
            return occurrence
    return None


def _day(stek, day: dt.date) -> list[schedule.Occurrence]:
    return schedule.occurrences(stek, day, day, BRUSSELS, include_cancelled=True)


def _title(stek, occurrence, lang: str) -> str:
    return occurrence.listing.title.get(lang).value


# ------------------------------------------------------------------ serving and reading pages


@contextlib.contextmanager
def _serve(folder):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _move_clock(page, moment: dt.datetime) -> None:
    """Sets the reader's clock, then lets the page's timer run as it would with the page left open."""
    page.clock.set_system_time(moment)
    page.clock.run_for(16_000)  # the page looks at the clock every 15 seconds


# What the screen shows: the element's text without the words given to screen readers only.
SHOWN = "el => { const copy = el.cloneNode(true); copy.querySelectorAll('.stek-sr').forEach(s => s.remove()); return copy.textContent; }"


def _shown(locator) -> str:
    return _plain(locator.evaluate(SHOWN))


def _status(page) -> str:
    return _shown(page.locator("#stek-time .stek-status"))


def _axe_violations(page) -> list[str]:
    """What the script drew must meet WCAG 2.2 AA as the page without it does."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags)
    return [violation["id"] for violation in result["violations"]]


def _titles(within, selector: str) -> list[str]:
    return [text.strip() for text in within.locator(selector).all_inner_texts()]


def check_home(page, stek, lang: str, moment: dt.datetime, last_day: dt.date = LAST_DAY) -> None:
    views = _views(stek, lang, moment)
    context = f"{lang} {moment:%Y-%m-%d %H:%M}"
    assert _status(page) == _plain(expected_status(stek, lang, moment, last_day)), context
    if moment.date() > last_day:
        assert page.locator("#stek-time a[href$='programme/']").count() == 1, context
        assert page.locator("#stek-time ul").count() == 0, context
        return
    day = moment.date()
    assert page.locator("#stek-days-title").inner_text() == ui("today_is", lang, date=views.day_date(day)).value
    occurrences = _day(stek, day)
    today = page.locator("#stek-time > .stek-hours + ul")  # today's programme follows today's hours
    assert _titles(today, ".stek-title") == [_title(stek, o, lang) for o in occurrences], context
    assert _titles(today, ".stek-item--now .stek-title") == \
        [_title(stek, o, lang) for o in occurrences if not o.cancelled and o.start <= moment < o.end], context
    assert _titles(today, ".stek-item--cancelled .stek-title") == \
        [_title(stek, o, lang) for o in occurrences if o.cancelled], context
    if not occurrences:
        assert page.locator("#stek-time > .stek-hours + p").inner_text() == ui("nothing_today", lang).value
    if day < last_day:
        following = _shown(page.locator("#stek-time h3").first)
        assert following == _text(views.day_title(day + dt.timedelta(days=1))), context


# ------------------------------------------------------------------ the tests


@pytest.mark.parametrize("timezone", [None, "America/New_York", "Pacific/Auckland"])
def test_home_is_true_at_every_moment_wherever_the_reader_is(browser, site_server, stek, timezone):
    """The reader's own zone never matters: the page speaks of Brussels (Auckland is a day ahead)."""
    context = browser.new_context(timezone_id=timezone, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(error))
        page.clock.install(time=MOMENTS[0][0])
        page.goto(site_server)
        for moment, why in MOMENTS:
            _move_clock(page, moment)
            check_home(page, stek, "nl", moment)
        assert errors == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_home_is_true_in_every_language(browser, site_server, stek, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.clock.install(time=MOMENTS[3][0])
        page.goto(f"{site_server}{lang}/")
        for moment, why in [MOMENTS[3], MOMENTS[6], MOMENTS[7], MOMENTS[-1]]:
            _move_clock(page, moment)
            check_home(page, stek, lang, moment)
    finally:
        context.close()


def test_home_at_16_30_names_what_is_still_on(page, site_server, stek):
    """The house closes at 16:00 on Tuesday; the homework club runs until 17:30: not simply "closed"."""
    moment = _at(2026, 12, 1, 16, 30)
    page.clock.install(time=moment)
    page.goto(site_server)
    status = _status(page)
    assert status == "Het huis is nu gesloten, maar dit loopt nog: Huiswerkklas tot 17:30."
    assert page.locator(".stek-item--now .stek-title").all_inner_texts() == ["Huiswerkklas"]
    assert "stek-status--closed" in page.locator("#stek-time .stek-status").get_attribute("class")
    assert _axe_violations(page) == []
    page.clock.set_fixed_time(_at(2027, 2, 1, 10, 0))  # past the data: no claim, a link to the programme
    page.goto(site_server + "ar/")
    assert _axe_violations(page) == []


def _embed_items(page) -> list[tuple[str, str]]:
    return [tuple(row) for row in page.evaluate(
        "() => [...document.querySelectorAll('#stek-time li')].map(li => "
        "[li.querySelector('time').dateTime, li.querySelector('a').textContent.trim()])")]


def expected_partner_items(stek, partner: str, moment: dt.datetime, last_day: dt.date) -> list[tuple[str, str]]:
    """A partner's next occurrences: not ended, at least a week's worth, and at least 5 that take place."""
    listings = set(stek.listings_of_partner[partner])
    result, count = [], 0
    day = moment.date()
    while day <= last_day and not (count >= 5 and day > moment.date() + dt.timedelta(days=6)):
        for o in _day(stek, day):
            if o.listing.id in listings and o.end > moment:
                result.append((f"{o.start:%Y-%m-%dT%H:%M}", _title(stek, o, "nl")))
                count += not o.cancelled
        day += dt.timedelta(days=1)
    return result


def test_embeds_are_true_at_every_moment(browser, site_server, stek):
    context = browser.new_context(timezone_id="Asia/Tokyo", viewport={"width": 320, "height": 600})
    try:
        house, partner = context.new_page(), context.new_page()
        for tab, path in ((house, "embed/"), (partner, "embed/caw/")):
            tab.clock.install(time=MOMENTS[0][0])
            tab.goto(site_server + path)
        for moment, why in MOMENTS:
            expected = _plain(expected_status(stek, "nl", moment, LAST_DAY))
            for tab in (house, partner):
                _move_clock(tab, moment)
                assert _status(tab) == expected, (moment, why)
            if moment.date() > LAST_DAY:
                assert partner.locator("#stek-time a[target=_top][href$='programme/']").count() == 1
                continue
            items = _embed_items(partner)
            assert items == expected_partner_items(stek, "caw", moment, LAST_DAY), (moment, why)
            if moment.date() <= LAST_DAY - dt.timedelta(days=14):
                assert len(items) >= 5, (moment, why)
            # The house's embed: what is still to come today, then the next six days.
            today = [(f"{o.start:%Y-%m-%dT%H:%M}", _title(stek, o, "nl")) for o in _day(stek, moment.date())
                     if o.end > moment]
            assert _embed_items(house)[:len(today)] == today, (moment, why)
    finally:
        context.close()


@pytest.mark.parametrize(("build", "moments"), [
    # Summer time starts on Sunday 28 March 2027 at 02:00 (clocks go to 03:00).
    (_at(2027, 3, 25, 10, 0), [_at(2027, 3, 27, 10, 0), _at(2027, 3, 28, 2, 30), _at(2027, 3, 28, 3, 30),
                               _at(2027, 3, 29, 9, 15), _at(2027, 3, 29, 9, 45), _at(2027, 3, 29, 15, 59),
                               _at(2027, 3, 29, 16, 0)]),
    # Winter time on Sunday 31 October 2027 at 03:00 (back to 02:00); Monday 1 November is a holiday.
    (_at(2027, 10, 28, 10, 0), [_at(2027, 10, 30, 10, 0), _at(2027, 10, 31, 2, 30), _at(2027, 10, 31, 12, 0),
                                _at(2027, 11, 1, 10, 0), _at(2027, 11, 2, 9, 15), _at(2027, 11, 2, 9, 45),
                                _at(2027, 11, 2, 16, 30)]),
], ids=["summer-time", "winter-time"])
def test_home_reads_right_across_a_clock_change(browser, tmp_path, build, moments):
    root = copy_example(tmp_path / "site")
    result = run_build(root, environ={"SOURCE_DATE_EPOCH": str(int(build.timestamp()))})
    assert result.returncode == 0, result.output
    stek = load_stek(root, LANGUAGES, build.date())[0]
    last_day = build.date() + dt.timedelta(days=SCRIPT_DAYS - 1)
    with _serve(result.site) as url:
        for timezone in (None, "America/Sao_Paulo"):
            context = browser.new_context(timezone_id=timezone, viewport={"width": 390, "height": 844})
            try:
                page = context.new_page()
                page.clock.install(time=moments[0])
                page.goto(url)
                for moment in moments:
                    _move_clock(page, moment)
                    check_home(page, stek, "nl", moment, last_day)
            finally:
                context.close()


# The words of the moment, which only the script may write (at the reader's moment).
MOMENT_WORDS = {"nl": ("vandaag", "nu open", "nu gesloten", "deze week"),
                "fr": ("aujourd'hui", "maintenant", "cette semaine"),
                "en": ("today", " now", "this week", "the coming"),
                "ar": ("اليوم،", "الآن", "هذا الأسبوع")}
PAGES_WITH_DATES = ("", "embed/", "embed/caw/", "programme/", "activities/huiswerkklas/", "rights/leefloon/",
                    "partners/caw/", "print/")


def _moment_phrases(lang: str) -> list[str]:
    """The fixed part of each text of the moment, before its first placeholder ("Vandaag, ", "Nu open, tot ")."""
    keys = ("today_is", "open_until", "closed_now", "opens_today", "opens_at", "closed_on_now", "on_now",
            "hours_today", "closed_today", "nothing_today", "stale")
    assert set(keys) <= set(SCRIPT_TEXTS)
    phrases = [ui(key, lang).value.split("{")[0].strip() for key in keys]
    return [p for p in phrases if len(p) > 3]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_no_page_says_now_or_today(browser, site_server, stek, lang):
    prefix = "" if lang == "nl" else f"{lang}/"
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        for path in PAGES_WITH_DATES:
            page.goto(site_server + prefix + path)
            text = page.locator("body").inner_text().lower()
            for phrase in (*MOMENT_WORDS[lang], *_moment_phrases(lang)):
                assert phrase.lower() not in text, (lang, path, phrase)
        # The home page's first screen: the build day's dated hours and its programme, then the next day.
        page.goto(site_server + prefix)
        views = _views(stek, lang, _at(2026, 11, 27, 10, 0))
        headings = page.locator("#stek-time h3")
        assert _shown(headings.first) == _text(views.day_title(BUILD_DAY))
        assert _shown(headings.nth(1)) == _text(views.day_title(BUILD_DAY + dt.timedelta(days=1)))
        first_items = page.locator("#stek-time ul").first.locator(".stek-title")
        assert [t.strip() for t in first_items.all_inner_texts()] == [_title(stek, o, lang) for o in _day(stek, BUILD_DAY)]
        for element in (headings.first, first_items.last):
            box = element.bounding_box()
            assert box is not None and box["y"] + box["height"] <= 844, (lang, box)
    finally:
        context.close()


def test_lists_of_next_dates_drop_the_past(page, site_server, stek):
    """Activity and rights pages keep their dated lists without JavaScript; a reader's browser drops the past."""
    moment = _at(2026, 12, 10, 12, 0)
    page.clock.install(time=moment)
    page.goto(site_server + "activities/huiswerkklas/")
    shown = page.evaluate("() => [...document.querySelectorAll('.stek-dates li:not([hidden]) time')].map(t => t.dateTime)")
    expected = [o.start.isoformat() for o in schedule.occurrences(stek, moment.date(), LAST_DAY, BRUSSELS,
                                                                  include_cancelled=True)
                if o.listing.id == "huiswerkklas" and o.end > moment]
    assert shown == expected
    page.goto(site_server + "rights/leefloon/")
    for listing in page.locator(".stek-listings > li").all():
        dates = listing.evaluate("li => [...li.querySelectorAll('.stek-dates li:not([hidden]) time')].map(t => t.dateTime)")
        assert len(dates) <= 3
        assert all(dt.datetime.fromisoformat(d) > moment for d in dates)
    # The home page's closures: the past ones go, and the heading with the last of them.
    # (within 30 days of the build: Christmas Eve, then Christmas Day.)
    page.clock.set_fixed_time(_at(2026, 12, 25, 10, 0))
    page.goto(site_server)
    closures = page.locator(".stek-closures > li:visible time")
    assert [t.get_attribute("datetime") for t in closures.all()] == ["2026-12-25"]
    page.clock.set_fixed_time(_at(2026, 12, 26, 0, 0))
    page.goto(site_server)
    assert page.locator("#stek-closures").is_hidden()
    # Past the data, an activity page says up to when it knew its dates instead of an empty list.
    page.clock.set_fixed_time(_at(2027, 2, 1, 12, 0))
    page.goto(site_server + "activities/huiswerkklas/")
    assert page.locator(".stek-dates").is_hidden()
    assert page.locator("#stek-no-dates").inner_text() == ui("no_next_dates", "nl", date="21 januari").value
