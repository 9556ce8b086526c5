"""The pages visitors see: at SPEC.md's URLs, linked to each other, and text always shown as text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from stek.site.rich_text import markdown_html

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = ("", "fr/", "en/", "ar/")


def _ids(file: str, section: str) -> list[str]:
    return [item["id"] for item in yaml.safe_load((ROOT / file).read_text(encoding="utf-8"))[section]]


def _spec_pages() -> list[str]:
    """Every page SPEC.md promises, without the language prefix."""
    activities = _ids("activities.yaml", "activities") + _ids("activities.yaml", "events")
    partners = _ids("partners.yaml", "partners")
    rights = sorted(p.stem for p in (ROOT / "content" / "rights").glob("*.md") if "." not in p.stem)
    return (["", "programme/", "partners/", "rights/", "embed/", "print/", "about/", "search/"]
            + [f"activities/{id}/" for id in activities] + [f"partners/{id}/" for id in partners]
            + [f"embed/{id}/" for id in partners] + [f"rights/{id}/" for id in rights])


def test_every_page_exists_in_every_language(example_site):
    missing = [prefix + key for prefix in PREFIXES for key in _spec_pages()
               if not (example_site.site / prefix / key / "index.html").is_file()]
    assert missing == []
    assert (example_site.site / "404.html").is_file()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])
        if attrs.get("id"):
            self.ids.add(attrs["id"])


def test_every_link_within_the_site_resolves(example_site):
    broken = []
    for page in example_site.site.rglob("*.html"):
        if page.name == "404.html":
            continue
        url = "http://site/" + page.relative_to(example_site.site).as_posix()
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.links:
            target = urljoin(url, href)
            parts = urlsplit(target)
            if parts.scheme != "http" or parts.netloc != "site":
                continue
            path = example_site.site / parts.path.lstrip("/")
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append((page.relative_to(example_site.site).as_posix(), href))
    assert broken == []


def test_navigation_has_sections_not_every_page(example_site):
    html = example_site.text("activities/soep-en-babbel/index.html")
    nav = re.search(r'<nav class="stek-nav.*?</nav>', html, re.S).group(0)
    assert re.findall(r">([^<]+)</a>", nav) == ["Startpagina", "Programma", "Partners", "Je rechten", "Over de STEK",
                                                "Zoeken"]
    assert 'aria-current="page">Programma' in nav
    # Material's sidebars, which list every page, are gone.
    assert "md-sidebar" not in html


def test_home_shows_dated_hours_contact_and_closures(example_site):
    html = example_site.text("index.html")
    # Without JavaScript the page names dates, never "now" or "today" (Friday 27 November 2026).
    assert "Van 27 november tot 3 december" in html
    assert "vrijdag 27 november: open 09:30\u2060–\u206012:30" in html
    assert "zaterdag 28 november: gesloten" in html
    assert 'href="tel:+3251123456"' in html  # 051 12 34 56: +32, the trunk 0 dropped
    assert "openstreetmap.org/search?query=Kerkstraat" in html
    assert "Kerstavond" in html  # 24 December: within 30 days
    assert "<script src" not in html  # no bundle: the only script is inline


def test_programme_marks_functions_with_shape_and_word(example_site):
    html = example_site.text("programme/index.html")
    for mark, word in (("●", "Ontmoeten"), ("▲", "Leren"), ("◆", "Samen je stem laten horen"), ("■", "Hulp vinden")):
        assert f'aria-hidden="true">{mark}</span> {word}' in html


def test_activity_page_links_its_feed_partners_and_rights(example_site):
    html = example_site.text("fr/activities/zitdag-sociaal-huis/index.html")
    assert 'href="../zitdag-sociaal-huis.ics"' in html
    assert 'href="../../partners/sociaal-huis/"' in html
    assert 'href="../../rights/leefloon/"' in html


@pytest.mark.parametrize(("lang", "free"), [("", "Gratis"), ("fr/", "Gratuit"), ("en/", "Free"), ("ar/", "مجاني")])
def test_price_0_is_shown_as_free_in_each_language(example_site, lang, free):
    html = example_site.text(f"{lang}activities/nederlands-oefenen/index.html")
    assert re.search(rf">\s*{free}\s*<", html)


def test_rights_page_says_where_and_when_to_ask(example_site):
    html = example_site.text("rights/leefloon/index.html")
    # Under the page's own heading (SPEC's order), not under one of the template's (issue 18).
    assert html.count("Waar kan je terecht in de STEK?</h2>") == 1
    assert "Waar en wanneer kan je het vragen?" not in html
    assert 'href="../../activities/zitdag-sociaal-huis/"' in html
    assert "Identiteitskaart of verblijfskaart" in html


def test_poster_has_an_inline_qr_code_to_the_site(example_site):
    html = example_site.text("ar/print/index.html")
    assert "<svg" in html and "https://stek-rozenwijk.example.org/ar/" in html


def test_sitemap_is_absolute_with_every_language(example_site):
    sitemap = example_site.text("sitemap.xml")
    assert "<loc>https://stek-rozenwijk.example.org/partners/caw/</loc>" in sitemap
    assert 'hreflang="ar" href="https://stek-rozenwijk.example.org/ar/partners/caw/"' in sitemap
    # One entry per language version, each with every version as an alternate.
    for lang in ("", "fr/", "en/", "ar/"):
        assert sitemap.count(f"<loc>https://stek-rozenwijk.example.org/{lang}rights/leefloon/</loc>") == 1
    assert sitemap.count('hreflang="fr" href="https://stek-rozenwijk.example.org/fr/rights/leefloon/"') == 4
    assert example_site.text("robots.txt").endswith("Sitemap: https://stek-rozenwijk.example.org/sitemap.xml\n")


TITLE = '<b>Soep & "babbel"</b>'


def test_text_typed_by_a_volunteer_never_renders_as_markup(build_site):
    activities = (ROOT / "activities.yaml").read_text(encoding="utf-8")
    start = activities.index("  - id: soep-en-babbel")
    end = activities.index("\n  - id:", start + 1)
    item = activities[start:end]
    item = re.sub(r"    title: .*\n", "    title: '<b>Soep & \"babbel\"</b>'\n", item, count=1)
    item = re.sub(r"    description:\n      nl: \|\n", "    description:\n      nl: |\n        <script>alert(1)</script> [klik](javascript:alert(1))\n\n", item, count=1)
    # One title for every language: the other languages show it as fallback (a warning, not --strict).
    build = build_site({"activities.yaml": activities[:start] + item + activities[end:]})
    assert build.returncode == 0, build.output
    for path in ("activities/soep-en-babbel/index.html", "programme/index.html", "fr/activities/soep-en-babbel/index.html",
                 "partners/sociaal-huis/index.html", "search/index.html"):
        html = build.text(path)
        assert "<b>Soep" not in html, path
        assert "&lt;b&gt;Soep &amp; " in html, path
    html = build.text("activities/soep-en-babbel/index.html")
    assert "<title>&lt;b&gt;Soep &amp; &#34;babbel&#34;&lt;/b&gt; - STEK Rozenwijk</title>" in html
    assert "<script>alert" not in html and "javascript:" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_description_links_only_to_safe_schemes():
    html = markdown_html("[a](javascript:x) [b](https://example.org) [c](tel:+3251123456) ![i](https://e.org/i.png)")
    assert html == ('<p><span>a</span> <a href="https://example.org">b</a> <a href="tel:+3251123456">c</a> '
                    '![i](https://e.org/i.png)</p>')


# Worked out by hand from SPEC "Contact": kept as written, linked in international form (+32…),
# the trunk 0 dropped; "(0)" after the country code is the trunk 0 written for callers at home.
PHONE_LINKS = [
    # written, link
    ("051 23 45 67", "tel:+3251234567"),
    ("0512345678", "tel:+32512345678"),  # ten digits, as written: 0 51 234 56 78
    ("+32 (0)51 23 45 67", "tel:+3251234567"),
    ("+32 (0)59 55 66 77", "tel:+3259556677"),
    ("+32 51 23 45 67", "tel:+3251234567"),
    ("0470 12 34 56", "tel:+32470123456"),
    ("0032 51 23 45 67", "tel:+3251234567"),
    ("+31 20 123 4567", "tel:+31201234567"),
    ("1700", "tel:1700"),
]


@pytest.mark.parametrize(("written", "link"), PHONE_LINKS)
def test_phone_numbers_link_with_the_digits_to_dial(written, link):
    from stek.data.contact import tel_link

    assert tel_link(written) == link


def test_issue_19_partner_pages_and_the_house_link_phones_by_one_rule(build_site):
    """The partner page had a copy of the rule of its own: "+32 (0)51…" became tel:+32051…, never dialled."""
    root = Path(__file__).parent.parent
    partners = (root / "partners.yaml").read_text(encoding="utf-8").replace(
        "phone: 051 23 45 67", "phone: +32 (0)51 23 45 67")
    mkdocs = (root / "mkdocs.yml").read_text(encoding="utf-8").replace("phone: 051 12 34 56", "phone: 051 23 45 67")
    build = build_site({"partners.yaml": partners, "mkdocs.yml": mkdocs})
    assert build.returncode == 0, build.output
    sociaal_huis = build.text("partners/sociaal-huis/index.html")
    assert '<a href="tel:+3251234567" dir="ltr">+32 (0)51 23 45 67</a>' in sociaal_huis
    assert '<a href="tel:+32470123456" dir="ltr">0470 12 34 56</a>' in build.text("fr/partners/jeugdhuis/index.html")
    # The house's footer, on every page.
    assert '<a href="tel:+3251234567" dir="ltr">051 23 45 67</a>' in build.text("index.html")
    assert '<a href="tel:+3251234567" dir="ltr">051 23 45 67</a>' in sociaal_huis


def test_phone_numbers_and_lists_read_right_in_arabic(example_site):
    home = example_site.text("ar/index.html")
    assert 'href="tel:+3251123456" dir="ltr">051 12 34 56</a>' in home
    assert "<bdi>Kerkstraat 12, 8800 Roeselare</bdi>" in home
    programme = example_site.text("ar/programme/index.html")
    text = re.sub(r"<[^>]+>", "", re.sub(r"<bdi>.*?</bdi>", "", programme))  # the address is Dutch, as written
    assert "، " in text
    assert not re.search(r"\d, [\d\u0600-\u06ff]", text)  # times and weeks are not listed with a Latin comma
