"""`xliff import` of the XLIFF the Okapi Framework writes from a PO file: its own gold file of its
own test catalog (`tests/data/xliff_okapi/`, see SOURCES.md there), not ours. Okapi numbers its
units, keeps the PO file's escapes in the text, writes no `state` and copies the source into the
target of an untranslated unit; its printf codes are `<x/>` whose text is in Okapi's skeleton.
What our import can tell is imported; the rest is reported with its line, never guessed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
from conftest import REPO
from lxml import etree

from l10n.catalog.xliff import export_xliff, read_xliff
from l10n.catalog.xliff_import import import_xliff
from l10n.locales import parse_locale

OKAPI = REPO / "tests" / "data" / "xliff_okapi"
XLIFF12 = "{urn:oasis:names:tc:xliff:document:1.2}"
SPECIAL = "Special chars: \"=quot, &=amp, <=lt, >=gt, '=apos, Ą=U+0104"


def catalog(tmp_path: Path) -> Path:
    po = tmp_path / "potest.po"
    shutil.copy(OKAPI / "potest.po", po)
    return po


def entry(po: Path, msgid: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(po)) if e.msgid == msgid)


def test_okapis_file_of_its_own_catalog_changes_nothing_and_names_each_unit_it_cannot_place(tmp_path: Path) -> None:
    po = catalog(tmp_path)
    before = po.read_bytes()
    xlf = OKAPI / "potest.po.xlf"
    report = import_xliff(xlf, po)
    assert po.read_bytes() == before, report.lines()
    outcomes = {unit.unit: unit.outcome for unit in report.units}
    assert outcomes["7"] == "unchanged"  # `\"=quot` as Okapi keeps it: the entry's `"=quot`
    assert outcomes["6"] == "kept"  # the source Okapi copied into an untranslated unit is no translation
    assert entry(po, "Text without translation").msgstr == ""
    # the units with Okapi's codes (`%s` is `<x id="1"/>`, its text in Okapi's skeleton) match no entry
    lines = xlf.read_text(encoding="utf-8").splitlines()
    unmatched = [unit for unit in report.units if unit.outcome == "unmatched"]
    assert len(unmatched) == 12 and report.counts["unmatched"] == 12 and "12 unmatched" in report.summary()
    assert all("<x id=" in lines[unit.line] for unit in unmatched), [lines[unit.line] for unit in unmatched]


def test_a_translation_okapi_wrote_with_the_po_files_escapes_lands_unescaped(tmp_path: Path) -> None:
    """Over the reviewed entry it is a conflict (a file without export bases never replaces human
    work); over the entry emptied, its text lands with `\\"` read as `"` and `\\\\` as `\\`."""
    po = catalog(tmp_path)
    tree = etree.parse(str(OKAPI / "potest.po.xlf"))
    unit = next(u for u in tree.iter(f"{XLIFF12}trans-unit") if u.get("id") == "7")
    unit.find(f"{XLIFF12}target").text = 'Caractères spéciaux : \\"=guillemet, \\\\=barre'
    xlf = tmp_path / "edited.xlf"
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")
    reviewed = entry(po, SPECIAL).msgstr
    report = import_xliff(xlf, po)
    assert [u.outcome for u in report.units if u.unit == "7"] == ["conflict"], report.lines()
    assert (entry(po, SPECIAL).msgstr, entry(po, SPECIAL).fuzzy) == (reviewed, False)
    emptied = polib.pofile(str(po))
    emptied.find(SPECIAL).msgstr = ""
    emptied.save(str(po))
    report = import_xliff(xlf, po)
    assert [u.outcome for u in report.units if u.unit == "7"] == ["updated"], report.lines()
    got = entry(po, SPECIAL)
    assert (got.msgstr, got.fuzzy) == ('Caractères spéciaux : "=guillemet, \\=barre', False)


def test_a_stateless_target_that_repeats_the_source_is_not_imported_as_a_translation(tmp_path: Path) -> None:
    """Okapi's copy of the source, in a file with our ids (a tool that keeps ids but drops states,
    as the npm `xliff` package does): the empty entry stays empty, where it became a reviewed
    "translation" in English; a stated state still confirms a target equal to the source (a name)."""
    po = tmp_path / "news.po"
    catalog_text = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    catalog_text += 'msgid "The park opened."\nmsgstr ""\n\nmsgid "Yang Jian"\nmsgstr ""\n'
    po.write_text(catalog_text, encoding="utf-8")
    xlf = tmp_path / "out.xlf"
    export_xliff(po, xlf, locale=parse_locale("de"), version="1.2")
    tree = etree.parse(str(xlf))
    for unit in tree.iter(f"{XLIFF12}trans-unit"):
        target = unit.find(f"{XLIFF12}target")
        target.text = unit.findtext(f"{XLIFF12}source")
        del target.attrib["state"]
        if unit.findtext(f"{XLIFF12}source") == "Yang Jian":
            unit.set("approved", "yes")
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")
    assert {u.source: u.state_stated for u in read_xliff(xlf)[1].units} == {
        "The park opened.": False,
        "Yang Jian": True,
    }
    report = import_xliff(xlf, po)
    assert [u.outcome for u in report.units] == ["kept", "updated"], report.lines()
    assert entry(po, "The park opened.").msgstr == ""
    assert (entry(po, "Yang Jian").msgstr, entry(po, "Yang Jian").fuzzy) == ("Yang Jian", False)
