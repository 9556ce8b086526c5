"""The site's pages in every language, in one build: volunteers' Markdown and the generated pages.

A page's versions follow the suffix convention volunteers write (`about.md`, `about.fr.md`); each
language's version lives under its prefix (`fr/about/`). Where a language has no version yet, the
default language's text stands in, marked as a fallback on the page. Generated pages are tiny
Markdown files (front matter only) whose HTML lives in theme/.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from stek.data.model import Stek
from stek.data.fields import FUNCTIONS
from stek.site.embed_view import embed
from stek.site.home_view import home
from stek.site.function_embed import function_embed
from stek.site.listing_view import listing
from stek.site.partner_view import partner, partners
from stek.site.poster_view import poster
from stek.site.programme_view import programme
from stek.site.rights_view import glossary, rights, rights_index
from stek.site.search_view import search
from stek.site.views import Site, Views
from stek.ui_text import ui

# Pages that are sections of the navigation; every other page is reached through them.
SECTIONS = {"", "programme/", "partners/", "rights/", "search/"}

# Generated pages whose title is one of the site's words: their key in the catalogs.
PAGE_TITLES = {"programme/": "programme", "partners/": "partners", "rights/": "rights", "search/": "search",
               "print/": "poster", "glossary/": "glossary"}


@dataclass(frozen=True)
class PageLanguage:
    """Which language a page is in, and the language its text is written in (a fallback's differs)."""

    lang: str
    written_in: str


class LanguageFiles(Files):
    """The site's files, every language together: a page's links lead to its own language's pages.

    `[het leefloon](rights/leefloon.md)` in `about.fr.md` means the French page, as volunteers
    write it. The plugin sets `language` to the page's own before MkDocs renders its links.
    """

    def __init__(self, files, default: str) -> None:
        super().__init__(files)
        self.default = default
        self.language = default

    def get_file_from_path(self, path: str) -> File | None:
        if self.language != self.default and path.endswith(".md"):
            found = super().get_file_from_path(f"{path[:-3]}.{self.language}.md")
            if found is not None:
                return found
        return super().get_file_from_path(path)


def localize_pages(files: Files, config: MkDocsConfig, languages: tuple[str, ...]) -> tuple[LanguageFiles, dict[str, PageLanguage]]:
    """Every Markdown page of docs_dir in every language; the languages of each page by source path.

    A translation is placed under its language's prefix; a language without one gets the default
    language's file under its own name (`about.pl.md`), so that every language has every page.
    """
    default = languages[0]
    versions: dict[str, dict[str, File]] = {}
    for file in files.documentation_pages():
        stem, lang = split_language(file.src_uri[:-3], languages)
        versions.setdefault(stem, {})[lang] = file
    localized = LanguageFiles([file for file in files if not file.is_documentation_page()], default)
    page_languages: dict[str, PageLanguage] = {}
    for stem, by_lang in versions.items():
        source = by_lang.get(default) or next(iter(by_lang.values()))
        written_in = next(lang for lang, file in by_lang.items() if file is source)
        key = "" if stem == "index" else stem.removesuffix("/index") + "/"
        for lang in languages:
            file = by_lang.get(lang)
            if lang == default:
                file = file or File.generated(config, f"{stem}.md", abs_src_path=source.abs_src_path)
            elif file is None:
                file = File.generated(config, f"{stem}.{lang}.md", abs_src_path=source.abs_src_path,
                                      inclusion=InclusionLevel.NOT_IN_NAV)
            else:
                # Only the default language's pages are in mkdocs.yml's nav; the theme's menu
                # takes each language's own titles from these.
                file.inclusion = InclusionLevel.NOT_IN_NAV
            file.dest_uri = f"{'' if lang == default else lang + '/'}{key}index.html"
            localized.append(file)
            page_languages[file.src_uri] = PageLanguage(lang, lang if lang in by_lang else written_in)
    return localized, page_languages


def split_language(stem: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """`rights/leefloon.fr` is the French version of `rights/leefloon`; a stem without suffix is the default's."""
    base, _, suffix = stem.rpartition(".")
    if base and suffix in languages:
        return base, suffix
    return stem, languages[0]


@dataclass(frozen=True)
class PageKind:
    """What a generated (or rights) page shows: a template and, for one thing, its id."""

    template: str
    id: str = ""
    function: str = ""  # an embed of one function's programme


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
    for function in FUNCTIONS:
        keys[f"embed/functions/{function}/"] = PageKind("embed.html", function=function)
    return keys


def page_title(stek: Stek, key: str, kind: PageKind, lang: str, site_name: str) -> str:
    """The page's title as plain text (the templates escape it)."""
    if kind.template == "activity.html":
        return stek.listing(kind.id).title.get(lang).value
    if kind.template == "partner.html":
        return stek.partners[kind.id].name.get(lang).value
    if key in PAGE_TITLES:
        return ui(PAGE_TITLES[key], lang).value
    if kind.template == "embed.html" and kind.function:
        return f"{ui('embed', lang).value}: {ui(kind.function, lang).value}"
    if kind.template == "embed.html":
        name = ui("embed", lang).value
        return f"{name}: {stek.partners[kind.id].name.get(lang).value}" if kind.id else name
    return site_name


def add_pages(files: Files, config: MkDocsConfig, stek: Stek, site: Site, lang: str) -> dict[str, PageKind]:
    """Adds one language's generated pages to `files`; returns their kinds by source path."""
    kinds: dict[str, PageKind] = {}
    prefix = site.prefix(lang)
    for key, kind in page_keys(stek).items():
        stem = key.rstrip("/") or "index"
        if stem in ("rights",):
            stem = "rights/index"
        src_uri = f"{stem}.md" if not prefix else f"{stem}.{lang}.md"
        # JSON strings are valid YAML: a title with quotes, colons or "<b>" stays text.
        title = json.dumps(page_title(stek, key, kind, lang, config.site_name), ensure_ascii=False)
        # mkdocs.yml's nav names the default language's sections; the theme's menu finds each language's own.
        inclusion = InclusionLevel.INCLUDED if key in SECTIONS and not prefix else InclusionLevel.NOT_IN_NAV
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
    """The data a page's template needs, from the view of its page family in its language."""
    stek = views.stek
    match kind.template:
        case "home.html":
            return home(views)
        case "programme.html":
            return programme(views)
        case "activity.html":
            return listing(views, stek.listing(kind.id))
        case "partners.html":
            return partners(views)
        case "partner.html":
            return partner(views, stek.partners[kind.id])
        case "rights_index.html":
            return rights_index(views)
        case "rights.html":
            return rights(views, stek.rights[kind.id])
        case "embed.html" if kind.function:
            return function_embed(views, kind.function)
        case "embed.html":
            return embed(views, stek.partners[kind.id] if kind.id else None)
        case "print.html":
            return poster(views)
        case "glossary.html":
            return {"terms": glossary(views)}
        case "search.html":
            return search(views)
    return None
