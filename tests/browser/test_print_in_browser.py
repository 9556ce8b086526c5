"""Issue 17: the poster prints on one A4 sheet in every language, whatever the number of changes."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import re
import threading

import pytest

from sitebuild import ROOT

LANGUAGES = ["", "fr/", "en/", "ar/"]
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


def pages_in(pdf: bytes) -> int:
    """The pages of a PDF by their page objects (`/Type /Page`, not `/Type /Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def printed_pages(browser, url: str) -> int:
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(url)
    pdf = tab.pdf(format="A4")
    context.close()
    return pages_in(pdf)


def test_counting_pages_counts_page_objects_only():
    assert pages_in(b"<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>") == 2


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.strip("/") or "nl")
def test_the_poster_prints_on_one_sheet(browser, site_server, lang):
    assert printed_pages(browser, f"{site_server}{lang}print/") == 1


def many_cancellations() -> str:
    """activities.yaml with three daily activities, every date of the coming 14 days cancelled (42)."""
    text = (ROOT / "activities.yaml").read_text(encoding="utf-8")
    first = dt.date(2026, 11, 27)  # the tests' SOURCE_DATE_EPOCH
    dates = [first + dt.timedelta(days=n) for n in range(14)]
    added = []
    for number in range(3):
        added.append(f"""  - id: druk-{number}
    title: Drukke activiteit nummer {number} met een lange titel
    function: leren
    when:
""" + "".join(f"""      - day: {day}
        start: 18:00
        end: 19:00
""" for day in DAYS) + "    cancelled:\n" + "".join(
            f"      - {{date: {day.isoformat()}, reason: De lesgever is ziek en er is geen vervanger}}\n" for day in dates))
    marker = "\nevents:"
    return text.replace(marker, "\n" + "".join(added) + marker, 1)


@pytest.fixture(scope="module")
def crowded_server(tmp_path_factory):
    import os

    from sitebuild import SOURCE_DATE_EPOCH, copy_example, run_build
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    build = run_build(copy_example(tmp_path_factory.mktemp("crowded"), {"activities.yaml": many_cancellations()}))
    assert build.returncode == 0, build.output
    handler = functools.partial(_Quiet, directory=str(build.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", build
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.strip("/") or "nl")
def test_with_many_changes_the_poster_still_prints_on_one_sheet(browser, crowded_server, lang):
    url, build = crowded_server
    html = build.text(f"{lang}print/index.html")
    # The changes are capped, and the poster says how many more are on the site.
    assert html.count('class="more"') == 1
    assert printed_pages(browser, f"{url}{lang}print/") == 1
