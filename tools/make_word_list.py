"""Write the word lists of the plain-language advice: plugins/stek/editing/words/<lang>.txt.

The advice (plugins/stek/editing/plain_language.py) calls a word common when it is used once in
a million words or more (3 on the Zipf scale). It used to ask the wordfreq package, whose data
stopped in 2021 and which brought six packages with it; its "small" lists for Dutch and French
now live in the package as plain text, and this script is how they were made. It was run once,
with wordfreq 3.1.1. To run it again (it needs nothing of the project):

    python3 -m venv /tmp/wordfreq-venv
    /tmp/wordfreq-venv/bin/pip install wordfreq==3.1.1
    /tmp/wordfreq-venv/bin/python tools/make_word_list.py

Each file holds one word a line, the most frequent first, in bands of words used equally often:
a line "# 4.52" starts a band and gives its frequency on wordfreq's Zipf scale (4.52: used
10**4.52 times in a billion words). wordfreq rounds its frequencies to hundredths of a Zipf unit,
so the bands are the whole of its data, not an approximation; within a band the words are in
alphabetical order, as wordfreq keeps them. Only words
the advice can look up are kept: letters, with an apostrophe inside (aujourd'hui, zo'n); no
numbers, no punctuation, no emoji. The data is CC BY-SA 4.0; words/LICENSE.md says whose.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

import wordfreq

LANGUAGES = ("nl", "fr")
WORDLIST = "small"  # every word down to Zipf 3, the advice's threshold
FOLDER = Path(__file__).resolve().parent.parent / "plugins" / "stek" / "editing" / "words"
# What the advice can ask about: the tokens of a word of letters joined by hyphens and apostrophes.
_LOOKED_UP = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def main() -> None:
    if version("wordfreq") != "3.1.1":
        sys.exit(f"wordfreq {version('wordfreq')} is installed; the lists were made with 3.1.1.")
    for lang in LANGUAGES:
        lines, count = [], 0
        # get_frequency_list gives wordfreq's bands: band i holds the words used 10**(-i/100) of the time.
        for band, words in enumerate(wordfreq.get_frequency_list(lang, WORDLIST)):
            kept = [word + "\n" for word in words if _LOOKED_UP.fullmatch(word)]
            if kept:
                lines += [f"# {wordfreq.cB_to_zipf(-band):.2f}\n", *kept]
                count += len(kept)
        (FOLDER / f"{lang}.txt").write_text("".join(lines), encoding="utf-8", newline="\n")
        print(f"{lang}: {count} words")


if __name__ == "__main__":
    main()
