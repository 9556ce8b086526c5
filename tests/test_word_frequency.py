"""Word frequencies from the lists in the package (words/nl.txt, words/fr.txt), without wordfreq."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.resources import files

import pytest

from stek.editing.plain_language import is_rare
from stek.editing.word_frequency import LANGUAGES, zipf_frequency

WORDS = files("stek.editing").joinpath("words")

# Columns: word, language, its Zipf frequency. Single words: the band ("# 5.73") above the word
# in words/<lang>.txt. Several parts: 1/f = 1/f1 + 1/f2 with f = 10**(zipf - 9), worked out by hand.
CASES = [
    ("huis", "nl", 5.73),
    ("Huis", "nl", 5.73),          # case does not matter
    ("maison", "fr", 5.53),
    ("huis", "fr", 3.39),          # each language its own list
    ("leefloon", "nl", 0.0),       # not in the list: rarer than once in a million words
    ("bavardons", "fr", 0.0),
    # peut 6.19, être 6.38: 1/(1/10**-2.81 + 1/10**-2.62) = 9.41e-4; log10 + 9 = 5.97
    ("peut-être", "fr", 5.97),
    # e 5.40, mail 4.90: 1/(1/10**-3.60 + 1/10**-4.10) = 6.03e-5; log10 + 9 = 4.78
    ("e-mail", "nl", 4.78),
    # l 7.26, homme 5.71: the elided article is a word of its own; 4.99e-4, so 5.70
    ("l'homme", "fr", 5.70),
    ("l’homme", "fr", 0.0),        # with a curly apostrophe it stays one word, as in wordfreq
    ("huis-leefloon", "nl", 0.0),  # one part unknown: the whole is
]


@pytest.mark.parametrize(("word", "lang", "expected"), CASES)
def test_frequency_is_wordfreqs(word, lang, expected):
    assert zipf_frequency(word, lang) == expected


# Columns: word, language, rare. Judged by a reader, not by the lists: everyday words are common,
# forms of them too (werkt, réparons), a rare conjugation or a long official word is not.
RARE = [
    ("werk", "nl", False),
    ("werkt", "nl", False),
    ("afbetalingsplan", "nl", True),
    ("kinderbijslag", "nl", False),   # kinder + bijslag: two words a reader knows
    ("maison", "fr", False),
    ("réparons", "fr", False),
    ("bavardons", "fr", True),
]


@pytest.mark.parametrize(("word", "lang", "rare"), RARE)
def test_rare_and_common_words(word, lang, rare):
    assert is_rare(word, lang) is rare


@pytest.mark.parametrize("lang", LANGUAGES)
def test_word_list_is_bands_of_words_most_frequent_first(lang):
    lines = WORDS.joinpath(f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    bands = [float(line[2:]) for line in lines if line.startswith("# ")]
    words = [line for line in lines if not line.startswith("#")]
    assert lines[0].startswith("# ")
    assert bands == sorted(bands, reverse=True) and len(set(bands)) == len(bands)
    assert min(bands) >= 3.0          # the advice's threshold: nothing rarer is needed
    assert 25_000 < len(words) == len(set(words))
    assert all(re.fullmatch(r"[^\W\d_]+(?:'[^\W\d_]+)*", word) for word in words)


def test_licence_beside_the_data():
    licence = WORDS.joinpath("LICENSE.md").read_text(encoding="utf-8")
    for credit in ("Robyn Speer", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", "SUBTLEX",
                   "OpenSubtitles", "Wikipedia", "Google Books Ngram"):
        assert credit in licence


# Run in a fresh interpreter where importing wordfreq fails, as in an install without it.
WITHOUT_WORDFREQ = """
import sys
class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "wordfreq":
            raise ImportError("wordfreq is not installed")
sys.meta_path.insert(0, Blocked())
from stek.editing.plain_language import review
for text, lang in [("Vraag een afbetalingsplan aan je werk.", "nl"), ("Nous bavardons dans la maison.", "fr")]:
    print(lang, [f.params["word"] for f in review(text, lang, 1, lambda word: False)])
print("wordfreq" in sys.modules)
"""


def test_advice_without_wordfreq():
    result = subprocess.run([sys.executable, "-c", WITHOUT_WORDFREQ], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == ["nl ['afbetalingsplan']", "fr ['bavardons']", "False"]
