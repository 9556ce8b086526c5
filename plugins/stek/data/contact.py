"""Addresses volunteers write: web links, e-mail, phone numbers; and the one phone rule (SPEC "Contact").

A phone number is kept as written and linked as `tel:` in international form, by `tel_link` everywhere.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from stek.data.fields import Kind, Reader
from stek.data.loading import Str

URL_SCHEMES = ("http", "https", "mailto", "tel")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
PHONE_PATTERN = re.compile(r"\+?[\d\s()./-]+")
# The country of a number written without one: SPEC's houses are Belgian (+32…).
COUNTRY_CODE = "32"


class Url(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip()
        if not is_safe_url(value):
            return reader.error(node, "bad_url", value=node)
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": "^(https?://[^\\s/]+|mailto:\\S+@|tel:\\+?[0-9])"}


class Email(Kind):
    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip()
        if value.startswith("mailto:"):
            value = value[len("mailto:"):]
        if not EMAIL_PATTERN.fullmatch(value):
            return reader.error(node, "bad_email", value=node)
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        return {"type": "string", "pattern": f"^(mailto:)?{EMAIL_PATTERN.pattern}$"}


class Phone(Kind):
    """A phone number, kept as written: `0512345678` keeps its leading zero."""

    def read_str(self, node: Str, name: str, reader: Reader) -> object:
        value = node.strip()
        if not PHONE_PATTERN.fullmatch(value) or sum(c.isdigit() for c in value) < 3:
            return reader.error(node, "bad_phone", value=node)
        return value

    def schema(self, languages: tuple[str, ...]) -> dict:
        # An editor reads an unquoted 0512345678 as a number (YAML 1.2); the build keeps it as text.
        return {"type": ["string", "integer"], "pattern": f"^{PHONE_PATTERN.pattern}$"}


def is_safe_url(value: str) -> bool:
    """Only links a visitor can follow safely: http, https, mailto and tel."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    if parts.scheme not in URL_SCHEMES or any(c.isspace() or c in "<>\"'" for c in value):
        return False
    if parts.scheme in ("http", "https"):
        return bool(parts.netloc) and "." in parts.hostname if parts.hostname else False
    if parts.scheme == "mailto":
        return bool(EMAIL_PATTERN.fullmatch(parts.path))
    return any(c.isdigit() for c in parts.path)


def tel_link(phone: str) -> str:
    """A phone number as written, as a `tel:` link in international form, the trunk 0 dropped.

    "051 23 45 67" and "+32 (0)51 23 45 67" both give "tel:+3251234567": the 0 in brackets is
    how many write a number for callers at home and abroad, dialled only from within the country.
    "0032 51…" is the same number dialled from abroad. A short number (1700) has no international form.
    """
    digits = re.sub(r"[^\d+]", "", re.sub(r"^(\+\d+)\s*\(0\)", r"\1", phone.strip()))
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = f"+{COUNTRY_CODE}{digits[1:]}"
    return f"tel:{digits}"
