"""Reads the rights pages (content/rights/*.md) and their translations into the model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from stek.data.errors import Problems, closest
from stek.data.fields import ID_PATTERN, Reader, slug
from stek.data.loading import Map, read_text, split_front_matter
from stek.data.markdown_links import check_markdown_links
from stek.data.messages import message_language
from stek.data.model import RIGHTS, RIGHTS_TRANSLATION, RightsPage, Source
from stek.data.references import check_refs, ids_of
from stek.data.translation_age import advise_translations, text_changes
from stek.i18n import Translated, language_name

RIGHTS_DIR = "content/rights"
STALE_AFTER = dt.timedelta(days=365)


def load_rights(root: Path, languages: tuple[str, ...], problems: Problems, today: dt.date,
            partners: dict | None, listings: dict | None, read: dict[str, tuple]) -> dict[str, RightsPage]:
    """The rights pages; `read` gets each file as read (front matter, body, its first line) for the advice."""
    folder = root / RIGHTS_DIR
    if not folder.is_dir():
        return {}
    originals: dict[str, dict] = {}
    translations: list[tuple[str, str, dict, str, str]] = []
    for path in sorted(folder.glob("*.md")):
        name = f"{RIGHTS_DIR}/{path.name}"
        stem, _, lang = path.stem.rpartition(".")
        if not stem:
            stem, lang = path.stem, languages[0]
        if lang not in languages:
            # A dot in a name that is not a language suffix: report the most likely mistake.
            problems.error(name, 0, "translation_bad_language", value=lang, choices=languages,
                           guess=closest(lang, languages))
            continue
        text = read_text(path, name, problems)
        split = split_front_matter(text, name, problems) if text is not None else None
        if split is None:
            continue
        read[name] = split
        meta, body, body_line = split
        check_markdown_links(body, lambda index, first=body_line: first + index, name, problems)
        reader = Reader(name, problems, languages)
        if not isinstance(meta, Map):
            reader.error(meta, "expected_map", what="rights", value="...")
            continue
        if lang == languages[0]:
            if not meta:
                problems.error(name, 1, "front_matter_missing")
                continue
            values = RIGHTS.read(meta, "", reader)
            check_refs(values.get("help", []), partners, "unknown_partner", reader)
            check_refs(values.get("ask_at", []), listings, "unknown_activity", reader)
            if not ID_PATTERN.fullmatch(stem):
                problems.error(name, 0, "bad_file_id", value=path.name, suggestion=slug(stem))
            elif values.get("id", stem) != stem:
                reader.error(meta.get("id"), "rights_id_mismatch", value=values["id"], expected=stem)
            elif values["ok"]:
                if not values.get("sources"):
                    # A rights page is only as good as where its facts come from (SPEC: sources required).
                    problems.warning(name, meta.line, "rights_without_sources")
                originals[stem] = {**values, "file": name, "body": body.strip()}
        else:
            translations.append((stem, lang, meta, body.strip(), name))
    return merge_rights(originals, translations, languages, problems, today, text_changes(root, RIGHTS_DIR))


def merge_rights(originals: dict[str, dict], translations: list, languages: tuple[str, ...],
                  problems: Problems, today: dt.date, changed: dict[str, dt.date] | None = None) -> dict[str, RightsPage]:
    default = languages[0]
    texts = {id: {"title": {default: v["title"].values[default]},
                  "summary": dict(v["summary"].values) if "summary" in v else {},
                  "bring": {default: tuple(b for b, _ in v["bring"])} if "bring" in v else {},
                  "reviewed_by": dict(v["reviewed_by"].values) if "reviewed_by" in v else {},
                  "body": {default: v["body"]} if v["body"] else {},
                  "files": {default: v["file"]}}
             for id, v in originals.items()}
    for stem, lang, meta, body, name in translations:
        reader = Reader(name, problems, languages)
        original = f"{RIGHTS_DIR}/{stem}.md"
        if stem not in originals:
            if not any(e.file == original for e in problems.errors):
                problems.error(name, 0, "translation_without_original", original=original)
            continue
        allowed = {f.name for f in RIGHTS_TRANSLATION.fields}
        for key in [k for k in meta if k in {f.name for f in RIGHTS.fields} - allowed]:
            reader.error(key, "translation_only_text", key=key, original=original)
            del meta[key]
        values = RIGHTS_TRANSLATION.read(meta, "", reader) if meta else {"ok": True}
        if not values["ok"]:
            continue
        entry = texts[stem]
        entry["files"][lang] = name
        entry.setdefault("translations", {})[lang] = (values, name)
        for key in ("title", "summary", "reviewed_by"):
            if key in values:
                entry[key][lang] = values[key].values[values[key].default]
        if "bring" in values:
            entry["bring"][lang] = tuple(b for b, _ in values["bring"])
        if body:
            entry["body"][lang] = body
    pages = {}
    for id, v in originals.items():
        entry = texts[id]
        reviewed = v.get("reviewed")
        if reviewed and reviewed > today:
            # A check that has not happened yet would tell readers the facts are newer than they are.
            problems.warning(v["file"], v["reviewed.line"], "future_review", value=reviewed, today=today)
        elif reviewed and today - reviewed > STALE_AFTER:
            problems.advise(v["file"], v["reviewed.line"], "stale_review", value=reviewed)
        if reviewed and not entry["reviewed_by"]:
            problems.advise(v["file"], v["reviewed.line"], "review_without_reviewer")
        for lang in languages[1:]:
            if lang not in entry["files"]:
                problems.advise(v["file"], 0, "missing_rights_translation",
                                 language=language_name(lang, message_language(default)),
                                 file=f"{RIGHTS_DIR}/{id}.{lang}.md")
        outdated, unchecked = advise_translations(v, entry.get("translations", {}), changed or {}, problems)
        checked = tuple(lang for lang, (values, _) in sorted(entry.get("translations", {}).items())
                        if lang not in unchecked and str(values.get("checked_by_native_speaker", "")).strip())
        pages[id] = RightsPage(
            id=id,
            title=Translated(entry["title"], default),
            summary=Translated(entry["summary"], default) if entry["summary"] else None,
            help=ids_of(v.get("help", [])),
            ask_at=ids_of(v.get("ask_at", [])),
            bring=Translated(entry["bring"], default) if entry["bring"] else None,
            reviewed=reviewed,
            reviewed_by=Translated(entry["reviewed_by"], default) if entry["reviewed_by"] else None,
            sources=tuple(Source(title=s["title"], url=s["url"]) for s, _ in v.get("sources", [])),
            body=Translated(entry["body"], default) if entry["body"] else None,
            files=entry["files"],
            outdated=outdated, unchecked=unchecked, checked=checked,
            line=v["line"],
        )
    return pages
