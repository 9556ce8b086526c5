"""programme.json: where it is, that it keeps its documented shape, and that it says what the engine says."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from stek.calendar import schedule
from stek.calendar.programme_json import SCHEMA_FILE, VERSION
from stek.editing.after_loading import load_stek

ZONE = ZoneInfo("Europe/Brussels")
LANGUAGES = ("nl", "fr", "en", "ar")
PATHS = ("programme.json", "fr/programme.json", "en/programme.json", "ar/programme.json")


def load(build, path: str) -> dict:
    return json.loads(build.text(path))


def test_programme_json_in_every_language_follows_its_schema(example_site):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert json.loads(example_site.text("programme.schema.json")) == schema
    for path, lang in zip(PATHS, LANGUAGES, strict=True):
        programme = load(example_site, path)
        jsonschema.validate(programme, schema)
        assert (programme["version"], programme["language"]) == (VERSION, lang)


def test_occurrences_are_the_engines_for_8_weeks_with_cancellations_marked(example_site):
    stek, _ = load_stek(example_site.root, LANGUAGES, dt.date(2026, 11, 27))
    programme = load(example_site, "fr/programme.json")
    assert programme["window"] == {"first": "2026-11-27", "last": "2027-01-21"}
    expected = schedule.occurrences(stek, dt.date(2026, 11, 27), dt.date(2027, 1, 21), ZONE, include_cancelled=True)
    assert [(o["activity"], o["start"], o["end"], o["cancelled"]) for o in programme["occurrences"]] == [
        (o.listing.id, o.start.isoformat(), o.end.isoformat(), o.cancelled) for o in expected
    ]
    christmas_eve = [o for o in programme["occurrences"] if o["date"] == "2026-12-24"]
    assert christmas_eve and all(o["cancelled"] and o["reason"] == "Veille de Noël" for o in christmas_eve)
    assert {o["activity"] for o in programme["occurrences"] if not o["cancelled"]} >= {"warme-winterdag-2026"}


def test_holidays_are_named_in_arabic_from_the_catalog(example_site):
    programme = load(example_site, "ar/programme.json")
    [christmas] = [c for c in programme["closed"] if c["first"] == "2026-12-25"]
    # The holidays package has no Arabic names: the site's catalog gives them (issue 16).
    assert christmas == {"first": "2026-12-25", "last": "2026-12-25", "public_holiday": True,
                         "reason": "عيد الميلاد", "fallback": {}}


def test_activities_describe_their_weekly_pattern_and_link_pages_and_feeds(example_site):
    programme = load(example_site, "en/programme.json")
    repair = next(a for a in programme["activities"] if a["id"] == "repair-cafe")
    assert repair["when"] == [{"day": 4, "day_name": "Friday", "start": "09:30", "end": "12:30", "every": 1,
                               "weeks": [1, "last"]}]
    assert repair["url"] == "https://stek-rozenwijk.example.org/en/activities/repair-cafe/"
    assert repair["calendar"] == "https://stek-rozenwijk.example.org/en/activities/repair-cafe.ics"
    assert programme["site"]["calendar"] == "https://stek-rozenwijk.example.org/en/calendar.ics"


def test_golden_programme_json(example_site, golden):
    golden("fr-programme.json", (example_site.site / "fr/programme.json").read_bytes())


def test_the_page_for_partners_links_only_to_what_the_build_publishes(example_site):
    """Every concrete address on "use our programme on your site", in every language, exists."""
    for suffix in ("", ".fr", ".en", ".ar"):
        text = (example_site.root / f"content/programme-on-your-site{suffix}.md").read_text(encoding="utf-8")
        addresses = set(re.findall(r"(?:https|webcal)://stek-rozenwijk\.example\.org/([^\s)>`\"]*)", text))
        assert "calendar.ics" in {a.rsplit("/", 1)[-1] for a in addresses}
        for address in addresses:
            if "<id" in address:
                continue
            path = example_site.site / address
            assert (path / "index.html" if address.endswith("/") or not address else path).is_file(), address


def test_partners_code_finds_the_schema_the_embeds_and_the_other_languages(example_site):
    programme = load(example_site, "en/programme.json")
    assert programme["$schema"] == "https://stek-rozenwijk.example.org/programme.schema.json"
    assert programme["site"]["embed"] == "https://stek-rozenwijk.example.org/en/embed/"
    caw = next(p for p in programme["partners"] if p["id"] == "caw")
    assert caw["embed"] == "https://stek-rozenwijk.example.org/en/embed/caw/"
    assert programme["languages"] == [
        {"language": lang, "url": f"https://stek-rozenwijk.example.org/{prefix}",
         "programme": f"https://stek-rozenwijk.example.org/{prefix}programme.json"}
        for lang, prefix in (("nl", ""), ("fr", "fr/"), ("ar", "ar/"))
    ]
    for url in (programme["site"]["embed"], caw["embed"], *(other["programme"] for other in programme["languages"])):
        path = example_site.site / url.removeprefix("https://stek-rozenwijk.example.org/")
        assert (path / "index.html" if url.endswith("/") else path).is_file(), url


# A moment as written, and whether the schema takes it: the pattern holds even where a validator skips `format`.
MOMENTS = [
    ("2027-03-30T12:00:00+02:00", True),
    ("2027-03-30T12:00:00.5+02:00", True),
    ("2027-03-30 12:00", False),
    ("2027-03-30T12:00:00", False),  # no offset: which time zone?
    ("morgen", False),
]


@pytest.mark.parametrize(("moment", "valid"), MOMENTS)
def test_date_times_are_constrained_without_format_checks(moment, valid):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator({**schema["$defs"]["moment"], "$defs": schema["$defs"]})
    assert validator.is_valid(moment) == valid


def test_the_site_tells_hosts_that_read_headers_to_let_partners_fetch_and_frame(example_site):
    headers = example_site.text("_headers")
    assert "/*\n  Access-Control-Allow-Origin: *\n" in headers
    for prefix in ("", "fr/", "en/", "ar/"):
        assert f"/{prefix}embed/*\n  Content-Security-Policy: frame-ancestors *\n  X-Robots-Tag: noindex\n" in headers


def test_embed_pages_are_noindex_and_out_of_the_sitemap(example_site):
    sitemap = example_site.text("sitemap.xml")
    assert "/embed/" not in sitemap and "/programme/" in sitemap
    for path in ("embed/index.html", "ar/embed/caw/index.html"):
        assert '<meta name="robots" content="noindex">' in example_site.text(path)
    assert 'name="robots"' not in example_site.text("programme/index.html")
