"""The sections of a rights page, in SPEC's order, and the headings that name them in each language.

SPEC ("content/rights/*.md"): a rights page answers, in this order, what it is, who has the
right, how to ask, where in the STEK (with the next dates), what to bring, and what to do if
you disagree. The page's own `## ` headings say which section is which; the build places what
it generates (where and when to ask, the `bring:` list) inside the matching section, and advises
when a section is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The sections in the order a page answers them.
SECTIONS = ("what", "who", "how", "where", "bring", "disagree")

# The headings accepted for each section, per language: written as on the example's pages, compared
# without case, spaces and the final question mark. A house that words a heading otherwise adds it here.
# These are matched, not shown: the headings a reader sees are the page's own.
HEADINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "what": ("wat is het", "wat is dat"),
        "who": ("wie heeft recht", "wie heeft er recht op", "wie heeft recht op"),
        "how": ("hoe vraag je het aan", "hoe krijg je het", "hoe vraag je het", "aanvragen"),
        "where": ("waar kan je terecht in de stek", "waar kun je terecht in de stek", "waar in de stek"),
        "bring": ("wat breng je mee", "wat moet je meebrengen", "meebrengen"),
        "disagree": ("ben je het niet eens", "niet akkoord", "ben je niet akkoord"),
    },
    "fr": {
        "what": ("qu'est-ce que c'est",),
        "who": ("qui y a droit", "qui a droit"),
        "how": ("comment le demander", "comment la demander", "comment le recevoir", "comment la recevoir",
                "comment l'obtenir", "comment faire la demande"),
        "where": ("où trouver de l'aide à la stek", "où demander à la stek", "où s'adresser à la stek"),
        "bring": ("que faut-il apporter", "qu'apporter", "quoi apporter"),
        "disagree": ("vous n'êtes pas d'accord", "pas d'accord"),
    },
    "en": {
        "what": ("what is it",),
        "who": ("who is entitled", "who has the right", "who can get it"),
        "how": ("how do you apply", "how do you get it", "how to apply"),
        "where": ("where can you ask in the stek", "where to ask in the stek"),
        "bring": ("what to bring", "what do you bring", "what should you bring"),
        "disagree": ("do you disagree", "if you disagree"),
    },
    "ar": {
        "what": ("ما هي", "ما هو"),
        "who": ("من له الحق",),
        "how": ("كيف تطلبها", "كيف تطلبه", "كيف تحصل عليها", "كيف تحصل عليه"),
        "where": ("أين تسأل في stek",),
        "bring": ("ماذا تحضر معك",),
        "disagree": ("هل لا توافق على القرار", "لا توافق"),
    },
}

# The heading to suggest for each section, in SECTIONS' order, when a page lacks it.
SUGGESTED: dict[str, tuple[str, ...]] = {
    "nl": ("Wat is het?", "Wie heeft recht?", "Hoe vraag je het aan?", "Waar kan je terecht in de STEK?",
           "Wat breng je mee?", "Ben je het niet eens?"),
    "fr": ("Qu'est-ce que c'est ?", "Qui y a droit ?", "Comment le demander ?", "Où trouver de l'aide à la STEK ?",
           "Que faut-il apporter ?", "Vous n'êtes pas d'accord ?"),
    "en": ("What is it?", "Who is entitled?", "How do you apply?", "Where can you ask in the STEK?",
           "What to bring", "Do you disagree?"),
    "ar": ("ما هي؟", "من له الحق؟", "كيف تطلبها؟", "أين تسأل في STEK؟", "ماذا تحضر معك؟", "هل لا توافق على القرار؟"),
}

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int


def _normal(text: str) -> str:
    text = re.sub(r"<[^>]+>|[*_`]", "", text).replace("’", "'").replace("\u00a0", " ")
    return " ".join(text.strip().rstrip("?؟:! ").split()).lower()


def section_of(heading: str, lang: str) -> str | None:
    """The section a heading names (one of SECTIONS), or None."""
    written = _normal(heading)
    for section, names in HEADINGS.get(lang, {}).items():
        if written in names:
            return section
    return None


def markdown_headings(body: str, first_line: int = 1) -> list[Heading]:
    """The ATX headings (## ...) of a Markdown text, with their lines; code blocks are skipped."""
    headings, fenced = [], False
    for number, line in enumerate(body.split("\n"), first_line):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (match := _HEADING.match(line)):
            headings.append(Heading(len(match.group(1)), match.group(2), number))
    return headings

