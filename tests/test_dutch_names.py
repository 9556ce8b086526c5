"""Issue 16: Dutch names inside French, English and Arabic text carry lang="nl" (WCAG 3.1.2).

The glossary's words in Dutch and the names listed under `dutch_names:` in glossary.yaml are
marked in text only: never in a tag, an attribute, a link's address or code, and never inside
something already in a language of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup

from stek.data.errors import Problems
from stek.data.glossary import Glossary, Term, load_glossary
from stek.i18n import Translated
from stek.site.rich_text import mark_language

LANGUAGES = ("nl", "fr", "en", "ar")
GLOSSARY = Glossary(
    (Term(id="ocmw", word=Translated({"nl": "OCMW", "fr": "CPAS"}, "nl"),
          explanation=Translated({"nl": "x"}, "nl")),),
    dutch_names=("Sociaal Huis", "Sociaal Huis Rozenwijk"),
)
PATTERN = GLOSSARY.default_words_pattern("nl")


# the HTML of a French text, the same HTML with the Dutch names marked (written by hand)
@pytest.mark.parametrize(("html", "marked"), [
    ("<p>Allez au Sociaal Huis.</p>", '<p>Allez au <span lang="nl">Sociaal Huis</span>.</p>'),
    # the longest name wins; a glossary word in Dutch counts too, in any case
    ("<p>Le Sociaal Huis Rozenwijk (ocmw)</p>", '<p>Le <span lang="nl">Sociaal Huis Rozenwijk</span> '
                                                '(<span lang="nl">ocmw</span>)</p>'),
    # a link's text yes, its address and attributes no
    ('<a href="https://x.be/Sociaal Huis" title="OCMW">OCMW</a>',
     '<a href="https://x.be/Sociaal Huis" title="OCMW"><span lang="nl">OCMW</span></a>'),
    # code as written, and text already in a language of its own, stay as they are
    ("<p><code>OCMW</code> <span lang=\"nl\">OCMW <b>OCMW</b></span></p>",
     "<p><code>OCMW</code> <span lang=\"nl\">OCMW <b>OCMW</b></span></p>"),
    ('<div lang="nl"><p>Sociaal Huis</p></div><p>OCMW<br>OCMW</p>',
     '<div lang="nl"><p>Sociaal Huis</p></div><p><span lang="nl">OCMW</span><br><span lang="nl">OCMW</span></p>'),
    # part of a longer word: not a name
    ("<p>OCMW-kantoor, SOCMW</p>", "<p>OCMW-kantoor, SOCMW</p>"),
])
def test_names_in_french_text_are_marked(html, marked):
    assert mark_language(Markup(html), PATTERN, "nl", "fr") == marked


def test_in_arabic_the_dutch_name_runs_left_to_right():
    assert mark_language(Markup("<p>اذهب إلى Sociaal Huis</p>"), PATTERN, "nl", "ar") == (
        '<p>اذهب إلى <span lang="nl" dir="ltr">Sociaal Huis</span></p>')


def test_marking_twice_marks_once():
    once = mark_language(Markup("<p>Sociaal Huis</p>"), PATTERN, "nl", "en")
    assert mark_language(once, PATTERN, "nl", "en") == once


def test_dutch_text_is_left_alone():
    assert mark_language(Markup("<p>Sociaal Huis</p>"), PATTERN, "nl", "nl") == "<p>Sociaal Huis</p>"


def _load(tmp_path: Path, text: str) -> tuple[Glossary, list[str]]:
    (tmp_path / "glossary.yaml").write_text(text, encoding="utf-8")
    problems = Problems()
    glossary = load_glossary(tmp_path, LANGUAGES, problems)
    return glossary, [f"{p.file}:{p.line}: {p.text('en')}" for p in problems.errors]


WORD = "words:\n  - id: ocmw\n    word: OCMW\n    explanation: De sociale dienst.\n"


def test_the_listed_names_are_read(tmp_path):
    glossary, errors = _load(tmp_path, WORD + "dutch_names:\n  - Sociaal Huis\n  - Groeipakket\n")
    assert errors == []
    assert glossary.dutch_names == ("Sociaal Huis", "Groeipakket")


# the list as a volunteer wrote it (after the one word), the messages with file:line
@pytest.mark.parametrize(("names", "messages"), [
    ("dutch_names:\n  - Sociaal Huis, Groeipakket\n",
     ['glossary.yaml:6: "Sociaal Huis, Groeipakket" holds more than one name. Write each name on its own line, '
      'starting with "- ": Sociaal Huis, Groeipakket.']),
    ("dutch_names:\n  - Sociaal Huis\n  - Groeipakket\n  - sociaal huis\n",
     ['glossary.yaml:8: "sociaal huis" is already in the list (glossary.yaml:6). Remove this line.']),
    ("dutch_names:\n  - name: Sociaal Huis\n",
     ['glossary.yaml:6: "dutch_names" must be a single text, not a list or a block of fields. '
      'Write "dutch_names: ..." on one line.']),
    ("dutch_name:\n  - Sociaal Huis\n",
     ['glossary.yaml:5: "dutch_name" is not a field of this file. Remove it, or write one of: words, dutch_names. '
      'Did you mean "dutch_names"?']),
], ids=["comma", "twice", "a-map", "misspelt"])
def test_mistakes_in_the_list_say_where(tmp_path, names, messages):
    assert _load(tmp_path, WORD + names)[1] == messages


# a page of the example in each other language, a Dutch name its own text uses (checked in the sources)
@pytest.mark.parametrize(("page", "name"), [
    ("fr/glossary/index.html", "Sociaal Huis"),  # "Dans notre ville, il s'appelle le Sociaal Huis."
    ("en/glossary/index.html", "Sociaal Huis"),  # "In our town it is called the Sociaal Huis."
    ("ar/glossary/index.html", "Sociaal Huis"),  # "في مدينتنا اسمها Sociaal Huis."
    ("fr/rights/leefloon/index.html", "OCMW"),
    ("ar/rights/leefloon/index.html", "leefloon"),
])
def test_dutch_names_on_the_example_pages_are_marked(example_site, page, name):
    html = example_site.text(page)
    direction = ' dir="ltr"' if page.startswith("ar/") else ""
    assert f'<span lang="nl"{direction}>{name}</span>' in html
    # never inside a tag's attributes, and never a lang inside a lang
    assert '="<span' not in html and '<span lang="nl"><span lang="nl"' not in html


def test_an_arabic_page_names_christmas_in_arabic(example_site):
    # The example's build day is 27 November 2026: 25 December is in the home page's eight weeks.
    html = example_site.text("ar/index.html")
    assert "عيد الميلاد" in html and "Kerstmis" not in html
