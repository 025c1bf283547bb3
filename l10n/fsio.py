"""Crash-safe file writes and per-file locks, used for every file the project writes.

A killed process must never leave a half-written catalog: write to a temporary file in the same
folder, fsync, then `os.replace` (atomic on POSIX). Concurrent runs serialise on a lock file
beside the target (`<file>.lock`, via filelock) so two `translate` runs cannot interleave.

Batch commands (`extract`, `update` over a corpus) write thousands of small files, and one
fsync per file and folder was most of their run time. Inside `deferred_durability()` every
write is still temp file + atomic rename, so a *killed process* still leaves each file either
old or new, never torn: the rename is atomic and the page cache outlives the process. Only
the flush to the disk waits: one `os.sync()` when the outermost block ends restores
*power-loss* durability for everything the command (and its worker processes) wrote.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

LOCK_TIMEOUT_SECONDS = 600.0

_deferral = threading.local()
_process_deferred = False  # set in worker processes whose parent syncs at the end


def _fsync_deferred() -> bool:
    return _process_deferred or getattr(_deferral, "depth", 0) > 0


@contextlib.contextmanager
def deferred_durability() -> Iterator[None]:
    """Skip the per-file fsync inside the block; one `os.sync()` when the outermost block ends.

    Nested blocks sync once, at the outer exit (also when the block ends with an error: what
    was written is then durable too). Writes stay atomic throughout (see the module docstring).
    """
    depth = getattr(_deferral, "depth", 0)
    _deferral.depth = depth + 1
    try:
        yield
    finally:
        _deferral.depth = depth
        if depth == 0 and not _process_deferred:
            os.sync()


def defer_durability_to_parent() -> None:
    """For a worker process (a pool initializer): never fsync; the parent process runs
    `deferred_durability()` around the pool, and its `os.sync()` flushes the workers' files too."""
    global _process_deferred
    _process_deferred = True


def atomic_write_bytes(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically; return False (and touch nothing) if it is unchanged."""
    path = Path(path)
    with contextlib.suppress(FileNotFoundError):
        if path.read_bytes() == data:
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    deferred = _fsync_deferred()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            if not deferred:
                os.fsync(tmp.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    if not deferred:
        _fsync_directory(path.parent)
    return True


def atomic_write_text(path: Path, text: str) -> bool:
    """`atomic_write_bytes` for UTF-8 text."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_directory(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def locked(path: Path, *, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock for `path` (lock file `<path>.lock`) across processes.

    A kernel `flock` only (filelock's soft fallback is off): the kernel drops it when the holder
    dies, so a SIGKILLed run never leaves a stale lock, and filelock skips its per-lock probe
    of the folder (one more file created per catalog). On a filesystem without flock the lock
    fails with an error instead of silently degrading.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=timeout, fallback_to_soft=False):
        yield
