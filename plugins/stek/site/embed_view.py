"""The embed: a small page for partners' sites, the house's coming days or one partner's next occurrences."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from stek.data.model import Partner
from stek.site.views import COMING_DAYS, EMBED_MIN_ITEMS, Views


def embed(views: Views, partner: Partner | None = None) -> dict:
    """The house's coming days; for a partner, its next occurrences (at least EMBED_MIN_ITEMS, never an empty week).

    Never "nothing" while something is coming (SPEC "Embeds"): when the days listed hold nothing
    that takes place, or reach the end of the data, `later` names the next date after them.
    """
    if partner is None:
        last = views.today + dt.timedelta(days=COMING_DAYS - 1)
        days = views.days(views.today, last)
        busy = any(not item.cancelled for day in days for item in day.items)
        return {"partner": Markup(""), "days": days, "script_data": views.script_data(),
                "later": Markup("") if busy else views.later_text(views.next_date(last))}
    listings = set(views.stek.listings_of_partner[partner.id])
    return listings_embed(views, listings, views.text(partner.name))


def listings_embed(views: Views, listings: set[str], title: Markup) -> dict:
    """Some listings' next occurrences: at least EMBED_MIN_ITEMS, whole days, the first week whole."""
    days, count = [], 0
    week_end = views.today + dt.timedelta(days=COMING_DAYS)
    later = Markup("")
    # Day by day, and only as far as the rule reads: most embeds stop after a week or two of the eight.
    for offset in range((views.window_last - views.today).days + 1):
        date = views.today + dt.timedelta(days=offset)
        if count >= EMBED_MIN_ITEMS and date >= week_end:
            break
        if any(o.listing.id in listings for o in views.by_day.get(date, ())):
            day = views.day(date, listings)
            days.append(day)
            count += sum(not item.cancelled for item in day.items)
    else:  # the rule ran to the end of the data: name what comes after it
        later = views.later_text(views.next_date(views.window_last, listings))
    return {"partner": title, "days": days, "script_data": views.script_data(listings), "later": later}
