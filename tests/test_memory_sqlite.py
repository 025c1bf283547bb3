"""Opening the project's SQLite files (`l10n/memory/sqlite.py`) from several processes at once."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from l10n.memory.sqlite import open_wal_database

SCHEMA = "CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY, v TEXT);"


def _open_together(folder: str, start_at: float, rounds: int) -> int:
    """Open `rounds` brand-new databases, all processes starting each at the same instant."""
    opened = 0
    for index in range(rounds):
        time.sleep(max(0.0, start_at + index * 0.05 - time.time()))
        db = open_wal_database(Path(folder) / f"db{index}.sqlite3", schema=SCHEMA, what="a test database")
        db.execute("INSERT OR REPLACE INTO t VALUES ('a', 'b')")
        db.commit()
        db.close()
        opened += 1
    return opened


def test_processes_creating_the_same_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Without the opening lock, SQLite answers one of them "database is locked" while another
    switches the new file to WAL (seen about once in a dozen runs of two processes)."""
    start_at, rounds, processes = time.time() + 1.0, 12, 4
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        opened = pool.starmap(_open_together, [(str(tmp_path), start_at, rounds)] * processes)
    assert opened == [rounds] * processes
    for index in range(rounds):
        db = open_wal_database(tmp_path / f"db{index}.sqlite3", schema=SCHEMA, what="a test database")
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.close()
