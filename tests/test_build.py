"""What a volunteer sees when the build runs: a clean build, or every mistake and a site left as it was."""

from __future__ import annotations

import pytest

from sitebuild import SOURCE_DATE_EPOCH, copy_example, run_build

# Every test here builds the example at least once.
pytestmark = pytest.mark.slow


def test_example_builds_clean_with_strict(example_site):
    assert "WARNING" not in example_site.output
    assert (example_site.site / "index.html").is_file()


def test_mistakes_stop_the_build_and_leave_the_old_site_alone(tmp_path):
    root = copy_example(tmp_path / "stek")
    good = run_build(root)
    assert good.returncode == 0, good.output
    before = {p.relative_to(good.site): p.read_bytes() for p in good.site.rglob("*") if p.is_file()}

    activities = (root / "activities.yaml").read_text(encoding="utf-8")
    lines = activities.splitlines()
    day_line = next(i for i, line in enumerate(lines) if line.strip() == "- day: maandag") + 1
    time_line = next(i for i, line in enumerate(lines) if line.strip().startswith("start:")) + 1
    lines[day_line - 1] = lines[day_line - 1].replace("maandag", "maandg")
    lines[time_line - 1] = lines[time_line - 1].split("start:")[0] + "start: 25:00"
    (root / "activities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "partners.yaml").write_text(
        (root / "partners.yaml").read_text(encoding="utf-8").replace("\n    website: https://", "\n    website: javascript://", 1), encoding="utf-8")

    bad = run_build(root)
    assert bad.returncode != 0
    assert "Traceback" not in bad.output
    messages = [line for line in bad.output.splitlines() if line.startswith(("partners.yaml:", "activities.yaml:"))]
    assert len(messages) == 3
    assert messages[0].startswith("partners.yaml:") and "is geen adres waar we naar kunnen linken" in messages[0]
    assert messages[1:] == [
        f'activities.yaml:{min(day_line, time_line)}: ' + (
            '"maandg" is geen dag. Schrijf een dag zoals maandag, lundi of monday. Bedoel je "maandag"?'
            if day_line < time_line else '"25:00" is geen uur. Schrijf uren en minuten, zoals 09:30 of 14:00.'),
        f'activities.yaml:{max(day_line, time_line)}: ' + (
            '"25:00" is geen uur. Schrijf uren en minuten, zoals 09:30 of 14:00.'
            if day_line < time_line else '"maandg" is geen dag. Schrijf een dag zoals maandag, lundi of monday. '
                                          'Bedoel je "maandag"?'),
    ]
    after = {p.relative_to(good.site): p.read_bytes() for p in good.site.rglob("*") if p.is_file()}
    assert after == before


def test_warnings_stop_only_a_strict_build(tmp_path):
    root = copy_example(tmp_path / "stek")
    page = root / "content" / "rights" / "leefloon.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("sources:")
    end = text.index("\n---", start)
    page.write_text(text[:start] + text[end + 1:], encoding="utf-8")  # a rights page without sources
    expected = ('content/rights/leefloon.md:2: Deze rechtenpagina noemt geen bronnen. Voeg "sources:" toe met de '
                'officiële pagina\'s waar de feiten vandaan komen, zoals - {title: Rechtenverkenner, url: https://...}.')

    normal = run_build(root)
    assert normal.returncode == 0, normal.output
    assert normal.output.count(expected) == 1  # once, not once per language

    before = {p.relative_to(normal.site): p.read_bytes() for p in normal.site.rglob("*") if p.is_file()}
    (root / "activities.yaml").write_text(  # a change that would show if the strict build wrote the site
        (root / "activities.yaml").read_text(encoding="utf-8").replace("Soep en babbel", "Soep en praat"), encoding="utf-8")
    strict = run_build(root, "--strict")
    assert strict.returncode != 0
    assert expected in strict.output
    assert {p.relative_to(normal.site): p.read_bytes() for p in normal.site.rglob("*") if p.is_file()} == before


def test_advice_never_stops_a_build_strict_included(tmp_path):
    """A review date passing its year, a missing translation, an event on a closed day: the nightly build goes on."""
    root = copy_example(tmp_path / "stek")
    page = root / "content" / "rights" / "leefloon.md"
    text = page.read_text(encoding="utf-8")
    reviewed = next(line for line in text.splitlines() if line.startswith("reviewed:"))
    page.write_text(text.replace(reviewed, "reviewed: 2024-01-15"), encoding="utf-8")
    (root / "content" / "rights" / "leefloon.ar.md").unlink()
    line = text.splitlines().index(reviewed) + 1

    strict = run_build(root, "--strict")
    assert strict.returncode == 0, strict.output
    assert strict.output.count(f'content/rights/leefloon.md:{line}: "reviewed: 2024-01-15" is meer dan een jaar '
                               'geleden. Kijk de pagina na met de bronnen, en schrijf dan de datum van vandaag.') == 1
    assert ('content/rights/leefloon.md: Deze pagina heeft geen vertaling in het Arabisch. Voeg '
            'content/rights/leefloon.ar.md toe met minstens "title:" en "summary:".') in strict.output
    assert "lang=\"nl\"" in (strict.site / "ar" / "rights" / "leefloon" / "index.html").read_text(encoding="utf-8")


def test_the_example_two_years_ahead_builds_strict(tmp_path):
    """The nightly rebuild of an unchanged repository never fails because a date passed."""
    root = copy_example(tmp_path / "stek")
    later = str(int(SOURCE_DATE_EPOCH) + 2 * 365 * 24 * 3600)
    result = run_build(root, "--strict", environ={"SOURCE_DATE_EPOCH": later})
    assert result.returncode == 0, result.output
    assert "reviewed:" in result.output  # advice, printed, not stopping
