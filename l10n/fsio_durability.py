"""Durability of a batch: one flush of the filesystem for a command's writes, not one fsync per
file (`fsio` writes; this decides when they reach the disk).

Batch commands (`extract`, `update` over a corpus) write thousands of small files, and one
fsync per file and folder was most of their run time. Inside `deferred_durability()` every
write is still temp file + atomic rename, so a *killed process* still leaves each file either
old or new, never torn: the rename is atomic and the page cache outlives the process. Only
the flush to the disk waits: one `syncfs` of the project's filesystem (`os.sync()` where that is
missing) when the outermost block ends restores *power-loss* durability for everything the
command (and its worker processes) wrote.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Iterator
from pathlib import Path

_deferral = threading.local()
_process_deferred = False  # set in worker processes whose parent syncs at the end


def fsync_deferred() -> bool:
    """Asked where a write would fsync: True inside a batch, which then owes one flush."""
    deferred = _process_deferred or getattr(_deferral, "depth", 0) > 0
    if deferred:
        _deferral.pending = True
    return deferred


def note_deferred_writes() -> None:
    """Writes this process cannot see (a worker pool's) happened inside the batch: flush at its end."""
    _deferral.pending = True


@contextlib.contextmanager
def deferred_durability(within: Path | str | None = None) -> Iterator[None]:
    """Skip the per-file fsync inside the block; one `flush_filesystem(within)` when the
    outermost block ends (`within`: a folder on the filesystem the block writes to).

    Nested blocks sync once, at the outer exit (also when the block ends with an error: what
    was written is then durable too), and only if something was written: a filesystem flush
    waits for every process's dirty pages, so a re-run that changed nothing must not pay it.
    Writes stay atomic throughout (see the module docstring).
    """
    depth = getattr(_deferral, "depth", 0)
    _deferral.depth = depth + 1
    if depth == 0:
        _deferral.pending = False
    try:
        yield
    finally:
        _deferral.depth = depth
        if depth == 0 and not _process_deferred and _deferral.pending:  # nothing written: nothing owed
            flush_filesystem(within)


def flush_filesystem(within: Path | str | None = None) -> None:
    """Write every dirty page of the filesystem holding `within` to disk (Linux `syncfs`), so
    a batch does not wait on other mounts, a network share of a newsroom server for one; of
    every filesystem (`os.sync`) without `within` or where `syncfs` is missing."""
    syncfs = _libc_syncfs() if within is not None else None
    if syncfs is not None:
        with contextlib.suppress(OSError):
            fd = os.open(within, os.O_RDONLY | os.O_CLOEXEC)  # type: ignore[arg-type]
            try:
                if syncfs(fd) == 0:
                    return
            finally:
                os.close(fd)
    os.sync()


@functools.cache
def _libc_syncfs():  # noqa: ANN202 (a ctypes function, or None)
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):
        return None
    function.argtypes, function.restype = [ctypes.c_int], ctypes.c_int
    return function


def defer_durability_to_parent() -> None:
    """For a worker process (a pool initializer): never fsync; the parent process runs
    `deferred_durability()` around the pool, and its flush covers the workers' files too."""
    global _process_deferred
    _process_deferred = True


def flush_folder(path: Path | str) -> None:
    """Make the new name durable (the folder entry), unless a batch defers it."""
    if not fsync_deferred():
        _fsync_directory(path.parent if isinstance(path, Path) else Path(path).parent)


def _fsync_directory(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
