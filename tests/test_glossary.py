"""glossary.yaml: read like the other data files, each mistake at its line with what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from stek.data.errors import Problems
from stek.data.glossary import load_glossary

LANGUAGES = ("en", "nl")
GOOD = "words:\n  - id: ocmw\n    word: OCMW\n    explanation: {en: The social service., nl: De sociale dienst.}\n"

# Columns: glossary.yaml as written, the errors it gives (in the site's default language, English here).
BAD = [
    ("words:\n  - id: leefloon\n    word: leefloon\n",
     ['glossary.yaml:2: A glossary word has no "explanation". Add a line "explanation: ...".']),
    (GOOD + "  - id: ocmw\n    word: CPAS\n    explanation: {en: The same., nl: Hetzelfde.}\n",
     ['glossary.yaml:5: The id "ocmw" is already used (glossary.yaml:2). Give each one an id of its own.']),
    ("words:\n  - id: ocmw\n    word: OCMW\n    explain: {en: The social service., nl: De sociale dienst.}\n",
     ['glossary.yaml:2: A glossary word has no "explanation". Add a line "explanation: ...".',
      'glossary.yaml:4: "explain" is not a field of a glossary word. Remove it, or write one of: id, word, forms, '
      'explanation, avoid. Did you mean "explanation"?']),
    ("words:\n  - id: ocmw\n    word: {en: OCMW, de: Sozialamt}\n    explanation: {en: The social service., nl: De dienst.}\n",
     ['glossary.yaml:3: "de" is not a language of this site. Write one of: en, nl.']),
    ("words:\n  - id: OCMW dienst\n    word: OCMW\n    explanation: {en: The social service., nl: De sociale dienst.}\n",
     ['glossary.yaml:2: "OCMW dienst" is not a valid id. Use only lowercase letters, digits and hyphens, '
      'for example "ocmw-dienst".']),
]


def load(tmp_path: Path, text: str) -> tuple:
    (tmp_path / "glossary.yaml").write_text(text, encoding="utf-8")
    problems = Problems(language=LANGUAGES[0])
    return load_glossary(tmp_path, LANGUAGES, problems), problems


@pytest.mark.parametrize(("text", "errors"), BAD)
def test_each_mistake_names_its_line_and_what_to_write(tmp_path, text, errors):
    _, problems = load(tmp_path, text)
    assert problems.error_lines() == errors


def test_a_word_written_once_is_the_same_in_every_language_and_a_missing_explanation_is_advice(tmp_path):
    glossary, problems = load(tmp_path, GOOD.replace("{en: The social service., nl: De sociale dienst.}",
                                                     "The social service."))
    assert problems.error_lines() == []
    assert problems.advice_lines() == [
        'glossary.yaml:4: "explanation" of "ocmw" has no Dutch translation. Add "nl: ..." to it.']
    assert glossary.terms[0].forms_in("nl") == ("OCMW",)


def test_forms_may_leave_out_any_language_and_make_a_word_explained(tmp_path):
    glossary, problems = load(tmp_path, GOOD + "    forms: {nl: \"OCMW's, Sociaal Huis\"}\n")
    assert (problems.error_lines(), problems.advice_lines()) == ([], [])
    assert glossary.terms[0].forms_in("nl") == ("OCMW", "OCMW's", "Sociaal Huis")
    assert glossary.explains("huis", "nl") and glossary.explains("ocmw", "en") and not glossary.explains("huis", "en")


def test_no_glossary_is_fine(tmp_path):
    glossary = load_glossary(tmp_path, LANGUAGES, Problems())
    assert glossary.terms == ()
