"""The search page: every page of a language with the words to find it by; the browser filters them."""

from __future__ import annotations

from stek.site.views import Views


# Pages that stand alone, outside the index: not listed (the search page itself neither).
_NOT_LISTED = ("search/", "embed/", "print/", "404")


def search(views: Views, other_pages: tuple[tuple[str, str], ...] = ()) -> list[dict]:
    """Every page of the language with its words, as the list shown without JavaScript.

    `other_pages` are the (key, title) of the pages not made from the data (home, glossary, content/):
    the list holds every page that the search index holds.
    """
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
    listed = {entry["href"] for entry in entries}
    for key, title in other_pages:
        if views.href(key) not in listed and not key.startswith(_NOT_LISTED):
            entries.append({"title": title, "href": views.href(key), "words": ""})
            listed.add(views.href(key))
    return entries
