"""Response headers for static hosts that read a `_headers` file at the site's root (Netlify, Cloudflare Pages).

Partners' own scripts read programme.json and the feeds from another origin, which browsers
allow only with Access-Control-Allow-Origin; the embed pages must be allowed in a frame on any
site, and kept out of search results. Hosts that read no such file (GitHub Pages, GitLab Pages,
Codeberg Pages) ignore it: the README says what each of them sends.
"""

from __future__ import annotations

HEADERS_FILE = "_headers"


def headers_file(prefixes: list[str]) -> str:
    """The `_headers` file for a site whose languages live under `prefixes` ("" for the default)."""
    lines = [
        "# Made by the build (stek/site/hosting.py): read by Netlify and Cloudflare Pages, ignored elsewhere.",
        "# The whole site is public and sets no cookies: any site's scripts may read it",
        "# (programme.json, the .ics feeds).",
        "/*",
        "  Access-Control-Allow-Origin: *",
    ]
    for prefix in prefixes:
        lines += [
            "# The embed pages: in a frame on any partner's site, never in search results.",
            f"/{prefix}embed/*",
            "  Content-Security-Policy: frame-ancestors *",
            "  X-Robots-Tag: noindex",
        ]
    return "\n".join(lines) + "\n"
