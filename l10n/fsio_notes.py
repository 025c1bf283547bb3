"""What this process's writes left: each file written through `fsio`, with its state and
the hash of its bytes, while a command asks (`noting_writes`).

A record of finished work (a whole-run record, a stamp, a published page's state) taken after
a command wrote a file must not take the file's state by a stat after the write — a person's
edit made in between would be recorded as what the command left. It takes it from the write
(`Written`: the descriptor's stat after the rename, the bytes' hash). Worker processes note
their writes too; `parallel` brings them back (`note_written_elsewhere`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from l10n.fingerprint import as_written, content_digest, data_digest, file_state, stat_state

_write_watchers: list[tuple[dict[str, Written], Callable[[str], object] | None]] = []  # `noting_writes` blocks open


class Written(NamedTuple):
    """A file as this process's write left it: `state`, the stat of the written descriptor
    after the rename or link that gave the file its name (`fingerprint.stat_state`; a file
    renamed over the name since is not in it, and an edit in place within the tick of the
    write is told by the bytes) — for a write that found the bytes there already, the stat
    taken before it read them (`note_unchanged`) —, and `digest`, the hash of the bytes written
    (`fingerprint.data_digest`). A whole-run record keeps a written file by these, not
    by a stat taken when the run ends (`memory.whole_run.record_run`): a person's edit made
    between the write and that stat is then seen as an edit, not as what the run left."""

    state: str
    digest: str


@contextlib.contextmanager
def noting_writes(then: Callable[[str], object] | None = None) -> Iterator[dict[str, Written]]:
    """The paths this process writes through `fsio` while the block runs (replaced, created, or
    found holding the bytes already), each with the state the write left it in (`Written`, the
    latest write's) and given to `then` as it is written: a command that keeps the stats it took before its work
    (`fingerprint.StatsSeen`) forgets these (`then=seen.forget`), and stats only them again.
    A worker process's writes are noted here when its results arrive (`parallel`:
    `note_written_elsewhere`)."""
    written: dict[str, Written] = {}
    _write_watchers.append((written, then))
    try:
        yield written
    finally:  # by identity: an equal dict of an enclosing block is not this one
        del _write_watchers[next(n for n, (watcher, _) in enumerate(_write_watchers) if watcher is written)]


def noting() -> bool:
    """Whether a `noting_writes` block is open in this process (a worker pool notes its
    workers' writes only then)."""
    return bool(_write_watchers)


def written_note(path: str) -> Written | None:
    """How this process's latest write left `path` (`Written`), while a `noting_writes` block
    is open; None for a file it did not write (or without one)."""
    for watcher, _ in reversed(_write_watchers):
        note = watcher.get(path)
        if note is not None:
            return note
    return None


def state_as_written(path: str, now_ns: int) -> str:
    """The state a record of finished work keeps for `path`: for a file this process wrote (or
    found holding the bytes it would write: `written_note`), the one its write left, or "=" and
    the hash of the bytes written where that state could hide an edit (`fingerprint.as_written`
    after the clock reading `now_ns`: racy, or other bytes in the write's tick) — never a stat
    taken since, which would hold an edit made after the write; for a file it did not write,
    its state now (`fingerprint.file_state`). `kept_as_recorded` checks it."""
    return state_of_note(path, written_note(path), now_ns)


def state_of_note(path: str, note: Written | None, now_ns: int) -> str:
    """The state a record keeps for `path` given how a write left it (`note`, None for a file
    not written): `fingerprint.as_written` of the note and a stat taken now, or the file's
    state now. `state_as_written` asks it of this process's notes; `extract`'s whole-run
    record of the notes its workers brought back (`pipeline._record_templates`)."""
    if note is None:
        return file_state(path)
    try:
        st: os.stat_result | None = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        st = None
    return as_written(path, st, note.state, note.digest, now_ns)


def kept_as_recorded(path: str, recorded: str, state_of: Callable[[str], str] = file_state) -> bool:
    """Whether `path` is still as a record keeps it (`state_as_written`): its state (`state_of`
    takes it) is `recorded`, or for a file kept by the bytes written ("=" and their hash) its
    content hashes to them."""
    if recorded.startswith("="):
        return content_digest(path) == recorded[1:]
    return state_of(path) == recorded


def note_written(path: Path | str, fd: int, data: bytes) -> None:
    """Note a write whose descriptor `fd`, still open, now has its name (after the rename or link)."""
    if _write_watchers:
        note_written_elsewhere({os.fspath(path): Written(stat_state(os.fstat(fd)), data_digest(data))})


def note_moved(path: Path | str, state: str, digest: str) -> None:
    """`note_written` for a complete file renamed to `path` (`fsio_stage.move_into_place`), left
    in `state` (`fingerprint.stat_state`), whose bytes hash to `digest` (the process that wrote
    them is another)."""
    if _write_watchers:
        note_written_elsewhere({os.fspath(path): Written(state, digest)})


def note_unchanged(path: Path | str, st: os.stat_result, data: bytes) -> None:
    """Note a file a write found holding `data` already (nothing written: `atomic_write_bytes`),
    with `st`, its stat taken before the comparison read it. A record keeps it as it keeps a
    written file (`state_as_written`, `fingerprint.as_written`): an edit made after the
    comparison then moves the file out of `st`, or (in the tick of `st`) leaves bytes other than
    `data`; a stat taken after the comparison would hold the edit as what the command left.
    Not given to a block's `then`: the file did not move (the stats a command keeps still hold)."""
    if _write_watchers:
        name, note = os.fspath(path), Written(stat_state(st), data_digest(data))
        for watcher, _ in _write_watchers:
            watcher[name] = note


def note_written_elsewhere(written: Mapping[str, Written]) -> None:
    """Note writes made by another process of this command (a worker: `parallel`), in order."""
    for name, note in written.items():
        for watcher, then in _write_watchers:
            watcher[name] = note
            if then is not None:
                then(name)
