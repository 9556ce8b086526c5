"""Plain-language advice for Dutch and French text: long sentences, and hard words nobody explains.

About one in seven adults in Flanders reads with difficulty, and many visitors read Dutch as a
second language. The rules come from Flemish public guidance on clear language:

- Sentences. Wablieft (the Flemish centre for clear language) advises short, active sentences of
  15 to 20 words (Farida Barki, Wablieft, as quoted by Fonds 127:
  https://fonds127.be/nl/nieuws/nieuwsbericht/detail/10000-stappen-op-het-werk-1). We advise
  from 21 words on, and suggest where to cut.
- Words. The Vlaamse overheid's "Heerlijk helder" checklist for writers
  (https://overheid.vlaanderen.be/communicatie/heerlijk-helder/checklists-voor-teksten):
  "De tekst bevat geen formele en zwaarwichtige woorden", "weinig moeilijke woorden en legt de
  moeilijke woorden uit", "Er staat uitleg bij de afkortingen die niet algemeen bekend zijn".
  A word is hard when it is not common and either long (16 letters or more: a long compound
  like werkloosheidsuitkering is hard even when its parts are known) or
  unknown: not among the about 30,000 most frequent words of the language (Zipf frequency 3,
  one in a million words, and more: wordfreq's "small" list, kept in words/ as plain text), nor
  a form of one (leeftijden, réparons), nor in Dutch a compound of two of them (jeugd+ruimte,
  opening+s+uren), which a reader puts together from words they know. It is explained when the
  glossary (glossary.yaml) has it. Capitalised words inside a sentence
  are names (Rozenwijk, Groeipakket) and are left alone.
- Official words and their everyday alternative, after "Communiceren met mensen in armoede"
  (https://www.communicerenmetarmen.be/4-uitwerking/een-toegankelijke-taal/: "niet 'doorgaans',
  maar 'vaak'"): the tables below.

All of it is advice: it never stops a build, --strict included (SPEC "Errors, warnings, advice").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from stek.data.errors import Problems
from stek.data.glossary import GLOSSARY_FILE_NAME
from stek.data.loading import Map, Node, Seq, Str
from stek.data.model import Stek
from stek.editing.word_frequency import zipf_frequency

ACTIVITIES_FILE_NAME = "activities.yaml"

LANGUAGES = ("nl", "fr")  # the languages whose guidance and word lists we have
LONG_SENTENCE = 20        # Wablieft: 15 to 20 words a sentence
LONG_WORD = 16            # letters: long compounds like werkloosheidsuitkering (22)
RARE_ZIPF = 3.0           # one in a million words of everyday text and more (wordfreq's Zipf scale) is common
SHORT_WORD = 6            # short words are never flagged for rarity: names of things, not jargon

# Official words and what to write instead.
FORMAL_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "doorgaans": "vaak", "indien": "als", "teneinde": "om", "alsook": "en", "middels": "met",
        "inzake": "over", "omtrent": "over", "betreffende": "over", "woonachtig": "wonen",
        "verstrekken": "geven", "verstrekt": "gegeven", "reeds": "al", "thans": "nu",
        "derhalve": "daarom", "desalniettemin": "toch", "tevens": "ook", "alvorens": "voor",
        "bijgevolg": "daarom", "conform": "volgens", "gedomicilieerd": "ingeschreven",
        "woonst": "huis", "aanvang": "begin", "dienen": "moeten", "dient": "moet",
        "ontvangt": "krijgt", "wensen": "willen", "wenst": "wilt", "echter": "maar",
        "zodoende": "zo", "aldus": "zo", "ingevolge": "door", "trachten": "proberen",
    },
    "fr": {
        "afin": "pour", "toutefois": "mais", "néanmoins": "mais", "préalablement": "avant",
        "ultérieurement": "plus tard", "effectuer": "faire", "solliciter": "demander",
        "percevoir": "recevoir", "octroyer": "donner", "octroyé": "donné", "domicilié": "inscrit",
        "auprès": "chez", "lors": "pendant", "dorénavant": "à partir de maintenant",
        "nonobstant": "malgré", "susmentionné": "ce", "ci-joint": "avec cette lettre",
        "s'avérer": "être", "procéder": "faire", "requérir": "demander", "bénéficier": "avoir droit à",
    },
}
# Where a long sentence can be cut: before a conjunction or a relative pronoun.
_CUT_WORDS = {
    "nl": {"en", "maar", "want", "omdat", "dus", "of", "als", "dan", "die", "dat", "zodat", "terwijl", "wanneer"},
    "fr": {"et", "mais", "car", "parce", "donc", "ou", "si", "qui", "que", "quand", "lorsque", "alors"},
}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ABBREVIATION = re.compile(r"[A-Z]{2,}")
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’]", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:-t)?-(?:le|la|les|moi|toi|nous|vous|lui|leur|en|y|il|elle|ils|elles|on)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"(?:https?://|mailto:|tel:|www\.)\S+")


@dataclass(frozen=True)
class Finding:
    """One piece of advice: where, which message, and what to put in it."""

    line: int
    message: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    line: int
    words: tuple[str, ...]
    text: str


def sentences(text: str, first_line: int = 1) -> list[Sentence]:
    """The sentences of a Markdown text, each with the line it starts on.

    A heading and a list item end a sentence, as a reader sees them; so does a blank line.
    """
    result: list[Sentence] = []
    parts: list[tuple[int, str]] = []  # the lines of the paragraph being read

    def flush() -> None:
        if not parts:
            return
        joined, starts = "", []
        for line, part in parts:
            starts.append((len(joined), line))
            joined += part + " "
        position = 0
        for piece in _SENTENCE_END.split(joined):
            index = joined.find(piece, position)
            position = index + len(piece)
            line = max((ln for start, ln in starts if start <= index), default=parts[0][0])
            words = tuple(_WORD.findall(piece))
            if words:
                result.append(Sentence(line, words, piece.strip()))
        parts.clear()

    for number, raw in enumerate(text.split("\n"), start=first_line):
        line = _URL.sub(" ", _LINK.sub(r"\1", raw)).replace("**", "").replace("__", "")
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            parts.append((number, stripped.lstrip("#").strip()))
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            parts.append((number, _LIST_ITEM.sub("", line, count=1)))
        else:
            parts.append((number, stripped))
    flush()
    return result


# Endings of inflected forms, and what the word they come from ends in.
_ENDINGS = {
    "nl": (("en", ("",)), ("s", ("",)), ("e", ("",)), ("t", ("", "en")), ("d", ("", "en")), ("te", ("en",)),
           ("de", ("en",)), ("ers", ("", "en")), ("er", ("",)), ("jes", ("",)), ("je", ("",))),
    "fr": (("issons", ("ir",)), ("issez", ("ir",)), ("eons", ("er",)), ("ons", ("er", "re", "ir")),
           ("ez", ("er", "re", "ir")), ("ent", ("er", "re", "ir", "")), ("ées", ("er", "é")), ("ée", ("er", "é")),
           ("és", ("er", "é")), ("es", ("e", "")), ("s", ("",)), ("x", ("",)), ("e", ("",))),
}
_LINKS = ("", "s", "e", "en")  # Dutch compounds join their parts with these: opening+s+uren


@lru_cache(maxsize=50_000)
def _common(word: str, lang: str) -> bool:
    return len(word) >= 2 and zipf_frequency(word, lang) >= RARE_ZIPF


@lru_cache(maxsize=50_000)
def _form_of_common(word: str, lang: str) -> bool:
    if _common(word, lang):
        return True
    for ending, replacements in _ENDINGS[lang]:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            # A doubled consonant is how Dutch spells a short vowel before -en: vonnis, vonnissen.
            stems = [stem, stem[:-1]] if len(stem) > 3 and stem[-1] == stem[-2] else [stem]
            if stem.endswith("ç"):  # French spells c as ç before o and a: exerçons, exercer
                stems.append(stem[:-1] + "c")
            if any(_common(s + r, lang) for s in stems for r in replacements):
                return True
    return False


@lru_cache(maxsize=20_000)
def is_rare(word: str, lang: str) -> bool:
    """Neither a common word, nor a form of one, nor (in Dutch) two of them put together."""
    if _form_of_common(word, lang):
        return False
    if lang == "nl":
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if _form_of_common(tail, lang) and any(
                    head.endswith(link) and _common(head[:len(head) - len(link)], lang) for link in _LINKS):
                return False
    return True


def review(text: str, lang: str, first_line: int, explained: Callable[[str], bool]) -> list[Finding]:
    """Advice on one text in `lang` (nl or fr) whose first line is `first_line` in its file.

    `explained(word)` says whether the glossary explains a word (lower case). Each hard word is
    named once per text, where it first appears.
    """
    if lang not in LANGUAGES:
        return []
    findings: list[Finding] = []
    seen: set[str] = set()
    for sentence in sentences(text, first_line):
        if len(sentence.words) > LONG_SENTENCE:
            findings.append(Finding(sentence.line, "long_sentence", {
                "words": len(sentence.words), "start": " ".join(sentence.words[:5]),
                "limit": LONG_SENTENCE, "split": _cut(sentence.words, lang)}))
        for finding in _hard_words(sentence, lang, explained, seen):
            findings.append(finding)
    return findings


def _hard_words(sentence: Sentence, lang: str, explained: Callable[[str], bool], seen: set[str]) -> Iterator[Finding]:
    for index, written in enumerate(sentence.words):
        word, lower, kind, capital = _word(written, lang)
        if lower in seen or explained(lower):
            continue
        if kind == "formal_word":
            seen.add(lower)
            yield Finding(sentence.line, kind, {"word": word, "plain": FORMAL_WORDS[lang][lower]})
        elif kind == "unexplained_abbreviation":
            seen.add(lower)
            yield Finding(sentence.line, kind, {"word": word})
        elif index > 0 and capital:
            continue  # a name: Rozenwijk, Sociaal Huis
        elif kind == "hard_word":
            seen.add(lower)
            yield Finding(sentence.line, kind, {"word": word})


@lru_cache(maxsize=50_000)
def _word(written: str, lang: str) -> tuple[str, str, str, bool]:
    """A word as the advice names it, in lower case, what it is when no glossary explains it (a
    message, or ""), and whether it starts with a capital: worked out once per word, not each time."""
    word = written
    if lang == "fr":
        # l'UiTPAS, n'écrivons, renvoyez-le: the word is what follows the apostrophe, before the pronoun
        word = _PRONOUN.sub("", _ELISION.sub("", word))
    lower = word.lower()
    if lower in FORMAL_WORDS[lang]:
        kind = "formal_word"
    elif _ABBREVIATION.fullmatch(word):
        kind = "unexplained_abbreviation"
    elif not _common(lower, lang) and (len(lower) >= LONG_WORD or (len(lower) > SHORT_WORD and is_rare(lower, lang))):
        kind = "hard_word"
    else:
        kind = ""
    return word, lower, kind, word[:1].isupper()


def _cut(words: tuple[str, ...], lang: str) -> str:
    """The conjunction nearest the middle of a long sentence: where to end the first sentence."""
    middle = len(words) / 2
    candidates = [i for i, w in enumerate(words) if w.lower() in _CUT_WORDS[lang] and 3 <= i <= len(words) - 3]
    index = min(candidates, key=lambda i: abs(i - middle)) if candidates else round(middle)
    return words[index]


def measure(text: str, lang: str, explained: Callable[[str], bool]) -> dict:
    """Average sentence length and the share of unexplained hard words, for bench/plain_language.py."""
    found = sentences(text)
    words = [w for s in found for w in s.words]
    hard = [f for f in review(text, lang, 1, explained) if f.message != "long_sentence"]
    return {"sentences": len(found), "words": len(words),
            "average": len(words) / len(found) if found else 0.0,
            "long_sentences": sum(len(s.words) > LONG_SENTENCE for s in found),
            "hard_words": len(hard), "hard_share": len(hard) / len(words) if words else 0.0,
            "examples": [f.params["word"] for f in hard]}


# --------------------------------------------------------------------------- the site's texts

def advise_plain_language(stek: Stek, problems: Problems, activities: Map | None,
                          rights: dict[str, tuple[Node, str, int]]) -> None:
    """Advice on every Dutch and French text volunteers write: rights pages, summaries, descriptions.

    It reads the texts as the loader found them, with their lines: `activities` is activities.yaml
    as parsed, `rights` each rights file's front matter, body and the line the body starts on.
    """
    glossary = stek.glossary

    def advise(file: str, text: str, lang: str, line: int) -> None:
        for finding in review(text, lang, line, lambda word: glossary.explains(word, lang)):
            # A hard word is one the glossary does not explain: worked out from glossary.yaml too.
            reads = () if finding.message == "long_sentence" else (GLOSSARY_FILE_NAME,)
            problems.advise(file, finding.line, finding.message, reads=reads, **finding.params)

    for page in stek.rights.values():
        for lang, file in page.files.items():
            if lang not in LANGUAGES or file not in rights:
                continue
            meta, body, body_line = rights[file]
            # Not the title: it names the right (Leefloon), which is what the page itself explains.
            if isinstance(meta, Map) and isinstance(meta.get("summary"), Str):
                advise(file, meta["summary"], lang, meta["summary"].line)
            advise(file, body, lang, body_line)
    if not isinstance(activities, Map):
        return
    default = stek.default_language
    for section in ("activities", "events"):
        items = activities.get(section)
        for item in items if isinstance(items, Seq) else ():
            if not isinstance(item, Map):
                continue
            for key in ("summary", "description"):
                value = item.get(key)
                texts = [(default, value)] if isinstance(value, Str) else value.items() if isinstance(value, Map) else ()
                for lang, written in texts:
                    if isinstance(written, Str) and lang in LANGUAGES:
                        advise(ACTIVITIES_FILE_NAME, written, lang, written.text_line)
