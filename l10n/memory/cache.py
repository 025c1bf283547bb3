"""The MT cache: SQLite (WAL) table of engine outputs, keyed by what determines them.

Key = (engine, model id, source language, target language, source text): a new model version or
pair misses the cache by construction, and identical sentences across articles and locales of one
language are translated once. Batches are written as soon as they return, each in its own
transaction, so a SIGKILL loses at most the batch in flight. WAL mode plus a busy timeout lets two
`translate` processes read and write the same file (SQLite's documented concurrency model).
The cache is derived state (design decision 2): deleting it only costs time.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from l10n.memory.sqlite import open_wal_database

CACHE_FILE_NAME = ".mt-cache.sqlite3"
_SQLITE_MAX_PARAMS = 900

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mt_cache (
    engine TEXT NOT NULL,
    model_id TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_text TEXT NOT NULL,
    target_text TEXT NOT NULL,
    score REAL,
    created REAL NOT NULL,
    PRIMARY KEY (engine, model_id, source_lang, target_lang, source_text)
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class CachedTranslation:
    text: str
    score: float | None
    created: float  # seconds since the epoch


def cache_path(state_dir: Path) -> Path:
    """Where a project keeps its cache (`Project.state_dir`, i.e. `locales/`)."""
    return Path(state_dir) / CACHE_FILE_NAME


class MTCache:
    """One engine/model/language pair's view needs no object: every call names the full key.

    Use as a context manager, or call `close()`.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = open_wal_database(self.path, schema=_SCHEMA, what="the MT cache", isolation_level=None)

    def get_many(
        self, texts: Iterable[str], *, engine: str, model_id: str, source: str, target: str
    ) -> dict[str, CachedTranslation]:
        """The cached translations among `texts` (misses are simply absent)."""
        wanted = list(dict.fromkeys(texts))
        found: dict[str, CachedTranslation] = {}
        for start in range(0, len(wanted), _SQLITE_MAX_PARAMS):
            chunk = wanted[start : start + _SQLITE_MAX_PARAMS]
            rows = self._db.execute(
                "SELECT source_text, target_text, score, created FROM mt_cache"
                " WHERE engine = ? AND model_id = ? AND source_lang = ? AND target_lang = ?"
                f" AND source_text IN ({','.join('?' * len(chunk))})",
                (engine, model_id, source, target, *chunk),
            )
            for source_text, target_text, score, created in rows:
                found[source_text] = CachedTranslation(target_text, score, created)
        return found

    def put_many(
        self,
        items: Sequence[tuple[str, str, float | None]],
        *,
        engine: str,
        model_id: str,
        source: str,
        target: str,
    ) -> None:
        """Store `(source_text, target_text, score)` items in one transaction (last writer wins)."""
        if not items:
            return
        now = time.time()
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO mt_cache VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(engine, model_id, source, target, s, t, score, now) for s, t, score in items],
            )

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM mt_cache").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> MTCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    """`BEGIN IMMEDIATE` … `COMMIT`: take the write lock up front so two writers never deadlock."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
