"""The embed of one function (ontmoeten, leren, politiseren, verwijzen): `<lang>embed/functions/<function>/`.

For partners who show one kind of activity: like a partner's embed, it lists the next
occurrences of the listings of that function (at least EMBED_MIN_ITEMS, never an empty week
while something is coming), and its script keeps them true for the reader's moment.
"""

from __future__ import annotations

import datetime as dt

from stek.site.views import COMING_DAYS, EMBED_MIN_ITEMS, Views


def function_listings(views: Views, function: str) -> set[str]:
    stek = views.stek
    return {id for id in (*stek.activities, *stek.events) if stek.listing(id).function == function}


def function_embed(views: Views, function: str) -> dict:
    """The data embed.html shows: the function's name as the title, its coming days."""
    listings = function_listings(views, function)
    days, count = [], 0
    week_end = (views.today + dt.timedelta(days=COMING_DAYS)).isoformat()
    for day in views.days(views.today, views.window_last, listings):
        if count >= EMBED_MIN_ITEMS and day.date >= week_end:
            break
        if day.items:
            days.append(day)
            count += sum(not item.cancelled for item in day.items)
    return {"partner": views.t(function), "days": days, "script_data": views.script_data(listings)}
