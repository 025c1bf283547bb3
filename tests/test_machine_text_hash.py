"""Machine text is told from a person's by its fingerprint, not by the `mt:` line alone.

A translator in a text editor or Poedit rewrites a machine suggestion and leaves it fuzzy (they
are not done); the `# mt: …` line stays, because editors keep translator comments. The line
names the text the engine wrote by a short hash (`hash=…`), so a unit whose msgstr no longer
matches it is a person's: `translate` never overwrites it, not when its source changes and not
with `--overwrite-fuzzy` (DESIGN decision 4). And a reviewed unit whose source goes A → B → A
gets its reviewed state back when its text is still the one the person reviewed for A, and only
then. Real CLI, real article, real Apertium, real GNU gettext and Translate Toolkit."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def catalog(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"


def translated_project(root: Path) -> Path:
    return apertium_es(root, "--no-tm")


def today_added(msgid: str) -> str:
    """The sentence with "today" before its last word: a source edited by one word."""
    words = msgid.split()
    return " ".join([*words[:-1], "today", words[-1]])


def change_source(root: Path, seed: Path, old: str, new: str) -> None:
    source = seed.read_text(encoding="utf-8")
    assert source.count(old) == 1
    seed.write_text(source.replace(old, new), encoding="utf-8")
    run_l10n(root, "extract", f"seeds/{ARTICLE.name}", "--locales", "es", "--jobs", "1")


def edit_in_place(po: Path, old_msgstr: str, new_msgstr: str) -> None:
    """A text editor's edit: the msgstr line changes, every other byte (fuzzy, `mt:` line) stays."""
    text = po.read_text(encoding="utf-8")
    old_line, new_line = (f'msgstr "{polib.escape(s)}"' for s in (old_msgstr, new_msgstr))
    assert text.count(old_line) == 1
    po.write_text(text.replace(old_line, new_line), encoding="utf-8")


def a_machine_unit(po: Path) -> polib.POEntry:
    """A one-line fuzzy unit Apertium filled, with a sentence long enough to change a word of."""
    for entry in polib.pofile(str(po)):
        line = f'msgstr "{polib.escape(entry.msgstr)}"'
        if entry.fuzzy and "mt: apertium" in entry.tcomment and len(entry.msgid.split()) > 6 and len(line) < 79:
            return entry
    raise AssertionError("no one-line machine unit")


def readable(po: Path) -> None:
    """The file is valid for GNU gettext, polib and Translate Toolkit."""
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True, capture_output=True)
    polib.pofile(str(po))
    from translate.storage import factory

    assert factory.getobject(str(po)).units


def test_a_persons_edit_left_fuzzy_is_not_redone_by_translate(tmp_path: Path) -> None:
    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    person_text = machine.msgstr.rstrip(".") + " (revisado)."
    edit_in_place(po, machine.msgstr, person_text)

    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm", "--overwrite-fuzzy")
    entry = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert entry.msgstr == person_text and entry.fuzzy  # not a machine's to overwrite, even on request
    run_l10n(tmp_path, "review", "--locale", "es", "--accept-all-checked")
    entry = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert entry.fuzzy  # nor machine text to sign off in bulk: the person said they are not done

    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    entry = polib.pofile(str(po)).find(changed, msgctxt=machine.msgctxt)
    assert entry.msgstr == person_text  # the person's words, held as a suggestion with `#|`
    assert entry.fuzzy and entry.previous_msgid == machine.msgid
    readable(po)


def test_the_gate_names_a_persons_unfinished_edit_for_what_it_is(tmp_path: Path) -> None:
    """Held from readers, but not as "source changed": the source is the one it was made for."""
    translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    edit_in_place(po, machine.msgstr, machine.msgstr.rstrip(".") + " (revisado).")
    out = run_l10n(tmp_path, "assemble", "--locales", "es").stdout
    assert "1 unfinished human edit" in out and "source changed" not in out


def test_machine_text_is_still_redone_when_its_source_changes(tmp_path: Path) -> None:
    """The hash must not freeze machine output: an untouched suggestion is redone as before."""
    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    entry = polib.pofile(str(po)).find(changed, msgctxt=machine.msgctxt)
    assert entry.msgstr != machine.msgstr and entry.previous_msgid is None
    assert entry.fuzzy and "mt: apertium" in entry.tcomment


def test_the_hash_survives_gettext_and_translate_toolkit_rewrites(tmp_path: Path) -> None:
    """msgcat/msgmerge and Translate Toolkit's po writer keep the line whole, so the edit is
    still seen as a person's after they saved the file."""
    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    person_text = machine.msgstr.rstrip(".") + " (revisado)."
    edit_in_place(po, machine.msgstr, person_text)
    catted = tmp_path / "catted.po"
    subprocess.run(["msgcat", "-o", str(catted), str(po)], check=True)
    from translate.storage import po as ttk_po

    store = ttk_po.pofile.parsefile(str(catted))
    Path(po).write_bytes(bytes(store))
    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    entry = polib.pofile(str(po)).find(changed, msgctxt=machine.msgctxt)
    assert entry.msgstr == person_text
    readable(po)


def review(root: Path, entry: polib.POEntry) -> None:
    from l10n.model import unit_id

    run_l10n(root, "review", "--locale", "es", "--accept", unit_id(entry.msgctxt, entry.msgid))


def test_a_source_that_comes_back_gives_back_the_reviewed_state(tmp_path: Path) -> None:
    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    review(tmp_path, machine)
    reviewed = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert not reviewed.fuzzy

    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    held = polib.pofile(str(po)).find(changed, msgctxt=machine.msgctxt)
    assert held.fuzzy and held.msgstr == reviewed.msgstr  # lowered while the source differs

    change_source(tmp_path, seed, changed, machine.msgid)
    back = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert not back.fuzzy and back.previous_msgid is None and back.msgstr == reviewed.msgstr
    assert back.tcomment == reviewed.tcomment  # the marker is gone with the fuzzy state
    readable(po)


def test_a_text_touched_while_fuzzy_is_not_raised_when_the_source_comes_back(tmp_path: Path) -> None:
    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    review(tmp_path, machine)
    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    edit_in_place(po, machine.msgstr, machine.msgstr.rstrip(".") + " hoy.")  # a person, not done yet

    change_source(tmp_path, seed, changed, machine.msgid)
    back = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert back.fuzzy and back.msgstr.endswith(" hoy.")  # nobody reviewed this text for this source


def test_a_machine_unit_is_not_raised_when_its_source_comes_back(tmp_path: Path) -> None:
    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    change_source(tmp_path, seed, changed, machine.msgid)
    back = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert back.fuzzy and back.msgstr == machine.msgstr


def test_a_file_cannot_raise_a_unit_by_writing_the_held_line(tmp_path: Path) -> None:
    """Only a merge of a reviewed unit writes `reviewed-as:`; an XLIFF note carrying one for a
    text nobody reviewed here is dropped on import, so the source coming back raises nothing."""
    from l10n.catalog.translations import text_hash

    seed = translated_project(tmp_path)
    po = catalog(tmp_path)
    machine = a_machine_unit(po)
    changed = today_added(machine.msgid)
    change_source(tmp_path, seed, machine.msgid, changed)
    run_l10n(tmp_path, "xliff", "export", "--locale", "es", "--xliff-version", "1.2", "-o", "es.xlf")
    xlf = (tmp_path / "es.xlf").read_text(encoding="utf-8")
    entry = polib.pofile(str(po)).find(changed, msgctxt=machine.msgctxt)
    crafted = "Texto de nadie"
    forged = f"reviewed-as: {text_hash(machine.msgctxt or '', machine.msgid, crafted)}"
    old_target = f">{polib.escape(entry.msgstr).replace('&', '&amp;')}</target>"
    assert xlf.count(old_target) == 1
    xlf = xlf.replace(old_target, f'>{crafted}</target><note from="translator">{forged}</note>')
    (tmp_path / "es.xlf").write_text(xlf, encoding="utf-8")
    run_l10n(tmp_path, "xliff", "import", "es.xlf")
    assert polib.pofile(str(po)).find(changed, msgctxt=machine.msgctxt).msgstr == crafted

    change_source(tmp_path, seed, changed, machine.msgid)
    back = polib.pofile(str(po)).find(machine.msgid, msgctxt=machine.msgctxt)
    assert back.msgstr == crafted and back.fuzzy and forged not in back.tcomment
