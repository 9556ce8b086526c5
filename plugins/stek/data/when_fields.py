"""The kinds of value that say when: a time, a date, a weekday, every N weeks, weeks of the month.

Like every kind (fields.py), each reads a node as written and describes itself in JSON Schema.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from stek.data.errors import closest
from stek.data.fields import Kind, Reader
from stek.data.loading import Str
from stek.i18n import DAY_NAMES

# 09:30, 9:30, 9u30, 9h30, and whole hours written 12u or 12h (as on Belgian posters).
TIME_PATTERN = re.compile(r"([01]?\d|2[0-3])(?:[:uh.]([0-5]\d)|[uh])")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


class Time(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        match = TIME_PATTERN.fullmatch(node.strip())
        if not match and re.fullmatch(r"24(?:[:uh.]00)?", node.strip()):
            return reader.error(node, "midnight", value=node)
        if not match:
            return reader.error(node, "bad_time", value=node)
        return dt.time(int(match[1]), int(match[2] or 0))

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": f"^{TIME_PATTERN.pattern}$"}


class Date(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        if DATE_PATTERN.fullmatch(node.strip()):
            try:
                return dt.date.fromisoformat(node.strip())
            except ValueError:
                year, month, _ = (int(part) for part in node.strip().split("-"))
                if 1 <= month <= 12:
                    # Written right, but the day is not in that month (2026-02-30).
                    days = calendar.monthrange(year, month)[1]
                    return reader.error(node, "date_does_not_exist", value=node, days=days)
        return reader.error(node, "bad_date", value=node)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": f"^{DATE_PATTERN.pattern}$"}


class Day(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip().lower()
        day = DAY_NAMES.get(value)
        several = [word for word in re.split(r"[\s,;/&+]+", value) if word in DAY_NAMES]
        if day is None and len(several) > 1:
            # "dinsdag en donderdag": one slot is one day; the house's hours take a list of days.
            if name == "days":
                return reader.error(node, "several_days_list", value=node, fixed=", ".join(several))
            return reader.error(node, "several_days", value=node, first=several[0], second=several[1])
        if day is None:
            # "di", "wo", "Tue": the start of a day's name is the likeliest meaning.
            starts = [name for name in DAY_NAMES if len(value) >= 2 and name.startswith(value)]
            guess = starts[0] if starts else closest(value, tuple(DAY_NAMES))
            return reader.error(node, "bad_day", value=node, guess=guess)
        return day

    def schema(self, languages: tuple[str, ...]) -> dict:
        names = "|".join(DAY_NAMES)
        return {"type": "string", "pattern": f"^(?i:{names})$"}


class Every(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip()
        if not value.isdigit() or not 1 <= int(value) <= 52:
            return reader.error(node, "bad_every", value=node)
        return int(value)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": ["integer", "string"], "pattern": "^[0-9]+$", "minimum": 1, "maximum": 52}


class Week(Kind):
    """A week of the month: 1 to 5, or `last` (kept as -1, as RRULE's BYSETPOS writes it)."""

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip().lower()
        if value in ("last", "laatste", "dernier", "dernière"):
            return -1
        if value in ("1", "2", "3", "4", "5"):
            return int(value)
        return reader.error(node, "bad_week", value=node)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"anyOf": [{"enum": [1, 2, 3, 4, 5]}, {"enum": ["last", "1", "2", "3", "4", "5"]}]}
