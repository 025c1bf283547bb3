"""Fingerprints of finished work, so a re-run costs in proportion to what changed.

make's rule, kept per piece of work rather than per file: a piece (`translate` of one catalog,
`qa` of one catalog, …) is done for a *fingerprint* of its inputs, and a later run whose inputs
give the same fingerprint skips it without reading them. A fingerprint hashes

- each input file's state — size, modification and change times in nanoseconds, inode — so
  deciding that a catalog need not be read never reads it (a translator's editor that rewrites
  a PO gives it another inode or time, a `git checkout` another time);
- the settings that shape the result (engine and model ids, thresholds, …), passed by the caller;
- the code: the state of every module of this package and the versions of the libraries that
  render or check text (Babel's CLDR, polib), so an upgrade redoes the work rather than trusting
  a stamp written by other code.

Stamps are derived state (`locales/.stamps.sqlite3`, never committed; deleting it only makes the
next run do everything once), in SQLite for the reasons the TM and MT cache are (`memory/sqlite`):
several processes — `extract`'s workers, two runs — record at once, each row on its own. A stage
records a piece *after* it finished, with the state its outputs were left in, and never records
a piece that failed (an MT failure is retried). A stamp may carry a small JSON result (`payload`:
counts, QA findings) so a skipped piece still reports.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

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


def file_state(path: Path | str) -> str:
    """"size:mtime_ns:ctime_ns:inode" of a file, or "-" when it does not exist."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


@functools.cache
def code_state() -> str:
    """The state of this package's modules and of the libraries whose data shapes output."""
    import babel
    import polib

    package = Path(__file__).resolve().parent
    states = sorted(f"{path.relative_to(package)}={file_state(path)}" for path in package.rglob("*.py"))
    states += sorted(f"{path.relative_to(package)}={file_state(path)}" for path in package.rglob("*.j2"))
    return "|".join([f"babel={babel.__version__}", f"polib={polib.__version__}", *states])


def fingerprint(files: Iterable[Path | str], *, settings: str = "") -> str:
    """The fingerprint of a piece of work whose inputs are `files` and `settings`."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(code_state().encode())
    digest.update(b"\0" + settings.encode("utf-8", "surrogatepass"))
    for path in files:
        digest.update(f"\0{os.fspath(path)}={file_state(path)}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


class Stamps:
    """One stage's stamps: `fresh(key, fp)` before a piece of work, `record(key, fp)` after.

    A stage's stamps are read once, when first asked (one query, not one per piece); records are
    buffered and written in one transaction by `save` (every `SAVE_EVERY` records, and at the end).
    """

    SAVE_EVERY = 512

    def __init__(self, db: sqlite3.Connection, stage: str) -> None:
        self._db, self.stage = db, stage
        self._known: dict[str, tuple[str, str]] | None = None
        self._pending: dict[str, tuple[str, str]] = {}

    def _stamps(self) -> dict[str, tuple[str, str]]:
        if self._known is None:
            rows = self._db.execute("SELECT key, state, payload FROM stamp WHERE stage = ?", (self.stage,))
            self._known = {key: (state, payload) for key, state, payload in rows}
        return self._known

    def fresh(self, key: str, fp: str) -> bool:
        found = self._stamps().get(key)
        return found is not None and found[0] == fp

    def payload(self, key: str) -> Any:
        """The result recorded with the stamp of `key` (call after `fresh` said yes)."""
        found = self._stamps().get(key)
        return None if found is None else json.loads(found[1])

    def record(self, key: str, fp: str, payload: Any = None) -> None:
        value = (fp, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        self._stamps()[key] = self._pending[key] = value
        if len(self._pending) >= self.SAVE_EVERY:
            self.save()

    def save(self) -> None:
        if not self._pending:
            return
        rows = [(self.stage, key, state, payload) for key, (state, payload) in self._pending.items()]
        with self._db:
            self._db.executemany(
                "INSERT INTO stamp VALUES (?, ?, ?, ?) "
                "ON CONFLICT (stage, key) DO UPDATE SET state = excluded.state, payload = excluded.payload",
                rows,
            )
        self._pending.clear()


@contextlib.contextmanager
def stage_stamps(state_dir: Path, stage: str) -> Iterator[Stamps]:
    """The stamps of `stage` in a project's derived state folder (`Project.state_dir`); what was
    recorded is saved when the block ends, also when it ends with an error (finished work stays
    finished)."""
    db = open_wal_database(Path(state_dir) / STAMPS_FILE_NAME, schema=_SCHEMA, what="stamps of finished work")
    stamps = Stamps(db, stage)
    try:
        yield stamps
    finally:
        try:
            stamps.save()
        finally:
            db.close()


@functools.cache
def process_stamps(state_dir: Path, stage: str) -> Stamps:
    """The stamps of `stage`, opened once per process for work that comes one article at a time
    (a worker of `extract`); the caller `save`s after each article. The connection lives as long
    as the process: a worker killed between records loses at most one article's stamps, which
    only means that work is done again."""
    db = open_wal_database(Path(state_dir) / STAMPS_FILE_NAME, schema=_SCHEMA, what="stamps of finished work")
    return Stamps(db, stage)
