"""A partner's embed lists exactly what SPEC "Embeds" promises, checked from both sides on the built example.

The rule (views.embed): every occurrence of the partner's activities and events in the 7 days from
the build's day, then whole days on until at least 5 of the listed ones take place (cancelled ones
are shown but not counted), within the 8 weeks the page carries; nothing after that. The
expectations are counted by hand from activities.yaml, built on Friday 27 November 2026.
"""

from __future__ import annotations

import json
import re

import pytest

from sitebuild import ROOT

# partner, what its embed lists: (start, activity or event id, cancelled), in order
EMBEDS = [
    # 6 in the first week (27 Nov - 3 Dec): all of them, although 5 would do, and nothing from
    # Friday 4 December on (that day's digitaal-spreekuur and Monday 7 December's nederlands-oefenen are left out).
    ("bibliotheek", [
        ("2026-11-27T10:00", "digitaal-spreekuur", False),  # Friday
        ("2026-11-30T13:30", "nederlands-oefenen", False),  # Monday
        ("2026-12-01T13:30", "digitaal-spreekuur", False),  # Tuesday
        ("2026-12-01T16:00", "huiswerkklas", False),
        ("2026-12-02T15:00", "nederlands-oefenen", False),  # Wednesday
        ("2026-12-03T16:00", "huiswerkklas", False),  # Thursday
    ]),
    # 3 in the first week: then Tuesday 8 December brings 2 more, 5 in all (energiecafé is every
    # other Wednesday: none on 9 December); Tuesday 15 December's zitdag and soup are left out.
    ("sociaal-huis", [
        ("2026-12-01T09:30", "zitdag-sociaal-huis", False),  # Tuesday
        ("2026-12-01T12:00", "soep-en-babbel", False),
        ("2026-12-02T13:30", "energiecafe", False),  # Wednesday
        ("2026-12-08T09:30", "zitdag-sociaal-huis", False),  # Tuesday: 4 and 5
        ("2026-12-08T12:00", "soep-en-babbel", False),
    ]),
    # Cancelled dates are listed but do not count: 24 and 28 December are the 4th and 5th listed,
    # yet only Monday 11 January brings the 5th that takes place; Thursday 14 January is left out.
    ("rechtswinkel", [
        ("2026-11-30T14:00", "werkgroep-wonen", False),  # Monday: 1
        ("2026-12-10T13:30", "juridisch-spreekuur", False),  # Thursday: 2
        ("2026-12-14T14:00", "werkgroep-wonen", False),  # Monday: 3
        ("2026-12-24T13:30", "juridisch-spreekuur", True),  # Thursday, Christmas Eve: closed
        ("2026-12-28T14:00", "werkgroep-wonen", True),  # Monday, Christmas holidays: closed
        ("2027-01-10T14:00", "nieuwjaarsreceptie-2027", False),  # Sunday, an event: 4
        ("2027-01-11T14:00", "werkgroep-wonen", False),  # Monday: 5
    ]),
    # Fewer than 5 take place in the 8 weeks (to Thursday 21 January): every one of them, to the end.
    ("ziekenfonds", [
        ("2026-12-10T10:00", "zitdag-ziekenfonds", False),  # Thursday
        ("2026-12-24T10:00", "zitdag-ziekenfonds", True),  # Christmas Eve: closed
        ("2027-01-07T10:00", "zitdag-ziekenfonds", False),  # Thursday
        ("2027-01-10T14:00", "nieuwjaarsreceptie-2027", False),  # Sunday, an event
        ("2027-01-21T10:00", "zitdag-ziekenfonds", True),  # the team's day off
    ]),
]


def _listed(html: str) -> list[tuple[str, str, bool]]:
    """What the page lists without script: start (local, to the minute), listing id, cancelled."""
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    items = re.findall(r"<li\b[^>]*>(.*?)</li>", main, re.S)
    return [(re.search(r'<time datetime="(\d{4}-\d\d-\d\dT\d\d:\d\d)', item).group(1),
             re.search(r'href="\.\./\.\./activities/([^/]+)/"', item).group(1),
             "Gaat niet door" in item) for item in items]


@pytest.mark.parametrize(("partner", "expected"), EMBEDS, ids=[partner for partner, _ in EMBEDS])
def test_a_partners_embed_lists_its_next_occurrences_no_fewer_and_no_more(example_site, partner, expected):
    assert _listed(example_site.text(f"embed/{partner}/index.html")) == expected


QUARTERLY_PARTNER = """
  - id: vertaalpunt
    name: Vertaalpunt
    about: {nl: Vrijwillige tolken., fr: Des interprètes bénévoles., en: Volunteer interpreters., ar: مترجمون متطوعون.}
"""
QUARTERLY_EVENT = """events:

  - id: tolkendag-2027
    title: {nl: Tolkendag, fr: Journée des interprètes, en: Interpreters' day, ar: يوم المترجمين}
    function: verwijzen
    partners: [vertaalpunt]
    date: 2027-03-05
    start: 10:00
    end: 12:00
"""


@pytest.mark.slow
def test_a_partner_whose_only_event_is_14_weeks_away_names_its_date(build_site):
    """Built on Friday 27 November 2026; its one event is on Friday 5 March 2027, 14 weeks on, beyond the 8 weeks."""
    partners = (ROOT / "partners.yaml").read_text(encoding="utf-8").rstrip("\n") + "\n" + QUARTERLY_PARTNER
    activities = (ROOT / "activities.yaml").read_text(encoding="utf-8").replace("events:\n", QUARTERLY_EVENT, 1)
    build = build_site({"partners.yaml": partners, "activities.yaml": activities})
    assert build.returncode == 0, build.output
    page = build.text("embed/vertaalpunt/index.html")
    main = re.search(r"<main.*?</main>", page, re.S).group(0)
    assert '<p class="later">Volgende: vrijdag 5 maart 2027</p>' in main
    assert "Niets op het programma" not in main and _listed(page) == []
    data = json.loads(re.search(r'<script type="application/json" id="stek-time-data">(.*?)</script>', page, re.S).group(1))
    assert data["later"] == {"date": "2027-03-05", "name": "vrijdag 5 maart 2027"}
    assert "Prochaine date : vendredi 5 mars 2027" in build.text("fr/embed/vertaalpunt/index.html")
