"""Issue 9: the page in one round trip. First-load weights (gzip bytes, not timings) within budget."""

from __future__ import annotations

import importlib.util
import re

import pytest

from sitebuild import ROOT

_spec = importlib.util.spec_from_file_location("weights", ROOT / "bench" / "weights.py")
weights = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(weights)

LANGUAGES = ["nl", "fr", "en", "ar"]


def test_every_page_type_loads_within_its_budget(example_site):
    table = weights.weights(example_site.site, LANGUAGES)
    over = {f"{kind} {lang} ({path or '/'})": weight for (kind, lang), (weight, path) in table.items()
            if (limit := weights.budget(kind)) and weight > limit}
    assert over == {}
    assert {lang for kind, lang in table if kind == "home"} == set(LANGUAGES)


@pytest.mark.parametrize("path", ["", "ar/", "programme/", "rights/leefloon/", "about/"])
def test_pages_carry_their_own_stylesheet_not_materials(example_site, path):
    html = example_site.text(path + "index.html")
    _, urls = weights.first_load(example_site.site, example_site.site / path / "index.html")
    assert "<style>" in html and ".stek-items" in html
    assert not [url for url in urls if url.endswith((".css", ".js"))]
    assert not re.search(r"md-(toggle|typeset|container|dialog)|__md_|assets/(stylesheets|javascripts)/", html)


def test_a_resource_from_another_origin_blows_the_budget(tmp_path):
    (tmp_path / "index.html").write_text('<link rel="stylesheet" href="https://cdn.example.org/x.css">')
    assert weights.first_load(tmp_path, tmp_path / "index.html")[0] > 10**6
