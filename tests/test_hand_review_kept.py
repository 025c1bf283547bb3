"""A translator who accepts machine text by clearing `fuzzy` in an editor (Poedit, Lokalize, a text
editor) leaves the `mt: …` line in place — only `l10n review --accept` rewrites it. That unit is a
person's review all the same (DESIGN decision 4: a non-fuzzy msgstr is never machine-written), so
when its source sentence changes it must come back as a fuzzy suggestion of a person's, never as
machine output that `translate` may overwrite. Real CLI, real article, real Apertium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def l10n(root: Path, *args: str) -> None:
    run_l10n(root, *args)


def catalog(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"


def clear_fuzzy_by_hand(po: Path) -> polib.POEntry:
    """What an editor does on "accept": the fuzzy flag goes, every comment stays."""
    text = po.read_text(encoding="utf-8")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("#, ") and "fuzzy" in line and index + 1 < len(lines):
            following = "\n".join(lines[index + 1 : index + 4])
            if 'msgid ""' in following.split("\n")[0]:
                continue  # the header
            flags = [flag.strip() for flag in line[3:].split(",") if flag.strip() != "fuzzy"]
            lines[index] = "#, " + ", ".join(flags) if flags else None  # type: ignore[call-overload]
            break
    po.write_text("\n".join(line for line in lines if line is not None), encoding="utf-8")
    accepted = [e for e in polib.pofile(str(po)) if e.msgstr and not e.fuzzy and e.msgid]
    assert len(accepted) == 1
    return accepted[0]


def test_a_unit_accepted_in_an_editor_is_not_overwritten_when_its_source_changes(tmp_path: Path) -> None:
    seed = apertium_es(tmp_path, "--no-tm")
    accepted = clear_fuzzy_by_hand(catalog(tmp_path))
    assert "mt:" in accepted.tcomment  # the editor kept the machine line: the case at hand
    person_text = accepted.msgstr + " (revisado)"
    po = polib.pofile(str(catalog(tmp_path)))
    po.find(accepted.msgid, msgctxt=accepted.msgctxt).msgstr = person_text
    po.save()

    words = accepted.msgid.split()
    changed = " ".join([*words[:-1], "today", words[-1]])
    source = seed.read_text(encoding="utf-8")
    assert source.count(accepted.msgid) == 1
    seed.write_text(source.replace(accepted.msgid, changed), encoding="utf-8")
    l10n(tmp_path, "extract", f"seeds/{ARTICLE.name}", "--locales", "es", "--jobs", "1")
    l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")

    now = {e.msgid: e for e in polib.pofile(str(catalog(tmp_path))) if not e.obsolete}
    entry = now[changed]
    assert entry.msgstr == person_text  # the person's text, not redone by the engine
    assert entry.fuzzy and entry.previous_msgid == accepted.msgid  # shown as a suggestion to check
    assert "mt:" not in "\n".join(line.strip()[:3] for line in entry.tcomment.splitlines())
