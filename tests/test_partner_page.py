"""The page for partners names the site's own addresses, or the build says which line does not."""

from __future__ import annotations

from pathlib import Path

from stek.data.errors import Problems
from stek.data.partner_page import check_partner_page

PAGE = """---
title: Ons programma op jouw website
---
Volg <https://stek-rozenwijk.example.org/calendar.ics> in je agenda.

Open [calendar.google.com](https://calendar.google.com) op een computer.

```html
<iframe src="https://stek-rozenwijk.example.org/embed/"></iframe>
<script>if (e.origin !== "https://stek-rozenwijk.example.org") return;</script>
```
"""


def check(tmp_path: Path, site_url: str) -> list[str]:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "programme-on-your-site.md").write_text(PAGE, encoding="utf-8")
    problems = Problems(language="nl")
    check_partner_page(tmp_path, tmp_path / "content", site_url, problems)
    return problems.warning_lines()


def test_a_copy_that_still_names_the_example_gets_a_warning_on_each_such_line(tmp_path):
    message = ('"stek-rozenwijk.example.org" staat op deze regel, maar de site staat op https://stek.example.be '
               "(site_url in mkdocs.yml). Schrijf daar https://stek.example.be: anders volgen partners de agenda's "
               "van een andere site, en vertrouwt het stukje voor het kader een andere site.")
    assert check(tmp_path, "https://stek.example.be/") == [
        f"content/programme-on-your-site.md:{line}: {message}" for line in (4, 9, 10)
    ]


def test_the_site_itself_and_other_sites_are_left_alone(tmp_path):
    assert check(tmp_path, "https://stek-rozenwijk.example.org/") == []


def test_the_example_names_its_own_address(example_site):
    assert "programme-on-your-site" not in example_site.output
