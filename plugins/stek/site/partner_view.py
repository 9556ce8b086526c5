"""The partners' pages: who takes part, what they offer, how to reach them."""

from __future__ import annotations

from stek.data.model import Partner
from stek.site.views import Views


def partner(views: Views, partner: Partner) -> dict:
    stek = views.stek
    return {
        "partner": partner,
        "title": views.text(partner.name),
        "about": views.long_text(partner.about, markdown=False),
        "phone": partner.phone, "tel": views.tel(partner.phone) if partner.phone else "",
        "listings": [views.listing_link(item) for item in views.current_listings(stek.listings_of_partner[partner.id])],
        "rights": [views.rights_link(stek.rights[r]) for r in stek.rights_of_partner.get(partner.id, ())],
        "feed": views.href(f"partners/{partner.id}.ics"),
        "embed": views.href(f"embed/{partner.id}/"),
    }


def partners(views: Views) -> list[dict]:
    return [partner(views, p) for p in views.stek.partners.values()]
