"""What each page shows, as plain values for the templates: no MkDocs here, so the engine can change.

Every text from the data leaves this module escaped (a `Markup`), marked with its own `lang`
when it falls back to the default language. Every date comes from the schedule engine.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from zoneinfo import ZoneInfo

import segno
from babel.dates import format_skeleton
from markupsafe import Markup, escape

from stek.calendar import schedule
from stek.data.fields import FUNCTIONS
from stek.i18n import Localized, date_text, day_name, language_name, list_separator, locale, time_text
from stek.data.model import Activity, Event, Partner, RightsPage, Slot, Stek
from stek.site import rights_view
from stek.site.rich_text import block, direction, inline
from stek.ui_text import ui

# A shape per function, so that the four differ by more than colour (and by their label).
FUNCTION_MARKS = {"ontmoeten": "●", "leren": "▲", "politiseren": "◆", "verwijzen": "■"}
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
# The site's words the page's script needs, by key.
SCRIPT_TEXTS = ("today_is", "open_until", "closed_now", "opens_today", "opens_at", "closed_on_now", "title_until",
                "hours_today", "closed_today", "nothing_today", "date_range", "day_open", "day_closed", "cancelled",
                "one_off", "on_now", "stale", "whole_programme", "nothing_planned", "spoken_range")


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


class Views:
    """The data of every page of one language, computed from the STEK at the build's moment."""

    def __init__(self, stek: Stek, site: Site, lang: str, now: dt.datetime):
        self.stek = stek
        self.site = site
        self.lang = lang
        self.now = now
        self.today = now.date()
        self.zone: ZoneInfo = now.tzinfo  # type: ignore[assignment]
        self.separator = list_separator(lang)
        # Between items that hold commas themselves: the Arabic semicolon where the comma is Arabic.
        self.semicolon = "؛ " if self.separator == "، " else "; "

    # ---------------------------------------------------------------- helpers

    def t(self, key: str, **fields: object) -> Markup:
        """A UI text, marked with its own lang when the table lacks the page's language."""
        return inline(ui(key, self.lang, **fields), self.lang)

    def text(self, value) -> Markup:
        return inline(value.get(self.lang), self.lang) if value is not None else Markup("")

    def price(self, value) -> Markup:
        """A price as written, except `0`, which SPEC.md lets volunteers write for free."""
        if value is not None and re.fullmatch(r"0+(?:[.,]0+)?", str(value).strip()):
            return self.t("free")
        return self.text(value)

    def long_text(self, value, markdown: bool = True) -> Markup:
        if value is None:
            return Markup("")
        localized = value.get(self.lang)
        note = ui("fallback_note", self.lang, language=language_name(localized.lang, self.lang)).value
        return block(localized, self.lang, note, markdown)

    def href(self, key: str) -> str:
        return self.site.path(self.lang, key)

    def time_range(self, start: dt.time, end: dt.time) -> str:
        """"09:30–12:00" that never breaks across lines: no-break spaces, word joiners around the dash."""
        return f"{self._time(start)}\u2060–\u2060{self._time(end)}"

    def _time(self, time: dt.time) -> str:
        return time_text(time, self.lang).replace(" ", "\u00a0")

    def time_html(self, start: dt.time, end: dt.time, start_iso: str = "", end_iso: str = "") -> Markup:
        """A time range for the pages: unbroken, machine-readable, heard as "from ... to ..." in the page's language.

        Screen readers read "09:30–12:00" as digits ("nine thirty twelve zero zero") and Arabic's
        ص/م as letters, so they get a phrase in words instead, and the figures are hidden from them.
        """
        shown = Markup('<time datetime="{}">{}</time>\u2060–\u2060<time datetime="{}">{}</time>').format(
            start_iso or start.strftime("%H:%M"), self._time(start), end_iso or end.strftime("%H:%M"), self._time(end))
        spoken = self.t("spoken_range", start=self.spoken_time(start), end=self.spoken_time(end))
        return Markup('<span class="stek-range"><span class="stek-sr">{}</span><span aria-hidden="true">{}</span></span>').format(
            spoken, shown)

    def spoken_time(self, time: dt.time) -> str:
        if time.minute == 0:
            return ui("spoken_hour", self.lang, n=time.hour).value
        return ui("spoken_time", self.lang, n=time.hour, minute=time.minute).value

    def day_date(self, day: dt.date) -> str:
        """"vrijdag 27 november": Babel's skeletons shorten the day name in some languages."""
        return f"{day_name(day.weekday(), self.lang)} {format_skeleton('MMMMd', day, locale=locale(self.lang))}"

    def short_date(self, day: dt.date) -> str:
        return format_skeleton("MMMd", day, locale=locale(self.lang))

    def function(self, key: str) -> dict:
        return {"key": key, "label": self.t(key), "mark": FUNCTION_MARKS[key]}

    @property
    def window_last(self) -> dt.date:
        return self.today + dt.timedelta(weeks=NEXT_DATES_WEEKS) - dt.timedelta(days=1)

    @cached_property
    def window(self) -> list[schedule.Occurrence]:
        """The occurrences of the coming weeks, cancelled ones included: one call to the engine."""
        return schedule.occurrences(self.stek, self.today, self.window_last, self.zone, include_cancelled=True)

    def occurrence_item(self, occurrence: schedule.Occurrence) -> Item:
        listing = occurrence.listing
        reason = self.text(occurrence.reason) if occurrence.reason else Markup("")
        note = self.t("cancelled") + (Markup(": ") + reason if reason else Markup("")) if occurrence.cancelled else Markup("")
        if isinstance(listing, Event) and not occurrence.cancelled:
            note = self.t("one_off")
        return Item(
            time=self.time_range(occurrence.start.time(), occurrence.end.time()),
            when=self.time_html(occurrence.start.time(), occurrence.end.time(),
                                occurrence.start.isoformat(), occurrence.end.isoformat()),
            title=self.text(listing.title), href=self.href(f"activities/{listing.id}/"),
            function=listing.function, function_label=self.t(listing.function), mark=FUNCTION_MARKS[listing.function],
            place=self.text(listing.place), note=note, cancelled=occurrence.cancelled,
            start=occurrence.start.isoformat(), end=occurrence.end.isoformat(),
        )

    @cached_property
    def by_day(self) -> dict[dt.date, list[schedule.Occurrence]]:
        result: dict[dt.date, list[schedule.Occurrence]] = {}
        for occurrence in self.window:
            result.setdefault(occurrence.start.date(), []).append(occurrence)
        return result

    def days(self, first: dt.date, last: dt.date, listings: set[str] | None = None) -> list[Day]:
        """Each day from `first` to `last`, with its occurrences (and why the house is closed)."""
        result = []
        day = first
        while day <= last:
            occurrences = [o for o in self.by_day.get(day, ()) if listings is None or o.listing.id in listings]
            result.append(Day(heading=self.day_date(day), date=day.isoformat(),
                              items=[self.occurrence_item(o) for o in occurrences],
                              closed=self.closed_reason(day), hours=self.hours_text(day), title=self.day_title(day),
                              end=max((o.end for o in occurrences), default=self.day_end(day)).isoformat()))
            day += dt.timedelta(days=1)
        return result

    def hours_text(self, day: dt.date) -> str:
        return self.separator.join(self.time_range(o, c) for o, c in schedule.opening_hours_on(self.stek, day))

    def day_title(self, day: dt.date) -> Markup:
        """A day named with its date and hours, so that it stays true whenever it is read."""
        hours = self.hours_text(day)
        if hours:
            return self.t("day_open", day=self.day_date(day), hours=hours)
        return self.t("day_closed", day=self.day_date(day))

    def day_end(self, day: dt.date) -> dt.datetime:
        """Midnight at the end of a day in the house's zone: when the day is past for every reader."""
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=self.zone)

    def date_range(self, first: dt.date, last: dt.date) -> Markup:
        return self.t("date_range", first=self.long_date(first), last=self.long_date(last))

    def long_date(self, day: dt.date) -> str:
        """"1 december", without the day's name."""
        return format_skeleton("MMMMd", day, locale=locale(self.lang))

    def closed_reason(self, day: dt.date) -> Markup:
        period = next(iter(schedule.closed_days(self.stek, day, day)), None)
        if period is None:
            return Markup("")
        return self.text(period.reason) if period.reason else self.t("house_closed")

    def slot_text(self, activity: Activity, slot: Slot) -> Markup:
        parts = [day_name(slot.day, self.lang), self.time_range(slot.start, slot.end)]
        text = Markup(self.separator).join(escape(p) for p in parts)
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

    # ------------------------------------------------------------------ pages

    def value(self, text) -> str | list[str]:
        """A text for the page's script: a string, or [text, lang, dir] when it falls back to another language."""
        localized = text.get(self.lang)
        if localized.lang == self.lang:
            return localized.value
        return [localized.value, localized.lang, direction(localized.lang)]

    def script_data(self, listings: set[str] | None = None) -> Markup:
        """What the page's script needs to say, at the reader's own moment, what is open and on.

        From the build's date, SCRIPT_DAYS days, each `[date with day name, date, hours, why closed,
        occurrences]`; an occurrence is `[listing, start, end]`, with a fourth item (why, or "")
        when it is cancelled. A partner's embed lists only its own (`listings`), but says what is on
        now at the house from all of them. Times are minutes after midnight, wall-clock time in Brussels, so
        that the script needs no time-zone rules of its own; `m` gives their text. Each listing
        is written once, in `l`. JSON in a script element: "<" is escaped so text cannot end it.
        """
        listing_index: dict[str, int] = {}
        listing_table: list[list] = []
        times: dict[int, str] = {}
        spoken: dict[int, str] = {}

        def minutes(time: dt.time) -> int:
            count = time.hour * 60 + time.minute
            # As time_range() and time_html() write it: unbroken, and in words for screen readers.
            times.setdefault(count, self._time(time))
            spoken.setdefault(count, self.spoken_time(time))
            return count

        def listing(item: Activity | Event) -> int:
            if item.id not in listing_index:
                listing_index[item.id] = len(listing_table)
                listing_table.append([self.value(item.title), f"activities/{item.id}/", item.function,
                                      self.value(item.place) if item.place else "", int(isinstance(item, Event)),
                                      int(listings is None or item.id in listings)])
            return listing_index[item.id]

        days = []
        for offset in range(SCRIPT_DAYS):
            day = self.today + dt.timedelta(days=offset)
            occurrences = []
            for occurrence in self.by_day.get(day, ()):
                entry = [listing(occurrence.listing), minutes(occurrence.start.time()), minutes(occurrence.end.time())]
                if occurrence.cancelled:
                    entry.append(self.value(occurrence.reason) if occurrence.reason else "")
                occurrences.append(entry)
            hours = [[minutes(o), minutes(c)] for o, c in schedule.opening_hours_on(self.stek, day)]
            period = next(iter(schedule.closed_days(self.stek, day, day)), None)
            closed = (self.value(period.reason) if period.reason else ui("house_closed", self.lang).value) if period else ""
            days.append([self.day_date(day), self.long_date(day), hours, closed, occurrences])
        data = {
            "first": self.today.isoformat(),
            "week": COMING_DAYS,
            "least": EMBED_MIN_ITEMS,
            "sep": self.separator,
            "t": {key: ui(key, self.lang).value for key in SCRIPT_TEXTS},
            "f": {key: [FUNCTION_MARKS[key], ui(key, self.lang).value] for key in FUNCTIONS},
            "m": times,
            "s": spoken,
            "l": listing_table,
            "d": days,
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return Markup(text.replace("<", "\\u003c"))

    def week_hours(self) -> list[dict]:
        rows = []
        for weekday in range(7):
            spans = [self.time_range(h.open, h.close) for h in self.stek.opening_hours if h.day == weekday]
            seasons = self.season_hours(weekday)
            if spans or seasons:
                rows.append({"day": day_name(weekday, self.lang), "hours": self.separator.join(spans),
                             "seasons": seasons})
        return rows

    def home(self) -> dict:
        """The coming days, dated, as the page says without JavaScript; the script makes them the reader's."""
        last = self.today + dt.timedelta(days=COMING_DAYS - 1)
        until = self.today + dt.timedelta(days=CLOSURES_DAYS)
        closures = [self.closure(p) for p in schedule.closed_days(self.stek, self.today, until)]
        closures += [self.part_day_closure(c) for c in schedule.part_day_closures(self.stek, self.today, until)]
        closures.sort(key=lambda c: c["start"])
        return {
            "heading": self.date_range(self.today, last),
            "days": self.days(self.today, last),
            "closures": closures,
            "closures_end": max((c["end"] for c in closures), default=self.now.isoformat()),
            "script_data": self.script_data(),
        }

    def closure(self, period: schedule.ClosedPeriod) -> dict:
        if period.start == period.end:
            when = self.day_date(period.start)
        else:
            when = f"{self.short_date(period.start)} – {self.short_date(period.end)}"
        return {"when": when, "start": period.start.isoformat(), "end": self.day_end(period.end).isoformat(),
                "reason": self.text(period.reason) if period.reason else self.t("house_closed")}

    def part_day_closure(self, closure) -> dict:
        """A closure for part of a day, as the closures list shows it: its date and its hours."""
        start = dt.datetime.combine(closure.date, closure.start, tzinfo=self.zone)
        end = dt.datetime.combine(closure.date, closure.end, tzinfo=self.zone)
        return {"when": f"{self.day_date(closure.date)}{self.separator}{self.time_range(closure.start, closure.end)}",
                "start": start.isoformat(), "end": end.isoformat(),
                "reason": self.text(closure.reason) if closure.reason else self.t("house_closed")}

    def season_hours(self, weekday: int) -> list[Markup]:
        """Seasonal hours on a weekday that are not over yet: "from 1 July to 31 August: 09:30–12:30"."""
        seasons: dict[tuple, list[str]] = {}
        for hours in self.stek.seasonal_hours:
            if hours.day == weekday and hours.until >= self.today:
                seasons.setdefault((hours.from_date, hours.until), []).append(self.time_range(hours.open, hours.close))
        return [self.t("season_hours", first=self.long_date(first), last=self.long_date(last),
                       hours=self.separator.join(spans))
                for (first, last), spans in sorted(seasons.items())]

    def programme(self) -> dict:
        pattern = []
        for weekday in range(7):
            items = []
            for activity in self.stek.activities.values():
                if not self.in_season(activity):
                    continue
                for slot in activity.slots:
                    if slot.day == weekday:
                        items.append((slot.start, activity.id, Item(
                            time=self.time_range(slot.start, slot.end), title=self.text(activity.title),
                            when=self.time_html(slot.start, slot.end),
                            href=self.href(f"activities/{activity.id}/"), function=activity.function,
                            function_label=self.t(activity.function), mark=FUNCTION_MARKS[activity.function],
                            place=self.text(activity.place), note=self.recurrence(activity, slot),
                        )))
            hours = [self.time_range(h.open, h.close) for h in self.stek.opening_hours if h.day == weekday]
            seasons = self.season_hours(weekday)
            if items or hours or seasons:
                pattern.append(Day(heading=day_name(weekday, self.lang), date="", hours=self.separator.join(hours),
                                   seasons=seasons,
                                   items=[item for _, _, item in sorted(items, key=lambda x: (x[0], x[1]))]))
        last = self.today + dt.timedelta(days=CHANGES_DAYS - 1)
        changes: dict[str, Day] = {}
        for occurrence in self.window:
            day = occurrence.start.date()
            if day <= last and (occurrence.cancelled or isinstance(occurrence.listing, Event)):
                changes.setdefault(day.isoformat(), Day(heading=self.day_date(day), date=day.isoformat()))
                changes[day.isoformat()].items.append(self.occurrence_item(occurrence))
                changes[day.isoformat()].end = max(changes[day.isoformat()].end, occurrence.end.isoformat())
        return {
            "pattern": pattern,
            "changes_heading": self.t("changes", first=self.long_date(self.today), last=self.long_date(last)),
            "changes": [changes[d] for d in sorted(changes)],
            "closures": [self.closure(p) for p in schedule.closed_days(self.stek, self.today, last)],
            "functions": [self.function(key) for key in FUNCTIONS],
        }

    def listing(self, listing: Activity | Event) -> dict:
        if isinstance(listing, Activity):
            when = [self.slot_text(listing, slot) for slot in listing.slots]
        else:
            when = [escape(f"{self.day_date(listing.date)} {listing.date.year}{self.separator}{self.time_range(listing.start, listing.end)}")]
        dates = []
        for occurrence in self.window:
            if occurrence.listing.id == listing.id:
                item = self.occurrence_item(occurrence)
                item.time = f"{self.day_date(occurrence.start.date())}{self.separator}{item.time}"
                dates.append(item)
        if isinstance(listing, Event) and listing.date < self.today:
            dates = []
        return {
            "listing": listing,
            "title": self.text(listing.title),
            "function": self.function(listing.function),
            "summary": self.long_text(listing.summary, markdown=False),
            "description": rights_view.explained(self, listing.description, set()),
            "when": when,
            "dates": dates,
            "dates_until": self.t("no_next_dates", date=self.long_date(self.window_last)),
            "dates_from": self.dates_from(),
            "place": self.text(listing.place),
            "price": self.price(listing.price),
            "registration": self.text(listing.registration),
            "languages": [{"code": code, "name": language_name(code, self.lang), "dir": direction(code)}
                          for code in listing.languages],
            "partners": [self.partner_link(self.stek.partners[p]) for p in listing.partners],
            "rights": [self.rights_link(self.stek.rights[r]) for r in self.stek.rights_of_listing.get(listing.id, ())],
            "feed": self.href(f"activities/{listing.id}.ics"),
        }

    def partner_link(self, partner: Partner) -> dict:
        return {"title": self.text(partner.name), "href": self.href(f"partners/{partner.id}/")}

    def rights_link(self, rights: RightsPage) -> dict:
        return {"title": self.text(rights.title), "href": self.href(f"rights/{rights.id}/"),
                "summary": self.text(rights.summary)}

    def dates_from(self) -> Markup:
        """The heading of a list of next dates, dated: the browser drops the past ones, the page keeps them."""
        return self.t("next_dates", date=self.long_date(self.today))

    def listing_link(self, listing: Activity | Event) -> dict:
        end = ""
        if isinstance(listing, Activity):
            when = Markup(self.semicolon).join(self.slot_text(listing, slot) for slot in listing.slots)
        else:
            when = escape(f"{self.day_date(listing.date)} {listing.date.year}{self.separator}{self.time_range(listing.start, listing.end)}")
            # A one-off event leaves the list in the browser once it is over.
            end = dt.datetime.combine(listing.date, listing.end, tzinfo=self.zone).isoformat()
        return {"title": self.text(listing.title), "href": self.href(f"activities/{listing.id}/"),
                "when": when, "function": self.function(listing.function), "end": end}

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

    def partner(self, partner: Partner) -> dict:
        digits = re.sub(r"[^\d+]", "", partner.phone or "")
        return {
            "partner": partner,
            "title": self.text(partner.name),
            "about": self.long_text(partner.about, markdown=False),
            "phone": partner.phone, "tel": f"tel:{digits}" if digits else "",
            "listings": [self.listing_link(item) for item in self.current_listings(self.stek.listings_of_partner[partner.id])],
            "rights": [self.rights_link(self.stek.rights[r]) for r in self.stek.rights_of_partner.get(partner.id, ())],
            "feed": self.href(f"partners/{partner.id}.ics"),
            "embed": self.href(f"embed/{partner.id}/"),
        }

    def partners(self) -> list[dict]:
        return [self.partner(p) for p in self.stek.partners.values()]

    def rights_index(self) -> list[dict]:
        return [self.rights_link(r) for r in self.stek.rights.values()]

    def rights(self, rights: RightsPage) -> dict:
        asks = []
        for listing in self.current_listings(rights.ask_at):
            link = self.listing_link(listing)
            # All the dates the page knows: the browser shows the first RIGHTS_DATES not past yet.
            link["dates"] = [{"text": self.short_date(o.start.date()) + " " + time_text(o.start.time(), self.lang),
                              "start": o.start.isoformat(), "end": o.end.isoformat()}
                             for o in self.window if o.listing.id == listing.id and not o.cancelled]
            link["show"] = RIGHTS_DATES
            asks.append(link)
        bring = rights.bring.get(self.lang) if rights.bring else None
        return {
            "rights": rights,
            "title": self.text(rights.title),
            "summary": self.long_text(rights.summary, markdown=False),
            "body": rights_view.explained(self, rights.body, set()),
            "notes": rights_view.translation_notes(self, rights),
            "ask_at": asks,
            "help": [self.partner_link(self.stek.partners[p]) for p in rights.help],
            "bring": [inline(Localized(b, bring.lang), self.lang) for b in bring.value] if bring else [],
            "sources": [{"title": self.text(s.title), "url": s.url} for s in rights.sources],
            "reviewed": date_text(rights.reviewed, self.lang, "long") if rights.reviewed else "",
        }

    def embed(self, partner: Partner | None = None) -> dict:
        """The house's coming days; for a partner, its next occurrences (at least EMBED_MIN_ITEMS, never an empty week)."""
        if partner is None:
            days = self.days(self.today, self.today + dt.timedelta(days=COMING_DAYS - 1))
            return {"partner": Markup(""), "days": days, "script_data": self.script_data()}
        listings = set(self.stek.listings_of_partner[partner.id])
        days, count = [], 0
        for day in self.days(self.today, self.window_last, listings):
            if count >= EMBED_MIN_ITEMS and day.date >= (self.today + dt.timedelta(days=COMING_DAYS)).isoformat():
                break
            if day.items:
                days.append(day)
                count += sum(not item.cancelled for item in day.items)
        return {"partner": self.text(partner.name), "days": days, "script_data": self.script_data(listings)}

    def poster(self) -> dict:
        url = self.site.absolute(self.lang, "")
        qr = segno.make(url, error="m")
        svg = qr.svg_inline(scale=4, dark="#000", light="#fff", omitsize=True,
                            title=ui("qr", self.lang, url=url).value)
        return {"programme": self.programme(), "hours": self.week_hours(), "qr": Markup(svg), "url": url}

    def search(self) -> list[dict]:
        """Every page of this language with the words to find it by; the page filters them in the browser."""
        entries = [{"title": self.t(key), "href": self.href(f"{key}/"), "words": ""}
                   for key in ("programme", "partners", "rights")]
        for listing in (*self.stek.activities.values(), *self.stek.events.values()):
            if listing in self.current_listings([listing.id]):
                entries.append({"title": self.text(listing.title), "href": self.href(f"activities/{listing.id}/"),
                                "words": self.text(listing.summary)})
        for partner in self.stek.partners.values():
            entries.append({"title": self.text(partner.name), "href": self.href(f"partners/{partner.id}/"),
                            "words": self.text(partner.about)})
        for rights in self.stek.rights.values():
            entries.append({"title": self.text(rights.title), "href": self.href(f"rights/{rights.id}/"),
                            "words": self.text(rights.summary)})
        return entries

    # ------------------------------------------------------- template helpers

    def count_texts(self, key: str, most: int, none: str = "") -> list[str]:
        """The text for every count from 0 to `most`, for a page's script to announce: the plural
        rules stay in the catalogs (Arabic has six forms), the script only picks by index."""
        return [ui(none, self.lang).value if none and not n else ui(key, self.lang, n=n).value for n in range(most + 1)]

    def direction(self, lang: str) -> str:
        return direction(lang)

    def fallback_note(self, lang: str) -> Markup:
        return self.t("fallback_note", language=language_name(lang, self.lang))

    @staticmethod
    def tel(phone: str) -> str:
        """A phone number as written, as a tel: link with its digits."""
        # "+32 (0)51 ..." is how many write a number for callers at home and abroad: the 0 in
        # brackets is dialled only from within the country, never after the country code.
        digits = re.sub(r"[^\d+]", "", re.sub(r"^(\+\d+)\s*\(0\)", r"\1", phone.strip()))
        return f"tel:{digits}"
