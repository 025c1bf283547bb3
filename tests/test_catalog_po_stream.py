"""`read_entries` (`l10n status`) reads a catalog a block at a time (`catalog.po_stream`).

The fast reader was handed the file's bytes whole, only so that polib could parse the same bytes
where the reader stops; now the blocks are hashed as read and polib gets the file read again,
checked to begin with them. These tests hold the streamed read equal to polib's own streamed
parse whatever the block size (the hand-over midway included), the lines of blocks equal to the
whole text's, and a file changed during the read, or past the size limit, refused in one line.

Catalogs: polib's own test files (tests/data/catalog/polib, MIT) and the project's, mutated.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_catalog_po_read import (
    POLIB_CORPUS,
    PROJECT_CATALOGS,
    _mutations,
    by_polib,
    stops_midway,
    streamed_by_polib,
    streamed_now,
)

from l10n.catalog import po_read, po_stream
from l10n.catalog.pofile import read_entries
from l10n.errors import CatalogError

LATE_ENTRY = '\nmsgctxt "late"\nmsgid ""\nmsgstr "x"\n'
"""A second `msgid ""` entry at the end: the fast reader leaves the catalog to polib there."""


@pytest.mark.parametrize("block", [1, 97, 4096])
def test_catalogs_streamed_in_small_blocks_hand_over_polibs_entries(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, block: int
) -> None:
    monkeypatch.setattr(po_stream, "BLOCK", block)
    for path in POLIB_CORPUS + PROJECT_CATALOGS:
        assert streamed_now(path) == streamed_by_polib(path), path.name
    rng = random.Random(block)
    sources = [path.read_text(encoding="utf-8") for path in POLIB_CORPUS + PROJECT_CATALOGS if by_polib(path)]
    midway = 0
    for number in range(300):
        path = tmp_path / f"m{number}.po"
        lines = _mutations(rng.choice(sources).split("\n"), rng)
        path.write_bytes(("\r\n" if number % 5 == 0 else "\n").join(lines).encode("utf-8"))
        expected = streamed_by_polib(path)
        assert streamed_now(path) == expected, path.read_text(encoding="utf-8")[:2000]
        midway += expected is not None and stops_midway(path)
    late = tmp_path / "late.po"  # handed over to polib after the first entries
    late.write_text(PROJECT_CATALOGS[0].read_text(encoding="utf-8") + LATE_ENTRY, encoding="utf-8")
    assert stops_midway(late) and streamed_now(late) == streamed_by_polib(late) is not None


def test_a_catalog_changed_while_it_is_streamed_is_refused_where_polib_must_go_on(tmp_path: Path) -> None:
    """Where the fast reader stops, polib parses the file read again: if the part already
    streamed changed meanwhile, counting on would mix two versions — refused in one line."""
    path = tmp_path / "late.po"
    original = PROJECT_CATALOGS[0].read_text(encoding="utf-8") + LATE_ENTRY
    path.write_text(original, encoding="utf-8")
    seen: list[str] = []
    assert len(read_entries(path, lambda entry: seen.append(entry.msgid))) > 0 and seen  # as it is: read

    def edits_the_file(entry) -> None:
        if not seen:
            path.write_text(original.replace("msgstr", "msgstr ", 1), encoding="utf-8")  # the header, read already
        seen.append(entry.msgid)

    seen.clear()
    with pytest.raises(CatalogError, match=r"late\.po: changed while it was read"):
        read_entries(path, edits_the_file)


def test_a_catalog_past_the_limit_is_refused_by_the_bytes_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The size limit holds on what is read, not only on the stat taken before (a file may
    grow in between)."""
    path = tmp_path / "big.po"
    path.write_bytes(PROJECT_CATALOGS[0].read_bytes())
    monkeypatch.setattr(po_stream, "MAX_CATALOG_BYTES", 100)
    monkeypatch.setattr(po_stream, "BLOCK", 64)
    with pytest.raises(CatalogError, match=r"big\.po: catalog is larger than"):
        read_entries(path, lambda entry: None)
