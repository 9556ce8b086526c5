"""An activity's or a one-off event's page: when, where, price, languages, partners and next dates."""

from __future__ import annotations

from stek.data.model import Activity, Event
from stek.i18n import language_name
from stek.site.rights_view import explained
from stek.site.views import Views


def listing(views: Views, listing: Activity | Event) -> dict:
    if isinstance(listing, Activity):
        when = [views.slot_text(listing, slot) for slot in listing.slots]
    else:
        when = [views.event_when(listing)]
    dates = [views.dated_item(occurrence) for occurrence in views.by_listing.get(listing.id, ())]
    if isinstance(listing, Event) and listing.date < views.today:
        dates = []
    stek = views.stek
    return {
        "listing": listing,
        "title": views.text(listing.title),
        "function": views.function(listing.function),
        "summary": views.long_text(listing.summary, markdown=False),
        "description": explained(views, listing.description, set(), ("", f"activities/{listing.id}/")),
        "when": when,
        "dates": dates,
        "dates_until": views.t("no_next_dates", date=views.long_date(views.window_last)),
        "dates_from": views.dates_from(),
        "place": views.text(listing.place),
        "price": views.price(listing.price),
        "registration": views.text(listing.registration),
        # Each name in the page's language: no lang or dir of its own (no locale of each spoken language to load).
        "languages": [{"code": code, "name": language_name(code, views.lang)} for code in listing.languages],
        "partners": [views.partner_link(stek.partners[p]) for p in listing.partners],
        "rights": [views.rights_link(stek.rights[r]) for r in stek.rights_of_listing.get(listing.id, ())],
        "feed": views.href(f"activities/{listing.id}.ics"),
    }
