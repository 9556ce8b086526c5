"""How often a word is used in Dutch or French, from the word lists in words/ (wordfreq's data).

The lists (words/nl.txt, words/fr.txt) are wordfreq 3.1.1's "small" lists, written out by
tools/make_word_list.py: every word used once in a million words or more. `zipf_frequency` gives
what wordfreq's `zipf_frequency(word, lang, wordlist="small")` gave for the words the
plain-language advice asks about (letters, joined by hyphens and apostrophes), so the advice did
not change when wordfreq left: a hyphenated word is looked up part by part and its parts'
frequencies are combined as wordfreq combines them, and a French elision (l'homme) is split off.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

LANGUAGES = ("nl", "fr")

# wordfreq splits "l'" off a word when one or two letters and an apostrophe come before one of
# these (its tokens.py, INITIAL_VOWEL_EXPR, lower case: the text is case-folded first).
_ELISION = re.compile(r"(\w\w?)'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")


@cache
def _bands(lang: str) -> dict[str, int]:
    """Each word of the language's list and its band: -100 × log10 of its frequency (centibels)."""
    bands: dict[str, int] = {}
    text = files("stek.editing").joinpath("words", f"{lang}.txt").read_text(encoding="utf-8")
    for band in text.split("# ")[1:]:  # a band's "# 4.52" line, then its words, one a line
        zipf, *words = band.split("\n")
        bands.update(dict.fromkeys(words, round((9 - float(zipf)) * 100)))  # Zipf 4.52 is band 448
    bands.pop("", None)  # after the file's last line break
    return bands


def _tokens(word: str) -> list[str]:
    """The parts wordfreq looks up: split at hyphens, and after an elided article (l'homme)."""
    tokens = []
    for part in unicodedata.normalize("NFC", word).casefold().split("-"):
        while match := _ELISION.match(part):
            tokens.append(match[1])
            part = part[match.end():]
        if part.strip("'"):
            tokens.append(part.strip("'"))
    # Only now does wordfreq straighten curly apostrophes: zo’n is looked up as zo'n, but l’homme is not split.
    return [token.replace("’", "'") for token in tokens]


@lru_cache(maxsize=50_000)
def zipf_frequency(word: str, lang: str) -> float:
    """How often `word` is used: 3 is once in a million words, 4 ten times; 0 when it is not in the list.

    A word of several parts (hyphenated) is rarer than each: 1/f = 1/f1 + 1/f2 + ...
    The arithmetic is wordfreq's, rounding included, so that the result is the same to the last digit.
    """
    bands = _bands(str(lang))  # a language read from YAML is a Str, which functools.cache keeps apart from "nl"
    tokens = _tokens(word)
    if not tokens or any(token not in bands for token in tokens):
        return 0.0
    freq = 1.0 / sum(1.0 / 10 ** (-bands[token] / 100) for token in tokens)
    # wordfreq keeps 3 significant digits of the frequency, then 2 decimals of the Zipf value.
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)
