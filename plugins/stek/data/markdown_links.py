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
    """An error for each link the site would drop (only its text would show) that a volunteer meant:
    a page without its .md, or a website without https://. `line_of` gives the line of each line of `text`."""
    fenced = False
    for index, line in enumerate(text.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced:
            continue
        for match in _MARKDOWN_LINK.finditer(re.sub(r"`[^`]*`", "", line)):
            label, target = match.groups()
            page = target.split("#")[0].split("?")[0]
            if is_safe_url(target) or page.endswith(".md") or target.startswith("#") or ":" in page or not page:
                continue  # another scheme (javascript:) is no slip of a volunteer: it is shown as text, silently
            if _BARE_ADDRESS.fullmatch(target):
                fixed = f"[{label}](https://{target})"
            else:
                fixed = f"[{label}]({page.rstrip('/')}.md)"
            problems.error(file, line_of(index), "link_vanishes", link=match.group(0), fixed=fixed)


def check_text_links(node: Str, file: str, problems: Problems) -> None:
    """The links of one text as read from YAML: a block (`|`) starts on the line after its key."""
    lines = str(node).split("\n")
    check_markdown_links(str(node), lambda index: node.line + 1 + index if len(lines) > 1 else node.line,
                         file, problems)
