"""The page for partners names the site's own addresses: a copy of the example that still names its
addresses would give partners feeds and an embed snippet of another site, whose height listener
trusts the wrong origin. Checked against `site_url`, line by line."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from stek.data.errors import Problems

PAGE_GLOB = "programme-on-your-site*.md"
# An address of the site's own published files: a feed, programme.json, an embed page.
_ADDRESS = re.compile(r"(?:https?|webcal)://([A-Za-z0-9.-]+(?::\d+)?)(/[^\s)>`\"'<]*)?")
_OWN_FILE = re.compile(r"\.ics$|/programme(?:\.schema)?\.json$|/embed/")


def check_partner_page(root: Path, docs_dir: Path, site_url: str, problems: Problems) -> None:
    """A warning on each line that names another host in the place of the site's own addresses."""
    site = urlsplit(site_url)
    if not site.netloc:
        return
    origin = f"{site.scheme}://{site.netloc}"
    for path in sorted(docs_dir.glob(PAGE_GLOB)):
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        # Hosts whose addresses are the site's own files: only those stand in for the site.
        stand_ins = {host for line in lines for host, rest in _ADDRESS.findall(line)
                     if host != site.netloc and _OWN_FILE.search(rest or "")}
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        for number, line in enumerate(lines, 1):
            for host in sorted({host for host, _ in _ADDRESS.findall(line)} & stand_ins):
                problems.warning(name, number, "partner_page_address", value=host, site=origin)
