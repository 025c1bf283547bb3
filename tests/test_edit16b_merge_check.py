"""`extract`'s merge check of the POs of unchanged articles (`pipeline._catalogs_on_record`),
taken by stat without a fingerprint object per PO (`fingerprint.stat_digest`), still sees a PO a
translator edited between runs: here one whose size and modification time the edit kept (an
editor or a copy that keeps times), so only its change time tells. Both ways in: the no-change
run (the templates' record holds) and the edit run (another article edited)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polib
import pytest
from conftest import SEED

from l10n.cli import main

LOCALES = "de,ja"


def _extract(root: Path) -> None:
    assert main(["extract", str(root / "seeds"), "--locales", LOCALES, "-q", "--root", str(root)]) == 0


def _same_size_msgid_edit(po: Path) -> str:
    """One msgid of `po` changed in place by one letter (same size), its modification time put
    back to the nanosecond: the merge makes it obsolete and brings the template's msgid back.
    Returns the template's msgid."""
    before = po.stat()
    data = po.read_bytes()
    entry = next(e for e in polib.pofile(os.fspath(po)) if e.msgid and not e.obsolete and "a" in e.msgid)
    line = polib.escape(entry.msgid).encode("utf-8")
    at = data.index(b'msgid "' + line[:20])
    letter = data.index(b"a", at + len(b'msgid "'))
    po.write_bytes(data[:letter] + b"e" + data[letter + 1 :])
    os.utime(po, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = po.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    return entry.msgid


def _live_msgids(po: Path) -> set[str]:
    return {entry.msgid for entry in polib.pofile(os.fspath(po)) if not entry.obsolete}


@pytest.mark.parametrize("run", ["no change", "edit"])
def test_a_po_edited_keeping_size_and_mtime_between_runs_is_merged(tmp_path: Path, capsys, run: str) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    shutil.copy(SEED, tmp_path / "seeds" / f"copy-{SEED.name}")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de", "ja"]\n', encoding="utf-8")
    _extract(tmp_path)
    _extract(tmp_path)  # the templates' record and every merge stamp hold from here
    po = tmp_path / "locales" / "de" / "LC_MESSAGES" / f"copy-{SEED.stem}.po"
    original = _same_size_msgid_edit(po)
    assert original not in _live_msgids(po)
    if run == "edit":  # the other article edited: `_extract_changed` checks this one's POs
        seed = tmp_path / "seeds" / SEED.name
        seed.write_text(seed.read_text(encoding="utf-8") + "\nOne sentence more.\n", encoding="utf-8")
    _extract(tmp_path)
    capsys.readouterr()
    assert original in _live_msgids(po)  # merged again, not taken from the stamp
