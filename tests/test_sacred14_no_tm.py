"""`translate --no-tm` means what it says: the TM is neither looked up (no leverage, no sync)
nor written (no rows, no sync marks), and its file is not opened at all, so a TM another process
holds, a read-only one, or one being rebuilt is no part of the run. Real CLI, real Apertium,
real SQLite; the TM is the one a `translate` with the TM built."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

SENTENCE = "Stay indoors."
PERSON = "Quédense en casa."

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Apertium (en-es)")


def tm_files(root: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((root / "locales").glob("tm.sqlite3*"))
    }


def test_no_tm_neither_reads_nor_writes_the_tm(tmp_path: Path) -> None:
    apertium_es(tmp_path)
    po_path = tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if e.msgid == SENTENCE)
    entry.msgstr = PERSON
    entry.flags.remove("fuzzy")
    po.save()
    run_l10n(tmp_path, "tm", "stats")  # the TM holds the review now
    before = tm_files(tmp_path)
    assert list(before) == ["tm.sqlite3"]
    # a second article with the reviewed sentence, and a catalog translate writes
    (tmp_path / "seeds" / "shelter.md").write_text(
        f"# Shelters open across the city\n\n{SENTENCE}\n\nBuses run as usual.\n", encoding="utf-8"
    )
    run_l10n(tmp_path, "extract", "seeds/shelter.md", "--locales", "es", "--jobs", "1")
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    assert tm_files(tmp_path) == before, "translate --no-tm wrote to the TM"
    shelter = {e.msgid: e for e in polib.pofile(str(tmp_path / "locales" / "es" / "LC_MESSAGES" / "shelter.po"))}
    assert shelter[SENTENCE].msgstr != PERSON and shelter[SENTENCE].fuzzy  # no TM lookup: MT's, for review
    assert shelter["Buses run as usual."].msgstr  # MT ran


def test_no_tm_runs_beside_a_tm_it_could_not_open(tmp_path: Path) -> None:
    """A TM file that is no database (a copy cut short, another tool's file): `--no-tm` is how
    the operator translates meanwhile, so it must not open it, and must leave it as it is."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(ARTICLE, tmp_path / "seeds" / ARTICLE.name)
    run_l10n(tmp_path, "extract", f"seeds/{ARTICLE.name}", "--locales", "es", "--jobs", "1")
    po_path = tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if e.msgid == SENTENCE)
    entry.msgstr = PERSON  # a reviewed unit: what a write to the TM would carry
    po.save()
    broken = tmp_path / "locales" / "tm.sqlite3"
    broken.write_bytes(b"not a database\n" * 100)
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    assert broken.read_bytes() == b"not a database\n" * 100
    assert [e.msgstr for e in polib.pofile(str(po_path)) if e.msgid == SENTENCE] == [PERSON]
