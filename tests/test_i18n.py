"""Languages: every page in every language, its lang and dir, fallback text marked, the switcher."""

from __future__ import annotations

import re

import pytest

from sitebuild import copy_example, run_build
from stek.i18n import Localized
from stek.site.rich_text import block, inline
from stek.ui_text import ui, use_default_language

LANGUAGES = {"nl": "", "fr": "fr/", "en": "en/", "ar": "ar/"}
PAGES = ("", "programme/", "activities/soep-en-babbel/", "activities/nieuwjaarsreceptie-2027/", "partners/",
         "partners/caw/", "rights/", "rights/leefloon/", "rights/huurpremie/", "about/", "search/")
STANDALONE = ("embed/", "embed/caw/", "print/")


def _html_lang(html: str) -> str:
    return re.search(r"<html[^>]* lang=\"([^\"]+)\"", html).group(1)


def _dir(html: str) -> str:
    """The direction on <html>, which must agree with any on <body>."""
    html_dir = re.search(r"<html[^>]* dir=\"(\w+)\"", html).group(1)
    body = re.search(r"<body[^>]* dir=\"(\w+)\"", html)
    assert body is None or body.group(1) == html_dir
    return html_dir


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_its_language_and_direction(example_site, lang):
    for key in PAGES + STANDALONE:
        html = example_site.text(f"{LANGUAGES[lang]}{key}index.html")
        assert _html_lang(html) == lang, key
        assert _dir(html) == ("rtl" if lang == "ar" else "ltr"), key


def test_the_default_language_lives_at_the_root_only(example_site):
    assert not (example_site.site / "nl").exists()


def test_language_switcher_stays_on_the_same_page(example_site):
    html = example_site.text("fr/partners/caw/index.html")
    switcher = re.search(r'<nav class="stek-langs".*?</nav>', html, re.S).group(0)
    links = dict(re.findall(r'href="([^"]+)" hreflang="(\w+)"', switcher))
    assert links == {"../../../partners/caw/": "nl", "./": "fr", "../../../en/partners/caw/": "en",
                     "../../../ar/partners/caw/": "ar"}
    head = re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
    assert ("ar", "https://stek-rozenwijk.example.org/ar/partners/caw/") in head
    assert ("x-default", "https://stek-rozenwijk.example.org/partners/caw/") in head


# Translations with a title and summary but no body yet (the example's are complete).
UNTRANSLATED_BODIES = {f"content/rights/huurpremie.{lang}.md": f"---\ntitle: {title}\nsummary: {summary}\n---\n"
                       for lang, title, summary in (("fr", "Prime de loyer", "De l'argent pour le loyer."),
                                                    ("ar", "منحة الإيجار", "مال للإيجار."))}


@pytest.fixture(scope="module")
def untranslated_site(tmp_path_factory):
    root = copy_example(tmp_path_factory.mktemp("untranslated"), UNTRANSLATED_BODIES)
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def test_an_empty_translated_body_falls_back_to_dutch_marked(untranslated_site):
    html = untranslated_site.text("fr/rights/huurpremie/index.html")
    assert "Ce texte n&#39;est pas encore traduit ; le voici en néerlandais." in html
    assert '<div lang="nl" dir="ltr">' in html
    assert re.search(r"<h1>[^<]*</h1>", html)  # the title is French: no span with another lang


def test_fallback_in_arabic_page_is_left_to_right(untranslated_site):
    html = untranslated_site.text("ar/rights/huurpremie/index.html")
    assert '<div lang="nl" dir="ltr">' in html
    assert "هذا النص غير مترجم بعد" in html


def test_dates_and_day_names_come_from_babel(example_site):
    assert "vendredi 27 novembre" in example_site.text("fr/index.html")
    assert "Friday November 27" in example_site.text("en/index.html")
    assert "الجمعة 27 نوفمبر" in example_site.text("ar/index.html")
    assert "maandag" in example_site.text("programme/index.html")


def test_spoken_languages_are_named_in_the_visitors_language(example_site):
    html = example_site.text("fr/activities/nederlands-oefenen/index.html")
    assert "néerlandais" in html


@pytest.mark.parametrize(("default", "shown"), [("nl", "Zoeken"), ("fr", "Rechercher"), ("pl", "Search")])
def test_a_language_the_catalogs_lack_falls_back_to_the_default_language_marked(default, shown):
    """Issue 15: as the data does; English only where the default language has no catalog either."""
    use_default_language(default)
    try:
        text = ui("search", "tr")
    finally:
        use_default_language("nl")
    really = default if default != "pl" else "en"
    assert text == Localized(shown, really)
    assert inline(text, "tr") == f'<span lang="{really}" dir="ltr">{shown}</span>'


def test_fallback_block_carries_lang_dir_and_note():
    html = block(Localized("Een **tekst**.", "nl"), "ar", note="ملاحظة")
    assert html == ('<div class="stek-fallback"><p class="stek-note">ملاحظة</p>'
                    '<div lang="nl" dir="ltr"><p>Een <strong>tekst</strong>.</p></div></div>')
