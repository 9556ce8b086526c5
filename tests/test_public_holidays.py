"""Issue 16: public holidays named in every site language, from the catalogs where `holidays` has none."""

from __future__ import annotations

import datetime as dt

import holidays

from stek.data.public_holidays import _named, holiday_key, holiday_name
from stek.ui_text import TEXTS


def test_every_belgian_holiday_has_a_catalog_entry():
    english = holidays.country_holidays("BE", years=range(2026, 2030), language="en_US")
    assert {holiday_key(name) for name in english.values()} <= set(TEXTS)


# day, the names written by hand (nl, fr and en from the holidays package, ar from the catalog)
def test_christmas_and_easter_monday_are_named_in_arabic():
    assert holiday_name("BE", dt.date(2026, 12, 25), ("nl", "fr", "en", "ar")).values == {
        "nl": "Kerstmis", "fr": "Noël", "en": "Christmas Day", "ar": "عيد الميلاد"}
    assert holiday_name("BE", dt.date(2027, 3, 29), ("nl", "ar")).values == {  # a Monday
        "nl": "Paasmaandag", "ar": "اثنين الفصح"}


def test_a_language_without_catalog_or_package_names_falls_back_to_the_default():
    assert holiday_name("BE", dt.date(2026, 12, 25), ("nl", "tr")).values == {"nl": "Kerstmis"}


def test_every_day_of_a_year_is_named_as_when_asked_alone():
    # holiday_name works a year out at once: each day must be named as its own lookup names it.
    languages = ("nl", "fr", "en", "ar")
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    named = {day: holiday_name("BE", day, languages) for day in days}
    assert sum(name is not None for name in named.values()) >= 10
    assert all(name == _named("BE", day, languages) for day, name in named.items())
