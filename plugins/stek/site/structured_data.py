"""schema.org JSON-LD for the page head: the house, its activities and events, and rights pages.

What search engines ask for, from their own documentation:
- Google Search Central, "Event (Event) structured data",
  https://developers.google.com/search/docs/appearance/structured-data/event: required `name`,
  `startDate` (ISO 8601 with its offset) and `location` (a Place with its `address`); recommended
  `description`, `endDate`, `eventAttendanceMode`, `eventStatus`, `organizer` (`name`, `url`).
- Google Search Central, "Local business (LocalBusiness) structured data",
  https://developers.google.com/search/docs/appearance/structured-data/local-business: `name` and
  `address` required; `openingHoursSpecification` (`dayOfWeek`, `opens`, `closes`) and
  `specialOpeningHoursSpecification` with `validFrom`/`validThrough` for holidays, a day closed
  all day written as opens and closes "00:00"; `telephone`, `url`.
- schema.org `Schedule` (https://schema.org/Schedule): `byDay`, `byMonthWeek`, `startTime`,
  `endTime`, `repeatFrequency` (ISO 8601 duration), `exceptDate`, `startDate`, `endDate`,
  `scheduleTimezone`; `GovernmentService` with its `provider`.
- schema.org `ContactPoint` (a property of Organization: the house is a `CivicStructure` and an
  `Organization` at once), `Offer` (`price`, `priceCurrency`), `inLanguage` on every node a page
  gives, `sameAs`.
Every date and hour comes from the schedule engine, as on the page itself; removed dates reach as
far as the feeds' (feed_history.horizon). Phone numbers are international, by contact.tel_link.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from stek.calendar import schedule
from stek.calendar.feed_history import horizon
from stek.calendar.today import TIME_ZONE
from stek.i18n import Translated
from stek.data.contact import tel_link
from stek.data.model import Activity, Event, Listing, Partner, RightsPage, Slot, Stek

SCHEMA = "https://schema.org"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The weeks whose hours make the regular week: the most common hours of each weekday in them.
REGULAR_WEEKS = 8
# The days ahead whose hours differ from the regular week (closures, holidays, part-day
# closures, seasons) are given day by day: the 30 days the home page lists closures for.
SPECIAL_DAYS = 30
# Where an activity's next date is looked for (its removed dates reach the feeds' horizon).
AHEAD = dt.timedelta(weeks=8)
# A price that begins by saying it is free, in any of the site's languages ("0" too): "Gratis, ook de koffie".
FREE = re.compile(r"^\s*(?:0+(?:[.,]0+)?(?![\d.,])|gratis|gratuit|free|مجاني)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True, slots=True)
class House:
    """What the site says about the house itself (mkdocs.yml): its name, address and contact."""

    name: str
    url: str  # the home page in the page's language
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    country: str | None = None  # ISO 3166 code: the country of `public_holidays`


@dataclass(frozen=True, kw_only=True, slots=True)
class Coming:
    """What the activity pages' data need of the schedule, the same in every language: worked out once a build."""

    occurrences: list[schedule.Occurrence]  # the weeks ahead: each activity's next date
    # Each slot's removed dates (ISO) up to the feeds' horizon, by activity id and slot.
    removed: dict[tuple[str, Slot], list[str]]


def coming_occurrences(stek: Stek, now: dt.datetime) -> Coming:
    """What takes place in the weeks ahead and what does not: once a build, for every activity page."""
    today = now.date()
    return Coming(
        occurrences=schedule.occurrences(stek, today, today + AHEAD, now.tzinfo),  # type: ignore[arg-type]
        # As far as the feeds list them: to the schedule's end, or the feeds' horizon.
        removed={(activity.id, slot): [day.isoformat() for day in schedule.slot_dates(
                     activity, slot, today, activity.until or horizon(today))
                     if schedule.removal(stek, activity, day, slot)[0]]
                 for activity in stek.activities.values() for slot in activity.slots},
    )


def page_data(stek: Stek, template: str, id: str, house: House, absolute, now: dt.datetime, lang: str,
              coming: Coming) -> dict | None:
    """The JSON-LD of a page by its template and id, or None for pages that describe nothing of their own.

    `absolute(key)` is a page's address in the page's language (key "partners/caw/"); `coming` is
    what `coming_occurrences` gives.
    """
    partner_urls = {p: absolute(f"partners/{p}/") for p in stek.partners}
    if template == "home.html":
        data = house_data(stek, house, now.date(), lang)
    elif template == "activity.html":
        data = listing_data(stek, stek.listing(id), house, absolute(f"activities/{id}/"), partner_urls, now, lang,
                            coming)
    elif template == "rights.html":
        data = rights_data(stek, stek.rights[id], absolute(f"rights/{id}/"), partner_urls, lang)
    elif template == "partner.html" and id in stek.partners:
        data = partner_data(stek.partners[id], absolute(f"partners/{id}/"), lang)
    else:
        return None
    # The language of the page's texts, on every page's node (Arabic pages say they are Arabic).
    return {**data, "inLanguage": lang}


def to_script(data: dict) -> str:
    """JSON for a <script type="application/ld+json">: no text typed in the data can end the element.

    `<`, `>` and `&` as \\u escapes keep `</script>` and `<!--` out of the HTML parser's sight;
    U+2028 and U+2029 are escaped for the old JavaScript parsers that took them for line ends.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def house_data(stek: Stek, house: House, today: dt.date, lang: str) -> dict:
    """The house as a `CivicStructure` (a public meeting place, with its hours, seasons and coming
    closures) that is also an `Organization`, so that its contact is a `ContactPoint`."""
    regular = regular_hours(stek, today)
    data = {
        "@context": SCHEMA,
        "@type": ["CivicStructure", "Organization"],
        "@id": house_id(house),
        "name": house.name,
        "url": house.url,
        **_contact(house),
        "openingHoursSpecification": [
            {"@type": "OpeningHoursSpecification", "dayOfWeek": f"{SCHEMA}/{DAYS[day]}",
             "opens": _hhmm(open), "closes": _hhmm(close)}
            for day in range(7) for open, close in regular.get(day, ())
        ] + [
            # A season's hours replace the regular ones on their weekdays, from its first to its last day.
            {"@type": "OpeningHoursSpecification", "dayOfWeek": f"{SCHEMA}/{DAYS[h.day]}",
             "opens": _hhmm(h.open), "closes": _hhmm(h.close),
             "validFrom": h.from_date.isoformat(), "validThrough": h.until.isoformat()}
            for h in sorted(stek.seasonal_hours, key=lambda h: (h.from_date, h.day, h.open))
            if h.from_date is not None and h.until is not None and h.until >= today
        ],
        "specialOpeningHoursSpecification": special_hours(stek, today, regular),
    }
    if house.phone or house.email:
        point = {"@type": "ContactPoint", "contactType": "general"}
        if house.phone:
            point["telephone"] = international(house.phone)
        if house.email:
            point["email"] = house.email
        point["availableLanguage"] = list(stek.languages)
        data["contactPoint"] = point
    return data


def house_id(house: House) -> str:
    """The house's node: events point to it as their location."""
    return house.url + "#house"


def international(phone: str) -> str:
    """"051 12 34 56" as "+3251123456": the number of the `tel:` links (contact.tel_link), one rule."""
    return tel_link(phone).removeprefix("tel:")


def partner_data(partner: Partner, page_url: str, lang: str) -> dict:
    """A partner's page as an `Organization`: its own site as `url`, its page on the social map as `sameAs`."""
    data: dict = {"@context": SCHEMA, "@type": "Organization", "@id": page_url + "#organization",
                  "name": _text(partner.name, lang), "url": partner.website or page_url}
    if partner.about is not None:
        data["description"] = _text(partner.about, lang)
    if partner.address:
        data["address"] = _address(partner.address, None)
    if partner.phone:
        data["telephone"] = international(partner.phone)
    if partner.email:
        data["email"] = partner.email
    same = [url for url in (partner.social_map, page_url if partner.website else None) if url]
    if same:
        data["sameAs"] = same
    return data


def regular_hours(stek: Stek, today: dt.date) -> dict[int, tuple[tuple[dt.time, dt.time], ...]]:
    """Each weekday's usual hours: the most common ones on that weekday in the coming weeks.

    A holiday or a part-day closure on the next Monday does not make Mondays closed.
    """
    seen: dict[int, Counter] = {}
    for offset in range(REGULAR_WEEKS * 7):
        day = today + dt.timedelta(days=offset)
        seen.setdefault(day.weekday(), Counter())[tuple(schedule.opening_hours_on(stek, day))] += 1
    return {day: hours.most_common(1)[0][0] for day, hours in seen.items() if hours.most_common(1)[0][0]}


def special_hours(stek: Stek, today: dt.date, regular: dict) -> list[dict]:
    """The coming days whose hours differ from the regular week; days closed in a row given as one."""
    result: list[dict] = []
    for offset in range(SPECIAL_DAYS):
        day = today + dt.timedelta(days=offset)
        hours = tuple(schedule.opening_hours_on(stek, day))
        if hours == regular.get(day.weekday(), ()):
            continue
        if not hours:
            previous = result[-1] if result else None
            if previous and previous["opens"] == "00:00" and previous["validThrough"] == (day - dt.timedelta(days=1)).isoformat():
                previous["validThrough"] = day.isoformat()
                continue
            hours = ((dt.time(0), dt.time(0)),)  # closed all day, as Google asks
        for open, close in hours:
            result.append({"@type": "OpeningHoursSpecification", "opens": _hhmm(open), "closes": _hhmm(close),
                           "validFrom": day.isoformat(), "validThrough": day.isoformat()})
    return result


def listing_data(stek: Stek, listing: Listing, house: House, page_url: str, partner_urls: dict[str, str],
                 now: dt.datetime, lang: str, coming: Coming) -> dict:
    """An activity or event as an `Event`: its next date, where, by whom, and for an activity its week."""
    zone: ZoneInfo = now.tzinfo  # type: ignore[assignment]
    data: dict = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": _text(listing.title, lang),
        "url": page_url,
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "location": _place(house),
    }
    offer = _offer(listing.price, lang) if listing.price is not None else None
    if offer is not None:
        data["offers"] = offer
    if listing.partners:
        data["organizer"] = [_organization(stek.partners[id], partner_urls[id], lang) for id in listing.partners]
    if listing.summary is not None:
        data["description"] = _text(listing.summary, lang)
    if isinstance(listing, Event):
        data["startDate"] = dt.datetime.combine(listing.date, listing.start, tzinfo=zone).isoformat()
        data["endDate"] = dt.datetime.combine(listing.date, listing.end, tzinfo=zone).isoformat()
        return data
    next_ones = [o for o in coming.occurrences if o.listing.id == listing.id and o.end > now]
    if next_ones:  # search engines require a start date: the next time it takes place
        data["startDate"] = next_ones[0].start.isoformat()
        data["endDate"] = next_ones[0].end.isoformat()
    data["eventSchedule"] = [_schedule(listing, slot, coming.removed[listing.id, slot]) for slot in listing.slots]
    return data


def rights_data(stek: Stek, rights: RightsPage, page_url: str, partner_urls: dict[str, str], lang: str) -> dict:
    """A rights page as a `GovernmentService`, with the partners who help with it as its providers."""
    data: dict = {"@context": SCHEMA, "@type": "GovernmentService", "name": _text(rights.title, lang), "url": page_url}
    if rights.summary is not None:
        data["description"] = _text(rights.summary, lang)
    if rights.help:
        data["provider"] = [_organization(stek.partners[id], partner_urls[id], lang) for id in rights.help]
    return data


def _schedule(activity: Activity, slot: Slot, removed: list[str]) -> dict:
    data: dict = {
        "@type": "Schedule",
        "byDay": f"{SCHEMA}/{DAYS[slot.day]}",
        "startTime": slot.start.strftime("%H:%M:%S"),
        "endTime": slot.end.strftime("%H:%M:%S"),
        "scheduleTimezone": TIME_ZONE.key,
    }
    if slot.weeks:
        data["repeatFrequency"] = "P1M"
        data["byMonthWeek"] = list(slot.weeks)  # -1 is the last week, as in schema.org
    else:
        data["repeatFrequency"] = f"P{slot.every or 1}W"
    if activity.from_date:
        data["startDate"] = activity.from_date.isoformat()
    if activity.until:
        data["endDate"] = activity.until.isoformat()
    if removed:
        data["exceptDate"] = removed
    return data


def _place(house: House) -> dict:
    """The house's node by its `@id`, with its name and address for search engines that read one page."""
    return {"@type": "Place", "@id": house_id(house), "name": house.name,
            **({"address": _address(house.address, house.country)} if house.address else {})}


def _contact(house: House) -> dict:
    data: dict = {}
    if house.address:
        data["address"] = _address(house.address, house.country)
    if house.phone:
        data["telephone"] = international(house.phone)
    return data


def _offer(price: Translated[str], lang: str) -> dict | None:
    """The price as an `Offer` in euro: "Gratis" or "0" is 0; "1 euro (gratis als dat niet lukt)" is 1;
    None when the price names no amount."""
    values = [price.get(lang).value, *price.values.values()]
    if any(FREE.match(str(v)) for v in values):
        amount = "0"
    else:
        match = re.search(r"\d+(?:[.,]\d{1,2})?", str(values[0]))
        if match is None:
            return None
        amount = match[0].replace(",", ".")
    return {"@type": "Offer", "price": amount, "priceCurrency": "EUR", "availability": f"{SCHEMA}/InStock"}


def _address(address: str, country: str | None) -> dict:
    """"Kerkstraat 12, 8800 Roeselare" as a PostalAddress; as one line when it has another shape."""
    data = {"@type": "PostalAddress", "streetAddress": address}
    match = re.fullmatch(r"\s*(.+?),\s*(\d{4,5})\s+(.+?)\s*", address)
    if match is not None:
        street, code, town = match.groups()
        data = {"@type": "PostalAddress", "streetAddress": street, "postalCode": code, "addressLocality": town}
    if country:
        data["addressCountry"] = country
    return data


def _organization(partner: Partner, url: str, lang: str) -> dict:
    return {"@type": "Organization", "name": _text(partner.name, lang), "url": partner.website or url}


def _text(value: Translated[str], lang: str) -> str:
    return value.get(lang).value


def _hhmm(time: dt.time) -> str:
    return time.strftime("%H:%M")
