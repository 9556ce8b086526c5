"""The STEK as typed data: partners, activities, events, opening hours, closures and rights pages.

Each data file is read through the field tables below (the same tables generate the JSON
Schemas), every cross-reference is checked, and the reverse links are derived once, here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from stek.data.contact import Email, Phone, Url
from stek.data.fields import (
    INVALID, Country, Days, Field, Function, Id, Kind, ListOf, Markdown, PlainText, Price, Reader, Record, Ref,
    SpokenLanguage, Text, YesNo,
)
from stek.data.when_fields import Date, Day, Every, Time, Week
from stek.i18n import Translated
from stek.data.glossary import Glossary
from stek.data.loading import Node, Str
from stek.data.public_holidays import holiday_name

# A price that says only "free", in a language of the messages or the site: shown as each language's own word.
_FREE = re.compile(r"0+(?:[.,]0+)?|gratis|gratuit|gratuite|kosteloos|free|free of charge|مجاني|مجانا|مجانًا", re.IGNORECASE)


def is_free(price: object) -> bool:
    """Whether a price as written means free (`0`, `gratis`, `gratuit`, `free`, `مجاني`)."""
    return bool(_FREE.fullmatch(str(price).strip().rstrip(".!").strip()))


class _DateOrCancellation(Kind):
    """A cancelled date, written bare (`- 2026-12-22`) or with a reason."""

    def read(self, node: Node, name: str, reader: Reader) -> object:
        if isinstance(node, Str):
            value = Date().read(node, name, reader)
            return INVALID if value is INVALID else {"date": value, "line": node.line, "ok": True}
        return CANCELLATION.read(node, name, reader)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"anyOf": [Date().schema(languages), CANCELLATION.schema(languages)]}


PARTNER = Record("partner", [
    Field("id", Id(), True, "Stable id: lowercase letters, digits and hyphens. Never reuse one."),
    Field("name", Text(), True),
    Field("about", Text(), doc="What the partner offers in the STEK."),
    Field("website", Url()),
    Field("phone", Phone()),
    Field("email", Email()),
    Field("address", PlainText()),
    Field("social_map", Url(), doc="The partner's page on the Sociale Kaart."),
])
PARTNERS_FILE = Record("file", [Field("partners", ListOf(PARTNER), True)])

SLOT = Record("slot", [
    Field("day", Day(), True, "maandag, mardi, tuesday, ..."),
    Field("start", Time(), True, "HH:MM"),
    Field("end", Time(), True, "HH:MM"),
    Field("every", Every(), doc="Every N weeks, counted from the activity's `from`."),
    Field("weeks", ListOf(Week()), doc="Weeks of the month: 1 to 5 and last."),
])
CANCELLATION = Record("cancellation", [Field("date", Date(), True), Field("reason", Text())])

_LISTING = [
    Field("id", Id(), True, "Stable id: part of URLs and calendar UIDs."),
    Field("title", Text(), True),
    Field("summary", Text()),
    Field("description", Markdown(), doc="Markdown."),
    Field("function", Function(), True),
    Field("partners", ListOf(Ref()), doc="Ids from partners.yaml."),
    Field("price", Price(), doc="As written, like 1 euro; 0 means free."),
    Field("registration", Text()),
    Field("languages", ListOf(SpokenLanguage()), doc="Languages spoken: two-letter codes."),
    Field("place", Text()),
]
ACTIVITY = Record("activity", _LISTING[:5] + [
    Field("when", ListOf(SLOT), True),
    Field("from", Date(), doc="First day of the season (inclusive)."),
    Field("until", Date(), doc="Last day of the season (inclusive)."),
    Field("cancelled", ListOf(_DateOrCancellation())),
] + _LISTING[5:])
EVENT = Record("event", _LISTING[:5] + [
    Field("date", Date(), True),
    Field("start", Time(), True),
    Field("end", Time(), True),
] + _LISTING[5:], misplaced={"when": "event_with_when"})
OPENING_HOURS = Record("opening_hours", [
    Field("days", ListOf(Day()), True),
    Field("open", Time(), True),
    Field("close", Time(), True),
    Field("from", Date(), doc="Hours for a season: its first day (inclusive), with `until`."),
    Field("until", Date(), doc="Hours for a season: its last day (inclusive), with `from`."),
])
CLOSURE = Record("closure", [
    Field("date", Date(), doc="One closed day (or part of it, with start and end)."),
    Field("from", Date(), doc="First closed day of a period."),
    Field("until", Date(), doc="Last closed day of a period."),
    Field("start", Time(), doc="Closed from this time on `date` (with `end`)."),
    Field("end", Time(), doc="Closed until this time on `date` (with `start`)."),
    Field("reason", Text()),
])
ACTIVITIES_FILE = Record("file", [
    Field("public_holidays", Country(), doc="Closed on this country's public holidays."),
    Field("opening_hours", ListOf(OPENING_HOURS)),
    Field("closures", ListOf(CLOSURE)),
    Field("activities", ListOf(ACTIVITY)),
    Field("events", ListOf(EVENT)),
])
HOUSE = Record("house", [
    Field("address", PlainText()),
    Field("phone", Phone()),
    Field("email", Email()),
    Field("reply_days", Days(), doc="Within how many working days the house answers a message about the "
                                    "site's accessibility (the accessibility statement says it)."),
])
ACCESSIBILITY = Record("accessibility", [
    Field("public_body", YesNo(), doc="true when the house is a public body (a municipality, an OCMW, ...) that "
                                      "the Flemish accessibility rules apply to; false for a voluntary statement."),
])
SOURCE = Record("source", [Field("title", Text(), True), Field("url", Url(), True)])
RIGHTS = Record("rights", [
    Field("id", Id(), doc="Optional: the file name is the id."),
    Field("title", Text(), True),
    Field("summary", Text()),
    Field("help", ListOf(Ref()), doc="Partners who help with this right."),
    Field("ask_at", ListOf(Ref()), doc="Activities and events where you can ask about it."),
    Field("bring", ListOf(PlainText())),
    Field("reviewed", Date(), doc="When the facts were last checked against the sources."),
    Field("reviewed_by", Text(), doc="Who really checked them: a role or an organisation, like "
                                     "\"het STEK-project, aan de hand van de officiële bronnen\"."),
    Field("sources", ListOf(SOURCE)),
])
RIGHTS_TRANSLATION = Record("translation", [f for f in RIGHTS.fields if f.name in ("title", "summary", "bring", "reviewed_by")] + [
    # What a translation says about itself: the state of its source it translates, and who checked it.
    Field("translated", Date(), doc="The date of the source page this translates: its reviewed: date, or the day it "
                                    "last changed. The build advises when the source changed after it."),
    Field("checked_by_native_speaker", PlainText(), doc="no, while no native speaker has checked this translation "
                                                        "(a machine's or a learner's): the page then tells its readers."),
])


@dataclass(frozen=True, kw_only=True, slots=True)
class Partner:
    id: str
    name: Translated[str]
    about: Translated[str] | None = None
    website: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    social_map: str | None = None
    line: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class Slot:
    """A weekly time slot: every week, every N weeks from `from`, or some weeks of the month."""

    day: int  # 0 is Monday
    start: dt.time
    end: dt.time
    every: int | None = None
    weeks: tuple[int, ...] = ()  # 1 to 5, and -1 for the last week of the month
    line: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class Cancellation:
    date: dt.date
    reason: Translated[str] | None = None
    line: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class Listing:
    """What activities and events share: what it is, who runs it, what it costs, where it is."""

    id: str
    title: Translated[str]
    function: str
    summary: Translated[str] | None = None
    description: Translated[str] | None = None
    partners: tuple[str, ...] = ()
    price: Translated[str] | None = None
    registration: Translated[str] | None = None
    languages: tuple[str, ...] = ()
    place: Translated[str] | None = None
    line: int = 0


@dataclass(frozen=True, kw_only=True, slots=True)
class Activity(Listing):
    """A recurring activity of the weekly programme."""

    slots: tuple[Slot, ...]
    from_date: dt.date | None = None
    until: dt.date | None = None
    cancelled: tuple[Cancellation, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Event(Listing):
    """A one-off event; closures and holidays never cancel it."""

    date: dt.date
    start: dt.time
    end: dt.time


@dataclass(frozen=True, kw_only=True, slots=True)
class OpeningHours:
    """Open on a weekday from `open` to `close`; within `from_date`..`until` only, for a season."""

    day: int
    open: dt.time
    close: dt.time
    from_date: dt.date | None = None
    until: dt.date | None = None
    line: int = 0

    def in_season(self, day: dt.date) -> bool:
        return self.from_date is not None and self.until is not None and self.from_date <= day <= self.until


@dataclass(frozen=True, kw_only=True, slots=True)
class Closure:
    """Closed from `start` until `end`, both inclusive (one day when they are equal)."""

    start: dt.date
    end: dt.date
    reason: Translated[str] | None = None
    line: int = 0

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, kw_only=True, slots=True)
class PartDayClosure:
    """Closed on `date` from `start` to `end`: only what overlaps that time is off."""

    date: dt.date
    start: dt.time
    end: dt.time
    reason: Translated[str] | None = None
    line: int = 0

    def overlaps(self, day: dt.date, start: dt.time, end: dt.time) -> bool:
        return day == self.date and start < self.end and self.start < end


@dataclass(frozen=True, kw_only=True, slots=True)
class Source:
    title: Translated[str]
    url: str


@dataclass(frozen=True, kw_only=True, slots=True)
class RightsPage:
    """A page about a social right; `files` maps each language to its Markdown file."""

    id: str
    title: Translated[str]
    summary: Translated[str] | None = None
    help: tuple[str, ...] = ()
    ask_at: tuple[str, ...] = ()
    bring: Translated[tuple[str, ...]] | None = None
    reviewed: dt.date | None = None
    reviewed_by: Translated[str] | None = None  # who checked the facts: a role or an organisation
    sources: tuple[Source, ...] = ()
    body: Translated[str] | None = None
    files: dict[str, str] = field(default_factory=dict)
    outdated: dict[str, dt.date] = field(default_factory=dict)  # language: when the source changed after it
    unchecked: tuple[str, ...] = ()  # languages whose translation no native speaker has checked
    checked: tuple[str, ...] = ()  # languages whose translation says a native speaker checked it
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Stek:
    """Everything the site shows, with the links between its parts in both directions."""

    languages: tuple[str, ...]
    partners: dict[str, Partner]
    activities: dict[str, Activity]
    events: dict[str, Event]
    opening_hours: tuple[OpeningHours, ...] = ()  # the regular week: entries without a season
    seasonal_hours: tuple[OpeningHours, ...] = ()  # entries with from/until: replace the regular ones then
    closures: tuple[Closure, ...] = ()  # whole days
    part_day_closures: tuple[PartDayClosure, ...] = ()
    public_holidays: str | None = None
    rights: dict[str, RightsPage] = field(default_factory=dict)
    glossary: Glossary = field(default_factory=Glossary)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def listing(self, id: str) -> Activity | Event:
        """An activity or an event: they share one namespace of ids."""
        return self.activities.get(id) or self.events[id]

    @cached_property
    def listings_of_partner(self) -> dict[str, tuple[str, ...]]:
        """Each partner's activities and events, in the order of activities.yaml."""
        result: dict[str, list[str]] = {id: [] for id in self.partners}
        for item in (*self.activities.values(), *self.events.values()):
            for partner in item.partners:
                result[partner].append(item.id)
        return {id: tuple(ids) for id, ids in result.items()}

    @cached_property
    def rights_of_partner(self) -> dict[str, tuple[str, ...]]:
        """The rights each partner helps with."""
        return _reverse(self.partners, ((r.id, r.help) for r in self.rights.values()))

    @cached_property
    def rights_of_listing(self) -> dict[str, tuple[str, ...]]:
        """The rights you can ask about at each activity or event."""
        ids = {**self.activities, **self.events}
        return _reverse(ids, ((r.id, r.ask_at) for r in self.rights.values()))

    def holiday_name(self, day: dt.date) -> Translated[str] | None:
        """The public holiday on a day, named in each site language the `holidays` package knows."""
        return holiday_name(self.public_holidays, day, self.languages)

    def closure_on(self, day: dt.date) -> Closure | None:
        return next((c for c in self.closures if c.covers(day)), None)


def _reverse(keys: Iterable[str], links: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    result: dict[str, list[str]] = {key: [] for key in keys}
    for source, targets in links:
        for target in targets:
            result.setdefault(target, []).append(source)
    return {key: tuple(values) for key, values in result.items()}

