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

from l10n.fingerprint import data_digest, file_state, stat_state

_write_watchers: list[tuple[dict[str, Written], Callable[[str], object] | None]] = []  # `noting_writes` blocks open


class Written(NamedTuple):
    """A file as this process's write left it: `state`, the stat of the written descriptor
    after the rename or link that gave the file its name (`fingerprint.stat_state`; a file
    renamed over the name since is not in it, and an edit in place within the tick of the
    write is told by the bytes), and `digest`, the hash of the bytes written
    (`fingerprint.data_digest`). A whole-run record keeps a written file by these, not
    by a stat taken when the run ends (`memory.whole_run.record_run`): a person's edit made
    between the write and that stat is then seen as an edit, not as what the run left."""

    state: str
    digest: str


@contextlib.contextmanager
def noting_writes(then: Callable[[str], object] | None = None) -> Iterator[dict[str, Written]]:
    """The paths this process writes through `fsio` while the block runs (replaced or
    created), each with the state the write left it in (`Written`, the latest write's) and
    given to `then` as it is written: a command that keeps the stats it took before its work
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


def state_as_written(path: str) -> str:
    """The state a record of finished work keeps for `path`: the one this process's write left
    (`written_note`) — not a stat taken since, which would hold an edit made after the write —
    or, for a file it did not write, its state now (`fingerprint.file_state`)."""
    note = written_note(path)
    return file_state(path) if note is None else note.state


def note_written(path: Path, fd: int, data: bytes) -> None:
    """Note a write whose descriptor `fd`, still open, now has its name (after the rename or link)."""
    if _write_watchers:
        note_written_elsewhere({os.fspath(path): Written(stat_state(os.fstat(fd)), data_digest(data))})


def note_written_elsewhere(written: Mapping[str, Written]) -> None:
    """Note writes made by another process of this command (a worker: `parallel`), in order."""
    for name, note in written.items():
        for watcher, then in _write_watchers:
            watcher[name] = note
            if then is not None:
                then(name)
