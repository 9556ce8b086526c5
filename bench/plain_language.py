"""How plain the example's rights pages are: average sentence length and the share of hard words left unexplained.

Usage: python bench/plain_language.py [--ref GIT-REVISION]   (a second or two)

With --ref, the pages and glossary.yaml are read as they were at that revision (for a
before/after comparison); without it, from the working tree. The rules are those of the build's
plain-language advice (plugins/stek/editing/plain_language.py): a sentence is long above 20 words; a
hard word is long (16 letters or more), rare in everyday language, official, or an unexplained
abbreviation, counted once per page, and unexplained when glossary.yaml does not have it. The
share is hard words per 100 words of the page (title, summary and body).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from stek.data.errors import Problems  # noqa: E402
from stek.data.glossary import GLOSSARY_FILE_NAME, Glossary, load_glossary  # noqa: E402
from stek.data.loading import split_front_matter  # noqa: E402
from stek.editing.plain_language import measure  # noqa: E402

LANGUAGES = ("nl", "fr", "en", "ar")


def read(path: str, ref: str | None) -> str | None:
    if ref is None:
        file = ROOT / path
        return file.read_text(encoding="utf-8") if file.is_file() else None
    result = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


def pages(ref: str | None) -> list[str]:
    if ref is None:
        return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "content/rights").glob("*.md"))
    listing = subprocess.run(["git", "ls-tree", "--name-only", ref, "content/rights/"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    return sorted(p for p in listing if p.endswith(".md"))


def glossary(ref: str | None) -> Glossary:
    text = read(GLOSSARY_FILE_NAME, ref)
    if text is None:
        return Glossary()
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / GLOSSARY_FILE_NAME).write_text(text, encoding="utf-8")
        return load_glossary(Path(folder), LANGUAGES, Problems())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="a git revision to read the pages from (default: the working tree)")
    arguments = parser.parse_args()
    words = glossary(arguments.ref)
    print(f"{'page':<44} {'sentences':>9} {'words/sentence':>14} {'long':>5} {'hard':>5} {'hard/100 words':>14}")
    totals: dict[str, list[dict]] = {}
    for path in pages(arguments.ref):
        stem = Path(path).stem
        lang = stem.rpartition(".")[2] if "." in stem else "nl"
        if lang not in ("nl", "fr"):
            continue
        split = split_front_matter(read(path, arguments.ref), path, Problems())
        meta, body, _ = split
        text = "\n\n".join([str(meta.get("title", "")) + ".", str(meta.get("summary", "")), body])
        m = measure(text, lang, lambda w, lang=lang: words.explains(w, lang))
        totals.setdefault(lang, []).append(m)
        print(f"{path:<44} {m['sentences']:>9} {m['average']:>14.1f} {m['long_sentences']:>5} {m['hard_words']:>5} "
              f"{100 * m['hard_share']:>14.1f}   {', '.join(m['examples'][:8])}")
    for lang, ms in totals.items():
        sentences = sum(m["sentences"] for m in ms)
        count = sum(m["words"] for m in ms)
        hard = sum(m["hard_words"] for m in ms)
        print(f"all {lang} pages: {count / sentences:.1f} words a sentence, "
              f"{sum(m['long_sentences'] for m in ms)} long sentences, {hard} hard words unexplained "
              f"({100 * hard / count:.1f} per 100 words)")


if __name__ == "__main__":
    main()
