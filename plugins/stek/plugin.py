"""The MkDocs shell: loads the data before anything is written, and hands it to the pages and feeds."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from stek.calendar.changes_feed import FEED_PATH as CHANGES_FEED
from stek.calendar.changes_feed import build_changes_feed
from stek.calendar.feed_history import read_history
from stek.calendar.feed_files import build_feeds, shared_parts
from stek.calendar.ical_feed import FeedSite, event_contents, removed_dates
from stek.calendar.programme_json import programme_files
from stek.calendar.today import TIME_ZONE, build_now
from stek.config import StekConfig
from stek.data.errors import DataErrors, Problems
from stek.data.glossary import GLOSSARY_FILE_NAME
from stek.data.load import ACTIVITIES_FILE_NAME, PARTNERS_FILE_NAME, data_signature
from stek.data.model import Stek
from stek.data.partner_page import check_partner_page
from stek.data.site_config import check_site_config
from stek.editing.after_loading import load_stek
from stek.editing.forge_report import plain_lines, report_to_forge
from stek.editing.workflow_files import check_workflows
from stek.i18n import Localized, is_rtl, language_autonym
from stek.pages import (PAGE_TITLES, LanguageFiles, PageKind, PageLanguage, add_pages, localize_pages, page_data,
                        page_keys, rights_kind, section_of)
from stek.site.accessibility_statement import fill_statement
from stek.site.hosting import HEADERS_FILE, headers_file
from stek.site.partner_guide import fill_markers
from stek.site.sharing import page_share
from stek.site.page_script import SCRIPT_SOURCES, inline_css, inline_script, page_scripts
from stek.site.rich_text import inline
from stek.site.search_index import SearchIndexError, index_site
from stek.site.search_view import search
from stek.site.serve_problems import write_problems_site
from stek.site.structured_data import House, coming_occurrences, to_script
from stek.site.structured_data import page_data as structured_page_data
from stek.site.views import Site, Views
from stek.ui_text import use_default_language

log = get_plugin_logger(__name__)


class StekPlugin(BasePlugin[StekConfig]):
    stek: Stek | None = None
    revisions = None  # the feeds' SEQUENCE and LAST-MODIFIED by event, from the git history
    _signature: tuple | None = None
    serving = False  # `mkdocs serve`: errors are shown in the browser, not only in the terminal
    serve_problems: Problems | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        # Validate here: MkDocs empties site/ right after on_pre_build, and a volunteer's
        # mistake must never leave a half-made site in place of a good one.
        self.root = Path(config.config_file_path).parent
        self._docs_dir = config.docs_dir
        self.now = build_now()
        self.languages = languages = site_languages(config, self.config)
        use_default_language(languages[0])  # the site's words fall back to it, as its data does
        # `mkdocs serve` calls on_config again on every change: read the data again only when it changed.
        signature = (languages, self.now.date(), data_signature(self.root))
        if signature == self._signature:
            return config
        problems = Problems(language=languages[0])
        # mkdocs.yml once more, its house contact included: make checked it before MkDocs read it,
        # here its problems are reported with the data's.
        check_site_config(self.root, problems)
        check_workflows(self.root, problems)  # advice only: the house's workflows and this package's version
        try:
            self.stek, problems = load_stek(self.root, languages, self.now.date(), problems,
                                            content_checks=True)
        except DataErrors as error:
            report_to_forge(error.problems, self.root)
            lines = plain_lines(error.problems.by_level(), problems.language)
            if self.serving:
                # Build the page that lists the problems instead: a failed build would leave the
                # browser waiting without a word until the file is mended.
                self.stek, self.serve_problems, self._signature = None, error.problems, None
                config.theme.static_templates.clear()
                log.error("\n".join(["", *lines]))
                return config
            _stop(lines)
        self.serve_problems = None
        # The feeds' SEQUENCE and LAST-MODIFIED: without history the build says so, never guesses.
        history = read_history(self.root, self.stek, event_contents, self.now, removed_dates)
        if history.problem == "shallow_git_history":  # would lower every SEQUENCE: stops --strict
            problems.warning(ACTIVITIES_FILE_NAME, 1, history.problem)
        elif history.problem:
            problems.advise(ACTIVITIES_FILE_NAME, 1, history.problem)
        self.revisions = None if history.problem else history.revisions
        self.coming = coming_occurrences(self.stek, self.now)  # every activity page's next date, once a build
        check_partner_page(self.root, Path(config.docs_dir), config.site_url or "", problems)
        report_to_forge(problems, self.root)
        if problems.stops(config.strict):
            # MkDocs would stop a strict build only after writing the site: stop before it.
            _stop(plain_lines(problems.by_level(), problems.language))
        for warning in problems.warning_lines():
            log.warning(warning)
        # Advice never reaches log.warning, which --strict would turn into a failure.
        for advice in problems.advice_lines():
            log.info(advice)
        self._signature = signature
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self._menus: dict[str, list] = {}  # each language's menu, from this build's nav
        # The scripts' sources are built into the pages (on_env), not published as files of their own.
        for file in [f for f in files if f.abs_src_path and Path(f.abs_src_path).parent == SCRIPT_SOURCES]:
            files.remove(file)
        if self.serve_problems is not None:
            return Files([])  # the pages need the data; on_post_build writes the page of problems
        if self.stek is None:
            return files
        site = self.site(config)
        files, self.page_languages = localize_pages(files, config, site.languages)
        feed_site = FeedSite(
            name=config.site_name, url=config.site_url or "", now=self.now, zone=TIME_ZONE,
            address=(config.extra.get("house") or {}).get("address"), revisions=self.revisions,
        )
        self.kinds: dict[str, PageKind] = {}
        shared = shared_parts(self.stek, feed_site)  # what the feeds of every language share, written once
        for lang in site.languages:
            for path, content in {**build_feeds(self.stek, feed_site, lang, shared),
                                  **programme_files(self.stek, feed_site, lang),
                                  site.prefix(lang) + CHANGES_FEED: build_changes_feed(self.stek, feed_site, lang)}.items():
                files.append(File.generated(config, path, content=content))
            kinds = add_pages(files, config, self.stek, site, lang)
            self.kinds.update(kinds)
            self.page_languages.update({src_uri: PageLanguage(lang, lang) for src_uri in kinds})
        files.append(File.generated(config, HEADERS_FILE, content=headers_file([site.prefix(lang) for lang in site.languages])))
        self._content = self._content_keys(site)
        self.files = files
        return files

    def site(self, config: MkDocsConfig) -> Site:
        return Site(self.languages, config.site_url or "")

    def on_env(self, env, config: MkDocsConfig, files: Files):
        # The templates write each page's own script as {{ page_script("time") }}: built from theme/scripts/.
        env.globals["page_script"] = page_scripts()
        # Inline stylesheets and scripts lose their comments and white space: the first round trip is 14 KB.
        env.filters["inline_css"] = inline_css
        env.filters["inline_script"] = inline_script
        return env

    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files) -> str:
        if self.stek is None:
            return markdown
        # MkDocs renders the page's links next: let them find the pages of its own language.
        if isinstance(files, LanguageFiles):
            files.language = self._language(page).lang
        # The template is chosen before on_page_context: rights pages get theirs here.
        if kind := rights_kind(page, self.stek):
            page.meta["template"] = kind.template
        # The accessibility statement: its dates (front matter), the house's contact and reply time,
        # and the enforcement route (mkdocs.yml).
        markdown = fill_statement(markdown, self._language(page).lang, page.meta, config.extra)
        # The guide for partners: its snippets and CSP lines, made from the site's URL and partners.
        return fill_markers(markdown, self._views(config, self._language(page).lang))

    def _language(self, page) -> PageLanguage:
        default = self.languages[0]
        return self.page_languages.get(page.file.src_uri, PageLanguage(default, default))

    def on_page_context(self, context: dict, page, config: MkDocsConfig, nav) -> dict:
        if self.stek is None:
            return context
        language = self._language(page)
        views = self._views(config, language.lang)
        kind: PageKind | None = self.kinds.get(page.file.src_uri) or rights_kind(page, self.stek)
        key = views.site.key(language.lang, page.url)
        context["stek"] = page_data(views, kind) if kind else None
        if kind and kind.template == "search.html":
            # Without JavaScript the search page lists every page the index holds: content/ and the glossary too.
            context["stek"] = search(views, self._other_pages(views))
        context["stek_page"] = self._frame(config, views, key, language, nav)
        context["stek_page"]["json_ld"] = self._json_ld(config, views, kind)
        # OpenGraph, Twitter card, and the Atom feed and the page's own .ics for readers that follow it.
        context["stek_page"]["share"] = page_share(
            self.stek, views, site_name=config.site_name, site_url=config.site_url or "", key=key, title=page.title,
            template=kind.template if kind else None, id=kind.id if kind else "",
            share_image=config.extra.get("share_image"))
        return context

    def _other_pages(self, views: Views) -> tuple[tuple[str, str], ...]:
        """(key, title) of the pages of a language that are not made from the data, home first."""
        pages = []
        for file in self.files.documentation_pages():
            if file.page is None or self._language(file.page).lang != views.lang:
                continue
            key = views.site.key(views.lang, file.page.url)
            # A page's title in the language it is written in, marked where it falls back (as in the menu).
            written_in = self._language(file.page).written_in
            title = views.t("home") if key == "" else views.t(PAGE_TITLES[key]) if key in PAGE_TITLES else \
                inline(Localized(file.page.title, written_in), views.lang)
            pages.append((key, title))
        return tuple(sorted(pages, key=lambda page: page[0] != ""))

    def _json_ld(self, config: MkDocsConfig, views: Views, kind: PageKind | None) -> str | None:
        """The page's schema.org data as the text of its JSON-LD script, or None."""
        if kind is None:
            return None
        extra = config.extra.get("house") or {}
        lang = views.lang
        house = House(name=config.site_name, url=views.site.absolute(lang, ""), address=extra.get("address"),
                      phone=extra.get("phone"), email=extra.get("email"), country=self.stek.public_holidays)
        data = structured_page_data(self.stek, kind.template, kind.id, house,
                                    lambda key: views.site.absolute(lang, key), self.now, lang, self.coming)
        return to_script(data) if data is not None else None

    def on_template_context(self, context: dict, template_name: str, config: MkDocsConfig) -> dict:
        # The sitemap and the 404 page are written once for all languages.
        if self.stek is not None and template_name in ("sitemap.xml", "404.html"):
            site = self.site(config)
            # One entry per language version of each page, each naming all the versions (hreflang).
            context["stek_sitemap"] = [
                {"loc": site.absolute(lang, key),
                 "alternates": [(other, site.absolute(other, key)) for other in site.languages]}
                # Embeds are noindex: they are for partners' frames, not for search results.
                for key in [*page_keys(self.stek), *self._content] if not key.startswith("embed/")
                for lang in site.languages
            ]
            context["stek_languages"] = [
                {"code": lang, "views": self._views(config, lang),
                 "home": urlsplit(site.site_url).path.rstrip("/") + "/" + site.prefix(lang)}
                for lang in site.languages
            ]
        return context

    def _views(self, config: MkDocsConfig, lang: str) -> Views:
        """One Views per language and build: what it works out once serves every page of that language."""
        cache = getattr(self, "_views_cache", None)
        if cache is None or cache[0] is not self.stek:
            cache = self._views_cache = (self.stek, {}, {})  # the data, the Views by language, what they share
        if lang not in cache[1]:
            cache[1][lang] = Views(self.stek, self.site(config), lang, self.now, shared=cache[2])
        return cache[1][lang]

    def _frame(self, config: MkDocsConfig, views: Views, key: str, language: PageLanguage, nav) -> dict:
        """What every page shows around its content: languages, sections, the house's contact."""
        site = views.site
        return {
            "lang": views.lang,
            "key": key,
            "section": section_of(key),
            "views": views,
            "fallback": language.written_in != language.lang,
            "written_in": language.written_in,
            "languages": [{"code": lang, "name": language_autonym(lang), "href": site.path(lang, key),
                           "absolute": site.absolute(lang, key)} for lang in site.languages],
            "canonical": site.absolute(views.lang, key),
            "home": site.path(views.lang, "") or "./",
            "nav": [{"title": title, "href": href, "current": section == section_of(key)}
                    for title, href, section in self._nav(views, nav)],
            "house": config.extra.get("house") or {},
            # The page for partners who take over the programme, when the site has one.
            "reuse": site.path(views.lang, "programme-on-your-site/")
            if "programme-on-your-site/" in self._content else site.path(views.lang, "embed/"),
        }

    def _nav(self, views: Views, nav) -> list[tuple[Markup, str, str]]:
        """A language's menu, (title, href, section) per item: the same on every page, so made once a build."""
        if views.lang not in self._menus:
            self._menus[views.lang] = [self._nav_item(views, item) for item in nav.items
                                       if getattr(item, "url", None) is not None]
        return self._menus[views.lang]

    def _nav_item(self, views: Views, item) -> tuple[Markup, str, str]:
        target = views.site.key(views.lang, item.url)
        # Site words from the catalogs, a page's title in the language it is written in: each marked
        # with its own lang where it falls back (a language just added, with no catalog or pages yet).
        if target == "" or target in PAGE_TITLES:
            title = views.t(PAGE_TITLES.get(target, "home"))
        else:
            self.files.language = views.lang
            version = self.files.get_file_from_path(item.file.src_uri) or item.file
            self.files.language = self.files.default
            written_in = self.page_languages.get(version.src_uri, PageLanguage(views.lang, views.lang)).written_in
            title = inline(Localized(version.page.title if version.page else item.title, written_in), views.lang)
        return title, views.site.path(views.lang, target), section_of(target)

    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:
        # The embed and the poster write their own <html>: give it the direction of the page's language,
        # where screen readers and the browser's own defaults (scroll bars, form controls) look for it.
        direction = "rtl" if is_rtl(self._language(page).lang) else "ltr"
        return re.sub(r"<html(?![^>]*\bdir=)", f'<html dir="{direction}"', output, count=1)

    def _content_keys(self, site: Site) -> list[str]:
        """Keys of the Markdown pages in docs_dir (about/, rights/<id>/), one per page in any language."""
        keys = []
        for path in sorted(Path(self._docs_dir).rglob("*.md")):
            relative = path.relative_to(self._docs_dir).as_posix()
            stem = relative[:-3]
            if "." in stem.rsplit("/", 1)[-1]:
                continue  # a translation (about.fr.md): the same page as about.md
            keys.append("" if stem == "index" else stem.removesuffix("/index") + "/")
        return keys

    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.serve_problems is not None:
            write_problems_site(Path(config.site_dir), self.serve_problems)
        if self.stek is not None:
            try:
                index_site(Path(config.site_dir))
            except SearchIndexError as error:
                raise PluginError(str(error)) from None

    def on_serve(self, server, config, builder):
        for name in (PARTNERS_FILE_NAME, ACTIVITIES_FILE_NAME, GLOSSARY_FILE_NAME):
            server.watch(str(self.root / name))
        server.builder = _checking_config_first(server.builder, self.root, Path(config.site_dir))
        return server


def _checking_config_first(build, root: Path, site_dir: Path):
    """The server's rebuild, preceded by our own check of mkdocs.yml.

    MkDocs reads mkdocs.yml again on every change, before any plugin runs: a mistake saved there
    would leave the browser waiting and the error, in English, in the terminal only. Instead, the
    served folder then holds the page of problems, and the next good save builds the site again.
    """
    def rebuild() -> None:
        problems = Problems()
        check_site_config(root, problems)
        if not problems.errors:
            build()
            return
        for path in site_dir.iterdir() if site_dir.is_dir() else ():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        site_dir.mkdir(parents=True, exist_ok=True)
        write_problems_site(site_dir, problems)
        for line in plain_lines(problems.by_level(), problems.language):
            log.error(line)

    return rebuild


def _stop(lines: list[str]) -> NoReturn:
    """Stop the build with the volunteer's messages alone, and exit 1.

    A PluginError would add MkDocs' English "Aborted with a BuildError!" under them; SystemExit
    passes MkDocs' handler (it catches Exception) before anything is written.
    """
    print("\n".join(lines), file=sys.stderr)
    raise SystemExit(1)


def site_languages(config: MkDocsConfig, options: StekConfig) -> tuple[str, ...]:
    """The site's languages, the default first: the `languages` option, else the old `i18n:` block."""
    if options.languages:
        return tuple(dict.fromkeys(options.languages))
    old = config.plugins.get("i18n")
    if isinstance(old, OldLanguagesBlock) and old.languages:
        return old.languages
    return (config.theme.get("language") or "en",)


class OldLanguagesBlock(BasePlugin):
    """The `i18n:` block of a mkdocs.yml written for mkdocs-static-i18n, read for one major version.

    Its languages become the site's; the check gives advice to move them under `stek:`
    (data/site_config.py). Its other options meant something to mkdocs-static-i18n only.
    """

    languages: tuple[str, ...] = ()

    def load_config(self, options: dict, config_file_path: str | None = None):
        entries = [entry for entry in options.get("languages") or () if isinstance(entry, dict)]
        codes = [str(entry.get("locale")) for entry in entries if entry.get("locale") not in (None, "null")]
        default = [str(entry["locale"]) for entry in entries if entry.get("default") is True]
        self.languages = tuple(dict.fromkeys(default + codes))
        return [], []
