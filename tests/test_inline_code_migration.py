"""Catalogs written before inline code was one placeable: every msgid holding a code span changed
(`{code_1}cargo check{code_1_end}` → `{code_1}`), and `update`/`extract` takes the normal
source-changed path for each — machine output is translated again, a person's translation is
kept as a fuzzy suggestion with its old msgid as `#|` (never dropped, never shown as finished).

The old catalog is real: tests/data/codespan/rust-check-cfg.es.po, written by main 7707032 for the
real post tests/data/blind/md/rust-check-cfg.md, three units reviewed by hand (its README says
how). Every command runs through the CLI, as an operator runs it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from conftest import run_l10n

from l10n.catalog.update import closest_entry
from l10n.placeables.code import migrated_msgid

REPO = Path(__file__).resolve().parent.parent
POST = REPO / "tests" / "data" / "blind" / "md" / "rust-check-cfg.md"
OLD_PO = REPO / "tests" / "data" / "codespan" / "rust-check-cfg.es.po"
OLD_CODE_PAIR = re.compile(r"\{(code_\d+)\}.*?\{\1_end\}")
APERTIUM = shutil.which("apertium") is not None


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_l10n(root, *args, allowed=(0, 1))  # 1: QA found errors (the held units)


def old_project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(POST, tmp_path / "seeds" / POST.name)
    catalog = tmp_path / "locales" / "es" / "LC_MESSAGES" / "rust-check-cfg.po"
    catalog.parent.mkdir(parents=True)
    shutil.copy(OLD_PO, catalog)
    return tmp_path


def entries(root: Path) -> list[polib.POEntry]:
    return list(polib.pofile(str(root / "locales" / "es" / "LC_MESSAGES" / "rust-check-cfg.po")))


OLD = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(OLD_PO)) if not e.obsolete}
REVIEWED = {key: e for key, e in OLD.items() if e.msgstr and not e.fuzzy}


def test_the_old_catalog_is_what_its_readme_says() -> None:
    assert len(OLD) == 64 and len(REVIEWED) == 3
    assert sum(bool(OLD_CODE_PAIR.search(msgid)) for _, msgid in OLD) >= 40
    assert sum(bool(OLD_CODE_PAIR.search(msgid)) for _, msgid in REVIEWED) == 2


@pytest.mark.parametrize("commands", [["extract"], ["extract-only", "update"]], ids=["extract", "update"])
def test_reviewed_work_becomes_a_fuzzy_suggestion_with_its_old_msgid(tmp_path: Path, commands: list[str]) -> None:
    root = old_project(tmp_path)
    for command in commands:
        if command == "extract":
            l10n(root, "extract", f"seeds/{POST.name}", "--locales", "es", "--jobs", "1")
        elif command == "extract-only":
            l10n(root, "extract", f"seeds/{POST.name}", "--jobs", "1")
        else:
            l10n(root, "update", "--locales", "es")
    now = entries(root)
    active = {(e.msgctxt, e.msgid): e for e in now if not e.obsolete}
    for (context, old_msgid), old in REVIEWED.items():
        new_msgid = migrated_msgid(old_msgid)
        entry = active[(context, new_msgid)]
        assert entry.msgstr == old.msgstr  # not lost, not rewritten
        if new_msgid == old_msgid:  # the headline: no code, still reviewed
            assert not entry.fuzzy and entry.previous_msgid is None
            continue
        assert entry.fuzzy and entry.previous_msgid == old_msgid  # not shown as finished; the diff to review
        assert "reviewed-from: mt:" in entry.tcomment
    assert not any(OLD_CODE_PAIR.search(msgid) for _, msgid in active)  # every unit in today's form
    obsolete = [e for e in now if e.obsolete]
    assert all(e.fuzzy and "mt:" in e.tcomment for e in obsolete)  # only machine output went to #~


def test_a_short_reviewed_unit_is_carried_although_it_looks_unlike_its_new_msgid() -> None:
    """msgmerge's guess by likeness alone would lose it: `{em_1}{code_1}cargo check{code_1_end}{em_1_end}:`
    is far from `{em_1}{code_1}{em_1_end}:`, so the migration matches by the old msgid's new form."""
    old = next(e for e in REVIEWED.values() if "cargo check" in e.msgid)
    new = polib.POEntry(msgid=migrated_msgid(old.msgid))
    assert new.msgid == "{em_1}{code_1}{em_1_end}:"
    assert closest_entry(new, {(old.msgctxt, old.msgid): old}) is None


@pytest.mark.skipif(not APERTIUM, reason="Debian package apertium not installed")
def test_machine_output_is_translated_again_and_the_edition_holds_the_person_s_old_translation(tmp_path: Path) -> None:
    root = old_project(tmp_path)
    l10n(root, "extract", f"seeds/{POST.name}", "--locales", "es", "--jobs", "1")
    l10n(root, "translate", "--locales", "es")
    active = [e for e in entries(root) if not e.obsolete]
    machine = [e for e in active if "mt:" in e.tcomment and not e.tcomment.startswith("reviewed-from")]
    assert len(machine) >= 40
    assert not any(OLD_CODE_PAIR.search(e.msgstr) for e in machine)  # redone for today's msgid
    assert all(e.previous_msgid is None for e in machine)
    people = [e for e in active if e.tcomment.startswith("reviewed-from")]
    assert sorted(e.msgstr for e in people) == sorted(e.msgstr for e in REVIEWED.values())  # untouched by MT
    l10n(root, "assemble", "--locales", "es", "--format", "txt", "--jobs", "1")
    [edition] = (root / "build" / "es").glob("*.txt")
    text = edition.read_text(encoding="utf-8")
    assert "Comprobación automática de cfgs" in text  # the reviewed headline is shown
    assert "Cada vez que se declara una característica" not in text  # the held suggestion is not
    assert "Every time a Cargo feature is declared" in text and "rustc" in text  # the source in its place


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_the_migrated_catalog_exports_valid_xliff_with_code_as_one_inline_code(tmp_path: Path, version: str) -> None:
    from schema_support import schema_errors, xliff_schema_errors

    root = old_project(tmp_path)
    l10n(root, "extract", f"seeds/{POST.name}", "--locales", "es", "--jobs", "1")
    l10n(root, "xliff", "export", "--locale", "es", "--xliff-version", version)
    [exported] = (root / "locales" / "es").glob("*.xlf")
    data = exported.read_bytes()
    if version == "1.2":
        assert xliff_schema_errors(data) == {"xliff-core-1.2-strict.xsd": [], "xliff-core-1.2-transitional.xsd": []}
        assert b'<ph id="code_1" ctype="x-code" equiv-text="{code_1}">{code_1}</ph>' in data
    else:
        assert schema_errors(data, "xliff_core_2.0.xsd") == []
        assert b'<ph id="code_1" equiv="{code_1}" disp="--check-cfg"/>' in data  # what a CAT tool shows
