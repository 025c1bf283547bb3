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

A file touched in the same tick of the filesystem's clock as its stat may change again within
that tick without its times moving; git calls such index entries "racily clean" and compares
them by content. Per-piece stamps apply the same rule as whole-run records (`record_run`): the
fingerprint notes which files were touched at or after the clock reading taken before their
stats (`Fingerprint.racy`); when the stamp is written (a batch at a time, so most such files
have settled by then) those still racy are kept by content (`stored_state`) and a later look-up
compares them by content (`matches`), once: a stamp that holds while its files have settled is
kept by stat from then on.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l10n.errors import CatalogError
from l10n.fingerprint import (
    Fingerprint,
    StatsSeen,
    as_written,
    code_digest,
    code_state,
    content_digest,
    file_state,
    filesystem_now,
    fingerprint,
    stat_state,
    touched_since,
    watched_states,
)
from l10n.fsio import noting, written_note
from l10n.memory.sqlite import open_wal_database

__all__ = [
    "STAMPS_FILE_NAME",
    "StampLookup",
    "Stamps",
    "PreparedRun",
    "Watched",
    "code_state",
    "file_state",
    "fingerprint",
    "matches",
    "look_up_run",
    "process_stamps",
    "record_run",
    "recorded_run",
    "stage_stamps",
    "stamps_file",
    "stored_state",
]

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
        self._unsettled: list[tuple[str, Fingerprint, str]] = []

    def _stamps(self) -> dict[str, tuple[str, str]]:
        if self._known is None:
            rows = self._db.execute("SELECT key, state, payload FROM stamp WHERE stage = ?", (self.stage,))
            self._known = {key: (state, payload) for key, state, payload in rows}
        return self._known

    def fresh(self, key: str, fp: str) -> bool:
        """Whether `key` was recorded for `fp` (`matches`: racily clean inputs by content). A
        stamp that held by content while its files are settled now is kept by stat from here on."""
        found = self._stamps().get(key)
        if found is None or not matches(found[0], fp):
            return False
        if found[0] != fp and isinstance(fp, Fingerprint) and (not fp.racy or fp.settled()):
            self._stamps()[key] = self._pending[key] = (fp, found[1])
        return True

    def has(self, key: str) -> bool:
        """Whether `key` has a stamp at all: a piece never done is stale without a fingerprint
        (a cold `assemble` took 10,000 to learn that)."""
        return key in self._stamps()

    def payload(self, key: str) -> Any:
        """The result recorded with the stamp of `key` (call after `fresh` said yes). A count —
        what most stages keep (`translate`'s human units, a merge's) — is read without the JSON
        decoder, as `record` wrote it (`json.dumps` of an int: digits, no leading zero)."""
        found = self._stamps().get(key)
        if found is None:
            return None
        text = found[1]
        if text.isascii() and text.isdigit() and (text[0] != "0" or text == "0"):
            return int(text)
        return json.loads(text)

    def record(self, key: str, fp: str, payload: Any = None) -> None:
        value = (with_writes(fp), json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        self._stamps()[key] = self._pending[key] = value
        if len(self._pending) >= self.SAVE_EVERY:
            self.save()

    def carry_over(self, key: str, before: str, after: str) -> None:
        """Another stage rewrote an input of `key` in a way that leaves this stage's work done (MT
        filling a PO does not undo its merge): a stamp of the state `before` becomes one of `after`."""
        found = self._stamps().get(key)
        if found is not None and before != after and matches(found[0], before):
            self._stamps()[key] = self._pending[key] = (with_writes(after), found[1])

    def save(self) -> None:
        _save_pending(self._db, self.stage, self._pending, self._unsettled)


def with_writes(fp: str) -> str:
    """`fp`, taken after its piece's work, with each file this process wrote taken by the bytes
    it wrote (`fsio.written_note`; what `fingerprint(written=…)` does for a caller that names
    them): counted racy, its content those bytes, so the stamp is kept by stat only once the
    file has settled holding them (`stored_state`). A file someone edited between the write and
    the fingerprint's stat — a translator saving the PO MT just wrote — then differs by content,
    and the piece is done again, where the stat (or a read back) taken after the edit vouched
    for it. Only while the command notes its writes (`cli.records.WholeRun.capturing`)."""
    if not isinstance(fp, Fingerprint) or not noting():
        return fp
    noted = {}
    for index, path in enumerate(fp.files):
        note = written_note(path)
        if note is not None:
            noted[index] = note.digest
    if noted:
        fp.contents.update(noted)
        fp.racy = tuple(sorted({*fp.racy, *noted}))
    return fp


RACY = "racy:"


def stored_state(fp: str) -> str:
    """What a stamp keeps for the fingerprint `fp` when it is written: `fp` itself, or — when some
    of its files were touched in the clock tick of their stat, so an edit within that tick would
    not move their times (git's "racily clean" files: `Fingerprint.racy`), and they have not
    settled unchanged since (`Fingerprint.settled`) — `racy:<their indices>:<the fingerprint
    with them by content>`, which `matches` compares by content."""
    racy = fp.unsettled() if isinstance(fp, Fingerprint) and fp.racy else ()
    if not racy or not isinstance(fp, Fingerprint):
        return str(fp)
    return f"{RACY}{','.join(map(str, racy))}:{fp.by_content(racy)}"


def matches(stored: str, fp: str) -> bool:
    """Whether a stamp's `stored` state (`stored_state`) is that of the fingerprint `fp` taken
    now: equal, or equal with the files that were racy when recorded read by content. A stamp
    recorded by this process is still its `Fingerprint` in memory: it is judged as it would be
    stored (`stored_state`), so a racy file edited since is not taken as unchanged by its stat."""
    if isinstance(stored, Fingerprint) and stored.racy:
        stored = stored_state(stored)
    if stored == fp:
        return True
    if not stored.startswith(RACY) or not isinstance(fp, Fingerprint):
        return False
    indices, _, digest = stored[len(RACY) :].partition(":")
    try:
        racy = [int(index) for index in indices.split(",")]
    except ValueError:
        return False
    return all(0 <= index < len(fp.files) for index in racy) and fp.by_content(racy) == digest


def stamps_file(where: Any) -> Path:
    """The stamps database of a project (`Project.state_file`: refused when it or a sibling
    SQLite opens leads outside the root through a symlink), or in a plain folder (tests)."""
    state_file = getattr(where, "state_file", None)
    return state_file(STAMPS_FILE_NAME) if state_file is not None else Path(where) / STAMPS_FILE_NAME


def _open_stamps(path: Path) -> sqlite3.Connection:
    """A connection to the stamps database at `path`, the process's anchor held open beside it
    (`_anchored`)."""
    _anchored(path)
    return open_wal_database(path, schema=_SCHEMA, what="stamps of finished work")


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
    if held is not None and held[1] == inode:
        return
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


@contextlib.contextmanager
def stage_stamps(where: Any, stage: str) -> Iterator[Stamps]:
    """The stamps of `stage` for a project (or a folder); what was recorded is saved when the
    block ends, also when it ends with an error (finished work stays finished)."""
    db = _open_stamps(stamps_file(where))
    stamps = Stamps(db, stage)
    try:
        yield stamps
    finally:
        try:
            stamps.save()
        finally:
            db.close()


def process_stamps(where: Any, stage: str) -> Stamps:
    """The stamps of `stage`, opened once per process for work that comes one article at a time
    (a worker of `extract`); the caller `save`s after each chunk of articles. The connection lives
    as long as the process: a worker killed between saves loses at most a chunk's stamps, which
    only means that work is done again. Keyed by process id as well: a worker forked after its
    parent opened the stamps opens its own connection (SQLite forbids carrying one across a fork,
    and `extract` merges in workers forked after it looked at the merge stamps)."""
    return _process_stamps(stamps_file(where), stage, os.getpid())


@functools.lru_cache(maxsize=8)  # a process that works on many projects (tests, a service) keeps the latest open
def _process_stamps(path: Path, stage: str, pid: int) -> Stamps:
    return Stamps(_open_stamps(path), stage)


class StampLookup:
    """Another stage's stamps, read one row per question: for a process that asks about some of
    that stage's pieces (publish's gate asks for `qa`'s findings) without loading the whole stage.

    Read-only; the database is opened on the first question, and again in a forked worker (an
    SQLite connection must not cross a fork). No stamps file means nothing was recorded.
    """

    def __init__(self, where: Any, stage: str) -> None:
        self._path, self.stage = stamps_file(where), stage
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    def __getstate__(self) -> dict[str, Any]:  # sent to a worker process: without the connection
        return {"_path": self._path, "stage": self.stage, "_db": None, "_pid": 0}

    def recorded(self, key: str, fp: str) -> tuple[bool, Any]:
        """(True, payload) when `key` was recorded for the fingerprint `fp`, else (False, None)."""
        row = self._row(key)
        if row is None or not matches(row[0], fp):
            return False, None
        try:
            return True, json.loads(row[1])
        except ValueError:  # not what a stamp writes: nothing recorded
            return False, None

    def recorded_as(self, key: str, state_of: Callable[[Any], str | None]) -> tuple[bool, Any]:
        """`recorded` for a piece whose fingerprint depends on what was recorded with it (the
        formats an edition was written in): `state_of(payload)` gives the fingerprint now, or
        None for a payload it does not accept."""
        row = self._row(key)
        if row is None:
            return False, None
        try:
            payload = json.loads(row[1])
        except ValueError:  # not what a stamp writes: nothing recorded
            return False, None
        fp = state_of(payload)
        if fp is None or not matches(row[0], fp):
            return False, None
        return True, payload

    def _row(self, key: str) -> tuple[str, str] | None:
        if self._pid != os.getpid():
            if not self._path.is_file():
                return None
            self._db = _open_stamps(self._path)
            self._pid = os.getpid()
        assert self._db is not None
        return self._db.execute(
            "SELECT state, payload FROM stamp WHERE stage = ? AND key = ?", (self.stage, key)
        ).fetchone()


WHOLE_RUN_STAGE = "whole run"


@dataclass(frozen=True)
class Watched:
    """Everything a whole stage read and wrote: named files, and folders `(path, name suffix,
    recursive)` listed in full (so a new, deleted or renamed file is seen as surely as an edited
    one). Kept in the stage's record, so a later run checks exactly what this one touched."""

    files: tuple[str, ...] = ()
    folders: tuple[tuple[str, str, bool], ...] = ()


def recorded_run(where: Any, key: str) -> Any:
    """The payload `record_run` kept for `key` when everything it watched is as it was then
    (and the code the same), else None: make's rule for a whole stage, one stat per file.

    Files that were "racily clean" when recorded — touched in the same tick of the filesystem's
    clock as the record, so an edit within that tick would not move their times — are compared
    by content instead (git's rule for its index)."""
    payload, holds = look_up_run(where, key)
    return payload if holds else None


@dataclass(frozen=True)
class PreparedRun:
    """A run's record as of its look-up (`look_up_run(prepare=…)`): the digest and racy files of
    what it watched, by the stats the look-up took after a clock reading. A command that writes
    none of those files (`qa`, `status`) records them (`record_run(prepared=…)`) instead of
    walking ~20,000 files again: a file changed during the run then differs next time."""

    watched: Watched
    digest: str
    racy: tuple[str, ...]
    states: str = ""  # `_states_text` of the same stats, for `record_run(with_states=True)`


def look_up_run(
    where: Any,
    key: str,
    *,
    prepare: list[PreparedRun] | None = None,
    seen: StatsSeen | None = None,
    pieces: Callable[[str], bool] | None = None,
    watching: Watched | None = None,
) -> tuple[Any, bool]:
    """(the payload kept for `key` or None, whether it still holds: `recorded_run`); a stage
    that can redo part of its work reads what it did last time from a record that no longer holds.
    With `prepare`, a record that no longer holds adds its `PreparedRun` to that list — of
    `watching` (what the stage will record) when there is no record, or one of other files:
    the states a read-only stage records are always those taken before it read. `seen`
    keeps the stats taken, for the stage's own checks next (`StatsSeen`); with `pieces` (which
    watched files the stage's pieces read: its catalogs) and a record kept `with_states`, `seen`
    also learns which of them are as that record saw them (`StatsSeen.unchanged`)."""
    path = stamps_file(where)
    row = None
    if path.is_file():
        db = _open_stamps(path)
        try:
            row = db.execute(
                "SELECT state, payload FROM stamp WHERE stage = ? AND key = ?", (WHOLE_RUN_STAGE, key)
            ).fetchone()
        finally:
            db.close()
    if row is None:
        if prepare is not None and watching is not None:
            prepare.extend(_prepared_run(path.parent, watching, seen, with_states=pieces is not None))
        return None, False
    payload = json.loads(row[1])
    watched = Watched(tuple(payload["files"]), tuple((f, s, bool(r)) for f, s, r in payload["folders"]))
    if prepare is not None and watching is not None and watching != watched:
        payload, holds = look_up_run(where, key, seen=seen, pieces=pieces)
        if not holds:
            prepare.extend(_prepared_run(path.parent, watching, None, with_states=pieces is not None))
        return payload, holds
    racy = set(payload["racy"])
    now = filesystem_now(path.parent) if prepare is not None else 0  # before the stats, as `record_run` takes it
    states = watched_states(watched.files, watched.folders)
    taken = list(states) if seen is not None else states  # streamed unless kept for `seen`
    if prepare is None:
        holds = _run_digest(taken, lambda name, _: name in racy) == row[0]
    else:
        racy_now: list[str] = []
        lines: list[str] | None = [] if pieces is not None else None
        recorded, digest = _run_digests(taken, racy, functools.partial(_racy_since, now, racy_now), lines)
        holds = recorded == row[0]
        if not holds:
            prepare.append(PreparedRun(watched, digest, tuple(racy_now), _states_text(lines)))
    if seen is not None and not holds:  # kept for the run's own checks (a replay needs none)
        seen.remember(taken, walked=(watched.files, watched.folders))  # `StatsSeen.rewalked`
        if pieces is not None:
            from l10n.memory.unchanged import unchanged_since

            seen.unchanged = unchanged_since(_recorded_states(path, key, row[0]), taken, seen, pieces)
    return payload, holds


def _prepared_run(folder: Path, watched: Watched, seen: StatsSeen | None, *, with_states: bool) -> list[PreparedRun]:
    """The `PreparedRun` of `watched` by stats taken now, after a clock reading in `folder`
    (none where it cannot be read: the stage then records by a walk after it ran); the stats
    remembered in `seen`."""
    try:
        now = filesystem_now(folder)
    except OSError:
        return []
    racy: list[str] = []
    lines: list[str] | None = [] if with_states else None
    taken = list(watched_states(watched.files, watched.folders))
    digest = _run_digest(taken, functools.partial(_racy_since, now, racy), lines)
    if seen is not None:
        seen.remember(taken, walked=(watched.files, watched.folders))
    return [PreparedRun(watched, digest, tuple(racy), _states_text(lines))]


WHOLE_RUN_STATES_STAGE = "whole run states"
"""Beside a whole-run record kept `with_states`: the state of each file it watched, as one text
(`_states_text`), read only when the record no longer holds (`memory.unchanged`)."""


def _states_text(lines: list[str] | None) -> str:
    """The code digest, then `name NUL state` of every file, NUL-separated ("" without lines)."""
    return "" if lines is None else "\0".join([code_digest().hex(), *lines])


def _recorded_states(path: Path, key: str, digest: str) -> str | None:
    """The states kept with the record of `key` whose digest is `digest`, else None (kept by
    another record, or never)."""
    db = _open_stamps(path)
    try:
        row = db.execute(
            "SELECT state, payload FROM stamp WHERE stage = ? AND key = ?", (WHOLE_RUN_STATES_STAGE, key)
        ).fetchone()
    finally:
        db.close()
    if row is None or row[0] != digest:
        return None
    try:
        text = json.loads(row[1])
    except ValueError:
        return None
    return text if isinstance(text, str) else None


def _run_digests(
    states: Iterable[tuple[str, os.stat_result | None]],
    racy: set[str],
    by_content: Callable[[str, os.stat_result], bool],
    lines: list[str] | None = None,
) -> tuple[str, str]:
    """`_run_digest` of `states` twice in one pass: with the files `racy` (those a record
    kept by content) by content, and with those `by_content` picks: a record's check and the
    `PreparedRun` of a record that does not hold, ~20,000 files walked once instead of twice.
    `lines` gets each file's state as the second digest takes it (`_states_text`)."""
    kept = hashlib.blake2b(code_digest(), digest_size=16)
    now = kept.copy()
    for name, st in states:
        if st is None:
            state = "-"
        else:
            state = stat_state(st)
            racy_kept, racy_now = name in racy, by_content(name, st)
            if racy_kept or racy_now:
                content = "=" + content_digest(name)
                kept.update(f"\0{name}={content if racy_kept else state}".encode("utf-8", "surrogateescape"))
                now.update(f"\0{name}={content if racy_now else state}".encode("utf-8", "surrogateescape"))
                if lines is not None:
                    lines += (name, content if racy_now else state)
                continue
        entry = f"\0{name}={state}".encode("utf-8", "surrogateescape")
        kept.update(entry)
        now.update(entry)
        if lines is not None:
            lines += (name, state)
    return kept.hexdigest(), now.hexdigest()


def _racy_since(now: int, racy: list[str], name: str, st: os.stat_result) -> bool:
    """`record_run`'s rule (`touched_since`): a file touched at or after the clock reading `now`
    is kept by content."""
    if touched_since(st.st_mtime_ns, st.st_ctime_ns, now):
        racy.append(name)
        return True
    return False


def record_run(
    where: Any,
    key: str,
    watched: Watched,
    payload: dict[str, Any],
    *,
    prepared: PreparedRun | None = None,
    seen: StatsSeen | None = None,
    with_states: bool = False,
    written: Mapping[str, tuple[str, str]] | None = None,
) -> None:
    """Keep `payload` (what a re-run with nothing changed would report) for `key`, with the
    state of everything `watched`; called after the stage finished, never after a failure.
    `prepared`: the states its look-up took, for a stage that wrote none of the watched files.

    With `seen` — the stats the stage's look-up took before it wrote, every file it wrote since
    forgotten there (`StatsSeen.forget`) — a file is recorded in the state it was seen in, so
    the run costs one stat per file; a file someone changed during the run is then seen as
    changed by the next one (a stat taken now would call it as this run left it).

    `written`: the files the stage wrote, each with the state and bytes' hash its write left
    (`fsio.Written`, from `fsio.noting_writes`), recorded by those (`fingerprint.as_written`)
    rather than by the stat taken now: a file someone edited after the write — in place,
    replaced, removed, even in the tick of the write — is recorded as changed, and the next run
    works on it instead of replaying past the edit.

    `with_states`: each file's state is kept too (a row of its own, `WHOLE_RUN_STATES_STAGE`),
    so that when this record no longer holds the next run learns which files are as they were
    (`look_up_run(pieces=…)`, `memory.unchanged`)."""
    path = stamps_file(where)
    path.parent.mkdir(parents=True, exist_ok=True)
    racy: list[str] = []
    lines: list[str] | None = [] if with_states else None
    if prepared is not None and prepared.watched == watched and (prepared.states or not with_states):
        digest, racy, text = prepared.digest, list(prepared.racy), prepared.states
    else:
        now = filesystem_now(path.parent)  # before the stats: a file touched from here on is racy
        states = watched_states(watched.files, watched.folders, seen=seen)
        kept_as_written = functools.partial(_as_written, written, now, racy) if written else None
        digest = _run_digest(states, functools.partial(_racy_since, now, racy), lines, kept_as_written)
        text = _states_text(lines)
    kept = {**payload, "files": list(watched.files), "folders": [list(f) for f in watched.folders], "racy": racy}
    with stage_stamps(where, WHOLE_RUN_STAGE) as stamps:
        if with_states:  # before the record: states of another record's digest are never taken
            _save_pending(stamps._db, WHOLE_RUN_STATES_STAGE, {key: (digest, json.dumps(text))}, [])
        stamps.record(key, digest, kept)


def _as_written(
    written: Mapping[str, tuple[str, str]], now: int, racy: list[str], name: str, st: os.stat_result | None
) -> str | None:
    """`record_run`'s state of a file the stage wrote (`fingerprint.as_written`; one kept by
    content is among the record's `racy`), None for a file it did not write."""
    note = written.get(name)
    if note is None:
        return None
    state = as_written(name, st, note[0], note[1], now)
    if state.startswith("="):
        racy.append(name)
    return state


def _run_digest(
    states: Iterable[tuple[str, os.stat_result | None]],
    by_content: Callable[[str, os.stat_result], bool],
    lines: list[str] | None = None,
    kept_as_written: Callable[[str, os.stat_result | None], str | None] | None = None,
) -> str:
    digest = hashlib.blake2b(code_digest(), digest_size=16)
    for name, st in states:
        state = kept_as_written(name, st) if kept_as_written is not None else None
        if state is not None:
            pass
        elif st is None:
            state = "-"
        elif by_content(name, st):
            state = "=" + content_digest(name)
        else:
            state = stat_state(st)
        digest.update(f"\0{name}={state}".encode("utf-8", "surrogateescape"))
        if lines is not None:
            lines += (name, state)
    return digest.hexdigest()


class StampWriter:
    """Records of another stage made through `stamps`' connection without reading that stage's
    stamps: for results too large to load whole (`qa` keeps each catalog's findings here, read
    back one catalog at a time through `StampLookup`, while its own stage holds small summaries).

    Buffered like `Stamps` and written in one transaction by `save`; `Stamps.save` of the owner
    does not save these, so call `save` first (a summary then never names findings not written).
    It saves more often than `Stamps`, so an owner's automatic save never runs ahead of it."""

    SAVE_EVERY = 64

    def __init__(self, stamps: Stamps, stage: str) -> None:
        self._db, self.stage = stamps._db, stage
        self._pending: dict[str, tuple[str, str]] = {}
        self._unsettled: list[tuple[str, Fingerprint, str]] = []

    def record(self, key: str, fp: str, payload: Any = None) -> None:
        self._pending[key] = (with_writes(fp), json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        if len(self._pending) >= self.SAVE_EVERY:
            self.save()

    def save(self) -> None:
        _save_pending(self._db, self.stage, self._pending, self._unsettled)


def _save_pending(
    db: sqlite3.Connection,
    stage: str,
    pending: dict[str, tuple[str, str]],
    unsettled: list[tuple[str, Fingerprint, str]],
) -> None:
    """Write a stage's pending stamps in one transaction (upsert by stage and key) and clear them.

    Racy inputs are judged now (`stored_state`): most have settled since their piece was done.
    Those still racy are kept in `unsettled` and judged again at the next save (a worker saves
    after each chunk of articles): a stamp whose files have settled unchanged is then rewritten
    by stat, unless another record replaced it meanwhile."""
    if not pending and not unsettled:
        return
    rows, racy = [], []
    for key, (state, payload) in pending.items():
        stored = stored_state(state)
        rows.append((stage, key, stored, payload))
        if stored.startswith(RACY) and isinstance(state, Fingerprint):
            racy.append((key, state, stored))
    earlier = [entry for entry in unsettled if entry[0] not in pending]
    settled = [(str(fp), stage, key, stored) for key, fp, stored in earlier if fp.settled()]
    with db:
        db.executemany(
            "INSERT INTO stamp VALUES (?, ?, ?, ?) "
            "ON CONFLICT (stage, key) DO UPDATE SET state = excluded.state, payload = excluded.payload",
            rows,
        )
        db.executemany("UPDATE stamp SET state = ? WHERE stage = ? AND key = ? AND state = ?", settled)
    done = {key for _, _, key, _ in settled}
    unsettled[:] = [entry for entry in earlier if entry[0] not in done] + racy
    pending.clear()
