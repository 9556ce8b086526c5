"""The poster: the week on one A4 sheet, with a QR code to the site."""

from __future__ import annotations

import segno
from markupsafe import Markup

from stek.site.programme_view import programme, week_hours
from stek.site.views import Views
from stek.ui_text import ui


def poster(views: Views) -> dict:
    url = views.site.absolute(views.lang, "")
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=4, dark="#000", light="#fff", omitsize=True, title=ui("qr", views.lang, url=url).value)
    return {"programme": programme(views), "hours": week_hours(views), "qr": Markup(svg), "url": url}
