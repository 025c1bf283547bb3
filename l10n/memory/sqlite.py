"""Opening the project's derived SQLite files (TM, MT cache) the one way both need.

WAL journal + a busy timeout is SQLite's documented model for several processes reading and
writing one file (two `translate` runs, `tm import` during `translate`); `synchronous=NORMAL` is
safe in WAL mode and the files are rebuildable anyway (design decision 2).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from l10n.errors import CatalogError
from l10n.fsio import locked

BUSY_TIMEOUT_MS = 60_000


def open_wal_database(
    path: Path, *, schema: str, what: str, isolation_level: Literal["DEFERRED"] | None = "DEFERRED"
) -> sqlite3.Connection:
    """Connect to `path` (created with its folder if missing), in WAL mode, with `schema` applied.

    `isolation_level=None` leaves transactions to the caller (`BEGIN IMMEDIATE`). A file that is
    not a database raises `CatalogError` naming it and `what` it was meant to be.

    Opening takes the file's lock (`fsio.locked`): two runs creating the same new database at
    once would otherwise race on switching it to WAL, which SQLite answers with "database is
    locked" without waiting for the busy timeout. Once open, WAL and the timeout take over.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with locked(path):
        try:
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=isolation_level, factory=ClosableConnection
            )
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.executescript(schema)
        except sqlite3.DatabaseError as exc:
            raise CatalogError(f"cannot open {what}: {exc}", path=path) from None
    if not _closed_when_worker_exits(db):
        _opened.append(weakref.ref(db))
    return db


class ClosableConnection(sqlite3.Connection):
    """A connection that says whether it was closed (`closed`) and can be referred to weakly, so
    that a command can close what it opened when it ends (`close_opened_since`) and a holder that
    keeps one across commands in one process (`KeptRows`, the stamps' anchor) opens it again."""

    closed = False

    def close(self) -> None:
        self.closed = True
        super().close()


_opened: list[weakref.ref[ClosableConnection]] = []
"""The main process's connections, in the order opened (`close_opened_since`)."""


def opened_mark() -> int:
    """Where the main process's list of opened connections stands now (`cli.main` at its start)."""
    return len(_opened)


def close_opened_since(mark: int) -> None:
    """Close every connection opened since `mark` that is still open, each under its file's lock
    (`_close_locked`), as a command ends: the last connection to close a WAL database checkpoints
    the log into it and removes `-wal`/`-shm`. At interpreter exit they were never closed (module
    caches and `gc.freeze` keep them alive), so every finished run left both files beside
    `.documents.sqlite3`, `.gate.sqlite3`, `.translations.sqlite3` and the stamps. A connection
    made in another thread cannot be closed here (sqlite3's thread check) and is left."""
    later, _opened[mark:] = _opened[mark:], []
    for ref in later:
        db = ref()
        if db is not None and not db.closed:
            with contextlib.suppress(sqlite3.Error):
                _close_locked(db)


_worker_connections: list[tuple[int, sqlite3.Connection]] = []
"""(process id, connection) opened in a worker process (`l10n.parallel`), closed as it exits."""


def _closed_when_worker_exits(db: sqlite3.Connection) -> bool:
    """In a worker process, have `db` closed when the worker exits (True: a worker). A pool worker ends with
    `os._exit`, past `atexit` and the garbage collector, so its connections were never closed:
    the last one to close a WAL database checkpoints the log and removes `-wal`/`-shm`, and
    after `extract --jobs 2` or `assemble` the project kept `.documents.sqlite3-wal` and its
    siblings. multiprocessing runs its finalizers (`util.Finalize`) before that exit. Not in
    the main process, whose connections a command closes as it ends (`close_opened_since`)."""
    multiprocessing = sys.modules.get("multiprocessing")  # a worker has it; importing it costs a replay
    if multiprocessing is None or multiprocessing.parent_process() is None:
        return False
    pid = os.getpid()
    if not any(owner == pid for owner, _ in _worker_connections):
        from multiprocessing import util

        util.Finalize(None, _close_worker_connections, exitpriority=0)
    _worker_connections.append((pid, db))
    return True


def _close_worker_connections() -> None:
    """Each under its file's lock: the last connection to close a WAL database removes the log
    only when it sees no other, so two workers closing at once could each see the other and
    both leave `-wal`/`-shm` (one `extract --jobs 2` in six did, session 15)."""
    pid = os.getpid()
    for owner, db in _worker_connections:
        if owner == pid:
            with contextlib.suppress(sqlite3.Error):
                _close_locked(db)
    _worker_connections[:] = [item for item in _worker_connections if item[0] != pid]


def _close_locked(db: sqlite3.Connection) -> None:
    path = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not path:  # an in-memory database: no file, no log
        db.close()
        return
    try:
        with locked(Path(path)):
            db.close()
    except OSError:  # no lock here (a read-only folder has no log to remove either): close anyway
        db.close()


class KeptRows:
    """A derived file of rows kept beside the catalogs (compiled translations, parsed articles):
    one SQLite file, opened on first use (WAL, busy timeout: a writer and readers may meet) and
    never an error — a foreign or corrupt file is as good as none, its readers redo the work.
    Picklable: a worker opens its own connection (one must not cross a fork)."""

    SCHEMA = ""
    INSERT = ""
    WHAT = ""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path, "_db": None, "_pid": 0}

    def _connection(self, *, create: bool) -> sqlite3.Connection | None:
        import os

        from l10n.errors import L10nError

        if self._pid != os.getpid() or (self._db is not None and getattr(self._db, "closed", False)):
            self._db, self._pid = None, os.getpid()  # another process's, or closed as a command ended
        if self._db is None and (create or self.path.is_file()):
            try:
                self._db = open_wal_database(self.path, schema=self.SCHEMA, what=self.WHAT, isolation_level=None)
            except (L10nError, sqlite3.Error, OSError):
                return None
        return self._db

    def keep(self, rows: Iterable[tuple[str, bytes, bytes]]) -> None:
        """Keep these rows (one transaction); nothing when the file cannot be written (busy past
        the timeout, a read-only disk): readers redo the work next time."""
        rows = list(rows)
        if not rows:
            return
        db = self._connection(create=True)
        if db is None:
            return
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany(self.INSERT, rows)
        except sqlite3.Error:
            return

    def kept_data(self, query: str, parameters: tuple[object, ...], key: bytes) -> bytes | None:
        """The data of the row `query` selects (its digest, then its data) when the digest is `key`; None without
        the file, for a foreign or corrupt one, for no row, another digest or data that is no blob (the three
        stores' `lookup`: compiled translations, parsed articles, the publish gate's record)."""
        db = self._connection(create=False)
        if db is None:
            return None
        try:
            row = db.execute(query, parameters).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != key or not isinstance(row[1], bytes):
            return None
        return row[1]
