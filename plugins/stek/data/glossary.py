"""The glossary (glossary.yaml): hard words explained, in every language, where they first appear on a page.

A rights page cannot always avoid leefloon, OCMW or arbeidsrechtbank: they are the words on the
letters visitors get. So each such word is explained the first time a page uses it, and all of
them together on the glossary page (`glossary/`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from markupsafe import Markup

from stek.data.errors import Problems
from stek.data.errors import closest
from stek.data.fields import INVALID, Field, Id, Kind, ListOf, PlainText, Reader, Record, Text
from stek.data.loading import Map, Str, parse_yaml, read_text
from stek.data.messages import message_language
from stek.i18n import Translated, language_name

GLOSSARY_FILE_NAME = "glossary.yaml"

class _Forms(Text):
    """Forms per language: unlike other texts, a language may have none (the default one too)."""

    def read(self, node, name: str, reader: Reader) -> object:
        if isinstance(node, Map) and node and reader.default not in node:
            node = _with_default(node, reader.default)
        value = super().read(node, name, reader)
        if isinstance(value, Translated) and value.values.get(reader.default) == "":
            return Translated({k: v for k, v in value.values.items() if k != reader.default} or {reader.default: ""},
                              reader.default)
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": False,
                                                "properties": {lang: {"type": "string"} for lang in languages}}]}


class _Avoid(Kind):
    """Words not to use for this thing, per language: {en: [income support], ar: [دخل الاندماج]}.

    Any language may have them, the default one too; the content checks advise where a text uses one.
    """

    def read(self, node, name: str, reader: Reader) -> object:
        if not isinstance(node, Map):
            return reader.error(node, "expected_map", what="term", value=str(node) if isinstance(node, Str) else "...")
        words: dict[str, tuple[str, ...]] = {}
        for lang, value in node.items():
            if lang not in reader.languages:
                reader.error(lang, "bad_site_language", value=lang, choices=reader.languages,
                             guess=closest(lang, reader.languages))
                continue
            listed = ListOf(PlainText()).read(value, f"{name}.{lang}", reader)
            if listed is not INVALID:
                words[str(lang)] = tuple(str(word) for word, _ in listed if str(word).strip())
        return tuple(words.items())  # not a dict: a dict is a record's values to the reader

    def schema(self, languages: tuple[str, ...]) -> dict:
        words = {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]}
        return {"type": "object", "additionalProperties": False, "properties": {lang: words for lang in languages}}


def _with_default(node: Map, default: str) -> Map:
    copy = Map(node.line)
    copy.update(node)
    copy[Str(default, node.line)] = Str("", node.line)
    return copy


TERM = Record("term", [
    Field("id", Id(), True, "Stable id: part of the glossary page's links."),
    Field("word", Text(), True, "The word as visitors read it, in each language."),
    Field("forms", _Forms(), doc="Other forms of the word in each language, separated by commas: plurals, "
                               "inflections, abbreviations (leeflonen, OCMW's)."),
    Field("explanation", Text(), True, "What the word means, in one or two short sentences, in each language."),
    Field("avoid", _Avoid(), doc="Words not to use for this thing, per language, like {en: [income support]}: "
                                 "the check advises where a rights page or an activity uses one (one word per thing)."),
])


class _DutchName(Kind):
    """One name, as written in Dutch: a comma means two names were written on one line."""

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        if "," in node:
            return reader.error(node, "name_with_comma", value=str(node),
                                fixed=", ".join(part.strip() for part in node.split(",") if part.strip()))
        return str(node).strip()


GLOSSARY_FILE = Record("file", [
    Field("words", ListOf(TERM), True),
    Field("dutch_names", ListOf(_DutchName()),
          doc="Dutch names that stay Dutch in the other languages' texts (Sociaal Huis, Groeipakket): "
              "marked as Dutch there, so that screen readers pronounce them in Dutch."),
])


@dataclass(frozen=True, kw_only=True, slots=True)
class Term:
    id: str
    word: Translated[str]
    explanation: Translated[str]
    forms: Translated[str] | None = None
    avoid: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language: words not to use for it
    line: int = 0

    def forms_in(self, lang: str) -> tuple[str, ...]:
        """Every way the word is written in a language: the word itself first."""
        written = [self.word.values[lang]] if lang in self.word.values else []
        if self.forms is not None and lang in self.forms.values:
            written += [f.strip() for f in self.forms.values[lang].split(",") if f.strip()]
        return tuple(dict.fromkeys(written))


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()
    # Names written in the default language inside other languages' texts (glossary.yaml's dutch_names).
    dutch_names: tuple[str, ...] = ()
    _patterns: dict = field(default_factory=dict, compare=False, repr=False)

    def default_words_pattern(self, default: str) -> re.Pattern | None:
        """Every word of the default language that other languages' texts keep as it is: the listed
        names and the glossary's words in the default language, longest first, whole words, any case."""
        key = ("default words", default)
        if key not in self._patterns:
            words = {*self.dutch_names, *(f for t in self.terms for f in t.forms_in(default))}
            words = sorted(words, key=len, reverse=True)
            self._patterns[key] = re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE,
            ) if words else None
        return self._patterns[key]

    def pattern(self, lang: str) -> re.Pattern | None:
        """One expression for every form in a language, longest first, whole words only, any case."""
        if lang not in self._patterns:
            forms = sorted({f for t in self.terms for f in t.forms_in(lang)}, key=len, reverse=True)
            self._patterns[lang] = re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.IGNORECASE,
            ) if forms else None
        return self._patterns[lang]

    @cached_property
    def _by_form(self) -> dict[tuple[str, str], Term]:
        return {(lang, form.lower()): term for term in self.terms for lang in term.word.values
                for form in term.forms_in(lang)}

    def term_of(self, form: str, lang: str) -> Term | None:
        return self._by_form.get((lang, form.lower()))

    @cached_property
    def _words(self) -> set[tuple[str, str]]:
        return {(lang, word) for (lang, form) in self._by_form for word in [form, *form.split()]}

    def explains(self, word: str, lang: str) -> bool:
        """Whether a word (lower case) is, or is part of, a form the glossary explains."""
        return (lang, word) in self._words


def load_glossary(root: Path, languages: tuple[str, ...], problems: Problems) -> Glossary:
    """The glossary of the site in `root`; an empty one when the house has none (it is optional)."""
    path = root / GLOSSARY_FILE_NAME
    if not path.is_file():
        return Glossary()
    text = read_text(path, GLOSSARY_FILE_NAME, problems)
    node = parse_yaml(text, GLOSSARY_FILE_NAME, problems) if text is not None else None
    if node is None:
        return Glossary()
    reader = Reader(GLOSSARY_FILE_NAME, problems, languages)
    if not isinstance(node, Map):
        reader.error(node, "expected_map", what="file", value="...")
        return Glossary()
    values = GLOSSARY_FILE.read(node, "", reader)
    terms: list[Term] = []
    first: dict[str, int] = {}
    language = message_language(languages[0])
    for item, node in values.get("words", []):
        if "id" in item and item["id"] in first:
            problems.error(GLOSSARY_FILE_NAME, item["id.line"], "duplicate_id", value=item["id"],
                           first=f"{GLOSSARY_FILE_NAME}:{first[item['id']]}")
            continue
        if not item["ok"]:
            continue
        first[item["id"]] = item["line"]
        if isinstance(node.get("word"), Str):
            # Written once (OCMW, Groeipakket): the same word in every language.
            item["word"] = Translated({lang: str(node["word"]) for lang in languages}, languages[0])
        for name in ("word", "explanation"):
            for lang in languages[1:]:
                if lang not in item[name].values:
                    # Advice: the page shows the default language, marked as such, until a translator adds it.
                    problems.advise(GLOSSARY_FILE_NAME, item[f"{name}.line"], "missing_translation", field=name,
                                    id=item["id"], language=language_name(lang, language), code=lang)
        terms.append(Term(id=item["id"], word=item["word"], explanation=item["explanation"],
                          forms=item.get("forms"), avoid=dict(item.get("avoid", ())), line=item["line"]))
    return Glossary(tuple(terms), _dutch_names(values.get("dutch_names", []), problems))


def _dutch_names(names: list, problems: Problems) -> tuple[str, ...]:
    """The listed names, each once: a name listed twice is reported at its second line."""
    first: dict[str, int] = {}
    kept = []
    for name, node in names:
        if not name:
            continue
        if name.lower() in first:
            problems.error(GLOSSARY_FILE_NAME, node.line, "duplicate_name", value=name,
                           first=f"{GLOSSARY_FILE_NAME}:{first[name.lower()]}")
            continue
        first[name.lower()] = node.line
        kept.append(name)
    return tuple(kept)


# --------------------------------------------------------------------------- on the page

# Why a <details> after the paragraph, with the word in a <dfn> in its summary:
# - the sentence itself is left as written, so a screen reader reads it without interruption;
# - right after the paragraph (or inside the list item) that first uses the word comes a native
#   disclosure, "What does 'leefloon' mean?": screen readers announce it as a collapsed button,
#   it opens with Enter or Space, by touch and by mouse, with or without JavaScript, and sighted
#   readers find it under the sentence that used the word;
# - <dfn> marks the word that the disclosure's body defines (its definition is its nearest
#   ancestor's content, as HTML requires);
# - a tooltip (title, a hover popover) would be out of reach by touch and keyboard, and is not
#   read by every screen reader.
# A <details> cannot stand inside a <p> (the parser would close the paragraph), so it follows it.
_TAG = re.compile(r"(<[^>]+>)")
_SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "dfn", "summary", "details"}
_BLOCKS = {"p", "li"}


def explain(html: Markup, text_lang: str, glossary: Glossary, seen: set[str], render) -> Markup:
    """`html` with an explanation after the block where each glossary word first appears.

    `text_lang` is the language the text is written in (the default language on fallback);
    `seen` holds the ids of words already explained on this page, and is updated;
    `render(term, written)` makes the <details> for a word as written in the text.
    """
    pattern = glossary.pattern(text_lang)
    if pattern is None or not html:
        return html
    pieces = _TAG.split(str(html))
    stack: list[str] = []
    pending: list[list[str]] = []  # per open block: the explanations to add when it closes
    out: list[str] = []
    for piece in pieces:
        if piece.startswith("<"):
            name = piece.strip("</>").split()[0].lower() if piece.strip("</>") else ""
            if piece.startswith("</"):
                if name in _BLOCKS and pending:
                    details = pending.pop()
                    if name == "li":
                        out.extend(details)
                        out.append(piece)
                    else:
                        out.append(piece)
                        out.extend(details)
                else:
                    out.append(piece)
                if name in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(name):]
                continue
            if not piece.endswith("/>"):
                stack.append(name)
                if name in _BLOCKS:
                    pending.append([])
            out.append(piece)
            continue
        if pending and not _SKIP.intersection(stack):
            for match in pattern.finditer(piece):
                term = glossary.term_of(match.group(1), text_lang)
                if term is not None and term.id not in seen:
                    seen.add(term.id)
                    pending[-1].append(str(render(term, match.group(1))))
        out.append(piece)
    return Markup("".join(out))
