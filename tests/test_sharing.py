"""Issue 17: sharing and following: OpenGraph on every page, the Atom feed of changes, calendar links,
and a function's embed and feed at SPEC.md's URLs."""

from __future__ import annotations

import html as html_module
import re
import xml.etree.ElementTree as ET

import pytest

from stek.data.fields import FUNCTIONS
from stek.site.partner_guide import LISTENER, script_hash
from stek.site.sharing import og_locale

LANGUAGES = ["", "fr/", "en/", "ar/"]
ATOM = "{http://www.w3.org/2005/Atom}"
OG_REQUIRED = ("og:title", "og:description", "og:url", "og:locale", "og:locale:alternate", "og:type", "og:image")


def properties(html: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, content in re.findall(r'<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"', html):
        found.setdefault(name, []).append(content)
    return found


def test_every_page_carries_opengraph_and_a_twitter_card(example_site):
    pages = sorted(example_site.site.rglob("index.html"))
    assert len(pages) > 100
    for path in pages:
        html = path.read_text(encoding="utf-8")
        if "<html" not in html or path.parent.name == "pagefind":
            continue
        tags = properties(html)
        relative = path.relative_to(example_site.site).as_posix()
        assert all(tags.get(name) for name in OG_REQUIRED), relative
        assert tags["twitter:card"] == ["summary_large_image"], relative
        assert len(tags["og:locale:alternate"]) == 3, relative
        assert 'type="application/atom+xml"' in html, relative


@pytest.mark.parametrize(("lang", "locale"), [("", "nl_BE"), ("fr/", "fr_BE"), ("ar/", "ar_EG")])
def test_the_locale_is_the_pages_language(example_site, lang, locale):
    tags = properties(example_site.text(f"{lang}activities/energiecafe/index.html"))
    assert tags["og:locale"] == [locale]
    assert tags["og:url"] == [f"https://stek-rozenwijk.example.org/{lang}activities/energiecafe/"]
    assert tags["og:image"] == ["https://stek-rozenwijk.example.org/assets/share.png"]


def test_the_share_image_is_a_png_of_1200_by_630(example_site):
    data = (example_site.site / "assets" / "share.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1200 and int.from_bytes(data[20:24], "big") == 630
    assert len(data) < 10_000


def test_a_house_replaces_the_picture_through_mkdocs_yml(build_site):
    from sitebuild import ROOT
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("\nextra:\n", "\nextra:\n  share_image: assets/ons-huis.png\n", 1)
    build = build_site({"mkdocs.yml": config, "content/assets/ons-huis.png": (ROOT / "theme/assets/share.png").read_bytes()})
    assert build.returncode == 0, build.output
    tags = properties(build.text("index.html"))
    assert tags["og:image"] == ["https://stek-rozenwijk.example.org/assets/ons-huis.png"]
    assert (build.site / "assets" / "ons-huis.png").is_file()


@pytest.mark.parametrize("path", ["", "programme/", "activities/energiecafe/", "partners/caw/"])
def test_pages_with_a_feed_link_their_calendar(example_site, path):
    html = example_site.text(path + "index.html")
    [href] = re.findall(r'<link rel="alternate" type="text/calendar" href="([^"]+)"', html)
    assert href.endswith(("calendar.ics", "energiecafe.ics", "caw.ics"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_atom_feed_of_changes_is_valid_atom(example_site, lang):
    root = ET.fromstring((example_site.site / f"{lang}changes.xml").read_bytes())
    assert root.tag == f"{ATOM}feed"
    # RFC 4287 4.1.1: a feed has one id, title and updated, and an author unless every entry has one.
    for name in ("id", "title", "updated", "author"):
        assert len(root.findall(f"{ATOM}{name}")) == 1, name
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"https://stek-rozenwijk.example.org/{lang}changes.xml"
    entries = root.findall(f"{ATOM}entry")
    assert entries
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        assert entry.findtext(f"{ATOM}id").startswith("tag:stek-rozenwijk.example.org,20")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}title")
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None


def test_the_feed_holds_the_programmes_changes_with_their_reasons(example_site):
    feed = (example_site.site / "changes.xml").read_text(encoding="utf-8")
    programme = example_site.text("programme/index.html")
    assert feed.count("<entry>") >= 1
    # One-off events name their partners and price, in the feed as on their page.
    assert "Met: " in feed and "Prijs: " in feed
    assert "stek-item--cancelled" in programme


def test_entry_ids_stay_the_same_from_one_build_to_the_next(example_site, build_site):
    again = build_site()
    ids = lambda path: re.findall(r"<id>(tag:[^<]+)</id>", path.read_text(encoding="utf-8"))  # noqa: E731
    assert ids(again.site / "changes.xml") == ids(example_site.site / "changes.xml")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_function_has_its_embed_and_feed(example_site, lang):
    sitemap = example_site.text("sitemap.xml")
    for function in FUNCTIONS:
        html = example_site.text(f"{lang}embed/functions/{function}/index.html")
        assert '<meta name="robots" content="noindex">' in html
        assert f"embed/functions/{function}/" not in sitemap
        feed = (example_site.site / f"{lang}functions/{function}.ics").read_text(encoding="utf-8")
        assert feed.startswith("BEGIN:VCALENDAR")
        categories = set(re.findall(r"^CATEGORIES:(.*)\r$", feed, re.M))
        assert len(categories) <= 1


def test_og_locale_takes_the_houses_country_where_the_language_has_it():
    assert [og_locale(lang, "BE") for lang in ("nl", "fr", "en", "ar")] == ["nl_BE", "fr_BE", "en_BE", "ar_EG"]


def test_the_guide_publishes_the_listeners_hash_in_every_language(example_site):
    for lang in LANGUAGES:
        html = example_site.text(f"{lang}programme-on-your-site/index.html")
        assert f"script-src {script_hash()}" in html.replace("&#39;", "'")
        text = html_module.unescape(re.sub(r"<[^>]+>", "", " ".join(re.findall(r"<pre[^>]*>(.*?)</pre>", html, re.S))))
        assert f"<script>{LISTENER}</script>" in text


def test_each_partner_page_links_to_its_snippet(example_site):
    html = example_site.text("partners/caw/index.html")
    assert 'href="../../programme-on-your-site/#embed-caw"' in html
    guide = example_site.text("programme-on-your-site/index.html")
    assert 'id="embed-caw"' in guide and "embed/caw/" in guide
