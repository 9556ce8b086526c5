"""The embed of one function (ontmoeten, leren, politiseren, verwijzen): `<lang>embed/functions/<function>/`.

For partners who show one kind of activity: like a partner's embed, it lists the next
occurrences of the listings of that function (at least EMBED_MIN_ITEMS, never an empty week
while something is coming), and its script keeps them true for the reader's moment.
"""

from __future__ import annotations

from stek.site.embed_view import listings_embed
from stek.site.views import Views


def function_listings(views: Views, function: str) -> set[str]:
    stek = views.stek
    return {id for id in (*stek.activities, *stek.events) if stek.listing(id).function == function}


def function_embed(views: Views, function: str) -> dict:
    """The data embed.html shows: the function's name as the title, its coming days (the partner embed's rule)."""
    return listings_embed(views, function_listings(views, function), views.t(function))
