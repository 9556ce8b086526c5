"""The one phone rule (SPEC "Contact"): a number is kept as written and linked as `tel:` in international form."""

from __future__ import annotations

import re

# The country of a number written without one: SPEC's houses are Belgian (+32…).
COUNTRY_CODE = "32"


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
