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
them by content. Per-piece stamps apply the same rule as whole-run records (`memory.whole_run`): the
fingerprint notes which files were touched at or after the clock reading taken before their
stats (`Fingerprint.racy`); when the stamp is written (a batch at a time, so most such files
have settled by then) those still racy are kept by content (`stored_state`) and a later look-up
compares them by content (`matches`), once: a stamp that holds while its files have settled is
kept by stat from then on.
"""

import contextlib
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from l10n.fingerprint import Fingerprint, code_state, file_state, fingerprint
from l10n.fsio_notes import noting, written_note
from l10n.memory.stamps_file import STAMPS_FILE_NAME, open_stamps, stamps_file

payload_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""A stamp's payload as the text kept: `json.dumps(payload, ensure_ascii=False, separators=(",",
":"))`, the same characters, from one encoder made at import instead of one made per call (the
call's keywords build a `JSONEncoder` each time: ~2,400 stamps a cold `assemble` at 200 × 10)."""

__all__ = [
    "ANY",
    "STAMPS_FILE_NAME",
    "DictOf",
    "ListOf",
    "StampLookup",
    "Stamps",
    "code_state",
    "decoded_payload",
    "file_state",
    "fits",
    "fingerprint",
    "matches",
    "process_stamps",
    "stage_stamps",
    "stamps_file",
    "stored_state",
]


ANY: Any = object()
"""The shape any payload has (`fits`)."""


class ListOf:
    """A shape (`fits`): a JSON array each of whose items has `item`'s shape."""

    __slots__ = ("item",)

    def __init__(self, item: Any) -> None:
        self.item = item


class DictOf:
    """A shape (`fits`): a JSON object each of whose values has `value`'s shape."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def fits(value: Any, shape: Any) -> bool:
    """Whether a decoded payload `value` has `shape`, as a stage declares what it records:
    `ANY`; `None`; a type (exact: a bool is no int, an int no float nor bool; a float may be
    written as an int); a tuple of shapes (any one); a list of shapes (an array of exactly those);
    a dict of keys and shapes (an object with those keys at least); `ListOf`, `DictOf`; or a
    function saying yes or no. A stamp row is under `locales/` like any file: one forged or
    damaged into valid JSON of another shape is no record (`Stamps.fresh`, `StampLookup`), where
    a reader unpacking it died with a traceback (redteam49).

    >>> shape = [int, (str, None), ListOf([str, int])]
    >>> [fits(v, shape) for v in ([3, "a", [["x", 1]]], [3, None, []], [True, "a", []], [3, "a", [["x"]]], {}, 3)]
    [True, True, False, False, False, False]
    >>> fits({"files": {"a": "1"}, "more": 1}, {"files": DictOf(str)}), fits({"files": []}, {"files": DictOf(str)})
    (True, False)
    """
    if shape is ANY:
        return True
    if shape is None:
        return value is None
    if isinstance(shape, type):
        kind = type(value)
        return kind is shape or (shape is float and kind is int)
    if isinstance(shape, tuple):
        return any(fits(value, each) for each in shape)
    if isinstance(shape, list):
        return (
            type(value) is list
            and len(value) == len(shape)
            and all(fits(item, each) for item, each in zip(value, shape))
        )
    if isinstance(shape, dict):
        return type(value) is dict and all(key in value and fits(value[key], each) for key, each in shape.items())
    if isinstance(shape, ListOf):
        return type(value) is list and all(fits(item, shape.item) for item in value)
    if isinstance(shape, DictOf):
        return type(value) is dict and all(fits(item, shape.value) for item in value.values())
    return bool(shape(value))


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
        self._read: dict[str, Any] = {}  # payloads decoded by `has`/`fresh`, each handed out once by `payload`

    def _stamps(self) -> dict[str, tuple[str, str]]:
        if self._known is None:
            rows = self._db.execute("SELECT key, state, payload FROM stamp WHERE stage = ?", (self.stage,))
            self._known = {key: (state, payload) for key, state, payload in rows}
        return self._known

    def fresh(self, key: str, fp: str, shape: Any = ANY) -> bool:
        """Whether `key` was recorded for `fp` (`matches`: racily clean inputs by content), with
        a payload of `shape` (`fits`). A stamp that held by content while its files are settled
        now is kept by stat from here on."""
        found = self._stamps().get(key)
        if found is None or not matches(found[0], fp):
            self._read.pop(key, None)  # (decoded by `has`: a stale piece's payload is not asked for)
            return False
        if not self._readable(key, shape):
            return False
        if found[0] != fp and isinstance(fp, Fingerprint) and (not fp.racy or fp.settled()):
            self._stamps()[key] = self._pending[key] = (fp, found[1])
        return True

    def has(self, key: str, shape: Any = ANY) -> bool:
        """Whether `key` has a stamp at all (of `shape`: `fits`): a piece never done is stale
        without a fingerprint (a cold `assemble` took 10,000 to learn that)."""
        return key in self._stamps() and self._readable(key, shape)

    def payload(self, key: str) -> Any:
        """The result recorded with the stamp of `key` (call after `fresh` said yes); None for
        none, or for one that is not JSON (`decoded_payload`)."""
        if key in self._read:
            return self._read.pop(key)  # decoded by `has`/`fresh` just before: once, and not shared
        found = self._stamps().get(key)
        return None if found is None else decoded_payload(found[1])[1]

    def _readable(self, key: str, shape: Any = ANY) -> bool:
        """Whether the stamp of `key` (there) carries a payload `record` could have written: the
        stamps are a file under `locales/`, and a row damaged or forged into text that is not
        JSON (cut short, nested past the decoder's depth), or into JSON of another shape than
        its stage writes (`shape`, `fits`), is no stamp, so its piece is done again, where
        `payload` raised or its reader died, and the command with a traceback."""
        if key in self._read:
            value = self._read[key]
        else:
            readable, value = decoded_payload(self._stamps()[key][1])
            if not readable:
                del self._stamps()[key]
                return False
            self._read[key] = value
        if shape is not ANY and not fits(value, shape):
            del self._stamps()[key]
            del self._read[key]
            return False
        return True

    def record(self, key: str, fp: str, payload: Any = None) -> None:
        self._read.pop(key, None)
        value = (with_writes(fp), payload_text(payload))
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
        save_pending(self._db, self.stage, self._pending, self._unsettled)


def decoded_payload(text: str) -> tuple[bool, Any]:
    """(True, the value) of a stamp's payload text, or (False, None) where it is not JSON (a row
    damaged or forged: not what a stamp writes, so nothing recorded). A count — what most stages
    keep (`translate`'s human units, a merge's) — is read without the JSON decoder, as `record`
    wrote it (`json.dumps` of an int: digits, no leading zero).

    >>> decoded_payload("12"), decoded_payload('["de",null]'), decoded_payload('["de",'), decoded_payload("[" * 10**5)
    ((True, 12), (True, ['de', None]), (False, None), (False, None))
    """
    if text.isascii() and text.isdigit() and (text[0] != "0" or text == "0"):
        return True, int(text)
    try:
        return True, json.loads(text)
    except (ValueError, RecursionError):
        return False, None


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


@contextlib.contextmanager
def stage_stamps(where: Any, stage: str) -> Iterator[Stamps]:
    """The stamps of `stage` for a project (or a folder); what was recorded is saved when the
    block ends, also when it ends with an error (finished work stays finished)."""
    db = open_stamps(stamps_file(where))
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
    stamps = _process_stamps(stamps_file(where), stage, os.getpid())
    if getattr(stamps._db, "closed", False):  # closed as an earlier command in this process ended
        _process_stamps.cache_clear()  # (`sqlite.close_opened_since`): the rest are as old
        stamps = _process_stamps(stamps_file(where), stage, os.getpid())
    return stamps


@functools.lru_cache(maxsize=8)  # a process that works on many projects (tests, a service) keeps the latest open
def _process_stamps(path: Path, stage: str, pid: int) -> Stamps:
    return Stamps(open_stamps(path), stage)


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
        self._ahead: dict[str, tuple[str, str] | None] = {}  # `read_ahead`'s rows not asked for yet

    def __getstate__(self) -> dict[str, Any]:  # sent to a worker process: without the connection
        return {"_path": self._path, "stage": self.stage, "_db": None, "_pid": 0, "_ahead": {}}

    def read_ahead(self, keys: Sequence[str]) -> None:
        """The rows of `keys` read in one query, each kept for the next question about it
        (`recorded`, `recorded_as`) and then forgotten; rows read ahead before and not asked
        for are forgotten now. For a caller about to ask for several keys at once (publish: an
        article's ten editions), one query where each key took its own."""
        if not self._open():
            return
        assert self._db is not None
        ahead: dict[str, tuple[str, str] | None] = dict.fromkeys(keys)
        marks = ",".join("?" * len(ahead))
        query = f"SELECT key, state, payload FROM stamp WHERE stage = ? AND key IN ({marks})"
        for key, state, payload in self._db.execute(query, (self.stage, *ahead)):
            ahead[key] = (state, payload)
        self._ahead = ahead

    def recorded(self, key: str, fp: str, shape: Any = ANY) -> tuple[bool, Any]:
        """(True, payload) when `key` was recorded for the fingerprint `fp` with a payload of
        `shape` (`fits`), else (False, None)."""
        row = self._row(key)
        if row is None or not matches(row[0], fp):
            return False, None
        readable, payload = decoded_payload(row[1])  # (False, None) for a payload that is not JSON
        if not readable or not fits(payload, shape):  # not what a stamp writes: nothing recorded
            return False, None
        return True, payload

    def recorded_as(self, key: str, state_of: Callable[[Any], str | None], shape: Any = ANY) -> tuple[bool, Any]:
        """`recorded` for a piece whose fingerprint depends on what was recorded with it (the
        formats an edition was written in): `state_of(payload)` gives the fingerprint now, or
        None for a payload it does not accept."""
        row = self._row(key)
        if row is None:
            return False, None
        readable, payload = decoded_payload(row[1])
        if not readable or not fits(payload, shape):  # not what a stamp writes: nothing recorded
            return False, None
        fp = state_of(payload)
        if fp is None or not matches(row[0], fp):
            return False, None
        return True, payload

    def row(self, key: str) -> tuple[str, str] | None:
        """The stored (state, payload text) of `key`, or None: for a caller that judges the
        state itself (`publish.built`: an edition whose article's record vouches for it)."""
        return self._row(key)

    def _open(self) -> bool:
        """Whether there is a database to ask, opened in this process (not across a fork)."""
        if self._pid != os.getpid() or getattr(self._db, "closed", False):  # (closed as a command ended)
            self._ahead = {}
            if not self._path.is_file():
                return False
            self._db = open_stamps(self._path)
            self._pid = os.getpid()
        return True

    def _row(self, key: str) -> tuple[str, str] | None:
        if not self._open():
            return None
        if key in self._ahead:
            return self._ahead.pop(key)
        assert self._db is not None
        return self._db.execute(
            "SELECT state, payload FROM stamp WHERE stage = ? AND key = ?", (self.stage, key)
        ).fetchone()


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
        self._pending[key] = (with_writes(fp), payload_text(payload))
        if len(self._pending) >= self.SAVE_EVERY:
            self.save()

    def save(self) -> None:
        save_pending(self._db, self.stage, self._pending, self._unsettled)


def save_pending(
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


_WHOLE_RUN_NAMES = frozenset({"PreparedRun", "Watched", "look_up_run", "record_run", "recorded_run", "WHOLE_RUN_STAGE"})


def __getattr__(name: str) -> Any:
    """The whole-run records live in `l10n.memory.whole_run` (they build on these stamps);
    importable from here, where their callers found them."""
    if name in _WHOLE_RUN_NAMES:
        from l10n.memory import whole_run

        return getattr(whole_run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
