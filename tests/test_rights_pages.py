"""Rights pages as visitors and editors meet them: sources and checks, a translation's age, words explained."""

from __future__ import annotations

import re
import subprocess

import pytest

from sitebuild import ROOT, copy_example, run_build

LANGUAGES = ("", "fr/", "en/", "ar/")
SOURCE = "content/rights/leefloon.md"
FRENCH = "content/rights/leefloon.fr.md"
LONG = ("Wie een leefloon vraagt, krijgt van het OCMW een ontvangstbewijs dat je goed moet bewaren omdat het de "
        "datum van je aanvraag bewijst.")


@pytest.fixture(scope="module")
def edited_site(tmp_path_factory):
    """The example after an edit of leefloon.md that its French translation has not followed (a strict build)."""
    source = (ROOT / SOURCE).read_text(encoding="utf-8").rstrip("\n") + f"\n\n{LONG}\n\nVraag een afbetalingsplan aan de gerechtsdeurwaarder.\n"
    french = (ROOT / FRENCH).read_text(encoding="utf-8").replace("translated: 2026-12-07", "translated: 2026-11-20")
    root = copy_example(tmp_path_factory.mktemp("edited"), {SOURCE: source, FRENCH: french})
    build = run_build(root, "--strict")
    assert build.returncode == 0, build.output  # advice never stops a build, --strict included
    return build


def _line(path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_long_sentences_and_unexplained_words_are_advice_at_their_line(edited_site):
    root = edited_site.root
    long_line, word_line = _line(root / SOURCE, LONG), _line(root / SOURCE, "afbetalingsplan")
    assert f"{SOURCE}:{long_line}: Deze zin telt 23 woorden (\"Wie een leefloon vraagt krijgt ...\"). Klare taal houdt " \
           'een zin op hoogstens 20 woorden: maak er twee zinnen van, bijvoorbeeld voor "dat".' in edited_site.output
    assert f'{SOURCE}:{word_line}: "gerechtsdeurwaarder" is een lang of weinig gebruikt woord, en de woordenlijst ' \
           "legt het niet uit. Schrijf een gewoner woord, of leg het uit in glossary.yaml." in edited_site.output
    assert '"afbetalingsplan"' not in edited_site.output  # the glossary explains it
    assert "WARNING" not in edited_site.output


def test_a_translation_of_an_older_source_is_advice_and_says_so_on_the_page(edited_site):
    line = _line(edited_site.root / FRENCH, "translated:")
    assert (f"{FRENCH}:{line}: Dit vertaalt {SOURCE} zoals het was op 2026-11-20, maar die pagina veranderde op "
            '2026-11-27. Vertaal wat veranderd is en schrijf dan "translated: 2026-11-27".') in edited_site.output
    html = edited_site.text("fr/rights/leefloon/index.html")
    note = re.search(r'<p class="stek-note">(.*?)</p>', html, re.S).group(1)
    assert note.startswith("Cette traduction est plus ancienne que la page en néerlandais, modifiée le 27 novembre 2026.")
    assert '<a href="../../../rights/leefloon/" hreflang="nl">Lire les informations les plus récentes en néerlandais</a>' in note
    # The other translations follow their source: no such note there.
    assert "ouder dan" not in edited_site.text("rights/leefloon/index.html")
    assert "older than the Dutch page" not in edited_site.text("en/rights/leefloon/index.html")


def test_an_unchecked_translation_tells_its_readers(example_site):
    for lang, words in (("fr/", "Aucun locuteur natif n&#39;a encore relu cette traduction."),
                        ("en/", "This translation has not been checked by a native speaker yet."),
                        ("ar/", "لم يراجع هذه الترجمة أيّ متحدث أصلي باللغة بعد.")):
        assert words in example_site.text(f"{lang}rights/leefloon/index.html")
    assert "moedertaalspreker" not in example_site.text("rights/leefloon/index.html")


def test_every_rights_page_shows_its_sources_and_when_they_were_checked(example_site):
    # The tests' copies of the example say they were checked on the tests' date (sitebuild.as_of_test_date).
    checked_nl = "Informatie nagekeken op 27 november 2026 door het STEK-project, aan de hand van de officiële bronnen"
    checked_en = ("The information was checked on the Dutch text on 27 November 2026 by the STEK project, against the "
                  "official sources below.")
    for lang, heading, checked in (("", "Waar komt deze informatie vandaan?", checked_nl),
                                   ("en/", "Where this information comes from", checked_en),
                                   ("ar/", "مصادر هذه المعلومات", None)):
        for page in (ROOT / "content/rights").glob("*.md"):
            if page.stem.count("."):
                continue
            html = example_site.text(f"{lang}rights/{page.stem}/index.html")
            assert f"<h2>{heading}</h2>" in html, page
            assert re.search(r'<li><a href="https?://[^"]+">', html.split(heading)[1]), page
            if checked:
                assert checked in html, page


def test_a_translation_says_separately_that_no_native_speaker_checked_it(example_site):
    french = example_site.text("fr/rights/leefloon/index.html")
    checks = re.findall(r'<p class="stek-small">(.*?)</p>', french, re.S)
    assert checks == ["Les informations ont été vérifiées sur le texte en néerlandais, le 27 novembre 2026, par le "
                      "projet STEK, sur la base des sources officielles ci-dessous.",
                      "Aucun locuteur natif n&#39;a encore relu cette traduction."]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rights_page_keeps_specs_order_with_the_generated_parts_inside_its_sections(example_site, lang):
    for page in (ROOT / "content/rights").glob("*.md"):
        if page.stem.count("."):
            continue
        html = example_site.text(f"{lang}rights/{page.stem}/index.html").split('<div class="stek-body">')[1]
        body = html.split("</div>\n  </div>")[0] if "</div>\n  </div>" in html else html
        headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html.split("stek-small")[0])
        # The page's six headings, each once, the sources after them; no heading of the template's own in between.
        assert len(headings) == 7 and len(set(headings)) == 7, (page, headings)
        where, bring, disagree = (html.index(f">{h}</h2>") for h in headings[3:6])
        card, listed = html.index('class="stek-card"'), html.index("<li>", bring)
        assert where < card < bring < listed < disagree, page  # the dates under "where", the list under "bring"
        assert body


def test_a_glossary_word_is_explained_where_it_first_appears(example_site):
    html = example_site.text("rights/leefloon/index.html")
    body = html.split('<div class="stek-body">')[1]
    terms = re.findall(r'<details class="stek-term"><summary>(.*?)</summary><p>(.*?)</p></details>', body)
    words = [re.search(r"<dfn>(.*?)</dfn>", summary).group(1) for summary, _ in terms]
    assert words[:2] == ["leefloon", "OCMW"]  # in the order the page first uses them
    assert len(words) == len(set(w.lower() for w in words))  # once each
    assert terms[0] == ("Wat betekent &#34;<dfn>leefloon</dfn>&#34;?",
                        "Geld van het OCMW om van te leven, als je zelf te weinig inkomen hebt.")
    # The explanation follows the paragraph that uses the word: a <details> cannot stand inside a <p>.
    assert '</p><details class="stek-term"><summary>Wat betekent &#34;<dfn>leefloon</dfn>' in body
    french = example_site.text("fr/rights/leefloon/index.html")
    assert "Que veut dire « <dfn>revenu d&#39;intégration</dfn> » ?" in french


def test_the_glossary_page_exists_in_every_language(example_site):
    for lang, title, word in (("", "Moeilijke woorden uitgelegd", "leefloon"), ("fr/", "Mots expliqués", "revenu d&#39;intégration"),
                              # a Dutch word in English text, marked as Dutch (issue 16)
                              ("en/", "Words explained", '<span lang="nl">leefloon</span>'), ("ar/", "شرح الكلمات", "الدخل الأدنى للمعيشة")):
        html = example_site.text(f"{lang}glossary/index.html")
        assert f"<h1>{title}</h1>" in html
        assert f'<dt id="leefloon"><dfn>{word}</dfn></dt>' in html


def test_the_accessibility_statement_exists_in_every_language_and_in_every_footer(example_site):
    for lang in LANGUAGES:
        html = example_site.text(f"{lang}accessibility/index.html")
        assert "WCAG 2.2" in html and "axe-core" in html and "Lighthouse" in html
        assert "EN 301 549" in html and "WCAG 2.1" in html  # the EU's reference, and what the site aims at
        assert '<a href="mailto:stek@example.org">stek@example.org</a>' in html  # in the statement, from mkdocs.yml
        assert "<!-- stek:" not in html
        home = example_site.text(f"{lang}index.html")
        assert re.search(r'<a href="[./]*accessibility/">', home), lang


def test_the_statement_has_the_eu_models_elements_in_dutch_french_and_arabic(example_site):
    # (language, compliance status, dates from the front matter, reply time from mkdocs.yml, voluntary statement)
    for lang, status, dates, reply, voluntary in (
            ("", "voldoet <strong>gedeeltelijk</strong> aan de norm",
             "Deze verklaring is opgesteld op 7 december 2026.\nZe is voor het laatst nagekeken op 7 december 2026.",
             "We antwoorden binnen 10 werkdagen.", "Het huis is geen overheid."),
            ("fr/", "<strong>partiellement conforme</strong>",
             "Cette déclaration a été rédigée le 7 décembre 2026.\nElle a été revue pour la dernière fois le 7 décembre 2026.",
             "Nous répondons dans les 10 jours ouvrables.", "La maison n&#39;est pas un service public."),
            ("ar/", "<strong>متوافق جزئيًا</strong>",
             "وُضع هذا البيان في 7 ديسمبر 2026.\nوآخر مراجعة له كانت في 7 ديسمبر 2026.",
             "نجيب خلال 10 أيام عمل.", "البيت ليس إدارة عامة.")):
        html = example_site.text(f"{lang}accessibility/index.html")
        for part in (status, dates, reply, voluntary):
            assert part in html, (lang, part)
        assert "ombudsdienst/uw-klacht" not in html  # the example's house is no public body (mkdocs.yml)


def test_text_changes_come_from_git_history_and_ignore_a_renewed_check(tmp_path):
    from stek.data.translation_age import text_changes

    folder = tmp_path / "content" / "rights"
    folder.mkdir(parents=True)

    def commit(date: str, text: str) -> None:
        (folder / "leefloon.md").write_text(text, encoding="utf-8")
        env = {"GIT_AUTHOR_DATE": f"{date}T12:00:00", "GIT_COMMITTER_DATE": f"{date}T12:00:00",
               "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": "/usr/bin:/bin"}
        subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, env=env)
        subprocess.run(["git", "commit", "-q", "-m", date], cwd=tmp_path, check=True, env=env)

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit("2026-01-05", "---\ntitle: Leefloon\nreviewed: 2026-01-05\n---\nEen tekst.\n")
    assert text_changes(tmp_path, "content/rights") == {}  # the first commit says nothing about changes
    commit("2026-03-10", "---\ntitle: Leefloon\nreviewed: 2026-01-05\n---\nEen andere tekst.\n")
    commit("2026-06-20", "---\ntitle: Leefloon\nreviewed: 2026-06-20\n---\nEen andere tekst.\n")
    assert text_changes(tmp_path, "content/rights") == {"content/rights/leefloon.md": __import__("datetime").date(2026, 3, 10)}
    assert text_changes(tmp_path / "nowhere", "content/rights") == {}


def test_text_changes_read_past_a_version_saved_in_another_encoding(tmp_path):
    from stek.data.translation_age import text_changes

    folder = tmp_path / "content" / "rights"
    folder.mkdir(parents=True)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": "/usr/bin:/bin"}

    def commit(date: str, data: bytes) -> None:
        (folder / "leefloon.md").write_bytes(data)
        dated = {**env, "GIT_AUTHOR_DATE": f"{date}T12:00:00", "GIT_COMMITTER_DATE": f"{date}T12:00:00"}
        subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, env=dated)
        subprocess.run(["git", "commit", "-q", "-m", date], cwd=tmp_path, check=True, env=dated)

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit("2026-01-05", "---\ntitle: Leefloon\nreviewed: 2026-01-05\n---\nEen tekst.\n".encode())
    # A word processor saved it in Latin-1 once: the date of the change still counts, nothing stops.
    commit("2026-03-10", "---\ntitle: Leefloon\nreviewed: 2026-01-05\n---\nEen tekst over het café.\n".encode("latin-1"))
    assert text_changes(tmp_path, "content/rights") == {"content/rights/leefloon.md": __import__("datetime").date(2026, 3, 10)}
