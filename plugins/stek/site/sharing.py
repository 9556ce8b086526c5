"""What a page says about itself to the apps it is shared in and to the readers that follow it.

OpenGraph and Twitter-card tags give a shared link its title card (WhatsApp, Signal, Facebook,
Mastodon read them); `<link rel="alternate">` lets feed readers and calendar apps find the Atom
feed of changes and the page's own `.ics`. The picture is a PNG shipped with the theme
(theme/assets/share.png, drawn once by tools/make_share_image.py), or the house's own:
`extra.share_image` in mkdocs.yml names a file in docs_dir. Nothing is drawn at build time.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from stek.ui_text import ui

# The theme's picture and its size (1200×630: the size OpenGraph readers crop the least).
THEME_IMAGE = "assets/share.png"
THEME_IMAGE_SIZE = (1200, 630)
DESCRIPTION_LENGTH = 200
# Pages with a feed of their own, by template, and the feed's key from the page's id.
FEEDS = {
    "home.html": lambda id: "calendar.ics",
    "programme.html": lambda id: "calendar.ics",
    "activity.html": lambda id: f"activities/{id}.ics",
    "partner.html": lambda id: f"partners/{id}.ics",
}


@lru_cache(maxsize=None)
def og_locale(lang: str, country: str | None) -> str:
    """"nl" in a Belgian house is "nl_BE"; a language without that country takes its likeliest ("ar_EG")."""
    if country:
        try:
            return str(Locale.parse(f"{lang}_{country.upper()}"))
        except (UnknownLocaleError, ValueError):
            pass
    parts = get_global("likely_subtags").get(lang, "").split("_")
    return f"{lang}_{parts[-1]}" if len(parts) > 1 and parts[-1].isupper() else lang


def plain(text: str, length: int = DESCRIPTION_LENGTH) -> str:
    """A text as one line of at most `length` characters, cut at a word."""
    text = " ".join(text.replace("*", "").replace("_", " ").split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def share_tags(*, site_name: str, title: str, description: str, url: str, lang: str, languages: tuple[str, ...],
               country: str | None, image: str, image_size: tuple[int, int] | None, home: bool) -> list[tuple[str, str]]:
    """The page's OpenGraph and Twitter-card properties, in order, as (property, content)."""
    tags = [
        ("og:site_name", site_name),
        ("og:title", site_name if home else title),
        ("og:description", description),
        ("og:url", url),
        ("og:type", "website"),
        ("og:locale", og_locale(lang, country)),
        *(("og:locale:alternate", og_locale(other, country)) for other in languages if other != lang),
        ("og:image", image),
        ("og:image:alt", site_name),
    ]
    if image_size:
        tags += [("og:image:width", str(image_size[0])), ("og:image:height", str(image_size[1]))]
    # summary_large_image wants a wide picture: the theme's is 1200×630; a house's own may be square.
    tags.append(("twitter:card", "summary_large_image" if image_size is None or image_size[0] >= 2 * image_size[1] * 0.9
                 else "summary"))
    return tags


def page_share(stek, views, *, site_name: str, site_url: str, key: str, title: str, template: str | None,
               id: str, share_image: str | None) -> dict:
    """Everything a page's head says for sharing and following: the tags and the alternate links."""
    lang = views.lang
    site = views.site
    description = ui("description", lang).value
    if template == "activity.html":
        listing = stek.listing(id)
        if listing.summary is not None:
            description = plain(listing.summary.get(lang).value)
    elif template == "partner.html" and stek.partners[id].about is not None:
        description = plain(stek.partners[id].about.get(lang).value)
    root = site_url.rstrip("/") + "/"
    image = root + (share_image or THEME_IMAGE).lstrip("/")
    tags = share_tags(site_name=site_name, title=title, description=description, url=site.absolute(lang, key),
                      lang=lang, languages=site.languages, country=stek.public_holidays, image=image,
                      image_size=None if share_image else THEME_IMAGE_SIZE, home=key == "")
    feed = FEEDS[template](id) if template in FEEDS else None
    return {
        # Each with the attribute that names it: Twitter's cards read name=, OpenGraph property=.
        "tags": [("name" if property.startswith("twitter:") else "property", property, content)
                 for property, content in tags],
        "changes": site.path(lang, "changes.xml"),
        "changes_title": ui("changes_feed", lang, name=site_name).value,
        "calendar": site.path(lang, feed) if feed else None,
        "calendar_title": f"{site_name}: {title}" if feed and key else site_name,
    }
