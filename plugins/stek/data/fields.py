"""The kinds of value a data file holds: each reads a node as written and describes itself in JSON Schema.

The model is built from these field tables, and the JSON Schemas in `schemas/` are generated
from the same tables, so the editor's checks and the build's checks cannot disagree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import holidays

from stek.data.errors import Problems, closest
from stek.data.loading import Map, Node, Seq, Str
from stek.i18n import Translated, is_language_code

FUNCTIONS = ("ontmoeten", "leren", "politiseren", "verwijzen")
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

INVALID = object()  # A value that was reported as wrong.


@dataclass
class Reader:
    """What reading one file needs: its name, where problems go, and the site's languages."""

    file: str
    problems: Problems
    languages: tuple[str, ...]

    @property
    def default(self) -> str:
        return self.languages[0]

    def error(self, node: Node | None, message: str, /, **params: object) -> object:
        self.problems.error(self.file, getattr(node, "line", 0), message, **params)
        return INVALID


class Kind:
    """A kind of value; `read` returns the value or INVALID (after reporting why)."""

    def read(self, node: Node, name: str, reader: Reader) -> object:
        if not isinstance(node, Str):
            return reader.error(node, "expected_text", field=name)
        return self.read_str(node, name, reader)

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        return str(node)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string"}


class PlainText(Kind):
    """A text in one language only (a name, an address)."""


class Text(Kind):
    """A plain string in the default language, or a map of language codes to strings."""

    markdown = False  # whether the text is Markdown, whose links must lead somewhere

    def read(self, node: Node, name: str, reader: Reader) -> object:
        if isinstance(node, Str):
            self._check(node, reader)
            return Translated({reader.default: str(node)}, reader.default)
        if not isinstance(node, Map):
            return reader.error(node, "expected_text", field=name)
        for text in node.values():
            if isinstance(text, Str):
                self._check(text, reader)
        values: dict[str, str] = {}
        for lang, text in node.items():
            if lang not in reader.languages and text == "" and (" " in lang or len(lang) > 3):
                # {nl: Soep, warm, fr: ...}: the comma cut the text, and its second part became a key.
                reader.error(lang, "comma_in_text", value=lang)
            elif lang not in reader.languages:
                reader.error(lang, "bad_site_language", value=lang, choices=reader.languages,
                             guess=closest(lang, reader.languages))
            elif not isinstance(text, Str):
                reader.error(text, "expected_text", field=f"{name}.{lang}")
            else:
                values[str(lang)] = str(text)
        if not values:
            return INVALID
        if reader.default not in values:
            return reader.error(node, "missing_default_text", field=name, language=reader.default)
        return Translated(values, reader.default)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"$ref": "#/$defs/text"}

    @staticmethod
    def definition(languages: tuple[str, ...]) -> dict:
        """Defined once per schema file, as every text field has this shape."""
        return {"anyOf": [
            {"type": "string"},
            {"type": "object", "required": [languages[0]], "additionalProperties": False,
             "properties": {lang: {"type": "string"} for lang in languages}},
        ]}


# Bullets that a word processor puts before list items; Markdown knows only "- " and "* ".
    def _check(self, node: Str, reader: Reader) -> None:
        _advise_bullets(node, reader)
        if self.markdown:
            from stek.data.markdown_links import check_text_links  # it reads addresses as contact.py does
            check_text_links(node, reader.file, reader.problems)


class Markdown(Text):
    """A text in Markdown (a description): emphasis, lists and links."""

    markdown = True


_BULLETS = "•◦▪●·‣"


def _advise_bullets(node: Str, reader: Reader) -> None:
    """A list pasted from a document: Markdown joins its "•" lines into one paragraph."""
    if not any(bullet in node for bullet in _BULLETS):
        return  # the usual text, without going through its lines
    lines = str(node).split("\n")
    for index, line in enumerate(lines):
        # A text folded onto one line keeps its bullets in the middle: "• soep • brood".
        bullet = next((b for b in _BULLETS if line.lstrip().startswith(b) or (len(lines) == 1 and f" {b} " in line)), None)
        if bullet is not None:
            # A block (`description: |`) starts on the line after its key; a plain text is folded onto one line.
            line_number = node.line + 1 + index if len(lines) > 1 else node.line
            reader.problems.advise(reader.file, line_number, "bullet_list", bullet=bullet)
            return


class Price(Text):
    """A price as written (`1 euro`); `0`, `gratis`, `free` ... mean free and are shown so in each language."""

    def schema(self, languages: tuple[str, ...]) -> dict:
        # An editor reads an unquoted 0 as a number (YAML 1.2); the build keeps it as text.
        return {"anyOf": [{"$ref": "#/$defs/text"}, {"type": "number", "minimum": 0}]}


class Id(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        if not ID_PATTERN.fullmatch(node):
            return reader.error(node, "bad_id", value=node, suggestion=slug(node))
        return str(node)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"}


class Ref(Id):
    """A reference to an id written elsewhere, kept as written: the loader compares it with the
    ids (and the names) there, so that `OCMW` can be answered with the id it stands for."""

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        return str(node).strip()


class Function(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip().lower()
        if value not in FUNCTIONS:
            return reader.error(node, "bad_function", value=node, guess=closest(value, FUNCTIONS))
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"enum": list(FUNCTIONS)}


class SpokenLanguage(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip().lower()
        if not is_language_code(value):
            return reader.error(node, "bad_spoken_language", value=node)
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": "^[a-zA-Z]{2}$"}


class Country(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip().upper()
        countries = holidays.list_supported_countries()
        if value not in countries:
            return reader.error(node, "bad_country", value=node, guess=closest(value, tuple(countries)).upper())
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": "^[A-Za-z]{2}$"}


class Days(Kind):
    """A number of working days (the reply time of the accessibility statement): 1 to 90."""

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip()
        if not value.isdigit() or not 1 <= int(value) <= 90:
            return reader.error(node, "bad_days", value=node, field=name)
        return int(value)

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": ["integer", "string"], "pattern": "^[0-9]+$", "minimum": 1, "maximum": 90}


class YesNo(Kind):
    """true or false (also yes/no, ja/nee, oui/non): what a house confirms about itself."""

    YES = {"true", "yes", "ja", "oui"}
    NO = {"false", "no", "nee", "non"}

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip().lower()
        if value not in self.YES | self.NO:
            return reader.error(node, "bad_yes_no", value=node, field=name)
        return value in self.YES

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": ["boolean", "string"]}


@dataclass
class ListOf(Kind):
    """A list; a single value written without a list counts as a list of one."""

    item: Kind

    def read(self, node: Node, name: str, reader: Reader) -> object:
        if isinstance(node, Str) and not isinstance(self.item, (Record, PlainText)) and "," in node:
            # `weeks: 2, 4` is one text "2, 4" in YAML: only brackets make it a list.
            parts = [part.strip() for part in node.split(",") if part.strip()]
            return reader.error(node, "list_without_brackets", field=name, fixed=", ".join(parts))
        if isinstance(node, Str) and not isinstance(self.item, Record):
            node = _one(node)
        if not isinstance(node, Seq):
            return reader.error(node, "expected_list", field=name)
        values = [self.item.read(item, name, reader) for item in node]
        return [(value, item) for value, item in zip(values, node) if value is not INVALID]

    def schema(self, languages: tuple[str, ...]) -> dict:
        item = self.item.schema(languages)
        if isinstance(self.item, Record):
            return {"type": "array", "items": item}
        return {"anyOf": [{"type": "array", "items": item}, item]}


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False
    doc: str = ""


@dataclass
class Record(Kind):
    """A block of `key: value` fields, of which some are required and no others are allowed."""

    what: str
    fields: list[Field] = field(default_factory=list)
    doc: str = ""
    # A key that shows the block belongs elsewhere (`when:` in an event), with the one message to give.
    misplaced: dict[str, str] = field(default_factory=dict)

    def read(self, node: Node, name: str, reader: Reader) -> object:
        """The fields as a dict, with "ok" False when any of them (or a required one) is wrong."""
        if not isinstance(node, Map):
            return reader.error(node, "expected_map", what=self.what, value=short(node))
        names = [f.name for f in self.fields]
        for key, message in self.misplaced.items():
            if key in node:
                # One message saying where the block goes, not one per field it lacks here.
                reader.error(node, message)
                return {"line": node.line, "ok": False}
        # Fields that are fine are kept even when others are wrong, so that later checks
        # (references, times) still run and a build reports every problem at once.
        values: dict[str, object] = {"line": node.line, "ok": True}
        for key, value in node.items():
            if key not in names:
                reader.error(key, "unknown_key", key=key, what=self.what, choices=names,
                             guess=closest(key, names))
        for spec in self.fields:
            key = node.key(spec.name)
            value_node = node.get(spec.name)
            # `title:`, `title: ""`, `title: {}` and `when: []` all leave the field empty.
            if value_node is None or value_node == "" or isinstance(value_node, (Map, Seq)) and not value_node:
                if spec.required and key is None:
                    reader.error(node, "missing_field", what=self.what, field=spec.name)
                elif spec.required:
                    # The line is there, with nothing after or under it: say so, not "add a line".
                    empty = "empty_list" if isinstance(spec.kind, ListOf) else "empty_field"
                    reader.error(key, empty, field=spec.name)
                if spec.required:
                    values["ok"] = False
                continue
            value = spec.kind.read(value_node, spec.name, reader)
            if value is INVALID or not _all_ok(value):
                values["ok"] = False
            if value is not INVALID:
                values[spec.name] = value
                values[f"{spec.name}.line"] = value_node.line
        return values

    def schema(self, languages: tuple[str, ...]) -> dict:
        properties = {}
        for spec in self.fields:
            properties[spec.name] = spec.kind.schema(languages)
            if spec.doc:
                properties[spec.name]["description"] = spec.doc
        result: dict = {"type": "object", "additionalProperties": False, "properties": properties}
        required = [f.name for f in self.fields if f.required]
        if required:
            result["required"] = required
        if self.doc:
            result["description"] = self.doc
        return result


def slug(value: str) -> str:
    """A valid id close to what was written, to suggest."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())) or "mijn-id"


def _all_ok(value: object) -> bool:
    """Whether a read value holds no record that had a problem."""
    if isinstance(value, dict):
        return bool(value["ok"])
    if isinstance(value, list):
        return all(_all_ok(item) for item, _ in value)
    return True


def _one(node: Str) -> Seq:
    seq = Seq(node.line)
    seq.append(node)
    return seq


def short(node: Node) -> str:
    text = str(node) if isinstance(node, Str) else "- ..." if isinstance(node, Seq) else "..."
    return text if len(text) <= 40 else text[:37] + "..."
