"""The accessibility statement's generated parts: dates from its front matter, contact and reply time, enforcement."""

from __future__ import annotations

import datetime as dt

from stek.site.accessibility_statement import CONTACT, DATES, ENFORCEMENT, OMBUDSMAN_URL, fill_statement

PAGE = f"Intro.\n\n{DATES}\n\n## Contact\n\n{CONTACT}\n\n## Enforcement\n\n{ENFORCEMENT}\n"
HOUSE = {"email": "info@onshuis.be", "phone": "051 12 34 56", "address": "Kerkstraat 12, 8800 Roeselare"}


def test_a_public_body_names_the_vlaamse_ombudsdienst_and_its_reply_time():
    text = fill_statement(PAGE, "en", {"drawn_up": dt.date(2026, 9, 1), "last_reviewed": "2026-12-01"},
                          {"house": {**HOUSE, "reply_days": 10}, "accessibility": {"public_body": True}})
    assert text == (
        "Intro.\n\nThis statement was drawn up on 1 September 2026.\nIt was last reviewed on 1 December 2026.\n\n"
        "## Contact\n\n- E-mail: [info@onshuis.be](mailto:info@onshuis.be)\n- Phone: [051 12 34 56](tel:+3251123456)\n"
        "- Address: Kerkstraat 12, 8800 Roeselare\n\nWe answer within 10 working days.\n\n## Enforcement\n\n"
        "Is our answer not good enough, or did you get no answer? Then you can complain to the Vlaamse Ombudsdienst "
        f"(the Flemish ombudsman). It is free: <{OMBUDSMAN_URL}>\n")


def test_a_house_that_is_no_public_body_says_its_statement_is_voluntary_and_no_date_is_invented():
    text = fill_statement(PAGE, "nl", {}, {"house": HOUSE})
    assert "Het huis is geen overheid." in text and OMBUDSMAN_URL not in text
    assert "We antwoorden zo snel als we kunnen." in text
    assert text.startswith("Intro.\n\n\n\n## Contact")  # no dates in the front matter: none shown, never the build's


def test_a_language_without_the_statements_texts_marks_the_default_languages_ones():
    # As every site word of a language without a catalog: the default language's, marked as such.
    text = fill_statement(PAGE, "tr", {}, {"house": {"email": "info@onshuis.be"}})
    assert '- <span lang="nl" dir="ltr">E-mail</span>: [info@onshuis.be](mailto:info@onshuis.be)' in text
