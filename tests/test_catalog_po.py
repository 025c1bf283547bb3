"""POT/PO writing and reading, machine suggestions and review (l10n/catalog/po.py)."""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path

import polib
import pytest
from catalog_support import SEED_REFERENCE, make_catalogs, msgfmt_check, seed_units, tricky_units

from l10n.catalog.po import (
    apply_suggestions,
    load_catalog,
    mark_reviewed,
    pot_source,
    read_pot,
    read_translations,
    write_pot,
)
from l10n.catalog.translations import source_hash, text_hash
from l10n.errors import CatalogError
from l10n.model import Suggestion

MONEY = tricky_units()[0]


def mt(unit_msgid: str, msgstr: str, *, msgctxt: str | None = None, provenance: str = "argos en->de 1.9") -> Suggestion:
    return Suggestion(msgctxt=msgctxt, msgid=unit_msgid, msgstr=msgstr, origin="mt", provenance=provenance)


# ---------------------------------------------------------------- templates


def test_pot_passes_msgfmt_and_has_the_gettext_header(tmp_path: Path) -> None:
    pot = tmp_path / "a.pot"
    assert write_pot(seed_units() + tricky_units(), pot, domain="a", source_path=SEED_REFERENCE)
    msgfmt_check(pot)
    meta = polib.pofile(str(pot)).metadata
    assert meta["Project-Id-Version"] == "a"
    assert meta["Content-Type"] == "text/plain; charset=UTF-8"
    assert meta["Language"] == ""
    assert meta["X-L10n-Source"] == SEED_REFERENCE
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d\+0000", meta["POT-Creation-Date"])


def test_placeholder_entries_are_flagged_for_msgfmt_format_checks(tmp_path: Path) -> None:
    pot = tmp_path / "a.pot"
    write_pot(tricky_units(), pot, domain="a", source_path=SEED_REFERENCE)
    flagged = {e.msgid for e in polib.pofile(str(pot)) if "python-brace-format" in e.flags}
    assert flagged == {u.msgid for u in tricky_units() if "{" in u.msgid}


def test_pot_reads_back_the_same_through_polib_and_translate_toolkit(tmp_path: Path) -> None:
    from translate.storage import pypo

    units = seed_units() + tricky_units()
    pot = tmp_path / "a.pot"
    write_pot(units, pot, domain="a", source_path=SEED_REFERENCE)
    ours = read_pot(pot)
    assert [(u.msgctxt, u.msgid, u.references, u.comments) for u in ours] == [
        (u.msgctxt, u.msgid, u.references, u.comments) for u in units
    ]
    store = pypo.pofile.parsefile(str(pot))
    theirs = [(u.getcontext() or None, u.source) for u in store.units if not u.isheader()]
    assert theirs == [(u.msgctxt, u.msgid) for u in units]
    assert "\u00a0" in "".join(u.msgid for u in ours), "the seed's no-break spaces survive"


def test_rewriting_an_unchanged_template_touches_nothing(tmp_path: Path) -> None:
    pot = tmp_path / "a.pot"
    write_pot(tricky_units(), pot, domain="a", source_path=SEED_REFERENCE)
    aged = re.sub(r"POT-Creation-Date: [^\\]*", "POT-Creation-Date: 2001-01-01 00:00+0000", pot.read_text())
    pot.write_text(aged, encoding="utf-8")
    assert write_pot(tricky_units(), pot, domain="a", source_path=SEED_REFERENCE) is False
    assert pot.read_text(encoding="utf-8") == aged


def test_a_changed_unit_rewrites_the_template_with_a_new_date(tmp_path: Path) -> None:
    pot = tmp_path / "a.pot"
    write_pot(tricky_units(), pot, domain="a", source_path=SEED_REFERENCE)
    pot.write_text(re.sub(r"POT-Creation-Date: [^\\]*", "POT-Creation-Date: 2001-01-01 00:00+0000", pot.read_text()))
    assert write_pot(tricky_units()[1:], pot, domain="a", source_path=SEED_REFERENCE) is True
    assert "2001-01-01" not in pot.read_text()
    assert len(read_pot(pot)) == len(tricky_units()) - 1


def test_pot_source_names_the_article(tmp_path: Path) -> None:
    pot = tmp_path / "a.pot"
    write_pot(tricky_units(), pot, domain="a", source_path="seeds/x y.txt")
    assert pot_source(pot) == "seeds/x y.txt"


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [("bad_syntax.po", 9, "Syntax error"), ("latin1_bytes.po", 5, "UTF-8"), ("duplicate.po", 8, "already exists")],
)
def test_broken_catalogs_raise_catalog_error_with_place(
    data_dir: Path, name: str, line: int | None, words: str
) -> None:
    path = data_dir / "catalog" / name
    with pytest.raises(CatalogError) as caught:
        read_translations(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert words in str(caught.value)
    if line is not None:
        assert f"{path}:{line}:" in str(caught.value)


def test_missing_catalog_is_a_catalog_error_not_polib_parsing_the_name(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no such catalog"):
        read_translations(tmp_path / "nope.po")


# ---------------------------------------------------------------- translations and suggestions


def test_origin_comes_from_the_translator_comment(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    catalog = polib.pofile(str(po))
    entries = [e for e in catalog if e.msgid == "Ti Gong"]
    entries[0].msgstr, entries[0].tcomment = "Ti Gong (Foto)", "tm: 100% locales/tm.sqlite3"
    entries[1].msgstr, entries[1].tcomment = "Bildunterschrift", "checked by Anna"
    catalog.save()
    found = read_translations(po)
    assert found[("credit", "Ti Gong")].origin == "tm"
    assert found[("credit", "Ti Gong")].provenance == "tm: 100% locales/tm.sqlite3"
    assert found[("caption", "Ti Gong")].origin == "human"
    assert found[(None, MONEY.msgid)].origin == "none"
    assert len(found) == len(tricky_units())


def test_suggestions_fill_empty_entries_as_fuzzy_with_provenance(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    changed = apply_suggestions(po, [mt(MONEY.msgid, "mehr als {money_1} ({money_2}) in diesem Jahr.")])
    assert changed == 1
    got = read_translations(po)[(None, MONEY.msgid)]
    assert (got.msgstr, got.fuzzy, got.origin) == ("mehr als {money_1} ({money_2}) in diesem Jahr.", True, "mt")
    assert got.provenance == "mt: argos en->de 1.9"
    msgfmt_check(po)


def test_long_provenance_stays_one_comment_line_as_gettext_writes_it(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    long = "argos translate-en_de-1.9.0-with-a-long-package-name+pivot 2026-11-26 score=-0.4321"
    apply_suggestions(po, [Suggestion(None, MONEY.msgid, "mehr als {money_1} ({money_2}).", "mt", long)])
    line = f"# mt: {long} hash={text_hash('mehr als {money_1} ({money_2}).')} src={source_hash(None, MONEY.msgid)}"
    assert line in po.read_text(encoding="utf-8").splitlines()  # gettext never wraps comments
    assert read_translations(po)[(None, MONEY.msgid)].provenance == "mt: " + long


def test_human_translations_are_never_overwritten(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    catalog = polib.pofile(str(po))
    catalog.find(MONEY.msgid).msgstr = "von Hand: {money_1} ({money_2})."
    catalog.save()
    before = po.read_bytes()
    assert apply_suggestions(po, [mt(MONEY.msgid, "Maschine")], overwrite_fuzzy=True) == 0
    assert po.read_bytes() == before


def test_overwrite_fuzzy_replaces_machine_work_but_not_human_fuzzy(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    apply_suggestions(po, [mt(MONEY.msgid, "alt {money_1} {money_2}")])
    catalog = polib.pofile(str(po))
    human = catalog.find("Ti Gong", msgctxt="credit")
    human.msgstr, human.flags = "Ti Gong (alte Fassung)", ["fuzzy"]
    catalog.save()
    suggestions = [
        mt(MONEY.msgid, "neu {money_1} {money_2}", provenance="argos en->de 2.0"),
        mt("Ti Gong", "Maschine", msgctxt="credit"),
    ]
    assert apply_suggestions(po, suggestions) == 0
    assert apply_suggestions(po, suggestions, overwrite_fuzzy=True) == 1
    found = read_translations(po)
    assert found[(None, MONEY.msgid)].msgstr == "neu {money_1} {money_2}"
    assert found[("credit", "Ti Gong")].msgstr == "Ti Gong (alte Fassung)"
    lines = polib.pofile(str(po)).find(MONEY.msgid).tcomment.splitlines()
    wanted = f"mt: argos en->de 2.0 hash={text_hash('neu {money_1} {money_2}')} src={source_hash(None, MONEY.msgid)}"
    assert lines == [wanted], "the older provenance line is replaced, not piled up"


def test_applying_the_same_suggestions_again_changes_nothing(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    batch = [mt(MONEY.msgid, "x {money_1} {money_2}"), mt("not in the catalog", "y")]
    assert apply_suggestions(po, batch) == 1
    before = po.read_bytes()
    assert apply_suggestions(po, batch, overwrite_fuzzy=True) == 0
    assert po.read_bytes() == before


def test_broken_machine_placeholders_stay_fuzzy_so_msgfmt_passes(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    apply_suggestions(po, [mt(MONEY.msgid, "ohne Platzhalter")])
    msgfmt_check(po)
    mark_reviewed(po, [(None, MONEY.msgid)])
    with pytest.raises(AssertionError, match="money_1"):
        msgfmt_check(po)


def test_mark_reviewed_makes_machine_work_human_and_keeps_history(tmp_path: Path) -> None:
    _, po, _ = make_catalogs(tmp_path, tricky_units())
    apply_suggestions(po, [mt(MONEY.msgid, "mehr als {money_1} ({money_2}).")])
    assert mark_reviewed(po, [(None, MONEY.msgid), ("credit", "Ti Gong")]) == 1
    got = read_translations(po)[(None, MONEY.msgid)]
    assert (got.fuzzy, got.origin, got.is_reviewed) == (False, "human", True)
    assert "reviewed-from: mt: argos en->de 1.9" in po.read_text(encoding="utf-8")
    assert mark_reviewed(po, [(None, MONEY.msgid)]) == 0
    assert apply_suggestions(po, [mt(MONEY.msgid, "x")], overwrite_fuzzy=True) == 0
    msgfmt_check(po)


def _apply_in_process(po: str, msgid: str, msgstr: str) -> int:
    return apply_suggestions(Path(po), [mt(msgid, msgstr)])


def test_concurrent_writers_both_land(tmp_path: Path) -> None:
    units = tricky_units()
    _, po, _ = make_catalogs(tmp_path, units)
    jobs = [
        (str(po), u.msgid, f"Übersetzung {i} " + " ".join("{" + n + "}" for n in re.findall(r"\{(\w+)\}", u.msgid)))
        for i, u in enumerate(units)
        if u.msgctxt is None
    ]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.starmap(_apply_in_process, jobs)
    assert sum(results) == len(jobs)
    found = read_translations(po)
    assert all(found[(None, msgid)].msgstr == msgstr for _, msgid, msgstr in jobs)
    msgfmt_check(po)


def test_header_fields_read_directly_match_polibs_metadata(tmp_path: Path) -> None:
    from conftest import REPO

    from l10n.catalog.po import header_fields

    pot, po, _ = make_catalogs(tmp_path, tricky_units(), locale="ar")
    catalogs = [pot, po, *sorted((REPO / "locales").rglob("*.po")), *sorted((REPO / "locales").glob("*.pot"))]
    assert len(catalogs) > 5
    for path in catalogs:
        assert header_fields(path.read_text(encoding="utf-8")) == polib.pofile(str(path)).metadata, path
    odd = tmp_path / "odd.po"
    odd.write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n"X-Note: first\\n"\n"second line\\n"\n"Quote: say \\"hi\\"\\n"\n',
        encoding="utf-8",
    )
    assert header_fields(odd.read_text(encoding="utf-8")) == polib.pofile(str(odd)).metadata


@pytest.mark.parametrize(
    "text", ['msgid "a"\nmsgstr "b"\n', "", 'msgid ""\nmsgstr[0] ""\n', 'msgid ""\nmsgstr ""\nLanguage: de\n']
)
def test_header_fields_leave_unusual_files_to_polib(text: str) -> None:
    from l10n.catalog.po import header_fields

    assert header_fields(text) is None


def big_catalog(path: Path, entries: int) -> Path:
    from l10n.catalog.po_render import entry_text

    parts = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    parts += [
        entry_text(
            msgctxt=None,
            msgid=f"Sentence {n}.",
            msgstr=f"Satz {n}." if n % 2 else "",
            tcomment="",
            comment="",
            occurrences=[("a.txt", str(n))],
            flags=[],
        )
        for n in range(entries)
    ]
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def test_reading_never_uses_polibs_per_entry_duplicate_scan(tmp_path: Path, monkeypatch) -> None:
    """Issue: `status` on a 50,000-entry PO took 126 s: polib scanned the catalog per entry."""

    def scan(self, entry):  # noqa: ANN001, ANN202
        raise AssertionError("a linear scan per entry")

    monkeypatch.setattr(polib.POFile, "__contains__", scan)
    assert len(load_catalog(big_catalog(tmp_path / "a.po", 2000))) == 2000


def test_streamed_entries_are_not_kept(tmp_path: Path) -> None:
    import gc
    import weakref

    from l10n.catalog.po import read_entries

    alive: list[weakref.ref] = []
    metadata = read_entries(big_catalog(tmp_path / "a.po", 3000), lambda entry: alive.append(weakref.ref(entry)))
    gc.collect()
    assert len(alive) == 3000 and metadata["Content-Type"].startswith("text/plain")
    assert sum(ref() is not None for ref in alive) <= 1


def test_catalogs_over_the_limits_are_refused_with_file_and_line(tmp_path: Path, monkeypatch) -> None:
    from l10n.catalog import po_scan, pofile

    path = big_catalog(tmp_path / "a.po", 50)
    monkeypatch.setattr(pofile, "MAX_CATALOG_ENTRIES", 20)
    monkeypatch.setattr(po_scan, "MAX_CATALOG_ENTRIES", 20)  # read_translations scans first (one limit)
    with pytest.raises(CatalogError, match=r"a\.po:\d+: more than 20 entries, the limit") as caught:
        read_translations(path)
    assert caught.value.line and "\n" not in str(caught.value)
    monkeypatch.setattr(pofile, "MAX_CATALOG_ENTRIES", 1000)
    monkeypatch.setattr(pofile, "MAX_CATALOG_BYTES", 1024)
    with pytest.raises(CatalogError, match=r"a\.po: catalog is larger than the 1,024 limit"):
        load_catalog(path)
