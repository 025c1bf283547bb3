"""Our exchange files through Translate Toolkit's own converters (the real command-line tools of
the installed translate-toolkit: xliff2po, po2xliff, po2tmx), an independent implementation.

What must survive: every msgid and msgstr with its `{placeholders}` exactly, and every unit's
state (fuzzy or not). The catalogs are the seed article's: the committed, reviewed zh_CN one,
and a German one machine-translated by the pseudo engine (fuzzy, `mt:`) then half reviewed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polib
import pytest
from conftest import REPO, SEED

from l10n.catalog.po import mark_reviewed
from l10n.catalog.xliff import export_xliff, read_xliff
from l10n.cli import main
from l10n.locales import parse_locale
from l10n.memory.tmx import read_tmx

TOOLS = Path(sys.executable).parent


def run_tool(name: str, *args: str) -> None:
    done = subprocess.run([str(TOOLS / name), "--progress=none", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tt")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    assert main(["extract", str(root / "seeds" / SEED.name), "--root", str(root), "--locales", "de,zh_CN"]) == 0
    assert main(["translate", "--root", str(root), "--locales", "de", "--engine", "pseudo", "--no-tm"]) == 0
    de = root / "locales" / "de" / "LC_MESSAGES" / f"{SEED.stem}.po"
    mark_reviewed(de, [(e.msgctxt, e.msgid) for e in polib.pofile(str(de)) if e.msgstr][::2])
    zh = root / "locales" / "zh_CN" / "LC_MESSAGES" / f"{SEED.stem}.po"
    shutil.copy(REPO / "locales" / "zh_CN" / "LC_MESSAGES" / f"{SEED.stem}.po", zh)
    return {"de": de, "zh_CN": zh}


def po_rows(path: Path) -> Counter[tuple[str, str, bool]]:
    """(msgid, msgstr, fuzzy) of every active entry; msgctxt is not compared (xliff2po has no
    place for it and derives one only for duplicates)."""
    return Counter((e.msgid, e.msgstr, e.fuzzy) for e in polib.pofile(str(path)) if not e.obsolete and e.msgid)


@pytest.mark.parametrize("locale", ["de", "zh_CN"])
def test_xliff2po_keeps_placeholders_and_states_of_our_xliff_12(
    catalogs: dict[str, Path], tmp_path: Path, locale: str
) -> None:
    po = catalogs[locale]
    xlf, back = tmp_path / "ours.xlf", tmp_path / "back.po"
    export_xliff(po, xlf, locale=parse_locale(locale), version="1.2")
    run_tool("xliff2po", "-i", str(xlf), "-o", str(back))
    ours, theirs = po_rows(po), po_rows(back)
    assert any("{number_1}" in msgid or "{money_1}" in msgid for msgid, _, _ in ours)
    assert theirs == ours
    if locale == "de":
        assert {fuzzy for _, msgstr, fuzzy in theirs if msgstr} == {True, False}


def test_po2xliff_output_reads_back_through_xliff2po_and_through_our_reader(
    catalogs: dict[str, Path], tmp_path: Path
) -> None:
    po = catalogs["de"]
    xlf, back = tmp_path / "tt.xlf", tmp_path / "back.po"
    run_tool("po2xliff", "-i", str(po), "-o", str(xlf))
    run_tool("xliff2po", "-i", str(xlf), "-o", str(back))
    assert po_rows(back) == po_rows(po)
    _, document = read_xliff(xlf)  # another tool's XLIFF 1.2: placeholders are plain text there
    ours = Counter((msgid, msgstr, fuzzy) for msgid, msgstr, fuzzy in po_rows(po).elements())
    read = Counter((u.source, u.target, u.state == "fuzzy") for u in document.units if u.source)
    assert read == ours


def test_translate_toolkit_reads_our_xliff_20_states(catalogs: dict[str, Path], tmp_path: Path) -> None:
    """TT's XLIFF 2.0 store: fuzzy (machine) units are fuzzy, reviewed ones approved, empty ones
    untranslated. (It reads text with XPath string(), so the empty `<ph/>` codes XLIFF 2.0
    prescribes give no text there; our `equiv` attribute carries `{money_1}` for tools that use it.)"""
    from translate.storage import xliff2

    po = catalogs["de"]
    xlf = tmp_path / "ours20.xlf"
    export_xliff(po, xlf, locale=parse_locale("de"), version="2.0")
    store = xliff2.Xliff2File.parsestring(xlf.read_bytes())
    entries = {e.msgid: e for e in polib.pofile(str(po)) if e.msgid}
    by_source = {}
    for unit, entry in zip(store.units, entries.values(), strict=True):
        by_source[entry.msgid] = unit
        if not entry.msgstr:
            assert not unit.istranslated()
        elif entry.fuzzy:
            assert unit.isfuzzy() and not unit.isapproved(), entry.msgid
        else:
            assert unit.isapproved() and not unit.isfuzzy(), entry.msgid
    assert len(by_source) == len(entries)


def test_po2tmx_output_of_our_catalog_imports_with_placeholders_and_our_language_tag(
    catalogs: dict[str, Path], tmp_path: Path
) -> None:
    po = catalogs["zh_CN"]
    tmx = tmp_path / "tt.tmx"
    run_tool("po2tmx", "-l", "zh-CN", "-i", str(po), "-o", str(tmx))
    entries = read_tmx(tmx)
    expected = {(e.msgid, e.msgstr) for e in polib.pofile(str(po)) if e.msgid and e.msgstr and not e.fuzzy}
    assert {(e.source, e.target) for e in entries} == expected
    assert {e.target_locale for e in entries} == {"zh_CN"}
    assert any("{" in e.target for e in entries)
