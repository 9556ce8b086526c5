"""Problems in the volunteers' data, collected so that a build reports all of them at once."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from stek.messages import message_language, render


@dataclass(frozen=True, slots=True)
class DataError:
    """One problem at one place: rendered as `file:line: what is wrong. What to write.`"""

    file: str
    line: int
    message: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, language: str) -> str:
        text = render(self.message, message_language(language), **dict(self.params))
        place = f"{self.file}:{self.line}" if self.line else self.file
        return f"{place}: {text}"


@dataclass
class Problems:
    """The errors and warnings of one load, in the order they were found."""

    language: str = "en"
    errors: list[DataError] = field(default_factory=list)
    warnings: list[DataError] = field(default_factory=list)

    def error(self, file: str, line: int, message: str, /, **params: object) -> None:
        self.errors.append(DataError(file, line, message, tuple(params.items())))

    def warning(self, file: str, line: int, message: str, /, **params: object) -> None:
        self.warnings.append(DataError(file, line, message, tuple(params.items())))

    def error_lines(self) -> list[str]:
        return [e.render(self.language) for e in _sorted(self.errors)]

    def warning_lines(self) -> list[str]:
        return [w.render(self.language) for w in _sorted(self.warnings)]


class DataErrors(Exception):
    """Raised when the data has errors; its lines are ready to show to a volunteer."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def closest(value: str, candidates: list[str] | tuple[str, ...]) -> str:
    """The candidate a near miss most likely meant, or "" when none is close."""
    matches = difflib.get_close_matches(value.lower(), list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else ""


def _sorted(problems: list[DataError]) -> list[DataError]:
    # The data files first, in the order a volunteer reads them, then pages by name; lines in order.
    rank = {"partners.yaml": 0, "activities.yaml": 1}
    return sorted(problems, key=lambda p: (rank.get(p.file, 2), p.file, p.line))
