"""Problems in the volunteers' data, collected so that a build reports all of them at once."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from stek.data.messages import message_language, render


@dataclass(frozen=True, slots=True)
class DataError:
    """One problem at one place: rendered as `file:line: what is wrong. What to write.`"""

    file: str
    line: int
    message: str
    params: tuple[tuple[str, object], ...] = ()
    # The other files it was worked out from (the glossary for a hard word): it is not said
    # when one of them, or its own file, could not be read (SPEC "Publishing").
    reads: tuple[str, ...] = ()

    def text(self, language: str) -> str:
        """What is wrong and what to write, without the place (forges show the place themselves)."""
        return render(self.message, message_language(language), **dict(self.params))

    @property
    def place(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def render(self, language: str) -> str:
        return f"{self.place}: {self.text(language)}"


# The three levels of SPEC's "Errors, warnings, advice": what each one stops.
ERROR = "error"      # the data cannot be read as meant: stops every build
WARNING = "warning"  # readable, but a page would mislead or lack what it must have: stops --strict
ADVICE = "advice"    # what only time makes true, what may well be meant, hints: never stops a build
LEVELS = (ERROR, WARNING, ADVICE)


@dataclass
class Problems:
    """The errors, warnings and advice of one load, in the order they were found.

    After an error in a file, nothing that depends on reading that file speaks: a warning or a piece
    of advice is held back when its own file, or a file it `reads`, has an error (a tab in
    activities.yaml would otherwise make every id of the previous version look gone, a broken
    glossary.yaml every hard word look unexplained). Checks that need a file ask `unreadable` first
    and skip their work; holding back here is what makes the rule hold whatever the order of checks.
    """

    language: str = "en"
    errors: list[DataError] = field(default_factory=list)
    _warnings: list[DataError] = field(default_factory=list, repr=False)
    _advice: list[DataError] = field(default_factory=list, repr=False)

    def error(self, file: str, line: int, message: str, /, **params: object) -> None:
        self.errors.append(DataError(file, line, message, tuple(params.items())))

    def warning(self, file: str, line: int, message: str, /, *, reads: tuple[str, ...] = (), **params: object) -> None:
        self._warnings.append(DataError(file, line, message, tuple(params.items()), tuple(reads)))

    def advise(self, file: str, line: int, message: str, /, *, reads: tuple[str, ...] = (), **params: object) -> None:
        self._advice.append(DataError(file, line, message, tuple(params.items()), tuple(reads)))

    def unreadable(self, *files: str) -> bool:
        """Whether any of these files has an error: what is worked out from it would be false."""
        return any(error.file in files for error in self.errors)

    @property
    def warnings(self) -> list[DataError]:
        return self._heard(self._warnings)

    @property
    def advice(self) -> list[DataError]:
        return self._heard(self._advice)

    def _heard(self, problems: list[DataError]) -> list[DataError]:
        failed = {error.file for error in self.errors}
        if not failed:
            return list(problems)
        return [p for p in problems if p.file not in failed and failed.isdisjoint(p.reads)]

    def by_level(self) -> dict[str, list[DataError]]:
        """Each level's problems, sorted the way a volunteer reads the files."""
        return {ERROR: _sorted(self.errors), WARNING: _sorted(self.warnings), ADVICE: _sorted(self.advice)}

    def error_lines(self) -> list[str]:
        return [e.render(self.language) for e in _sorted(self.errors)]

    def warning_lines(self) -> list[str]:
        return [w.render(self.language) for w in _sorted(self.warnings)]

    def advice_lines(self) -> list[str]:
        return [a.render(self.language) for a in _sorted(self.advice)]

    def stops(self, strict: bool) -> bool:
        """Whether these problems stop the build: errors always, warnings in a strict build."""
        return bool(self.errors or (strict and self.warnings))


class DataErrors(Exception):
    """Raised when the data has errors; its lines are ready to show to a volunteer.

    It carries every problem found, warnings and advice too, so that a failed build still
    reports all of them at once where the volunteer looks.
    """

    def __init__(self, lines: list[str], problems: Problems | None = None) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines
        self.problems = problems


def closest(value: str, candidates: list[str] | tuple[str, ...]) -> str:
    """The candidate a near miss most likely meant, or "" when none is close."""
    matches = difflib.get_close_matches(value.lower(), list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else ""


def _sorted(problems: list[DataError]) -> list[DataError]:
    # The data files first, in the order a volunteer reads them, then pages by name; lines in order.
    rank = {"partners.yaml": 0, "activities.yaml": 1}
    return sorted(problems, key=lambda p: (rank.get(p.file, 2), p.file, p.line))
