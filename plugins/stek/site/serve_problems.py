"""What `make serve` shows while the data has errors: every page lists them, and reloads when they are mended.

MkDocs' server keeps a browser waiting, without a word, until a build succeeds, and prints the
errors only in the terminal. While serving, the plugin builds this tiny site instead: one page,
in the site's language, with each problem as `file:line: message`. It carries its own reload
script, since the server injects its live-reload script into found pages only, not into 404.html.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from stek.data.errors import LEVELS, Problems
from stek.data.messages import message_language, render

# The server answers /livereload/<epoch>/<id> at once with its newest build's epoch when that is
# newer than <epoch>, otherwise when the next build is in place: then the mended site is there.
_RELOAD_SCRIPT = """<script>
(function () {
  var seen = null;
  function poll() {
    fetch("/livereload/" + (seen || 0) + "/0").then(function (r) { return r.text(); }).then(function (epoch) {
      if (seen !== null && epoch !== String(seen)) { location.reload(); return; }
      seen = epoch; poll();
    }, function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>"""


def problems_page(problems: Problems, language: str) -> str:
    """A whole HTML page that lists the problems by level, in the site's language."""
    lang = message_language(language)
    title = escape(render("serve_title", lang))
    parts = [f"<h1>{title}</h1>", f"<p>{escape(render('serve_note', lang))}</p>"]
    levels = problems.by_level()
    for level in LEVELS:
        if levels[level]:
            parts.append(f"<h2>{escape(render(f'heading_{level}', lang, count=len(levels[level])))}</h2>")
            parts.append("<ul>" + "".join(
                f"<li><code>{escape(p.place)}</code>: {escape(p.text(language))}</li>" for p in levels[level]
            ) + "</ul>")
    body = "\n".join(parts)
    return (
        f'<!doctype html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
        "<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}"
        "li{margin:.5rem 0}code{font-weight:bold}</style>\n"
        f"</head>\n<body>\n<main>\n{body}\n</main>\n{_RELOAD_SCRIPT}\n</body>\n</html>\n"
    )


def write_problems_site(site_dir: Path, problems: Problems) -> None:
    """The served folder while there are errors: every address (index.html, 404.html) shows the problems."""
    page = problems_page(problems, problems.language)
    for name in ("index.html", "404.html"):
        (site_dir / name).write_text(page, encoding="utf-8")
