"""Issue 15: messages that sent a volunteer the wrong way, and texts published wrongly without a word.

Each mistake is made in a copy of the example STEK (Dutch first), as a volunteer makes it in the
forge's editor, and gives one message, in Dutch, at the line where it is mended.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from sitebuild import ROOT, copy_example, problems_of
from stek.i18n import Translated
from stek.site.format import Formatter

TODAY = dt.date(2026, 11, 27)
ACTIVITIES = (ROOT / "activities.yaml").read_text(encoding="utf-8")
SOUP_SLOT = "      - day: dinsdag\n        start: 12:00\n        end: 13:30\n"  # soep-en-babbel, on Tuesdays
assert ACTIVITIES.count(SOUP_SLOT) == 1
PLACE = "      nl: Keuken en eetzaal, beneden\n"  # where the soup is served
WEEKLY_UNDER_EVENTS = ("events:\n\n  - id: breicafe\n    title: Breicafé\n    function: ontmoeten\n    when:\n"
                       "      - day: woensdag\n        start: 14:00\n        end: 16:00\n")


def _line(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


# Columns: the file, what the volunteer replaced and wrote instead, a text on the line the message
# names, the level, and the message ({line} is that line).
WRONG_TURNS = [
    ("activities.yaml", SOUP_SLOT, SOUP_SLOT.replace("        end:", "      end:"), "      end: 13:30", "error",
     'activities.yaml:{line}: "end: 13:30" staat onder het streepje, maar hoort bij het item erboven. Spring het in '
     'zoals "start:" (twee spaties meer).'),
    ("activities.yaml", SOUP_SLOT, SOUP_SLOT.replace("- day:", "- day"), "- day dinsdag", "error",
     'activities.yaml:{line}: "day dinsdag" mist een dubbele punt. Schrijf "day: dinsdag".'),
    ("activities.yaml", "events:\n", WEEKLY_UNDER_EVENTS, "- id: breicafe", "error",
     'activities.yaml:{line}: Dit staat onder "events:", voor eenmalige datums, maar het heeft "when:" zoals een '
     'wekelijkse activiteit. Zet het onder "activities:"; of schrijf, als het één keer plaatsvindt, "date:", '
     '"start:" en "end:" in plaats van "when:".'),
    ("activities.yaml", "    function: ontmoeten\n    partners: [buurtwerk, sociaal-huis]\n",
     "    function:\u00a0ontmoeten\n    partners: [buurtwerk, sociaal-huis]\n", "function:\u00a0ontmoeten", "error",
     'activities.yaml:{line}: Na "function:" staat op deze regel een harde spatie (no-break space), vaak meegeplakt '
     'uit een document: het lijkt een spatie, maar YAML leest het niet als spatie. Wis het en typ de spatie opnieuw '
     'met de spatiebalk.'),
    ("activities.yaml", "    partners: [buurtwerk, sociaal-huis]\n", "    partners: [buurtwerk,\u200b sociaal-huis]\n",
     "[buurtwerk,\u200b", "error",
     'activities.yaml:{line}: Na "partners: [buurtwerk," staat op deze regel een onzichtbaar teken, een spatie zonder '
     'breedte (zero-width space), vaak meegeplakt uit een document. Wis het (zet de cursor net na "partners: '
     '[buurtwerk," en druk op Delete), en typ de spatie opnieuw als er een ontbreekt.'),
    ("activities.yaml", PLACE, "      nl: Keuken\ufeff en eetzaal, beneden\n", "Keuken\ufeff", "error",
     'activities.yaml:{line}: Na "nl: Keuken" staat op deze regel een onzichtbaar teken, een bytevolgordeteken '
     '(BOM), vaak meegeplakt uit een document. Wis het (zet de cursor net na "nl: Keuken" en druk op Delete), en '
     'typ de spatie opnieuw als er een ontbreekt.'),
    # A line separator from a word processor: YAML would count a new line that the forge does not show.
    ("activities.yaml", PLACE, "      nl: Keuken\u2028en eetzaal, beneden\n", "Keuken\u2028", "error",
     'activities.yaml:{line}: Na "nl: Keuken" staat op deze regel een onzichtbaar teken, een regelscheidingsteken '
     '(line separator), vaak meegeplakt uit een document. Wis het (zet de cursor net na "nl: Keuken" en druk op '
     'Delete), en typ de spatie opnieuw als er een ontbreekt.'),
    # 2026-12-23 is a Wednesday; the soup is on Tuesdays: the 22nd is one day off, the 29th six.
    ("activities.yaml", "      - 2026-12-22      #", "      - 2026-12-23      #", "- 2026-12-23", "error",
     'activities.yaml:{line}: 2026-12-23 is een woensdag, en "Soep en babbel" vindt dan niet plaats. Bedoel je '
     'dinsdag 22 december (2026-12-22)?'),
    ("activities.yaml", "        Er is altijd een soep zonder vlees.\n",
     "        Er is altijd een soep zonder vlees. Zie [leefloon](rights/leefloon).\n", "[leefloon]", "error",
     'activities.yaml:{line}: De link "[leefloon](rights/leefloon)" leidt naar geen pagina en geen website, dus de '
     'site zou alleen de tekst tonen. Schrijf "[leefloon](rights/leefloon.md)": een pagina van de site eindigt op '
     '.md, een andere website begint met https://.'),
    ("activities.yaml", "        Er is altijd een soep zonder vlees.\n",
     "        Er is altijd een soep zonder vlees. Zie [onze site](www.example.org).\n", "[onze site]", "error",
     'activities.yaml:{line}: De link "[onze site](www.example.org)" leidt naar geen pagina en geen website, dus de '
     'site zou alleen de tekst tonen. Schrijf "[onze site](https://www.example.org)": een pagina van de site eindigt '
     'op .md, een andere website begint met https://.'),
    ("activities.yaml", PLACE, "      nl: Lokaal #2\n", "nl: Lokaal #2", "error",
     'activities.yaml:{line}: De tekst na " #" valt weg: YAML leest "#2" als commentaar. Hoort het bij de tekst? Zet '
     'dan de hele tekst tussen dubbele aanhalingstekens: nl: "Lokaal #2". Is het een notitie? Schrijf dan een '
     'spatie na het #.'),
    ("activities.yaml", PLACE, "      nl: “Lokaal #2”\n", "“Lokaal #2”", "error",
     'activities.yaml:{line}: De tekst na " #" valt weg: YAML leest "#2”" als commentaar. Hoort het bij de tekst? '
     'Zet dan de hele tekst tussen dubbele aanhalingstekens: nl: "Lokaal #2". Is het een notitie? Schrijf dan '
     'een spatie na het #.'),
    ("activities.yaml", "title: {nl: Soep en babbel,", "title: {nl: <b>Soep</b> en babbel,", "<b>Soep", "warning",
     'activities.yaml:{line}: "title" bevat HTML ("<b>"), die de site als tekst toont, met de tags erbij. Haal de '
     'tags weg: een title is gewone tekst, en in de description kan je iets benadrukken met Markdown, zoals **vet**.'),
]


@pytest.mark.parametrize(("file", "old", "new", "marker", "level", "message"), WRONG_TURNS,
                         ids=[row[3].strip() for row in WRONG_TURNS])
def test_issue_15_each_mistake_gets_one_message_that_leads_the_right_way(tmp_path, file, old, new, marker, level,
                                                                          message):
    text = (ROOT / file).read_text(encoding="utf-8")
    assert text.count(old) == 1
    written = text.replace(old, new)
    problems = problems_of(copy_example(tmp_path / "stek", {file: written}), TODAY)
    found = problems.error_lines() if level == "error" else problems.warning_lines()
    assert found == [message.format(line=_line(written, marker))]
    if level == "warning":
        assert problems.error_lines() == []


def _git(root, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


# Columns: the file whose id is renamed, the id and its new name, the message ({line}: the new id's line).
RENAMED_IDS = [
    ("activities.yaml", "zitdag-sociaal-huis", "zitdag-ocmw",
     'activities.yaml:{line}: Het id "zitdag-ocmw" was "zitdag-sociaal-huis" in de vorige versie, en andere '
     "bestanden noemen nog \"zitdag-sociaal-huis\". Een id verandert nooit: het zit in de adressen en agenda's die "
     'mensen volgen (activities/zitdag-sociaal-huis/). Schrijf weer "id: zitdag-sociaal-huis".'),
    ("partners.yaml", "buurtwerk", "buurtwerk-de-kring",
     'partners.yaml:{line}: Het id "buurtwerk-de-kring" was "buurtwerk" in de vorige versie, en andere bestanden '
     "noemen nog \"buurtwerk\". Een id verandert nooit: het zit in de adressen en agenda's die mensen volgen "
     '(partners/buurtwerk/). Schrijf weer "id: buurtwerk".'),
]


@pytest.mark.parametrize(("file", "old", "new", "message"), RENAMED_IDS, ids=[row[2] for row in RENAMED_IDS])
@pytest.mark.parametrize("committed", [False, True], ids=["edited", "committed"])
def test_issue_15_an_id_renamed_in_one_place_asks_for_the_old_id_once(tmp_path, file, old, new, message, committed):
    """The pages that still name the old id are right: one error, at the renamed id, and none for them."""
    root = copy_example(tmp_path / "stek")
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "first")
    text = (root / file).read_text(encoding="utf-8")
    written = text.replace(f"  - id: {old}\n", f"  - id: {new}\n")
    (root / file).write_text(written, encoding="utf-8")
    if committed:
        _git(root, "commit", "-q", "-a", "-m", "rename")
    problems = problems_of(root, TODAY)
    assert problems.error_lines() == [message.format(line=_line(written, f"  - id: {new}\n"))]
    assert [a for a in problems.advice_lines() if "vorige versie" in a] == []


# Columns: the price as written, the page's language, what the page shows.
FREE_PRICES = [
    ("gratis", "nl", "Gratis"),
    ("gratis", "fr", "Gratuit"),
    ("gratis", "en", "Free"),
    ("gratis", "ar", "مجاني"),
    ("0", "fr", "Gratuit"),
    ("free", "nl", "Gratis"),
    ("Gratuit", "ar", "مجاني"),
    ("1 euro", "fr", '<span lang="nl" dir="ltr">1 euro</span>'),
]


@pytest.mark.parametrize(("written", "lang", "shown"), FREE_PRICES, ids=[f"{r[0]}-{r[1]}" for r in FREE_PRICES])
def test_issue_15_a_free_price_shows_in_the_words_of_each_language(written, lang, shown):
    assert str(Formatter(lang).price(Translated({"nl": written}, "nl"))) == shown


def test_issue_15_a_language_without_catalog_gets_one_line_of_advice_about_it(tmp_path):
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    written = re.sub(r"(\n(\s+)- ar\n)", r"\1\2- pl\n", config, count=1)
    problems = problems_of(copy_example(tmp_path / "stek", {"mkdocs.yml": written}), TODAY)
    assert problems.error_lines() == []
    assert [a for a in problems.advice_lines() if "catalog" in a] == [
        f"mkdocs.yml:{_line(written, '- pl')}: De eigen woorden van de site (titels, knoppen, uitleg) zijn nog niet "
        "vertaald in het Pools, dus tonen de pagina's ze in het Nederlands, met die taal erbij aangeduid. Wil je ze "
        "in het Pools? Vraag de catalogus locale/pl/LC_MESSAGES/site.po aan in een issue van stek-site (een vertaler "
        "vult hem in met de gewone programma's, zoals Poedit)."]


# Columns: where the text is written (its folder in content/, "" for the data files) and the page that
# shows it, the Markdown, and the HTML: a link to a page's file leads to that page, or to nothing.
PAGE_LINKS = [
    (("rights", "rights/leefloon/"), "[de huurpremie](huurpremie.md)", '<a href="../huurpremie/">de huurpremie</a>'),
    (("rights", "rights/leefloon/"), "[over ons](../about.md#contact)", '<a href="../../about/#contact">over ons</a>'),
    (("rights", "rights/leefloon/"), "[begin](../index.md)", '<a href="../../">begin</a>'),
    (("", "activities/energiecafe/"), "[het leefloon](rights/leefloon.md)",
     '<a href="../../rights/leefloon/">het leefloon</a>'),
    (("", "activities/energiecafe/"), "[buiten](../../etc/passwd.md)", "<span>buiten</span>"),
    (None, "[het leefloon](rights/leefloon.md)", "<span>het leefloon</span>"),
    (("", "activities/energiecafe/"), "[site](https://example.org)", '<a href="https://example.org">site</a>'),
]


@pytest.mark.parametrize(("links", "written", "html"), PAGE_LINKS, ids=[row[1] for row in PAGE_LINKS])
def test_issue_15_a_link_to_a_pages_file_leads_to_that_page(links, written, html):
    from stek.site.rich_text import markdown_html
    assert str(markdown_html(written, links)) == f"<p>{html}</p>"
