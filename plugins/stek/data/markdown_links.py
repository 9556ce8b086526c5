"""Links in the volunteers' Markdown that the site would drop, leaving only their text."""

from __future__ import annotations

import re
from collections.abc import Callable

from stek.data.contact import is_safe_url
from stek.data.errors import Problems
from stek.data.loading import Str

# A Markdown link (not an image): its text and where it goes.
_MARKDOWN_LINK = re.compile(r"(?<!!)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
# An address of another website written without https:// (www.example.org, example.org/page).
_BARE_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#].*)?", re.IGNORECASE)


def check_markdown_links(text: str, line_of: Callable[[int], int], file: str, problems: Problems) -> None:
    """An error for each link the site would drop (only its text would show): neither a page (.md)
    nor an address with http, https, mailto or tel. `line_of` gives the line of each line of `text`."""
    fenced = False
    for index, line in enumerate(text.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced:
            continue
        for match in _MARKDOWN_LINK.finditer(re.sub(r"`[^`]*`", "", line)):
            label, target = match.groups()
            page = target.split("#")[0].split("?")[0]
            if is_safe_url(target) or page.endswith(".md") or target.startswith("#"):
                continue
            if _BARE_ADDRESS.fullmatch(target) and not page.endswith(".md"):
                fixed = f"[{label}](https://{target})"
            elif ":" in page or not page:
                fixed = f"[{label}](https://...)"
            else:
                fixed = f"[{label}]({page.rstrip('/')}.md)"
            problems.error(file, line_of(index), "link_vanishes", link=match.group(0), fixed=fixed)


def check_text_links(node: Str, file: str, problems: Problems) -> None:
    """The links of one text as read from YAML: a block (`|`) starts on the line after its key."""
    lines = str(node).split("\n")
    check_markdown_links(str(node), lambda index: node.line + 1 + index if len(lines) > 1 else node.line,
                         file, problems)
