"""`xliff import` of the XLIFF 2.0 Translate Toolkit's own writer makes (mends47).

Translate Toolkit's `translate.storage.xliff2.Xliff2File` (the installed, locked version) writes a
`<unit>` without `id` for every unit added by source text (`addsourceunit`, the way its po2xliff
converter adds units), drops msgctxt and `#:` references and names no `original`. The XLIFF 2.0
schema requires `unit/@id`, so the file is not valid XLIFF 2.0, but a translator gets it from a
common tool: it is read as another tool's file (units matched by source text, as po2xliff's
numbered units are), with one warning naming the file and line, and `--strict` fails. A unit a
person reviewed is never lowered. The files here are written by the tool itself from our catalog.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from conftest import SEED

from l10n.catalog.translations import mark_reviewed
from l10n.catalog.xliff import read_xliff
from l10n.catalog.xliff_import import import_xliff
from l10n.cli import main

xliff2 = pytest.importorskip("translate.storage.xliff2")
pypo = pytest.importorskip("translate.storage.pypo")

STRANGER = "A sentence no catalog of the project holds."


def toolkit_xliff20(po: Path, out: Path, *, target_language: str, extra: str | None = None) -> None:
    """The catalog as Translate Toolkit's XLIFF 2.0 store writes it, unit by unit as its po2xliff
    converts a PO unit (source, target, fuzzy or approved, developer and translator notes,
    locations), plus a unit of `extra` source text with a target."""
    store = xliff2.Xliff2File()
    store.settargetlanguage(target_language)
    for unit in pypo.pofile.parsefile(str(po)).units:
        if unit.isheader():
            continue
        made = store.addsourceunit(unit.source)
        made.target = unit.target
        if unit.target:
            made.markfuzzy(unit.isfuzzy())
        else:
            made.markapproved(False)
        made.addlocations(unit.getlocations())
        for origin in ("developer", "translator"):
            if unit.getnotes(origin):
                made.addnote(unit.getnotes(origin), origin=origin)
    if extra is not None:
        made = store.addsourceunit(extra)
        made.target = "Ein Satz von anderswo."
        made.markfuzzy(False)
    out.write_bytes(bytes(store))


def toolkit_edit(xlf: Path, source: str, target: str) -> None:
    """What a translator's tool does through Translate Toolkit: one unit's target, confirmed."""
    store = xliff2.Xliff2File.parsefile(str(xlf))
    (unit,) = [unit for unit in store.units if unit.source == source]
    unit.target = target
    unit.markfuzzy(False)
    xlf.write_bytes(bytes(store))


def entries(po: Path) -> dict[tuple[str | None, str], polib.POEntry]:
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(po)) if not e.obsolete and e.msgid}


def held(po: Path) -> dict[tuple[str | None, str], tuple[str, bool, str]]:
    return {key: (e.msgstr, e.fuzzy, e.tcomment) for key, e in entries(po).items()}


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """The seed article in German, machine-translated (fuzzy, `mt:`), every other unit reviewed."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    assert main(["extract", str(root / "seeds" / SEED.name), "--root", str(root), "--locales", "de", "-q"]) == 0
    assert main(["translate", "--root", str(root), "--locales", "de", "--engine", "pseudo", "--no-tm", "-q"]) == 0
    po = root / "locales" / "de" / "LC_MESSAGES" / f"{SEED.stem}.po"
    mark_reviewed(po, list(entries(po))[::2])
    return root, po


def test_the_toolkits_file_has_units_without_id(project: tuple[Path, Path], tmp_path: Path) -> None:
    """What this module is about: the tool's own output, not valid XLIFF 2.0."""
    _, po = project
    xlf = tmp_path / "tt.xlf"
    toolkit_xliff20(po, xlf, target_language="de")
    from lxml import etree

    units = list(etree.parse(str(xlf)).iter("{urn:oasis:names:tc:xliff:document:2.0}unit"))
    assert units and all(unit.get("id") is None for unit in units)
    _, document = read_xliff(xlf)
    assert len(document.units) == len(units) and len({unit.id for unit in document.units}) == len(units)
    (warning,) = document.warnings
    assert warning.line == units[0].sourceline and "not valid XLIFF 2.0" in str(warning)
    assert str(warning).startswith(f"{xlf}:{units[0].sourceline}: ")


def test_the_toolkits_xliff20_imports_through_the_cli_with_one_warning(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, po = project
    before = held(po)
    xlf = tmp_path / "tt.xlf"
    toolkit_xliff20(po, xlf, target_language="de", extra=STRANGER)
    capsys.readouterr()
    assert main(["xliff", "import", str(xlf), "--root", str(root)]) == 0
    out = capsys.readouterr()
    warnings = [line for line in out.err.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2, out.err
    assert f"{xlf}:" in warnings[0] and "not valid XLIFF 2.0" in warnings[0] and "no id" in warnings[0]
    assert "unmatched: no entry of the catalog has this source text" in warnings[1]
    assert "0 units changed" in out.out
    assert held(po) == before  # as written: nothing to do, nothing lowered
    assert main(["xliff", "import", str(xlf), "--root", str(root), "--strict"]) == 1
    # without the stranger the file is still not valid XLIFF 2.0: --strict says so
    toolkit_xliff20(po, xlf, target_language="de")
    capsys.readouterr()
    assert main(["xliff", "import", str(xlf), "--root", str(root), "--strict"]) == 1
    out = capsys.readouterr()
    assert out.err.count("warning: ") == 1 and "unmatched" not in out.err


def test_a_translators_work_lands_and_a_reviewed_unit_is_never_lowered(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, po = project
    before = entries(po)
    machine = next(e for e in before.values() if e.fuzzy and e.msgstr)
    reviewed = next(e for e in before.values() if not e.fuzzy and e.msgstr)
    xlf = tmp_path / "tt.xlf"
    toolkit_xliff20(po, xlf, target_language="de")
    toolkit_edit(xlf, machine.msgid, "Von einer Übersetzerin.")
    toolkit_edit(xlf, reviewed.msgid, "Eine ältere Fassung.")  # no export base: cannot show it is newer
    capsys.readouterr()
    assert main(["xliff", "import", str(xlf), "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "1 units changed (1 updated, 1 conflict" in out
    after = entries(po)
    done = after[machine.msgctxt, machine.msgid]
    assert (done.msgstr, done.fuzzy) == ("Von einer Übersetzerin.", False)
    assert done.tcomment.startswith("reviewed-from: mt:")
    kept = after[reviewed.msgctxt, reviewed.msgid]
    assert (kept.msgstr, kept.fuzzy, kept.tcomment) == (reviewed.msgstr, False, reviewed.tcomment)
    changed = {(machine.msgctxt, machine.msgid)}
    assert {k: v for k, v in held(po).items() if k not in changed} == {
        k: (e.msgstr, e.fuzzy, e.tcomment) for k, e in before.items() if k not in changed
    }


def test_the_catalog_is_the_one_holding_most_of_its_sources(project: tuple[Path, Path], tmp_path: Path) -> None:
    """No `original`: the catalog of the file's language holding more of its units' sources than
    any other, and at least half of them; a file most of whose units no catalog holds is refused."""
    root, po = project
    xlf = tmp_path / "tt.xlf"
    toolkit_xliff20(po, xlf, target_language="de", extra=STRANGER)
    assert main(["xliff", "import", str(xlf), "--root", str(root), "-q"]) == 0
    stranger = polib.POFile()
    stranger.metadata = {"Language": "de", "Content-Type": "text/plain; charset=UTF-8"}
    stranger.append(polib.POEntry(msgid=STRANGER, msgstr=""))
    stranger.append(polib.POEntry(msgid="And one more of its own.", msgstr=""))
    other = tmp_path / "other.po"
    stranger.save(str(other))
    toolkit_xliff20(other, xlf, target_language="de")
    assert main(["xliff", "import", str(xlf), "--root", str(root), "-q"]) == 2
    report = import_xliff(xlf, po)  # named by hand, the catalog takes none of them
    assert report.counts["unmatched"] == 2 and report.changed == 0
