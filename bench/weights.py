"""What a first visit downloads, page type by page type, in every language (gzip-compressed bytes).

Usage: python bench/weights.py [site-dir]   (default: site/, as `make site` builds it).

A first visit fetches the page and everything it names in its markup: stylesheets, scripts,
images, the icon. Compressed as any host serves them (gzip level 6), 14 KB is what a server can
send in the first round trip (TCP's initial window of 10 segments): the home page must fit in it.
Weights are bytes, not timings: the same site always weighs the same, so a test holds the budgets.
"""

from __future__ import annotations

import gzip
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
# First-load budgets in compressed bytes. Search loads its index as the visitor types: not here.
BUDGETS = {"home": 14_000}
OTHER_BUDGET = 20_000
UNBUDGETED = {"search"}


class _Resources(HTMLParser):
    """The URLs a browser fetches while it loads a page (not links the visitor may follow)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and ({"stylesheet", "icon", "preload", "modulepreload"} & set(rel)):
            self.urls.append(attrs.get("href") or "")
        elif tag in ("script", "img", "iframe", "source") and attrs.get("src"):
            self.urls.append(attrs["src"])


def compressed(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def page_type(key: str) -> str:
    """The kind of page at a key (its path without the language prefix)."""
    first, _, rest = key.partition("/")
    if key == "":
        return "home"
    if first in ("programme", "search", "print", "embed") and not rest:
        return first
    if first == "activities":
        return "activity"
    if first in ("partners", "rights"):
        return f"{first} page" if rest else first
    if first == "embed":
        return "embed"
    return "page"


def first_load(site: Path, html: Path) -> tuple[int, list[str]]:
    """The compressed bytes of a page and of what it loads from the site; the URLs it loads."""
    parser = _Resources()
    data = html.read_bytes()
    parser.feed(data.decode("utf-8"))
    page_url = "/" + html.relative_to(site).as_posix()
    total = compressed(data)
    for url in dict.fromkeys(parser.urls):
        parts = urlsplit(urljoin(page_url, url))
        if parts.scheme or parts.netloc:
            total += 10**6  # another origin: never allowed, so it blows every budget
            continue
        target = site / parts.path.lstrip("/")
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            total += compressed(target.read_bytes())
    return total, parser.urls


def weights(site: Path, languages: list[str]) -> dict[tuple[str, str], tuple[int, str]]:
    """The heaviest first load of each page type in each language, with the page that weighs it."""
    prefixes = {lang: f"{lang}/" for lang in languages[1:]}
    result: dict[tuple[str, str], tuple[int, str]] = {}
    for html in sorted(site.rglob("index.html")):
        path = html.relative_to(site).parent.as_posix()
        path = "" if path == "." else path + "/"
        lang = next((code for code, prefix in prefixes.items() if path.startswith(prefix)), languages[0])
        key = path.removeprefix(prefixes.get(lang, ""))
        weight, _ = first_load(site, html)
        kind = page_type(key)
        if weight > result.get((kind, lang), (0, ""))[0]:
            result[(kind, lang)] = (weight, path)
    return result


def budget(kind: str) -> int | None:
    return None if kind in UNBUDGETED else BUDGETS.get(kind, OTHER_BUDGET)


def site_languages(site: Path) -> list[str]:
    """The default language (the root's <html lang>), then every folder with a home page of its own."""
    root = (site / "index.html").read_text(encoding="utf-8")
    default = root.split('<html lang="', 1)[1].split('"', 1)[0]
    others = sorted(p.parent.name for p in site.glob("*/index.html")
                    if len(p.parent.name) == 2 and p.parent.name != default)
    return [default, *others]


def main() -> int:
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"
    languages = site_languages(site)
    table = weights(site, languages)
    kinds = sorted({kind for kind, _ in table}, key=lambda k: (k != "home", k))
    print(f"First load, gzip bytes (heaviest page of each type); budget: home {BUDGETS['home']}, others {OTHER_BUDGET}")
    print(f"{'page type':<14}" + "".join(f"{lang:>8}" for lang in languages) + f"{'budget':>9}{'headroom':>10}")
    over = 0
    for kind in kinds:
        row = [table.get((kind, lang), (0, ""))[0] for lang in languages]
        limit = budget(kind)
        headroom = f"{limit - max(row):>10}" if limit else f"{'-':>10}"
        print(f"{kind:<14}" + "".join(f"{w:>8}" for w in row) + f"{limit or '-':>9}" + headroom)
        over += sum(1 for w in row if limit and w > limit)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
