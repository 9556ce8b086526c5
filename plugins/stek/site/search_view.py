"""The search page: every page of a language with the words to find it by; the browser filters them."""

from __future__ import annotations

from stek.site.views import Views


def search(views: Views) -> list[dict]:
    stek = views.stek
    entries = [{"title": views.t(key), "href": views.href(f"{key}/"), "words": ""}
               for key in ("programme", "partners", "rights")]
    for listing in (*stek.activities.values(), *stek.events.values()):
        if listing in views.current_listings([listing.id]):
            entries.append({"title": views.text(listing.title), "href": views.href(f"activities/{listing.id}/"),
                            "words": views.text(listing.summary)})
    for partner in stek.partners.values():
        entries.append({"title": views.text(partner.name), "href": views.href(f"partners/{partner.id}/"),
                        "words": views.text(partner.about)})
    for rights in stek.rights.values():
        entries.append({"title": views.text(rights.title), "href": views.href(f"rights/{rights.id}/"),
                        "words": views.text(rights.summary)})
    return entries
