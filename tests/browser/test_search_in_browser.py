"""Issue 9: search that finds. Words only in page bodies, accents, and in Arabic the hamza forms,
diacritics, ى/ي and ة/ه; the count announced politely; no empty list; nothing from another origin."""

from __future__ import annotations

import pytest

from .test_pages_in_browser import _axe


def _search(page, site_server, lang: str, words: str) -> list[str]:
    page.goto(f"{site_server}{lang}search/")
    page.fill("#stek-q", words)
    page.wait_for_function("document.getElementById('stek-count').textContent !== ''")
    return page.locator("#stek-found li > a").evaluate_all("links => links.map(a => a.getAttribute('href'))")


# language prefix, what a visitor types, a page it must find (its words are only in bodies or differ in form)
FINDS = [
    ("", "huurcontract", "/rights/huurpremie/"),  # only in the bodies of two rights pages
    ("", "huurcontracten", "/rights/huurpremie/"),
    ("fr/", "energie", "/fr/rights/sociaal-tarief-energie/"),  # written "énergie"
    ("ar/", "إيجار", "/ar/rights/huurpremie/"),
    ("ar/", "ايجار", "/ar/rights/huurpremie/"),  # hamza left out
    ("ar/", "اطفال", "/ar/rights/leefloon/"),  # written أطفال
    ("ar/", "محامي", "/ar/rights/juridische-tweedelijnsbijstand/"),
    ("ar/", "تعلم", "/ar/activities/huiswerkklas/"),
    ("ar/", "تعلّم", "/ar/activities/huiswerkklas/"),  # with a shadda
    ("ar/", "مدرسه", "/ar/rights/schooltoeslag/"),  # ه for ة
    ("ar/", "مستشفي", "/ar/rights/dringende-medische-hulp/"),  # ي for ى
]


@pytest.mark.parametrize(("lang", "words", "expected"), FINDS)
def test_search_finds_words_in_the_full_text_in_any_form(page, site_server, lang, words, expected):
    found = _search(page, site_server, lang, words)
    assert expected in found, found
    assert all(href.startswith(f"/{lang}") and not any(href.startswith(f"/{other}/") for other in ("fr", "en", "ar")
               if other + "/" != lang) for href in found), found
    assert all(url.startswith(site_server) for url in page.requests)


# The pages of the built example whose <main> holds a word that begins with what was typed (in Arabic
# after taking away diacritics, hamza forms and the article ال or وال), counted with grep on the built
# site, not with the search. Not in RENT: the dialogue with the city's page, whose only form is
# بإيجار (with the preposition bi- written on to the word).
LEEFLOON = ["/activities/open-onthaal/", "/activities/zitdag-caw/", "/activities/zitdag-sociaal-huis/", "/glossary/",
            "/partners/", "/partners/caw/", "/partners/sociaal-huis/", "/rights/",
            "/rights/juridische-tweedelijnsbijstand/", "/rights/leefloon/", "/rights/sociaal-tarief-energie/",
            "/rights/uitpas-kansentarief/", "/rights/verhoogde-tegemoetkoming/"]
RENT = ["/ar/activities/juridisch-spreekuur/", "/ar/activities/open-onthaal/", "/ar/activities/werkgroep-wonen/",
        "/ar/activities/zitdag-sociaal-huis/", "/ar/glossary/", "/ar/partners/", "/ar/partners/buurtwerk/",
        "/ar/partners/rechtswinkel/", "/ar/partners/sociaal-huis/", "/ar/rights/", "/ar/rights/huurpremie/",
        "/ar/rights/juridische-tweedelijnsbijstand/", "/ar/rights/leefloon/"]


# language prefix, what a visitor types, the pages found, what is announced (Arabic: 11 to 99 take the singular)
@pytest.mark.parametrize(("lang", "words", "pages", "announced"), [
    ("", "leefloon", LEEFLOON, "13 pagina's gevonden."),
    ("ar/", "إيجار", RENT, "وُجدت 13 صفحة."),
], ids=["nl", "ar"])
def test_the_number_of_results_is_announced(page, site_server, lang, words, pages, announced):
    found = _search(page, site_server, lang, words)
    status = page.locator("#stek-count")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    assert sorted(found) == pages
    assert status.inner_text() == announced


def test_nothing_found_leaves_no_empty_list(page, site_server):
    assert _search(page, site_server, "", "xylofoonzwaluw") == []
    assert page.locator("#stek-count").inner_text() == "Niets gevonden."
    assert page.locator("#stek-found").is_hidden()
    assert page.locator("#stek-every").is_hidden()
    page.fill("#stek-q", "")
    page.wait_for_function("document.getElementById('stek-count').textContent === ''")
    assert page.locator("#stek-every").is_visible()


def test_without_javascript_search_lists_every_page(browser, site_server):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_server + "ar/search/")
    assert tab.locator("#stek-search").is_hidden()
    assert tab.locator("#stek-results li").count() > 20
    context.close()


def test_other_pages_load_no_search_script(page, site_server):
    page.goto(site_server + "rights/leefloon/")
    assert not [url for url in page.requests if "pagefind" in url]


def test_results_have_no_axe_violation(page, site_server):
    assert _search(page, site_server, "ar/", "إيجار")
    assert _axe(page) == []
