"""Reads a STEK's data files into the model, checking everything a volunteer can get wrong."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from stek.data.errors import DataErrors, Problems
from stek.data.fields import ListOf, Reader, Record, short
from stek.data.glossary import GLOSSARY_FILE_NAME, load_glossary
from stek.data.id_history import advise_gone_ids
from stek.data.load_rights import load_rights
from stek.data.loading import Map, Seq, parse_yaml, read_text
from stek.data.messages import message_language
from stek.data.model import (
    ACTIVITIES_FILE, PARTNERS_FILE, Activity, Cancellation, Closure, Event, OpeningHours, PartDayClosure, Partner,
    Slot, Stek,
)
from stek.data.page_links import check_page_links
from stek.data.references import check_refs, ids_of
from stek.i18n import Translated, day_name, language_name

PARTNERS_FILE_NAME = "partners.yaml"
ACTIVITIES_FILE_NAME = "activities.yaml"
DOCS_DIR = "content"


@dataclass(frozen=True)
class Loaded:
    """The STEK as read, its problems so far, and the files as parsed (with lines) for later checks."""

    stek: Stek
    problems: Problems
    activities: Map | None  # activities.yaml as parsed
    rights: dict[str, tuple]  # each rights file as read: front matter, body, the line the body starts on

    def raise_errors(self) -> None:
        """Stop with every error, once the checks that run after loading have added theirs."""
        if self.problems.errors:
            raise DataErrors(self.problems.error_lines(), self.problems)


def read_stek(root: Path, languages: tuple[str, ...], today: dt.date, problems: Problems | None = None, *,
              history: bool = True) -> Loaded:
    """The STEK in `root` with every problem its own files show; it raises nothing.

    The checks that need a later stage (the schedule, the plain-language advice) run after it:
    `stek.editing.after_loading.load_stek` runs them all, for the plugin and the check command alike.
    `problems` may already hold what an earlier check found (mkdocs.yml), to be reported with the rest.
    Without `history` the ids are not compared with git's previous version: an old version that
    feed_history writes out to a folder of its own has none.
    """
    problems = problems if problems is not None else Problems(language=languages[0])
    partners_node = _read_yaml(root / PARTNERS_FILE_NAME, PARTNERS_FILE_NAME, problems)
    activities_node = _read_yaml(root / ACTIVITIES_FILE_NAME, ACTIVITIES_FILE_NAME, problems)
    partner_ids: dict[str, int] = {}
    partners = _partners(partners_node, Reader(PARTNERS_FILE_NAME, problems, languages), partner_ids)
    # References are checked against a file only when its structure could be read: a broken
    # partners.yaml should not also make every activity's partners look unknown.
    known_partners = ({id: _names(partners[id].name) if id in partners else () for id in partner_ids}
                      if _readable(partners_node, PARTNERS_FILE) and partners_node.get("partners") != "" else None)
    reader = Reader(ACTIVITIES_FILE_NAME, problems, languages)
    house = ACTIVITIES_FILE.read(activities_node, "", reader) if activities_node is not None else {}
    ids: dict[str, int] = {}  # Activities and events share one namespace of ids.
    activities = _activities(house.get("activities", []), reader, ids, known_partners)
    event_dates: dict[str, int] = {}  # the line of each event's date, for the closed-day warning
    events = _events(house.get("events", []), reader, ids, known_partners, event_dates)
    listings = {**activities, **events}
    known_listings = ({id: _names(listings[id].title) if id in listings else () for id in ids}
                      if _readable(activities_node, ACTIVITIES_FILE) else None)
    rights_read: dict[str, tuple] = {}  # each rights file as read: front matter, body, its first line
    opening_hours, seasonal_hours = _opening_hours(house.get("opening_hours", []), reader)
    closures, part_day_closures = _closures(house.get("closures", []), reader)
    stek = Stek(
        languages=languages,
        partners=partners,
        activities=activities,
        events=events,
        opening_hours=opening_hours,
        seasonal_hours=seasonal_hours,
        closures=closures,
        part_day_closures=part_day_closures,
        public_holidays=house.get("public_holidays"),
        rights=load_rights(root, languages, problems, today, known_partners, known_listings, rights_read),
        glossary=load_glossary(root, languages, problems),
    )
    _check_events_on_closed_days(stek, problems, event_dates)
    check_page_links(root, DOCS_DIR, stek, problems)
    if history:
        advise_gone_ids(root, stek, problems)
    if known_listings == {}:
        problems.warning(ACTIVITIES_FILE_NAME, activities_node.line, "no_activities")
    return Loaded(stek, problems, activities_node, rights_read)


def data_signature(root: Path) -> tuple:
    """Names, sizes and times of the data files: equal signatures need no second read."""
    paths = [root / PARTNERS_FILE_NAME, root / ACTIVITIES_FILE_NAME, root / GLOSSARY_FILE_NAME,
             *sorted((root / DOCS_DIR).rglob("*.md"))]  # every page: their links are checked too
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.is_file())


def _read_yaml(path: Path, name: str, problems: Problems) -> Map | None:
    if not path.is_file():
        problems.error(name, 0, "missing_file", file=name)
        return None
    text = read_text(path, name, problems)
    if text is None:
        return None
    if not _without_comments(text).strip():
        # Emptied by mistake in the web editor: never publish a site without its data.
        problems.error(name, 1, "empty_file", file=name)
        return None
    node = parse_yaml(text, name, problems)
    if node is not None and not isinstance(node, Map):
        problems.error(name, node.line, "expected_map", what="file", value=short(node))
        return None
    return node


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def _readable(node: Map | None, record: Record) -> bool:
    """Whether a file's top level is as the schema says: known sections, lists where lists go."""
    if not isinstance(node, Map):
        return False
    kinds = {spec.name: spec.kind for spec in record.fields}
    # An empty section ("activities:" with nothing under it) is read as missing, which is readable.
    return all(key in kinds and (not isinstance(kinds[key], ListOf) or isinstance(value, Seq) or value == "")
               for key, value in node.items())


def _partners(node: Map | None, reader: Reader, first: dict[str, int]) -> dict[str, Partner]:
    if node is None:
        return {}
    values = PARTNERS_FILE.read(node, "", reader)
    partners: dict[str, Partner] = {}
    for item, _ in values.get("partners", []):
        if "id" in item and _unique(item["id"], item["id.line"], first, reader) and item["ok"]:
            partners[item["id"]] = Partner(
                id=item["id"], name=item["name"], about=item.get("about"), website=item.get("website"),
                phone=item.get("phone"), email=item.get("email"), address=item.get("address"),
                social_map=item.get("social_map"), line=item["line"],
            )
    return partners


def _unique(id: str, line: int, first: dict[str, int], reader: Reader) -> bool:
    if id in first:
        reader.problems.error(reader.file, line, "duplicate_id", value=id, first=f"{reader.file}:{first[id]}")
        return False
    first[id] = line
    return True


def _names(text: Translated) -> tuple[str, ...]:
    return tuple(text.values.values())


def _listing_fields(item: dict) -> dict:
    return dict(
        id=item["id"], title=item["title"], function=item["function"], summary=item.get("summary"),
        description=item.get("description"), partners=ids_of(item.get("partners", [])),
        price=item.get("price"), registration=item.get("registration"),
        languages=tuple(dict.fromkeys(code for code, _ in item.get("languages", []))),
        place=item.get("place"), line=item["line"],
    )


def _activities(items: list, reader: Reader, ids: dict[str, int], partners: dict | None) -> dict[str, Activity]:
    activities: dict[str, Activity] = {}
    for item, _ in items:
        check_refs(item.get("partners", []), partners, "unknown_partner", reader)
        _check_translated(item, reader)
        slots = [_slot(slot, reader, item) for slot, _ in item.get("when", [])]
        start, until = item.get("from"), item.get("until")
        if start and until and until < start:
            reader.problems.error(reader.file, item["until.line"], "until_before_from", until=until, start=start)
            item["ok"] = False
        cancelled = tuple(
            Cancellation(date=c["date"], reason=c.get("reason"), line=c["line"])
            for c, _ in item.get("cancelled", []) if "date" in c
        )
        days = {slot.get("day") for slot, _ in item.get("when", [])}
        for cancellation in cancelled:
            if days and None not in days and cancellation.date.weekday() not in days and not all(slots):
                # With its slots readable, the schedule reports it with the nearest right dates.
                reader.problems.error(
                    reader.file, cancellation.line, "cancelled_wrong_day", value=cancellation.date,
                    day=day_name(cancellation.date.weekday(), message_language(reader.default)),
                    activity=str(item.get("title", item.get("id", ""))),
                )
        if "id" in item and _unique(item["id"], item["id.line"], ids, reader) and item["ok"] and all(slots):
            activity = Activity(
                **_listing_fields(item), slots=tuple(slots), from_date=start, until=until, cancelled=cancelled,
            )
            activities[item["id"]] = activity
    return activities


def _slot(slot: dict, reader: Reader, activity: dict) -> Slot | None:
    ok = slot["ok"]
    if "start" in slot and "end" in slot and slot["end"] <= slot["start"]:
        reader.problems.error(reader.file, slot["end.line"], "end_before_start",
                              end=_hhmm(slot["end"]), start=_hhmm(slot["start"]))
        ok = False
    if "every" in slot and "weeks" in slot:
        reader.problems.error(reader.file, slot["line"], "every_and_weeks")
        ok = False
    elif "every" in slot and slot["every"] > 1 and "from" not in activity:
        reader.problems.error(reader.file, slot["every.line"], "every_without_from", every=slot["every"])
        ok = False
    if not ok:
        return None
    return Slot(day=slot["day"], start=slot["start"], end=slot["end"], every=slot.get("every"),
                weeks=tuple(sorted({w for w, _ in slot.get("weeks", [])}, key=lambda w: (w < 0, w))),
                line=slot["line"])


def _events(items: list, reader: Reader, ids: dict[str, int], partners: dict | None,
            date_lines: dict[str, int]) -> dict[str, Event]:
    events: dict[str, Event] = {}
    for item, _ in items:
        check_refs(item.get("partners", []), partners, "unknown_partner", reader)
        _check_translated(item, reader)
        if "id" in item and "date" in item:
            date_lines[item["id"]] = item["date.line"]
        if "start" in item and "end" in item and item["end"] <= item["start"]:
            reader.problems.error(reader.file, item["end.line"], "end_before_start",
                                  end=_hhmm(item["end"]), start=_hhmm(item["start"]))
            item["ok"] = False
        if "id" in item and _unique(item["id"], item["id.line"], ids, reader) and item["ok"]:
            events[item["id"]] = Event(**_listing_fields(item), date=item["date"], start=item["start"], end=item["end"])
    return events


def _opening_hours(items: list, reader: Reader) -> tuple[tuple[OpeningHours, ...], tuple[OpeningHours, ...]]:
    """The regular hours and the hours for seasons, each checked for overlaps on the same weekday.

    Overlapping hours are an error, not merged: 09:30-16:00 and 13:00-17:00 is as likely a typo
    as a wish to open until 17:00, and only the volunteer knows which.
    """
    regular: list[OpeningHours] = []
    seasonal: list[OpeningHours] = []
    language = message_language(reader.default)
    for item, _ in items:
        if not item["ok"]:
            continue
        if item["close"] <= item["open"]:
            reader.problems.error(reader.file, item["close.line"], "end_before_start",
                                  end=_hhmm(item["close"]), start=_hhmm(item["open"]))
            continue
        start, until = item.get("from"), item.get("until")
        if (start is None) != (until is None):
            reader.problems.error(reader.file, item["line"], "season_needs_both")
            continue
        if start and until and until < start:
            reader.problems.error(reader.file, item["until.line"], "until_before_from", until=until, start=start)
            continue
        for day, _ in item["days"]:
            hours = OpeningHours(day=day, open=item["open"], close=item["close"], from_date=start, until=until,
                                 line=item["line"])
            others = seasonal if start else regular
            for other in others:
                if other.day != day or other.line == hours.line:
                    continue
                if (other.from_date, other.until) != (start, until):
                    if start and other.from_date <= until and start <= other.until:
                        reader.problems.error(reader.file, item["line"], "seasons_overlap", day=day_name(day, language),
                                              start=start, until=until, other=other.line)
                elif hours.open < other.close and other.open < hours.close:
                    reader.problems.error(
                        reader.file, item["line"], "opening_hours_overlap", day=day_name(day, language),
                        open=_hhmm(hours.open), close=_hhmm(hours.close), other_open=_hhmm(other.open),
                        other_close=_hhmm(other.close), other=other.line)
            others.append(hours)
    order = lambda h: (h.from_date or dt.date.min, h.day, h.open)  # noqa: E731
    return tuple(sorted(regular, key=order)), tuple(sorted(seasonal, key=order))


def _closures(items: list, reader: Reader) -> tuple[tuple[Closure, ...], tuple[PartDayClosure, ...]]:
    """Closures of whole days, and closures for part of a day (a date with start and end)."""
    closures, parts = [], []
    for item, _ in items:
        if not item["ok"]:
            continue
        timed = "start" in item or "end" in item
        if "date" in item and ("from" in item or "until" in item):
            reader.problems.error(reader.file, item["line"], "closure_both")
        elif timed and not ("date" in item and "start" in item and "end" in item):
            reader.problems.error(reader.file, item["line"], "closure_times")
        elif timed and item["end"] <= item["start"]:
            reader.problems.error(reader.file, item["end.line"], "end_before_start",
                                  end=_hhmm(item["end"]), start=_hhmm(item["start"]))
        elif timed:
            parts.append(PartDayClosure(date=item["date"], start=item["start"], end=item["end"],
                                        reason=item.get("reason"), line=item["line"]))
        elif "date" in item:
            closures.append(Closure(start=item["date"], end=item["date"], reason=item.get("reason"), line=item["line"]))
        elif "from" in item and "until" in item:
            if item["until"] < item["from"]:
                reader.problems.error(reader.file, item["until.line"], "until_before_from",
                                      until=item["until"], start=item["from"])
            else:
                closures.append(Closure(start=item["from"], end=item["until"], reason=item.get("reason"),
                                        line=item["line"]))
        else:
            reader.problems.error(reader.file, item["line"], "closure_dates")
    return tuple(sorted(closures, key=lambda c: c.start)), tuple(sorted(parts, key=lambda c: (c.date, c.start)))


_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _check_translated(item: dict, reader: Reader) -> None:
    """Titles and summaries are what visitors scan in lists: advise where one lacks a language.

    Advice, not a warning: the page shows the default language, marked as such, so a house can
    publish in Dutch first and add languages step by step.
    """
    language = message_language(reader.default)
    for name in ("title", "summary"):
        text = item.get(name)
        tag = next((m.group(0) for value in (text.values.values() if text is not None else ())
                    for m in [_HTML_TAG.search(value)] if m), None)
        if tag:
            # Raw HTML is shown as text (SPEC "Text is text"): the page would show the tags.
            reader.problems.warning(reader.file, item[f"{name}.line"], "html_in_text", field=name, tag=tag)
        for lang in reader.languages[1:]:
            if text is not None and lang not in text.values:
                reader.problems.advise(reader.file, item[f"{name}.line"], "missing_translation", field=name,
                                        id=item.get("id", ""), language=language_name(lang, language), code=lang)


def _check_events_on_closed_days(stek: Stek, problems: Problems, date_lines: dict[str, int]) -> None:
    language = message_language(stek.default_language)
    for event in stek.events.values():
        # A closure for part of the day counts when it overlaps the event's own hours.
        closure = stek.closure_on(event.date) or next(
            (c for c in stek.part_day_closures if c.overlaps(event.date, event.start, event.end)), None)
        holiday = stek.holiday_name(event.date)
        reason = (closure.reason.get(language).value if closure and closure.reason else "") or (
            holiday.get(language).value if holiday else "")
        if closure or reason:
            problems.advise(ACTIVITIES_FILE_NAME, date_lines[event.id], "event_on_closed_day", value=event.id,
                             date=event.date, reason=reason)


def _hhmm(time: dt.time) -> str:
    return time.strftime("%H:%M")
