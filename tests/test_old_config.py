"""A mkdocs.yml written before 0.2 (mkdocs-material's theme, mkdocs-static-i18n's languages) still
builds, the same site, with advice that says what to write: an upgrade never needs a hand edit first."""

from __future__ import annotations

import filecmp
import re

from sitebuild import copy_example, run_build
from test_engines import _differences

# The parts of the example's mkdocs.yml as version 0.1 wrote them.
OLD_THEME = """theme:
  name: material
  language: nl
  font: false
  favicon: assets/favicon.svg
"""
OLD_PLUGINS = """plugins:
  - i18n:
      docs_structure: suffix
      languages:
        - locale: nl
          name: Nederlands
          default: true
        - locale: fr
          name: Français
        - locale: en
          name: English
        - locale: ar
          name: العربية
  - stek/site
"""


def _old_config(config: str) -> str:
    start, end = config.index("theme:\n"), config.index("\n\n", config.index("theme:\n")) + 1
    config = config[:start] + OLD_THEME + config[end:]
    return config[:config.index("plugins:\n")] + OLD_PLUGINS


def test_old_mkdocs_yml_builds_the_same_site_with_advice(example_site, tmp_path):
    config = _old_config((example_site.root / "mkdocs.yml").read_text(encoding="utf-8"))
    root = copy_example(tmp_path / "old", {"mkdocs.yml": config})
    build = run_build(root, "--strict")
    assert build.returncode == 0, build.output
    lines = config.split("\n")
    # At their lines: the advice on the example's contact (a copy's whole mkdocs.yml) is not about the old settings.
    advice = [line.split("stek: ", 1)[1] for line in build.output.splitlines() if re.search(r"stek: mkdocs\.yml:\d", line)]
    assert advice == [
        f'mkdocs.yml:{lines.index("  name: material") + 1}: Het thema "material" is het oude (van voor versie 0.2); '
        'de site heeft nu een eigen thema. Schrijf "name: stek" en haal de andere regels onder "theme:" weg.',
        f'mkdocs.yml:{lines.index("  - i18n:") + 1}: De talen staan er op de oude manier (het blok "i18n", van voor '
        'versie 0.2). Dat werkt nog tot versie 1.0. Haal dit blok weg en schrijf de talen onder "- stek:", de '
        'hoofdtaal eerst: "languages: [nl, fr, en, ar]".',
        f'mkdocs.yml:{lines.index("  - stek/site") + 1}: De plugin "stek/site" heet nu "stek". Schrijf "- stek" (met '
        'zijn instellingen, als die er zijn).',
    ]
    assert _differences(filecmp.dircmp(example_site.site, build.site)) == []


def test_issue_19_a_time_zone_option_builds_the_same_site_with_advice(example_site, tmp_path, capsys):
    """`time_zone` is gone (SPEC: Brussels, always): a mkdocs.yml that still sets it builds, --strict too."""
    from stek.editing.check import check

    config = (example_site.root / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "  - stek:\n", "  - stek:\n      time_zone: America/New_York\n")
    root = copy_example(tmp_path / "zone", {"mkdocs.yml": config})
    build = run_build(root, "--strict")
    assert build.returncode == 0, build.output
    assert "WARNING" not in build.output
    line = config.split("\n").index("      time_zone: America/New_York") + 1
    # At their lines: the advice on the example's contact (a copy's whole mkdocs.yml) is not about the old settings.
    advice = [line.split("stek: ", 1)[1] for line in build.output.splitlines() if re.search(r"stek: mkdocs\.yml:\d", line)]
    assert advice == [
        f'mkdocs.yml:{line}: De instelling "time_zone" bestaat niet meer: de site rekent altijd in de tijd van '
        'Brussel (Europe/Brussels), dus "America/New_York" verandert niets. Verwijder deze regel.']
    # The feeds, programme.json, the JSON-LD and the pages' script all keep Brussels time.
    assert _differences(filecmp.dircmp(example_site.site, build.site)) == []
    # The check command says the same, and passes --strict.
    assert check(root, strict=True) == 0
    assert advice[0] in capsys.readouterr().err
