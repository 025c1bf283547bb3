"""The stamps database: where a project keeps its records of finished work, and how a process
opens it (`memory.stamps` for per-piece stamps, `memory.whole_run` for whole-run records).

One SQLite file per project, `locales/.stamps.sqlite3` (`stamps_file`), one table of rows keyed
by stage and key. A process holds one connection to it open (`_anchored`) so the many short
opens of a command do not each checkpoint and sync the write-ahead log.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

from l10n.errors import CatalogError
from l10n.memory.sqlite import open_wal_database

STAMPS_FILE_NAME = ".stamps.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS stamp (
    stage   TEXT NOT NULL,
    key     TEXT NOT NULL,
    state   TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (stage, key)
);
"""


def stamps_file(where: Any) -> Path:
    """The stamps database of a project (`Project.state_file`: refused when it or a sibling
    SQLite opens leads outside the root through a symlink), or in a plain folder (tests)."""
    state_file = getattr(where, "state_file", None)
    return state_file(STAMPS_FILE_NAME) if state_file is not None else Path(where) / STAMPS_FILE_NAME


def open_stamps(path: Path) -> sqlite3.Connection:
    """A connection to the stamps database at `path`, the process's anchor held open beside it
    (`_anchored`). In a project this process may not write (a read-only mount, another user's
    folder) the stamps are a copy in memory (`_read_only_copy`): a command that only reports
    (`status`, `qa`) still answers, from its records where they hold, and keeps nothing."""
    _anchored(path)
    try:
        return open_wal_database(path, schema=_SCHEMA, what="stamps of finished work")
    except OSError as exc:  # its lock file cannot be made
        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        return _read_only_copy(path)


def read_stamp(path: Path, stage: str, key: str) -> tuple[str, Any] | None:
    """One stamp's (state, payload) as the database at `path` holds it, or None; the database
    is opened for the read and closed after it (a command that looks one record up)."""
    db = open_stamps(path)
    try:
        return db.execute("SELECT state, payload FROM stamp WHERE stage = ? AND key = ?", (stage, key)).fetchone()
    finally:
        db.close()


def _read_only_copy(path: Path) -> sqlite3.Connection:
    """The stamps at `path` copied into an in-memory database, which takes this process's
    writes and forgets them; empty when the file is missing or unreadable. Read as immutable
    (no lock, no `-shm`, which SQLite cannot make here): a log a writer left is not read, so a
    stamp may be older than the last run's, which only means that piece is worked out again
    (a stamp holds only for the state it names)."""
    copy = sqlite3.connect(":memory:")
    try:
        source = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            source.backup(copy)
        finally:
            source.close()
    except sqlite3.Error:
        pass
    try:
        copy.executescript(_SCHEMA)
    except sqlite3.Error:  # a foreign file: start from nothing, as the real open would refuse it
        copy.close()
        copy = sqlite3.connect(":memory:")
        copy.executescript(_SCHEMA)
    return copy


MAX_ANCHORS = 8
"""Anchors one process keeps at most (the oldest closes first): a command works in one project;
a test session or a service going through hundreds must not run out of file descriptors."""


_anchors: dict[tuple[str, int], tuple[sqlite3.Connection, int]] = {}
"""(stamps file, process id) → (a connection held open until the process exits, the file's inode)."""


def _anchored(path: Path) -> None:
    """Hold one connection to the stamps database open for the rest of the process. SQLite's
    last connection to a WAL database checkpoints the log into the file and syncs it when it
    closes; a command opens and closes the stamps a dozen times (each stage's stamps, the
    whole-run record), and each close after a write cost ~20 ms of wall time in that sync. With
    this one open, the other closes are not the last: the log is checkpointed once, when the
    process ends (`_close_anchors`), or by SQLite's own automatic checkpoints as it grows.
    Nothing is lost either way: a log left behind is read by the next connection. Kept per
    process (a connection must not cross a fork) and per inode (a stamps file deleted and made
    again gets its own)."""
    key = (os.fspath(path), os.getpid())
    try:
        inode = os.stat(path).st_ino
    except OSError:
        return  # not made yet: the next open anchors it
    held = _anchors.get(key)
    if held is not None and held[1] == inode and not getattr(held[0], "closed", False):
        return  # (closed as an earlier command in this process ended: `sqlite.close_opened_since`)
    try:
        db = open_wal_database(path, schema=_SCHEMA, what="stamps of finished work")
        db.execute("SELECT 1 FROM stamp LIMIT 1").fetchall()  # reads the log: now a reader of it
    except (sqlite3.Error, CatalogError, OSError):  # the anchor only saves time; the real open reports it
        return
    if not _anchors:
        import atexit

        atexit.register(_close_anchors)
    if held is not None:
        _close_anchor(_anchors.pop(key)[0])
    mine = [other for other in _anchors if other[1] == key[1]]  # not those inherited through fork
    if len(mine) >= MAX_ANCHORS:  # each holds ~4 descriptors, and a deleted project's files
        _close_anchor(_anchors.pop(mine[0])[0])
    _anchors[key] = (db, inode)


def _close_anchor(db: sqlite3.Connection) -> None:
    """Close an anchor; one opened in another thread cannot be closed here (sqlite3's thread
    check) and is left to the garbage collector rather than stopping the other closes."""
    with contextlib.suppress(sqlite3.ProgrammingError):
        db.close()


def _close_anchors() -> None:
    """Close this process's anchors (at exit): the last close checkpoints the log."""
    for key in [key for key in _anchors if key[1] == os.getpid()]:
        _close_anchor(_anchors.pop(key)[0])
