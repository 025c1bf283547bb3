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

A catalog that does not exist yet is created with `create_exclusive_*` (temp file + hard link,
which fails if the name exists) instead of under a lock: creating a new inode is what costs on
a busy ext4, and a lock file is one more per catalog. Writers that find the file absent, locked
or not, create it this way and never replace, so a creation cannot overwrite a catalog someone
else made meanwhile; changes to an existing catalog stay locked read-modify-write.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

LOCK_TIMEOUT_SECONDS = 600.0
NEW_FILE_MODE = 0o644

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
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    with _complete_temp_file(path, data, mode=mode) as tmp_name:
        os.replace(tmp_name, path)
    _flush_folder(path)
    return True


def atomic_write_text(path: Path, text: str) -> bool:
    """`atomic_write_bytes` for UTF-8 text."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def create_exclusive_bytes(path: Path, data: bytes) -> bool:
    """Create `path` holding `data` if no file has that name; False (nothing written) if one has.

    The complete temp file is hard-linked to the name: `link(2)` fails if the name exists, so of
    two processes creating the same catalog exactly one wins and the other learns it (and goes
    on to the locked read-modify-write path), without a lock file. Readers never see a partial
    file. Where hard links are not supported, falls back to `locked` + `atomic_write_bytes`.
    """
    path = Path(path)
    with _complete_temp_file(path, data, mode=NEW_FILE_MODE) as tmp_name:
        try:
            os.link(tmp_name, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links here (some FUSE and FAT mounts)
            with locked(path):
                return False if path.exists() else atomic_write_bytes(path, data)
    _flush_folder(path)
    return True


def create_exclusive_text(path: Path, text: str) -> bool:
    """`create_exclusive_bytes` for UTF-8 text."""
    return create_exclusive_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def _complete_temp_file(path: Path, data: bytes, *, mode: int) -> Iterator[str]:
    """A temp file beside `path` holding `data` (fsynced unless deferred), removed on exit if
    it is still there (the caller renamed or linked it to its real name)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            if not _fsync_deferred():
                os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode)
        yield tmp_name
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)


def _flush_folder(path: Path) -> None:
    """Make the new name durable (the folder entry), unless a batch defers it."""
    if not _fsync_deferred():
        _fsync_directory(path.parent)


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
    from filelock import FileLock  # 8 ms of imports that a run creating only new files never needs

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock", timeout=timeout, fallback_to_soft=False):
        yield
