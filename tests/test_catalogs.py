"""The site's words and the volunteers' messages in gettext catalogs: complete, consistent, current."""

from __future__ import annotations

import string

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from stek.catalogs import LOCALE_DIR, translate
from stek.data.messages import MESSAGES, render
from stek.ui_text import TEXTS, ui

KEYWORDS = {"N_": ((1, "c"), 2), "NP_": ((1, "c"), 2, 3)}
# The catalogs the example ships: the site's words in its four languages, messages in three.
SHIPPED = [("site", "nl"), ("site", "fr"), ("site", "ar"), ("messages", "nl"), ("messages", "fr")]


def catalog(domain: str, lang: str):
    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as file:
        return read_po(file, locale=lang)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize(("domain", "source"), [("site", "ui_text.py"), ("messages", "data/messages.py")])
def test_the_templates_are_current_with_the_code(domain, source):
    """Run `make catalogs` after changing an English text: this fails until then."""
    extracted = {(context, message) for _, message, _, context
                 in extract_from_file("python", str(LOCALE_DIR.parent / source), keywords=KEYWORDS)}
    with (LOCALE_DIR / f"{domain}.pot").open("rb") as file:
        template = {(m.context, m.id) for m in read_po(file) if m.id}
    assert extracted == template


@pytest.mark.parametrize(("domain", "lang"), SHIPPED)
def test_every_text_is_translated_with_the_same_placeholders(domain, lang):
    messages = {m.context: m for m in catalog(domain, lang) if m.id}
    entries = TEXTS if domain == "site" else MESSAGES
    for key, entry in entries.items():
        message = messages[key]
        assert not message.fuzzy, key
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        sources = entry[1:]
        assert all(translations), key
        for text in translations:
            # A plural form may leave out the count ("every week", Arabic's dual "every two weeks").
            assert fields(text) <= fields(" ".join(sources)), (key, text)
            assert fields(text) >= fields(" ".join(sources)) - {"n", "count"}, (key, text)


def test_arabic_says_every_two_weeks_with_the_dual():
    assert ui("every_n_weeks", "ar", n=2).value == "كل أسبوعين"
    assert ui("every_n_weeks", "ar", n=3).value == "كل 3 أسابيع"
    assert ui("every_n_weeks", "ar", n=11).value == "كل 11 أسبوعًا"
    assert ui("every_n_weeks", "nl", n=2).value == "om de 2 weken"
    assert ui("every_n_weeks", "en", n=1).value == "every 1 week"


def test_counts_choose_the_plural_form_of_messages():
    assert render("heading_error", "nl", count=1) == "Fout (1): de site wordt pas gebouwd als ze verbeterd is."
    assert render("heading_error", "nl", count=3) == "Fouten (3): de site wordt pas gebouwd als ze verbeterd zijn."


def test_a_fuzzy_or_empty_translation_falls_back_to_english(tmp_path, monkeypatch):
    import stek.catalogs as catalogs

    folder = tmp_path / "tr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "site.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: tr\\n"\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgctxt "partners"\nmsgid "Partners"\nmsgstr "Ortaklar"\n\n'
        '#, fuzzy\nmsgctxt "search"\nmsgid "Search"\nmsgstr "Ara"\n\n'
        'msgctxt "programme"\nmsgid "Programme"\nmsgstr ""\n', encoding="utf-8")
    monkeypatch.setattr(catalogs, "LOCALE_DIR", tmp_path)
    catalogs._translations.cache_clear()
    try:
        assert ui("partners", "tr") == ("Ortaklar", "tr")
        assert ui("search", "tr") == ("Search", "en")
        assert ui("programme", "tr") == ("Programme", "en")
        assert translate("site", "tr", TEXTS["home"]) is None
    finally:
        catalogs._translations.cache_clear()
