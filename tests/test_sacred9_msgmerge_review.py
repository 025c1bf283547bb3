"""A unit a person accepted in an editor (fuzzy cleared, the `mt:` line left as editors leave it)
and then merged by GNU msgmerge — Poedit's "Update from POT", a translator's own script — comes
back fuzzy with `#|` and the machine's line: in the file it is the same as machine output whose
source changed, which `translate` redoes. The project TM recorded the acceptance (every
`translate` syncs reviewed units into it), so the next `translate` keeps the person's text as
theirs; and when the source came back (A → B → A through msgmerge, which writes no
`reviewed-as:` line), it is reviewed again. Real CLI, real msgmerge, real Apertium, a real
article; Poedit's save is polib's writer (re-wrapped at 79 columns, comments kept)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

SENTENCE = "approaches the city."
CHANGED = "approaches the city today."
MSGMERGE = shutil.which("msgmerge")

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None or MSGMERGE is None, reason="needs Apertium and gettext's msgmerge"
)


def catalog(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"


def accepted_project(root: Path) -> polib.POEntry:
    """extract, translate (Apertium), a person clears `fuzzy` on one unit in an editor, and a
    later `translate` (nothing to do) runs: the unit the person accepted."""
    apertium_es(root)
    po = polib.pofile(str(catalog(root)))
    entry = next(e for e in po if e.msgid.endswith(SENTENCE))
    assert entry.fuzzy and entry.tcomment.startswith("mt: ")
    entry.flags.remove("fuzzy")  # the editor's "accept": every comment stays
    po.save()
    run_l10n(root, "translate", "--locales", "es", "--engine", "apertium")
    return entry


def set_source(root: Path, old: str, new: str) -> Path:
    """The editor changes the article; `extract` writes the new template (and merges the PO,
    which the translator's msgmerge then replaces). Returns the template."""
    seed = root / "seeds" / ARTICLE.name
    text = seed.read_text(encoding="utf-8")
    assert text.count(old) == 1
    seed.write_text(text.replace(old, new), encoding="utf-8")
    run_l10n(root, "extract", f"seeds/{ARTICLE.name}", "--locales", "es", "--jobs", "1")
    return root / "locales" / f"{ARTICLE.stem}.pot"


def msgmerge(po_before: Path, pot: Path, out: Path) -> None:
    subprocess.run([MSGMERGE or "msgmerge", "--previous", "-q", "-o", str(out), str(po_before), str(pot)], check=True)


def poedit_save(po_path: Path) -> None:
    po = polib.pofile(str(po_path), wrapwidth=79)
    po.save()


def test_a_unit_accepted_in_an_editor_and_merged_by_msgmerge_is_not_redone(tmp_path: Path) -> None:
    accepted = accepted_project(tmp_path)
    before = tmp_path / "translator-copy.po"
    shutil.copy(catalog(tmp_path), before)
    pot = set_source(tmp_path, SENTENCE, CHANGED)
    msgmerge(before, pot, catalog(tmp_path))
    poedit_save(catalog(tmp_path))
    merged = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid.endswith(CHANGED))
    assert merged.fuzzy and merged.previous_msgid == accepted.msgid and merged.tcomment.startswith("mt: ")

    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")

    entry = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid.endswith(CHANGED))
    assert entry.msgstr == accepted.msgstr  # the person's text, not Apertium's new output
    assert entry.fuzzy and entry.previous_msgid == accepted.msgid  # a suggestion to check, as msgmerge left it
    assert not any(line.startswith(("mt:", "tm:")) for line in entry.tcomment.splitlines())
    done = run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--overwrite-fuzzy")
    again = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid.endswith(CHANGED))
    assert again.msgstr == accepted.msgstr, done.stdout


def test_a_source_that_comes_back_through_msgmerge_gives_the_review_back(tmp_path: Path) -> None:
    accepted = accepted_project(tmp_path)
    copy = tmp_path / "translator-copy.po"
    shutil.copy(catalog(tmp_path), copy)
    pot = set_source(tmp_path, SENTENCE, CHANGED)
    msgmerge(copy, pot, copy)
    pot = set_source(tmp_path, CHANGED, SENTENCE)
    msgmerge(copy, pot, catalog(tmp_path))
    poedit_save(catalog(tmp_path))
    merged = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid == accepted.msgid)
    assert merged.fuzzy and merged.previous_msgid == merged.msgid  # what GNU msgmerge leaves

    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")

    entry = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid == accepted.msgid)
    assert entry.msgstr == accepted.msgstr
    assert not entry.fuzzy and entry.previous_msgid is None  # reviewed again, as before
    lines = entry.tcomment.splitlines()
    assert not any(line.startswith(("mt:", "tm:")) for line in lines)
    assert lines[0].startswith("reviewed-from: mt: apertium")  # its history as it was, not a TM match's


def test_a_machine_unit_nobody_reviewed_is_still_redone_after_msgmerge(tmp_path: Path) -> None:
    """The control: without a review on record, machine output whose source changed is redone."""
    apertium_es(tmp_path)
    before = tmp_path / "translator-copy.po"
    shutil.copy(catalog(tmp_path), before)
    machine = next(e for e in polib.pofile(str(before)) if e.msgid.endswith(SENTENCE))
    pot = set_source(tmp_path, SENTENCE, CHANGED)
    msgmerge(before, pot, catalog(tmp_path))

    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")

    entry = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid.endswith(CHANGED))
    assert entry.msgstr != machine.msgstr and entry.previous_msgid is None
    assert entry.tcomment.startswith("mt: ")


@pytest.mark.parametrize(("origin", "reclaimed"), [("elsewhere.tmx", 0), ("weather_alert", 1)])
def test_only_this_articles_own_review_is_reclaimed(tmp_path: Path, origin: str, reclaimed: int) -> None:
    """`reclaim_from_tm` takes a pair as this article's review only when the TM has it from this
    catalog's domain; the same pair imported from a TMX file is no record of it."""
    from l10n.locales import TargetLocale
    from l10n.memory.leverage import reclaim_from_tm
    from l10n.memory.tm import TMEntry, TranslationMemory

    po_path = tmp_path / "weather_alert.po"
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    entry = polib.POEntry(msgid="The storm approaches today.", msgstr="La tormenta se acerca.", flags=["fuzzy"])
    entry.previous_msgid = "The storm approaches."
    entry.tcomment = "mt: apertium eng-spa"
    po.append(entry)
    po.save(str(po_path))
    tm = TranslationMemory(tmp_path / "tm.sqlite3")
    tm.add([TMEntry("en", "es", "The storm approaches.", "La tormenta se acerca.", origin=origin)])

    assert reclaim_from_tm(tm, po_path, source_locale="en", locale=TargetLocale("es")) == reclaimed


def test_a_pair_imported_from_elsewhere_is_no_record_of_this_articles_review(tmp_path: Path) -> None:
    """The review on record must be this article's own: a TMX from elsewhere holding the very pair
    the machine wrote (another project's approval, an old export) does not make the machine's unit
    a person's, so after msgmerge it is redone like any machine output whose source changed."""
    from xml.sax.saxutils import escape, quoteattr

    apertium_es(tmp_path)
    before = tmp_path / "translator-copy.po"
    shutil.copy(catalog(tmp_path), before)
    machine = next(e for e in polib.pofile(str(before)) if e.msgid.endswith(SENTENCE))
    context = f"<prop type={quoteattr('x-context')}>{escape(machine.msgctxt)}</prop>" if machine.msgctxt else ""
    tmx = tmp_path / "elsewhere.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1"'
        ' segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>'
        f'<tu>{context}<tuv xml:lang="en"><seg>{escape(machine.msgid)}</seg></tuv>'
        f'<tuv xml:lang="es"><seg>{escape(machine.msgstr)}</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8",
    )
    run_l10n(tmp_path, "tm", "import", str(tmx))
    pot = set_source(tmp_path, SENTENCE, CHANGED)
    msgmerge(before, pot, catalog(tmp_path))

    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")

    entry = next(e for e in polib.pofile(str(catalog(tmp_path))) if e.msgid.endswith(CHANGED))
    assert entry.fuzzy and entry.previous_msgid is None  # machine or TM work to check, not a person's held text
    assert entry.tcomment.startswith(("mt: ", "tm: ")), entry.tcomment
    assert not any(line.startswith(("reviewed-from:", "reviewed-as:")) for line in entry.tcomment.splitlines())
