"""Plain-language advice: long sentences and unexplained hard words, at their line, in Dutch and French."""

from __future__ import annotations

import pytest

from stek.editing.plain_language import review, sentences

GLOSSARY = {"leefloon", "ocmw"}  # what a glossary explains, for these tests

# Columns: text, language, expected (line, message, the params that matter).
CASES = [
    # A sentence of 23 words: cut before the conjunction nearest its middle.
    ("Je kan naar de zitdag komen met al je vragen over geld en papieren, ook als je niet weet wat je moet vragen.",
     "nl", [(1, "long_sentence", {"words": 23, "split": "en"})]),
    ("Een zin van twintig woorden is nog goed: één twee drie vier vijf zes zeven acht negen tien elf twaalf.",
     "nl", []),
    ("Je hebt recht op een werkloosheidsuitkering.", "nl", [(1, "hard_word", {"word": "werkloosheidsuitkering"})]),
    ("Indien je wil, mag je komen.", "nl", [(1, "formal_word", {"word": "Indien", "plain": "als"})]),
    ("Vraag het aan de CREG.", "nl", [(1, "unexplained_abbreviation", {"word": "CREG"})]),
    # Explained by the glossary, common, a form of a common word, or two common words put together.
    ("Het OCMW betaalt je leefloon.", "nl", []),
    ("De jeugdruimte is open tijdens de openingsuren.", "nl", []),
    ("Nous réparons votre vélo avec l'UiTPAS. Renvoyez-le vite.", "fr", []),
    ("Nous bavardons un peu.", "fr", [(1, "hard_word", {"word": "bavardons"})]),
    # Each hard word once per text, at its first line; names inside a sentence are left alone.
    ("Vraag een afbetalingsplan.\n\nNog een afbetalingsplan bij Rozenwijk.", "nl",
     [(1, "hard_word", {"word": "afbetalingsplan"})]),
    # Languages without guidance here get no advice.
    ("A werkloosheidsuitkering is hard to say, indeed.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_advice_names_the_line_and_what_to_write(text, lang, expected):
    findings = review(text, lang, 1, lambda word: word in GLOSSARY)
    assert [(f.line, f.message, {k: f.params[k] for k in params}) for f, (_, _, params)
            in zip(findings, expected)] == expected
    assert len(findings) == len(expected)


def test_sentences_keep_their_line_in_markdown():
    text = "## Wat is het?\n\nEen zin. Nog een\nzin over twee regels.\n\n- een punt\n- [een link](https://example.org)\n"
    found = sentences(text, first_line=10)
    assert [(s.line, " ".join(s.words)) for s in found] == [
        (10, "Wat is het"), (12, "Een zin"), (12, "Nog een zin over twee regels"), (15, "een punt"), (16, "een link"),
    ]
