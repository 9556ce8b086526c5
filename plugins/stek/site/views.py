"""What the pages of one language share, as plain values for the templates: no MkDocs here, so the engine can change.

`Views` is a language's formatter (site/format.py) that also knows the STEK and the build's
moment: the occurrences of the coming weeks, the days, the links. Each page family has its own
module (home_view, programme_view, listing_view, partner_view, rights_view, embed_view,
poster_view, search_view) that takes the `Views` of its language. Every date comes from the
schedule engine.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape

from stek.calendar import schedule
from stek.calendar.feed_history import horizon
from stek.data.fields import FUNCTIONS
from stek.data.model import Activity, Event, Partner, RightsPage, Slot, Stek
from stek.i18n import date_text, day_name
from stek.site.format import FUNCTION_MARKS, Formatter
from stek.site.rich_text import mark_language
from stek.site.script_data import script_data
from stek.ui_text import ui

NEXT_DATES_WEEKS = 8
CHANGES_DAYS = 14
CLOSURES_DAYS = 30
# The days a page carries for its script, from the build's date: past them it stops saying what is on.
SCRIPT_DAYS = 7 * NEXT_DATES_WEEKS
# The days the home page and the embed list: the build's (or the reader's) day and the six after it.
COMING_DAYS = 7
# A partner's embed lists at least this many occurrences, further than a week ahead when needed.
EMBED_MIN_ITEMS = 5
# Where and when to ask about a right: how many of the next dates a rights page shows.
RIGHTS_DATES = 3


@dataclass(frozen=True)
class Site:
    """The site's languages and where each page lives in each of them."""

    languages: tuple[str, ...]
    site_url: str = ""

    @property
    def default(self) -> str:
        return self.languages[0]

    def prefix(self, lang: str) -> str:
        return "" if lang == self.default else f"{lang}/"

    def path(self, lang: str, key: str) -> str:
        """A page's path from the site root: key "partners/caw/" in French is "fr/partners/caw/"."""
        return self.prefix(lang) + key

    def key(self, lang: str, path: str) -> str:
        """The inverse of path(): the page's key, the same in every language."""
        prefix = self.prefix(lang)
        path = "" if path in (".", "./") else path
        return path[len(prefix):] if prefix and path.startswith(prefix) else path

    def absolute(self, lang: str, key: str) -> str:
        return self.site_url.rstrip("/") + "/" + self.path(lang, key)


@dataclass
class Item:
    """One line of a programme: an occurrence, or a weekly slot of the regular pattern."""

    time: str
    title: Markup
    href: str
    function: str
    function_label: str
    mark: str
    place: Markup = Markup("")
    note: Markup = Markup("")
    cancelled: bool = False
    start: str = ""  # ISO date-time, for machines (<time datetime>)
    when: Markup = Markup("")  # the time range as the page shows it and a screen reader says it
    end: str = ""  # ISO date-time with offset: the browser drops the item once it is past


@dataclass
class Day:
    heading: str
    date: str  # ISO date, "" for a weekday of the regular pattern
    items: list[Item] = field(default_factory=list)
    closed: Markup = Markup("")
    hours: str = ""  # the house's opening hours on that day
    title: Markup = Markup("")  # the day with its hours: "dinsdag 1 december: open 09:30–16:00"
    end: str = ""  # ISO date-time with offset of the day's last end: the browser drops the day after it
    seasons: list[Markup] = field(default_factory=list)  # seasonal hours on this weekday, not over yet


class Views(Formatter):
    """The data every page of one language shares, computed from the STEK at the build's moment."""

    def __init__(self, stek: Stek, site: Site, lang: str, now: dt.datetime, shared: dict | None = None):
        """`shared`: one dict for the Views of every language of a build, where they keep what is the same
        in all languages (the window's occurrences, next dates)."""
        super().__init__(lang)
        self._shared = {} if shared is None else shared
        self.stek = stek
        self.site = site
        self.now = now
        self.today = now.date()
        self.zone: ZoneInfo = now.tzinfo  # type: ignore[assignment]
        # Worked out once per language and build, whichever page asks: the home page, the programme and
        # some fifty embeds show the same occurrences, days and texts.
        self._items: dict[int, Item] = {}
        self._day_parts: dict[dt.date, dict] = {}
        self._texts: dict[int, tuple[object, Markup]] = {}
        self._links: dict[str, dict] = {}

    def href(self, key: str) -> str:
        return self.site.path(self.lang, key)

    def mark_default_words(self, html: Markup) -> Markup:
        """Names in the default language (Sociaal Huis, leefloon) marked as such in another language's text."""
        default = self.site.default
        return mark_language(html, self.stek.glossary.default_words_pattern(default), default, self.lang)

    def text(self, value) -> Markup:
        # By identity: the model's texts live as long as the build (the value is kept, so its id is not reused).
        cached = self._texts.get(id(value))
        if cached is None or cached[0] is not value:
            cached = self._texts[id(value)] = (value, self.mark_default_words(super().text(value)))
        return cached[1]

    def long_text(self, value, markdown: bool = True, links: tuple[str, str] | None = None) -> Markup:
        return self.mark_default_words(super().long_text(value, markdown, links))

    @property
    def window_last(self) -> dt.date:
        return self.today + dt.timedelta(weeks=NEXT_DATES_WEEKS) - dt.timedelta(days=1)

    @cached_property
    def window(self) -> list[schedule.Occurrence]:
        """The occurrences of the coming weeks, cancelled ones included: one call to the engine a build,
        whichever language asks first (the same occurrences in every language)."""
        windows = self._shared.setdefault("window", {})
        key = (self.today, self.window_last, self.zone)
        if key not in windows:
            windows[key] = schedule.occurrences(self.stek, self.today, self.window_last, self.zone,
                                                include_cancelled=True)
        return windows[key]

    def occurrence_item(self, occurrence: schedule.Occurrence) -> Item:
        # The window's occurrences live as long as these views: each formatted once, and every page gets
        # its own copy (an embed rewrites `when` with the day in front).
        if id(occurrence) not in self._items:
            self._items[id(occurrence)] = self._occurrence_item(occurrence)
        return dataclasses.replace(self._items[id(occurrence)])

    def dated_item(self, occurrence: schedule.Occurrence) -> Item:
        """An occurrence as a list of one listing's dates shows it: its day in front of its time, shown
        with figures and heard in words (inside the item's own <time>). On one page a language: not cached."""
        return self._occurrence_item(occurrence, f"{self.day_date(occurrence.start.date())}{self.separator}")

    def _occurrence_item(self, occurrence: schedule.Occurrence, day: str = "") -> Item:
        listing = occurrence.listing
        reason = self.text(occurrence.reason) if occurrence.reason else Markup("")
        note = self.t("cancelled") + (Markup(": ") + reason if reason else Markup("")) if occurrence.cancelled else Markup("")
        if isinstance(listing, Event) and not occurrence.cancelled:
            note = self.t("one_off")
        start, end = occurrence.start.time(), occurrence.end.time()
        return Item(
            time=day + self.time_range(start, end),
            when=self.range_said(start, end, day) if day else
            self.time_html(start, end, occurrence.start.isoformat(), occurrence.end.isoformat()),
            title=self.text(listing.title), href=self.href(f"activities/{listing.id}/"),
            function=listing.function, function_label=self.t(listing.function), mark=FUNCTION_MARKS[listing.function],
            place=self.text(listing.place), note=note, cancelled=occurrence.cancelled,
            start=occurrence.start.isoformat(), end=occurrence.end.isoformat(),
        )

    @cached_property
    def by_listing(self) -> dict[str, list[schedule.Occurrence]]:
        """The window's occurrences of each listing, in order: what its page and the rights pages list."""
        result: dict[str, list[schedule.Occurrence]] = {}
        for occurrence in self.window:
            result.setdefault(occurrence.listing.id, []).append(occurrence)
        return result

    @cached_property
    def by_day(self) -> dict[dt.date, list[schedule.Occurrence]]:
        result: dict[dt.date, list[schedule.Occurrence]] = {}
        for occurrence in self.window:
            result.setdefault(occurrence.start.date(), []).append(occurrence)
        return result

    def days(self, first: dt.date, last: dt.date, listings: set[str] | None = None) -> list[Day]:
        """Each day from `first` to `last`, with its occurrences (and why the house is closed)."""
        return [self.day(first + dt.timedelta(days=n), listings) for n in range((last - first).days + 1)]

    def day(self, day: dt.date, listings: set[str] | None = None) -> Day:
        """One day with its occurrences (of `listings` only, when given) and why the house is closed."""
        occurrences = [o for o in self.by_day.get(day, ()) if listings is None or o.listing.id in listings]
        if day not in self._day_parts:
            self._day_parts[day] = {"heading": self.day_date(day), "closed": self.closed_reason(day),
                                    "hours": self.hours_text(day), "title": self.day_title(day)}
        return Day(date=day.isoformat(), items=[self.occurrence_item(o) for o in occurrences],
                   end=max((o.end for o in occurrences), default=self.day_end(day)).isoformat(),
                   **self._day_parts[day])

    def next_date(self, after: dt.date, listings: set[str] | None = None) -> dt.date | None:
        """The first date after `after` on which one of `listings` (all, by default) takes place, up to
        the feeds' horizon: what an embed names when its weeks hold nothing (more)."""
        # The same in every language, and an embed asks twice (its text and its script's data): each
        # date walks every slot's rule, so it is worked out once per build.
        key = (self.today, after, None if listings is None else frozenset(listings))
        found = self._shared.setdefault("next_date", {})
        if key not in found:
            found[key] = self._next_date(after, listings)
        return found[key]

    def _next_date(self, after: dt.date, listings: set[str] | None) -> dt.date | None:
        last = horizon(self.today)
        found = [e.date for e in self.stek.events.values()
                 if after < e.date <= last and (listings is None or e.id in listings)]
        for activity in self.stek.activities.values():
            if listings is not None and activity.id not in listings:
                continue
            for slot in activity.slots:
                first = after + dt.timedelta(days=1)
                for day in schedule.slot_dates(activity, slot, first, min(last, *found) if found else last):
                    if not schedule.removal(self.stek, activity, day, slot)[0]:
                        found.append(day)
                        break
        return min(found, default=None)

    def later_text(self, day: dt.date | None) -> Markup:
        """"Volgende: donderdag 11 maart 2027", or nothing."""
        return self.t("next_date", date=date_text(day, self.lang, "full")) if day is not None else Markup("")

    def hours_text(self, day: dt.date) -> Markup:
        return self.hours_said(schedule.opening_hours_on(self.stek, day))

    def weekday_hours(self, weekday: int) -> str:
        """The regular hours on a weekday, as the programme and the poster show them."""
        return self.hours_said((h.open, h.close) for h in self.stek.opening_hours if h.day == weekday)

    def day_title(self, day: dt.date) -> Markup:
        """A day named with its date and hours, so that it stays true whenever it is read; heard
        with its hours in words. A closed day with an event in the house says so."""
        spans = schedule.opening_hours_on(self.stek, day)
        if spans:
            return self.said_t("day_open", {"hours": self.spoken_hours(spans)}, day=self.day_date(day), hours=self.hours(spans))
        event = self.first_event(day)
        if event is not None:
            return self.said_t("day_closed_event", {"time": self.spoken_time(event.start.time())}, day=self.day_date(day),
                               time=self._time(event.start.time()), title=self.text(event.listing.title).striptags())
        return self.t("day_closed", day=self.day_date(day))

    def first_event(self, day: dt.date) -> schedule.Occurrence | None:
        """The day's first event in the house that takes place: it counts in the day's status."""
        return next((o for o in self.by_day.get(day, ()) if isinstance(o.listing, Event) and not o.cancelled), None)

    def day_end(self, day: dt.date) -> dt.datetime:
        """Midnight at the end of a day in the house's zone: when the day is past for every reader."""
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=self.zone)

    def closed_reason(self, day: dt.date) -> Markup:
        period = next(iter(schedule.closed_days(self.stek, day, day)), None)
        return Markup("") if period is None else self.closure_reason(period.reason)

    def slot_text(self, activity: Activity, slot: Slot) -> Markup:
        text = escape(day_name(slot.day, self.lang)) + Markup(self.separator) + self.range_said(slot.start, slot.end)
        return text + self.recurrence(activity, slot)

    def recurrence(self, activity: Activity, slot: Slot) -> Markup:
        notes = []
        if slot.every and slot.every > 1:
            notes.append(self.t("every_n_weeks", n=slot.every))
        if slot.weeks:
            weeks = self.separator.join(ui("last_week", self.lang).value if w < 0 else str(w) for w in slot.weeks)
            notes.append(self.t("weeks_of_month", weeks=weeks))
        if activity.from_date and activity.from_date > self.today:
            notes.append(self.t("from_date", date=date_text(activity.from_date, self.lang, "long")))
        if activity.until:
            notes.append(self.t("until_date", date=date_text(activity.until, self.lang, "long")))
        return Markup(" (") + Markup(self.separator).join(notes) + Markup(")") if notes else Markup("")

    def in_season(self, activity: Activity) -> bool:
        return activity.until is None or activity.until >= self.today

    def current_listings(self, ids) -> list:
        """Listings still to come: activities in season, events not past."""
        result = []
        for id in ids:
            listing = self.stek.listing(id)
            if isinstance(listing, Event) and listing.date < self.today:
                continue
            if isinstance(listing, Activity) and not self.in_season(listing):
                continue
            result.append(listing)
        return result

    def partner_link(self, partner: Partner) -> dict:
        return {"title": self.text(partner.name), "href": self.href(f"partners/{partner.id}/")}

    def rights_link(self, rights: RightsPage) -> dict:
        return {"title": self.text(rights.title), "href": self.href(f"rights/{rights.id}/"),
                "summary": self.text(rights.summary)}

    def listing_link(self, listing: Activity | Event) -> dict:
        # Partner pages, the partners page and rights pages link the same listings: each made once a
        # language, and every page gets its own copy (a rights page adds the dates).
        if listing.id not in self._links:
            self._links[listing.id] = self._listing_link(listing)
        return dict(self._links[listing.id])

    def _listing_link(self, listing: Activity | Event) -> dict:
        end = ""
        if isinstance(listing, Activity):
            when = Markup(self.semicolon).join(self.slot_text(listing, slot) for slot in listing.slots)
        else:
            when = self.event_when(listing)
            # A one-off event leaves the list in the browser once it is over.
            end = dt.datetime.combine(listing.date, listing.end, tzinfo=self.zone).isoformat()
        return {"title": self.text(listing.title), "href": self.href(f"activities/{listing.id}/"),
                "when": when, "function": self.function(listing.function), "end": end}

    def dates_from(self) -> Markup:
        """The heading of a list of next dates, dated: the browser drops the past ones, the page keeps them."""
        return self.t("next_dates", date=self.long_date(self.today))

    # ------------------------------------------------------------------ the page's script

    def script_data(self, listings: set[str] | None = None) -> Markup:
        return script_data(self, days=SCRIPT_DAYS, coming_days=COMING_DAYS, least=EMBED_MIN_ITEMS, listings=listings)
