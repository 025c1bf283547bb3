"""An XLIFF `<note>` is translator-editable text: a CAT tool shows it in a comment box, and a
translator may paste into it whatever a PO showed them, the machine's provenance line included.
Imported, such a note must never make a person's work read as machine output (a `mt:`/`tm:` line
whose `hash=` is the msgstr's), which `translate --overwrite-fuzzy` replaces and `review
--accept-all-checked` signs off. Real CLI, real Apertium, a real article; the XLIFF is the one
`xliff export` wrote, edited as a CAT tool edits a note."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n
from lxml import etree

from l10n.catalog.translations import text_hash

SENTENCE = "Stay indoors."
PERSON = "Quédense en casa, por favor."
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Apertium (en-es)")


def catalog(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"


def unit_of(root: Path) -> polib.POEntry:
    return next(e for e in polib.pofile(str(catalog(root))) if e.msgid == SENTENCE)


def person_edits_fuzzy_unit(root: Path) -> polib.POEntry:
    """extract, translate with Apertium, then a person rewrites the machine suggestion in an
    editor and leaves it fuzzy (not done yet): the editor keeps the `mt:` line."""
    apertium_es(root)
    po = polib.pofile(str(catalog(root)))
    entry = next(e for e in po if e.msgid == SENTENCE)
    assert entry.fuzzy and entry.tcomment.startswith("mt: ")
    entry.msgstr = PERSON
    po.save()
    return entry


def forge_note(xlf: Path, note_text: str) -> None:
    """The CAT tool's comment box: the unit's translator note becomes `note_text`."""
    tree = etree.parse(str(xlf))
    for unit in tree.iter(f"{{{XLIFF20}}}unit"):
        if unit.findtext(f".//{{{XLIFF20}}}source") == SENTENCE:
            notes = [n for n in unit.iter(f"{{{XLIFF20}}}note") if n.get("category") == "translator"]
            assert notes, "the export carries the machine line as a translator note"
            notes[0].text = note_text
            break
    else:
        raise AssertionError("unit not in the export")
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize(
    "note",
    [
        "mt: apertium en-es hash={h}",
        "tm: 100% locales/tm.sqlite3 hash={h}",
        "checked with Ana\nmt: apertium en-es\nhash={h}",  # one note, wrapped as polib wraps it
    ],
)
def test_an_xliff_note_cannot_make_a_persons_fuzzy_text_machine_output(tmp_path: Path, note: str) -> None:
    person_edits_fuzzy_unit(tmp_path)
    xlf = tmp_path / "es.xlf"
    run_l10n(tmp_path, "xliff", "export", "--locale", "es", "-o", str(xlf), "--domains", ARTICLE.stem)
    forge_note(xlf, note.format(h=text_hash(PERSON)))
    run_l10n(tmp_path, "xliff", "import", str(xlf))
    imported = unit_of(tmp_path)
    assert imported.msgstr == PERSON and imported.fuzzy
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--overwrite-fuzzy")
    after = unit_of(tmp_path)
    assert after.msgstr == PERSON, "the person's text was taken for machine output and replaced"
    status = run_l10n(tmp_path, "review", "--locale", "es", "--accept-all-checked", allowed=(0, 1, 2))
    assert unit_of(tmp_path).fuzzy, status.stdout  # a person's unfinished text is not signed off in bulk
