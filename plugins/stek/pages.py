"""The generated pages of one language build: tiny Markdown files whose HTML lives in theme/.

mkdocs-static-i18n builds the site once per language; in each build this module adds that
language's pages under its prefix (`fr/partners/caw/`), named with the suffix convention
(`partners/caw.fr.md`) so that the `nav:` of mkdocs.yml finds the section pages in every language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from stek.data.model import Stek
from stek.site import rights_view
from stek.site.ui_text import ui
from stek.site.views import Site, Views

# Pages that are sections of the navigation; every other page is reached through them.
SECTIONS = {"", "programme/", "partners/", "rights/", "search/"}

# Generated pages whose title is one of the site's words: their key in the catalogs.
PAGE_TITLES = {"programme/": "programme", "partners/": "partners", "rights/": "rights", "search/": "search",
               "print/": "poster", "glossary/": "glossary"}


@dataclass(frozen=True)
class PageKind:
    """What a generated (or rights) page shows: a template and, for one thing, its id."""

    template: str
    id: str = ""


def page_keys(stek: Stek) -> dict[str, PageKind]:
    """Every generated page by its key (its path without language prefix)."""
    keys = {
        "": PageKind("home.html"),
        "programme/": PageKind("programme.html"),
        "partners/": PageKind("partners.html"),
        "rights/": PageKind("rights_index.html"),
        "search/": PageKind("search.html"),
        "glossary/": PageKind("glossary.html"),
        "embed/": PageKind("embed.html"),
        "print/": PageKind("print.html"),
    }
    for id in (*stek.activities, *stek.events):
        keys[f"activities/{id}/"] = PageKind("activity.html", id)
    for id in stek.partners:
        keys[f"partners/{id}/"] = PageKind("partner.html", id)
        keys[f"embed/{id}/"] = PageKind("embed.html", id)
    return keys


def page_title(stek: Stek, key: str, kind: PageKind, lang: str, site_name: str) -> str:
    """The page's title as plain text (the templates escape it)."""
    if kind.template == "activity.html":
        return stek.listing(kind.id).title.get(lang).value
    if kind.template == "partner.html":
        return stek.partners[kind.id].name.get(lang).value
    if key in PAGE_TITLES:
        return ui(PAGE_TITLES[key], lang).value
    if kind.template == "embed.html":
        name = ui("embed", lang).value
        return f"{name}: {stek.partners[kind.id].name.get(lang).value}" if kind.id else name
    return site_name


def add_pages(files: Files, config: MkDocsConfig, stek: Stek, site: Site, lang: str) -> dict[str, PageKind]:
    """Adds this language's generated pages to `files`; returns their kinds by source path."""
    kinds: dict[str, PageKind] = {}
    prefix = site.prefix(lang)
    for key, kind in page_keys(stek).items():
        stem = key.rstrip("/") or "index"
        if stem in ("rights",):
            stem = "rights/index"
        src_uri = f"{stem}.md" if not prefix else f"{stem}.{lang}.md"
        # JSON strings are valid YAML: a title with quotes, colons or "<b>" stays text.
        title = json.dumps(page_title(stek, key, kind, lang, config.site_name), ensure_ascii=False)
        inclusion = InclusionLevel.INCLUDED if key in SECTIONS else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, src_uri, content=f"---\ntemplate: {kind.template}\ntitle: {title}\n---\n",
                              inclusion=inclusion)
        file.dest_uri = f"{prefix}{key}index.html"
        file.edit_uri = None  # made from partners.yaml and activities.yaml, not from this file
        if src_uri in files.src_uris:
            files.remove(files.src_uris[src_uri])
        files.append(file)
        kinds[src_uri] = kind
    if lang == site.default and config.site_url:
        robots = f"User-agent: *\nAllow: /\nSitemap: {config.site_url.rstrip('/')}/sitemap.xml\n"
        files.append(File.generated(config, "robots.txt", content=robots))
    return kinds


def rights_kind(page: Page, stek: Stek) -> PageKind | None:
    """A rights page from content/rights/<id>.md or <id>.<lang>.md."""
    src = page.file.src_uri
    if not src.startswith("rights/") or src.count("/") != 1:
        return None
    id = src.removeprefix("rights/").split(".")[0]
    return PageKind("rights.html", id) if id in stek.rights else None


def section_of(key: str) -> str:
    """The navigation section a page belongs to, by the first part of its key."""
    first = key.split("/")[0]
    return {"activities": "programme", "embed": "programme", "print": "programme"}.get(first, first)


def page_data(views: Views, kind: PageKind):
    """The data a page's template needs, from the views of its language."""
    stek = views.stek
    match kind.template:
        case "home.html":
            return views.home()
        case "programme.html":
            return views.programme()
        case "activity.html":
            return views.listing(stek.listing(kind.id))
        case "partners.html":
            return views.partners()
        case "partner.html":
            return views.partner(stek.partners[kind.id])
        case "rights_index.html":
            return views.rights_index()
        case "rights.html":
            return views.rights(stek.rights[kind.id])
        case "embed.html":
            return views.embed(stek.partners[kind.id] if kind.id else None)
        case "print.html":
            return views.poster()
        case "glossary.html":
            return {"terms": rights_view.glossary(views)}
        case "search.html":
            return views.search()
    return None
