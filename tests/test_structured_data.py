"""schema.org JSON-LD: what each page type says, and that no text a volunteer types can end its script."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from stek.site.structured_data import to_script

# Typed into every text field of the site below: each one could end or hide a script element.
MARKUP = '</script><!-- & <b>"x"</b>\u2028'


def json_ld(html: str) -> list[dict]:
    """Each JSON-LD block of a page, parsed as a search engine would (the element ends at the first </script>)."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    for block in blocks:
        assert "<" not in block and ">" not in block and "\u2028" not in block, block
    return [json.loads(block) for block in blocks]


@pytest.fixture(scope="module")
def marked_site(tmp_path_factory):
    """The example STEK with markup in every text the JSON-LD carries."""
    from sitebuild import copy_example, run_build

    root = copy_example(tmp_path_factory.mktemp("markup"))
    quoted = json.dumps(MARKUP)  # a YAML double-quoted scalar: \u2028 stays an escape
    replacements = {
        "activities.yaml": [
            ("{nl: Soep en babbel,", f"{{nl: {quoted},"),
            ("      nl: Een kom warme soep met brood voor 1 euro, aan één grote tafel.", f"      nl: {quoted}"),
            ("      nl: Warme winterdag\n", f"      nl: {quoted}\n"),
        ],
        "partners.yaml": [("name: Sociaal Huis Rozenwijk (OCMW)", f"name: {quoted}")],
        "content/rights/leefloon.md": [
            ("title: Leefloon\n", f"title: {quoted}\n"),
            ("summary: ", f"summary: {quoted}\nold_summary: "),
        ],
    }
    for name, pairs in replacements.items():
        path = root / name
        text = path.read_text(encoding="utf-8")
        for old, new in pairs:
            assert old in text, (name, old)
            text = text.replace(old, new, 1)
        if name.endswith(".md"):  # the summary's line itself: whatever the page says, it is replaced
            text = re.sub(r"\nold_summary: [^\n]*", "", text, count=1)
        path.write_text(text, encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def test_script_text_is_safe_for_any_string():
    text = to_script({"name": MARKUP})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": MARKUP}


def test_home_is_the_house_with_its_hours_and_coming_closures(marked_site):
    [house] = json_ld(marked_site.text("index.html"))
    assert house["@type"] == ["CivicStructure", "Organization"]
    assert house["@id"] == "https://stek-rozenwijk.example.org/#house" and house["inLanguage"] == "nl"
    assert house["name"] == "STEK Rozenwijk"
    assert house["url"] == "https://stek-rozenwijk.example.org/"
    assert house["address"] == {"@type": "PostalAddress", "streetAddress": "Kerkstraat 12", "postalCode": "8800",
                                "addressLocality": "Roeselare", "addressCountry": "BE"}
    # mkdocs.yml's "051 12 34 56", international as its tel: link; the e-mail address only in the ContactPoint.
    assert house["telephone"] == "+3251123456" and "email" not in house
    assert house["contactPoint"] == {"@type": "ContactPoint", "contactType": "general", "telephone": "+3251123456",
                                     "email": "stek@example.org", "availableLanguage": ["nl", "fr", "en", "ar"]}
    # The summer hours of activities.yaml: Mondays, Tuesdays and Thursdays 09:30-12:30 in July and August 2027.
    summer = [h for h in house["openingHoursSpecification"] if "validFrom" in h]
    assert summer == [{"@type": "OpeningHoursSpecification", "dayOfWeek": f"https://schema.org/{day}", "opens": "09:30",
                       "closes": "12:30", "validFrom": "2027-07-01", "validThrough": "2027-08-31"}
                      for day in ("Monday", "Tuesday", "Thursday")]
    monday = [h for h in house["openingHoursSpecification"] if h["dayOfWeek"] == "https://schema.org/Monday" and "validFrom" not in h]
    assert monday == [{"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Monday",
                       "opens": "09:30", "closes": "16:00"}]
    special = house["specialOpeningHoursSpecification"]
    # Christmas Eve (a closure) and Christmas Day (a holiday): closed all day, as one stretch.
    assert special[0] == {"@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00",
                          "validFrom": "2026-12-24", "validThrough": "2026-12-25"}
    assert all(dt.date.fromisoformat(s["validFrom"]) >= dt.date(2026, 11, 27) for s in special)


def test_activity_is_an_event_with_its_schedule_and_next_date(marked_site):
    [event] = json_ld(marked_site.text("activities/soep-en-babbel/index.html"))
    assert event["@type"] == "Event"
    assert event["name"] == MARKUP and event["description"] == MARKUP
    assert event["startDate"] == "2026-12-01T12:00:00+01:00" and event["endDate"] == "2026-12-01T13:30:00+01:00"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["location"]["@type"] == "Place" and event["location"]["address"]["streetAddress"] == "Kerkstraat 12"
    assert event["location"]["@id"] == "https://stek-rozenwijk.example.org/#house"  # the home page's node
    assert event["inLanguage"] == "nl"
    # "1 euro (gratis als dat niet lukt)": 1 euro.
    assert event["offers"] == {"@type": "Offer", "price": "1", "priceCurrency": "EUR",
                               "availability": "https://schema.org/InStock"}
    assert MARKUP in [o["name"] for o in event["organizer"]]
    assert all(o["@type"] == "Organization" and o["url"].startswith("https://") for o in event["organizer"])
    [schedule] = event["eventSchedule"]
    assert schedule == {
        "@type": "Schedule", "byDay": "https://schema.org/Tuesday", "startTime": "12:00:00", "endTime": "13:30:00",
        "scheduleTimezone": "Europe/Brussels", "repeatFrequency": "P1W", "startDate": "2026-09-01",
        "endDate": "2027-06-30", "exceptDate": ["2026-12-22", "2026-12-29", "2027-01-05"],
    }


def test_an_open_ended_schedule_lists_its_removed_dates_as_far_as_the_feed(marked_site):
    """Open onthaal on Mondays, without `until`: removed dates to 31 December 2028, worked out by hand."""
    [event] = json_ld(marked_site.text("ar/activities/open-onthaal/index.html"))
    assert event["inLanguage"] == "ar"
    assert event["location"]["@id"] == "https://stek-rozenwijk.example.org/ar/#house"
    [monday] = [s for s in event["eventSchedule"] if s["byDay"] == "https://schema.org/Monday"]
    assert monday["exceptDate"] == [
        "2026-12-28",  # Christmas holidays (closed 28 December to 1 January)
        "2027-03-29", "2027-05-17",  # Easter Monday, Whit Monday
        "2027-07-19", "2027-07-26", "2027-08-02",  # summer closure, 19 July to 8 August
        "2027-11-01",  # All Saints' Day
        "2028-04-17", "2028-05-01", "2028-06-05",  # Easter Monday, Labour Day, Whit Monday
        "2028-12-25",  # Christmas, a Monday: the last year the feeds reach
    ]
    assert event["offers"]["price"] == "0"  # "Gratis"


def test_a_partner_page_is_an_organization_with_its_own_site(marked_site):
    [partner] = json_ld(marked_site.text("fr/partners/rechtswinkel/index.html"))
    assert partner["@type"] == "Organization" and partner["name"] == "Rechtswinkel Middenland vzw"
    assert partner["url"] == "https://example.be/rechtswinkel-middenland"  # `website` in partners.yaml
    assert partner["sameAs"] == ["https://example.org/sociale-kaart/rechtswinkel-middenland",
                                 "https://stek-rozenwijk.example.org/fr/partners/rechtswinkel/"]
    assert partner["telephone"] == "+3251204488" and partner["inLanguage"] == "fr"


# What Google's Event documentation requires and recommends, and the schema.org types of the values
# (https://developers.google.com/search/docs/appearance/structured-data/event), written from it.
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
EVENT_SCHEMA = {
    "type": "object",
    "required": ["@context", "@type", "name", "location", "inLanguage", "eventAttendanceMode", "eventStatus"],
    "anyOf": [{"required": ["startDate"]}, {"required": ["eventSchedule"]}],
    "properties": {
        "@type": {"const": "Event"},
        "startDate": {"type": "string", "format": "date-time", "pattern": r"[+-]\d{2}:\d{2}$"},
        "inLanguage": {"enum": ["nl", "fr", "en", "ar"]},
        "location": {"type": "object", "required": ["@type", "@id", "name", "address"],
                     "properties": {"@type": {"const": "Place"}, "@id": {"type": "string", "pattern": "#house$"}}},
        "offers": {"type": "object", "required": ["@type", "price", "priceCurrency"], "additionalProperties": False,
                   "properties": {"@type": {"const": "Offer"}, "price": {"type": "string", "pattern": r"^\d+(\.\d{1,2})?$"},
                                  "priceCurrency": {"const": "EUR"}, "availability": {"type": "string"}}},
        "organizer": {"type": "array", "items": {"type": "object", "required": ["@type", "name", "url"]}},
        "eventSchedule": {"type": "array", "items": {
            "type": "object", "required": ["@type", "byDay", "startTime", "endTime", "repeatFrequency", "scheduleTimezone"],
            "properties": {"exceptDate": {"type": "array", "items": DATE}, "startDate": DATE, "endDate": DATE}}},
    },
}


def test_every_activity_page_in_every_language_has_valid_json_ld(marked_site):
    import jsonschema

    pages = sorted(marked_site.site.glob("**/activities/*/index.html"))
    assert len(pages) > 40
    for page in pages:
        [event] = json_ld(page.read_text(encoding="utf-8"))
        jsonschema.validate(event, EVENT_SCHEMA)
        assert event["@type"] == "Event" and event["name"] and event["location"]["name"], page
        assert "eventSchedule" in event or "startDate" in event, page


def test_one_off_event_has_its_own_start_and_end(marked_site):
    [event] = json_ld(marked_site.text("activities/warme-winterdag-2026/index.html"))
    assert event["name"] == MARKUP
    assert "eventSchedule" not in event
    assert event["startDate"].startswith("2026-12-") and event["endDate"] > event["startDate"]


def test_rights_page_is_a_government_service_with_its_providers(marked_site):
    [service] = json_ld(marked_site.text("rights/leefloon/index.html"))
    assert service["@type"] == "GovernmentService"
    assert service["name"] == MARKUP and service["description"] == MARKUP
    assert MARKUP in [p["name"] for p in service["provider"]]
    assert all(p["@type"] == "Organization" and p["url"].startswith("http") for p in service["provider"])


def test_other_pages_carry_none(marked_site):
    for path in ("programme/index.html", "partners/index.html", "embed/index.html", "fr/programme-on-your-site/index.html"):
        assert json_ld(marked_site.text(path)) == [], path
