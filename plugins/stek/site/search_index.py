"""The search index: Pagefind reads the built pages and writes, per language, an index that the
search page's script loads in pieces as the visitor types (nothing from another origin).

Pagefind splits the index by each page's `<html lang>` and stems and folds words per language:
accents ("energie" finds "énergie"), and in Arabic the hamza forms, diacritics, ى/ي and ة/ه.
Only what is inside `data-pagefind-body` (a page's <main>) is indexed: no menus, no footers,
and not the pages that stand alone (embeds, poster, 404) or the search page itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# The folder under the site's root where the index and its script go.
BUNDLE = "pagefind"


class SearchIndexError(Exception):
    """Pagefind failed: a bug or a broken installation, never a volunteer's mistake."""


def index_site(site_dir: Path) -> None:
    """Index every page of the built site, all languages at once, into site_dir/pagefind/."""
    # `python -m pagefind` runs the binary that the pagefind-bin wheel ships: no download at build time.
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE, "--silent"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {site_dir}:\n{result.stdout}{result.stderr}")
    # Its ready-made interfaces go: the search page has its own few lines over the JavaScript API.
    for unused in (*(site_dir / BUNDLE).glob("pagefind-*ui.*"), site_dir / BUNDLE / "pagefind-highlight.js"):
        unused.unlink(missing_ok=True)
    # Pagefind lists the languages in a different order on each run: sorted, two builds of the
    # same sources stay byte-identical (SOURCE_DATE_EPOCH's promise).
    entry = site_dir / BUNDLE / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
