"""Problems shown where the volunteer looks: beside the line in the forge's pull request.

Each forge has its own channel (SPEC "Publishing"):
- GitHub Actions: workflow commands on standard output (`::error file=…,line=…::…`), and the whole
  list in the step summary, grouped by kind, since GitHub shows only 10 annotations of a kind per step.
  In a pull request only what the volunteer changed is annotated: every error (they fail the run,
  wherever they are), and the warnings and advice on the lines it changed; the rest is in the summary;
- Forgejo / Gitea Actions, which show no annotations: plain `file:line: message` lines and the summary;
- GitLab CI: a Code Quality report, `gl-code-quality-report.json` at the repository root, written on
  success too, so that merge requests can compare against their target branch.
Outside CI nothing is written here: the build prints the problems itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path

from stek.data.errors import ADVICE, ERROR, LEVELS, WARNING, DataError, Problems
from stek.data.git_history import changed_lines
from stek.data.messages import MESSAGES, message_language, render

CODE_QUALITY_FILE = "gl-code-quality-report.json"
_GITHUB_COMMANDS = {ERROR: "error", WARNING: "warning", ADVICE: "notice"}
# GitLab's severities: info, minor, major, critical, blocker.
_GITLAB_SEVERITIES = {ERROR: "blocker", WARNING: "major", ADVICE: "info"}
# GitHub's events of a pull request: the checkout is the merge of its branch into GITHUB_BASE_REF.
_PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")
# Problems that compare with the previous version: they are about the change itself, wherever their line.
_ABOUT_THE_CHANGE = {"id_renamed", "id_removed"}


def forge_of(environ: Mapping[str, str]) -> str | None:
    """Which forge's CI this runs in: "forgejo", "github", "gitlab", or None outside CI."""
    # Forgejo's runner sets GITHUB_ACTIONS too, for compatibility with GitHub's actions.
    if environ.get("FORGEJO_ACTIONS") or environ.get("GITEA_ACTIONS"):
        return "forgejo"
    if environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    if environ.get("GITLAB_CI") == "true":
        return "gitlab"
    return None


# Advice about the whole copy of the example rather than a line (its example.org contact): never beside a
# line in a pull request, where it would stand on every change; first in the step summary instead.
UNANNOTATED = {"example_contact"}


def _annotated(levels: dict[str, list[DataError]]) -> dict[str, list[DataError]]:
    return {level: [p for p in problems if p.message not in UNANNOTATED] for level, problems in levels.items()}


def report_to_forge(problems: Problems, root: Path, environ: Mapping[str, str] | None = None,
                    print_line=print) -> None:
    """Write every problem to the channel of the forge this build runs in, if any."""
    environ = os.environ if environ is None else environ
    forge = forge_of(environ)
    levels = problems.by_level()
    language = problems.language
    if forge == "github":
        for level, problem in annotated(_annotated(levels), pull_request_lines(root, environ)):
            print_line(github_command(level, problem, language))
    elif forge == "forgejo":
        for line in plain_lines(levels, language):
            print_line(line)
    if forge in ("github", "forgejo") and environ.get("GITHUB_STEP_SUMMARY"):
        with open(environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write(step_summary(levels, language))
    if forge == "gitlab":
        project = Path(environ.get("CI_PROJECT_DIR") or root)
        target = (project if project.is_dir() else root) / CODE_QUALITY_FILE
        target.write_text(json.dumps(code_quality(_annotated(levels), language), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")


def pull_request_lines(root: Path, environ: Mapping[str, str]) -> dict[str, set[int]] | None:
    """The lines the pull request this job checks changed, by file; None outside a pull request
    (a push, the nightly schedule) or when git cannot tell: then every problem is annotated."""
    base = environ.get("GITHUB_BASE_REF")
    if environ.get("GITHUB_EVENT_NAME") not in _PULL_REQUEST_EVENTS or not base:
        return None
    return changed_lines(root, base)


def annotated(levels: dict[str, list[DataError]], changed: dict[str, set[int]] | None) -> list[tuple[str, DataError]]:
    """The problems to show beside their lines, errors first: all of them outside a pull request; in
    one, every error (those on changed lines first) and the warnings and advice on the changed lines."""
    if changed is None:
        return [(level, problem) for level in LEVELS for problem in levels[level]]

    def on_changed_line(problem: DataError) -> bool:
        return problem.line in changed.get(problem.file, ()) or problem.message in _ABOUT_THE_CHANGE

    errors = sorted(levels[ERROR], key=lambda problem: not on_changed_line(problem))  # stable: keeps file order
    return [(ERROR, problem) for problem in errors] + [
        (level, problem) for level in (WARNING, ADVICE) for problem in levels[level] if on_changed_line(problem)]


def github_command(level: str, problem: DataError, language: str) -> str:
    """One workflow command, escaped as GitHub's toolkit escapes them (`%`, CR, LF; and `:` `,` in properties)."""
    properties = [f"file={_escape_property(problem.file)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    properties.append(f"title={_escape_property(_level_word(level, language))}")
    return f"::{_GITHUB_COMMANDS[level]} {','.join(properties)}::{_escape_data(problem.text(language))}"


def plain_lines(levels: dict[str, list[DataError]], language: str) -> list[str]:
    """`file:line: message` lines under a heading per level, for logs that show no annotations."""
    lines = []
    for level in LEVELS:
        if levels[level]:
            lines.append(render(f"heading_{level}", message_language(language), count=len(levels[level])))
            lines.extend(problem.render(language) for problem in levels[level])
    return lines


def step_summary(levels: dict[str, list[DataError]], language: str) -> str:
    """The whole list in Markdown, for the job's summary page: errors one by one, warnings and advice
    grouped by kind ("24 translations not yet checked by a native speaker"), each group folded."""
    lang = message_language(language)
    if not any(levels.values()):
        return f"{render('summary_clean', lang)}\n"
    parts = [f"**{_markdown_text(p.text(language))}**\n" for level in LEVELS for p in levels[level]
             if p.message in UNANNOTATED]
    for level in LEVELS:
        if not levels[level]:
            continue
        parts.append(f"### {render(f'heading_{level}', lang, count=len(levels[level]))}\n")
        kinds: dict[str, list[DataError]] = {}
        for problem in levels[level]:
            kinds.setdefault(problem.message, []).append(problem)
        for kind, problems in kinds.items():
            items = [f"- `{problem.place}`: {_markdown_text(problem.text(language))}" for problem in problems]
            if len(problems) == 1 or level == ERROR:  # errors one by one: each stops the build
                parts.extend(items)
                continue
            title = (render(f"group_{kind}", lang, count=len(problems)) if f"group_{kind}" in MESSAGES else
                     render("group_other", lang, count=len(problems), first=problems[0].text(language)))
            parts.extend(["", f"<details><summary>{_html_text(title)}</summary>", "", *items, "", "</details>", ""])
        parts.append("")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(parts)).rstrip("\n") + "\n\n"


def code_quality(levels: dict[str, list[DataError]], language: str) -> list[dict]:
    """GitLab Code Quality entries; fingerprints ignore line numbers, so moving a block is not "new"."""
    entries = []
    seen: dict[str, int] = {}
    for level in LEVELS:
        for problem in levels[level]:
            text = problem.text(language)
            key = f"{problem.file}\0{problem.message}\0{text}"
            seen[key] = seen.get(key, 0) + 1
            entries.append({
                "description": text,
                "check_name": problem.message,
                "fingerprint": hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest(),
                "severity": _GITLAB_SEVERITIES[level],
                "location": {"path": problem.file, "lines": {"begin": max(problem.line, 1)}},
            })
    return entries


def _level_word(level: str, language: str) -> str:
    return render(f"level_{level}", message_language(language))


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _markdown_text(text: str) -> str:
    # A volunteer's value is quoted inside the message: keep it from turning into Markdown or HTML.
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("`", "\\`").replace("*", "\\*").replace("_", "\\_")
