"""`translate`'s reads and writes of a catalog through the field scanner (`po_scan`) give what
the polib path gives, and what each process keeps of a text (`_record_of`, QA's source facts) is
keyed by the text itself, so an edited msgstr or msgid is never answered from what was kept.

Inputs not written for this: polib's parser test catalogs, the committed catalogs under
locales/ and catalogs merged from the committed templates (`test_catalog_po_scan`), each read
and filled both ways; the scanner declines some of them, which must then read as polib reads.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from test_catalog_po_read import POLIB_CORPUS, PROJECT_CATALOGS
from test_catalog_po_scan import merged_catalogs

from l10n.catalog import po_scan
from l10n.catalog.pofile import load_catalog
from l10n.catalog.translations import apply_suggestions, catalog_translations, read_translations
from l10n.errors import CatalogError
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.qa import check_unit
from l10n.qa.registry import CheckedUnit

_REVISION = re.compile(rb'"PO-Revision-Date: [^"\\]*\\n"')


def _through_polib(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner declines every catalog: the general reader and writer take them all."""
    monkeypatch.setattr(po_scan, "scan_catalog", lambda data: None)


def _suggestions(path: Path) -> list[Suggestion]:
    translations = catalog_translations(load_catalog(path))
    return [
        Suggestion(msgctxt, msgid, f"«{msgid[::-1]}»", "mt", "test-engine en-xx 1", None)
        for (msgctxt, msgid) in translations
        if msgid
    ]


def _apply(path: Path, suggestions: list[Suggestion]) -> tuple[int, list[dict]]:
    """`apply_suggestions`, and what it told its `written` (the TM's feed)."""
    told: list[dict] = []
    return apply_suggestions(path, suggestions, written=told.append), told


def _catalogs(tmp_path: Path) -> list[Path]:
    found = [*POLIB_CORPUS, *PROJECT_CATALOGS, *merged_catalogs(tmp_path / "merged")]
    return [path for path in found if path.suffix == ".po"]


def test_read_translations_reads_as_polib_reads(tmp_path: Path) -> None:
    taken = 0
    for path in _catalogs(tmp_path):
        try:
            expected = catalog_translations(load_catalog(path))
        except CatalogError:
            with pytest.raises(CatalogError):
                read_translations(path)
            continue
        assert read_translations(path) == expected, path
        taken += po_scan.scan_catalog(path.read_bytes()) is not None
    assert taken >= 10  # the scanner took many of them (and agreed)


def test_apply_suggestions_writes_the_bytes_of_the_polib_path(tmp_path: Path, monkeypatch) -> None:
    written = 0
    for number, path in enumerate(_catalogs(tmp_path)):
        try:
            suggestions = _suggestions(path)
        except CatalogError:
            continue
        scanned, general = tmp_path / f"s{number}.po", tmp_path / f"g{number}.po"
        shutil.copyfile(path, scanned)
        shutil.copyfile(path, general)
        changed, told = _apply(scanned, suggestions)
        with monkeypatch.context() as patched:
            _through_polib(patched)
            assert _apply(general, suggestions) == (changed, told)
        assert _REVISION.sub(b"", scanned.read_bytes()) == _REVISION.sub(b"", general.read_bytes()), path
        written += changed > 0
    assert written >= 10


def test_an_edited_msgstr_is_not_read_from_what_was_kept(tmp_path: Path) -> None:
    """The origin of a msgstr is kept by its text and comments (`_record_of`): after a person
    rewrites an MT suggestion (its `hash=` no longer matches), the unit reads as theirs."""
    template = merged_catalogs(tmp_path / "merged")[0]
    po = tmp_path / "one.po"
    shutil.copyfile(template, po)
    suggestions = _suggestions(po)[:1]
    assert apply_suggestions(po, suggestions) == 1
    key = (suggestions[0].msgctxt, suggestions[0].msgid)
    assert read_translations(po)[key].origin == "mt"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace(f'msgstr "{suggestions[0].msgstr}"', 'msgstr "A person wrote this."'), encoding="utf-8")
    assert read_translations(po)[key].origin == "human"
    assert catalog_translations(load_catalog(po))[key].origin == "human"


def test_qa_source_facts_follow_the_source() -> None:
    """QA keeps what it reads of a msgid for the next locale; a msgid edited by one digit, or
    the same msgid with another translation, is judged on its own."""
    de = parse_locale("de")
    first = CheckedUnit(
        msgid="Version v0.12 sold 1,200 copies in 2024.", msgstr="Version v0.12: 1200 (2024).", locale=de
    )
    assert {item.id for item, _ in check_unit(first)} == set()
    renumbered = CheckedUnit(msgid=first.msgid, msgstr="Version v0.13: 1200 (2024).", locale=de)
    assert "numbers" in {item.id for item, _ in check_unit(renumbered)}
    edited = CheckedUnit(msgid=first.msgid.replace("2024", "2025"), msgstr=first.msgstr, locale=de)
    found = dict((item.id, detail) for item, detail in check_unit(edited))
    assert found["numbers"] == "added 2024; removed 2025"
    quoted = CheckedUnit(msgid="He said “no.", msgstr="Er sagte „nein.", locale=de)
    assert "brackets" not in {item.id for item, _ in check_unit(quoted)}
    closed = CheckedUnit(msgid="He said “no.”", msgstr="Er sagte „nein.", locale=de)
    assert "brackets" in {item.id for item, _ in check_unit(closed)}
