"""Crash-safe file writes and per-file locks, used for every file the project writes.

A killed process must never leave a half-written catalog: write to a temporary file in the same
folder, fsync, then `os.replace` (atomic on POSIX). Concurrent runs serialise on a lock file
beside the target (`.<file>.lock`, a kernel flock, removed on release) so two `translate` runs
cannot interleave and a run leaves no lock files behind.

Batch commands (`extract`, `update` over a corpus) write thousands of small files, and one
fsync per file and folder was most of their run time. Inside `deferred_durability()` every
write is still temp file + atomic rename, so a *killed process* still leaves each file either
old or new, never torn: the rename is atomic and the page cache outlives the process. Only
the flush to the disk waits: one `syncfs` of the project's filesystem (`os.sync()` where that is
missing) when the outermost block ends restores *power-loss* durability for everything the
command (and its worker processes) wrote.

A catalog that does not exist yet is created with `create_exclusive_*` (a complete nameless
`O_TMPFILE`, or a named temp file where that is unsupported, hard-linked to its name: the link
fails if the name exists) instead of under a lock: creating a new inode is what costs on a busy
ext4, and a lock file is one more per catalog. Writers that find the file absent, locked
or not, create it this way and never replace, so a creation cannot overwrite a catalog someone
else made meanwhile; changes to an existing catalog stay locked read-modify-write.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import itertools
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from l10n.errors import L10nError, StorageError
from l10n.fingerprint import data_digest, file_state, stat_state

LOCK_TIMEOUT_SECONDS = 600.0
NEW_FILE_MODE = 0o644

_deferral = threading.local()
_process_deferred = False  # set in worker processes whose parent syncs at the end
_write_watchers: list[tuple[dict[str, Written], Callable[[str], object] | None]] = []  # `noting_writes` blocks open


class Written(NamedTuple):
    """A file as this process's write left it: `state`, the stat of the written descriptor
    after the rename or link that gave the file its name (`fingerprint.stat_state`: nothing
    another process does to the name after that is in it), and `digest`, the hash of the bytes
    written (`fingerprint.data_digest`). A whole-run record keeps a written file by these, not
    by a stat taken when the run ends (`memory.whole_run.record_run`): a person's edit made
    between the write and that stat is then seen as an edit, not as what the run left."""

    state: str
    digest: str


@contextlib.contextmanager
def noting_writes(then: Callable[[str], object] | None = None) -> Iterator[dict[str, Written]]:
    """The paths this process writes through this module while the block runs (replaced or
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


def _note_written(path: Path, fd: int, data: bytes) -> None:
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


def _fsync_deferred() -> bool:
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


_STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO})


@contextlib.contextmanager
def _storage_errors(path: Path) -> Iterator[None]:
    """A full disk, quota, file-size limit or read-only mount as a one-line `StorageError`
    naming the file that could not be written (the old file, if any, is left as it was)."""
    try:
        yield
    except OSError as error:
        problem = _storage_error(error, path)
        if problem is error:
            raise
        raise problem from None


def _storage_error(error: OSError, path: Path) -> Exception:
    """`_storage_errors`' error for `error`: a `StorageError`, or `error` itself."""
    if error.errno in _STORAGE_ERRNOS:
        return StorageError(f"cannot write: {error.strerror}", path=path)
    return error


def atomic_write_bytes(path: Path | str, data: bytes) -> bool:
    """Write `data` to `path` atomically; return False (and touch nothing) if it is unchanged."""
    path = path if isinstance(path, Path) else Path(path)  # (a `Path` of a `Path` parses it again)
    try:  # (`_storage_errors` without a generator: a catalog write is a few system calls)
        return _atomic_write_bytes(path, data)
    except OSError as error:
        problem = _storage_error(error, path)
        if problem is error:
            raise
        raise problem from None


def _atomic_write_bytes(path: Path, data: bytes) -> bool:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        status = None
    if status is not None and status.st_size == len(data):  # (other bytes at another size: not read)
        with contextlib.suppress(FileNotFoundError):
            if path.read_bytes() == data:
                return False
    mode = NEW_FILE_MODE if status is None else status.st_mode & 0o777
    temp, fd = _complete_temp_file(path, data, mode=mode, folder_exists=status is not None)
    try:
        try:
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _note_written(path, fd, data)
    finally:
        os.close(fd)
    _flush_folder(path)
    return True


def atomic_write_text(path: Path, text: str) -> bool:
    """`atomic_write_bytes` for UTF-8 text."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def create_exclusive_bytes(path: Path, data: bytes) -> bool:
    """Create `path` holding `data` if no file has that name; False (nothing written) if one has.

    The complete file is hard-linked to the name: `link(2)` fails if the name exists, so of two
    processes creating the same catalog exactly one wins and the other learns it (and goes on to
    the locked read-modify-write path), without a lock file. Readers never see a partial file.
    The file is written nameless (`O_TMPFILE`) where the filesystem allows it: half the
    directory work of a named temp file, and a killed writer leaves no stray temp file behind.
    Where hard links are not supported, falls back to `locked` + `atomic_write_bytes`.
    """
    path = Path(path)
    with _storage_errors(path):
        return _create_exclusive_bytes(path, data)


def _create_exclusive_bytes(path: Path, data: bytes) -> bool:
    try:
        created = _link_nameless_file(path, data)
    except _NamelessFilesUnsupported:
        created = None
    if created is None:
        temp, fd = _complete_temp_file(path, data, mode=NEW_FILE_MODE)
        try:
            try:
                os.link(temp, path)
            except FileExistsError:
                return False
            except OSError:  # no hard links here (some FUSE and FAT mounts)
                with locked(path):
                    return False if path.exists() else atomic_write_bytes(path, data)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temp)
            _note_written(path, fd, data)  # after the unlink, which moved its change time
        finally:
            os.close(fd)
    elif not created:
        return False
    _flush_folder(path)
    return True


class _NamelessFilesUnsupported(Exception):
    """This filesystem (or a system without /proc) cannot create and link `O_TMPFILE` files."""


_NAMELESS_UNSUPPORTED = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.EXDEV, errno.EPERM}


def _link_nameless_file(path: Path, data: bytes) -> bool:
    """Write `data` to a nameless file in `path`'s folder and link it as `path`; False when the
    name exists. Raises `_NamelessFilesUnsupported` where the kernel or filesystem can't."""
    try:
        fd = _open_nameless(path.parent)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _open_nameless(path.parent)
    try:
        remaining = memoryview(data)
        while remaining:
            remaining = remaining[os.write(fd, remaining) :]
        if not _fsync_deferred():
            os.fsync(fd)
        try:  # linkat(…, AT_SYMLINK_FOLLOW) through /proc, as linkat(2) documents for O_TMPFILE.
            # A dir fd makes Python call linkat, not link; for an absolute path it is ignored.
            os.link(f"/proc/self/fd/{fd}", path, src_dir_fd=fd, follow_symlinks=True)
        except FileExistsError:
            return False
        except OSError as error:
            if error.errno in _NAMELESS_UNSUPPORTED:
                raise _NamelessFilesUnsupported from error
            raise
        _note_written(path, fd, data)
        return True
    finally:
        os.close(fd)


def _open_nameless(folder: Path) -> int:
    """A writable `O_TMPFILE` in `folder`; FileNotFoundError if the folder is missing."""
    tmpfile_flag = getattr(os, "O_TMPFILE", None)
    if tmpfile_flag is None:
        raise _NamelessFilesUnsupported
    try:
        return os.open(folder, tmpfile_flag | os.O_WRONLY | os.O_CLOEXEC, NEW_FILE_MODE)
    except FileNotFoundError:
        raise
    except OSError as error:
        if error.errno in _NAMELESS_UNSUPPORTED:
            raise _NamelessFilesUnsupported from error
        raise


def create_exclusive_text(path: Path, text: str) -> bool:
    """`create_exclusive_bytes` for UTF-8 text."""
    return create_exclusive_bytes(path, text.encode("utf-8"))


_TEMP_NUMBERS = itertools.count()


def _complete_temp_file(path: Path, data: bytes, *, mode: int, folder_exists: bool = False) -> tuple[str, int]:
    """The name of a new temp file beside `path` holding `data` (fsynced unless deferred), for
    the caller to rename or link to its real name, then remove if it is still there (none is
    left where this fails), and its descriptor, still open (the caller closes it: its stat
    after the rename is what the write left, `Written`). `folder_exists`: the caller just
    found `path` there, so its folder is not made (a `mkdir` a write otherwise)."""
    folder, name = os.path.split(os.fspath(path))
    if not folder_exists:
        Path(folder).mkdir(parents=True, exist_ok=True)
    fd, temp = _open_temp_file(folder, name)
    try:  # (the descriptor written directly: a buffered file object cost more than the write)
        os.fchmod(fd, mode)  # first: the fsync then covers the mode too
        remaining = memoryview(data)
        while remaining:
            remaining = remaining[os.write(fd, remaining) :]
        if not _fsync_deferred():
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return temp, fd


def _open_temp_file(folder: str, name: str) -> tuple[int, str]:
    """A new file `.<name>.<pid>-<n>.tmp` in `folder`, open for writing, readable by its owner
    only: `tempfile.mkstemp`'s exclusive creation (`O_EXCL`, another number where the name is
    taken: a killed writer's file) without its random names and path normalisation, which
    cost as much as writing a catalog."""
    pid = os.getpid()
    while True:
        temp = os.path.join(folder, f".{name}.{pid}-{next(_TEMP_NUMBERS)}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600), temp
        except FileExistsError:
            continue


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


class LockTimeout(L10nError):
    """Another process held a catalog's lock for longer than the wait allowed."""


_held = threading.local()  # lock file path -> how many times this thread holds it


@contextlib.contextmanager
def locked(path: Path, *, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock for `path` (hidden lock file `.<name>.lock` beside it) across processes.

    A kernel `flock` on the lock file: the kernel drops it when the holder dies, so a SIGKILLed
    run never leaves a stale lock; on a filesystem without flock the lock fails with an error
    instead of silently degrading. Re-entrant within a thread. Written here rather than with
    filelock: its 4.x acquire/release costs ~130 µs in Python per lock against ~4 µs for the
    system calls, and a nightly re-run of a corpus takes two locks per article and locale.

    The lock file exists only while the lock is held, so a run leaves none behind (a corpus
    run used to leave one per catalog, and `-o` outputs one beside each file). Removing it is
    safe by the usual flock + unlink protocol: the holder unlinks the name *before* it lets go,
    and a waiter that then gets the flock checks that the name still points at the inode it
    locked (`fstat` against `stat`); if not, the file it holds is a dead one and it starts over
    on a fresh file. So whoever holds the flock on the file the name currently points at owns
    the lock. Only a SIGKILLed holder leaves its (empty, unlocked) file, and the next run reuses
    and removes it.
    """
    folder, name = os.path.split(os.fspath(path))
    hidden = name if name.startswith(".") else f".{name}"  # translators' folders stay clean
    lock_path = os.path.join(folder, f"{hidden}.lock")
    counts: dict[str, int] = _held.__dict__.setdefault("counts", {})
    if counts.get(lock_path):
        counts[lock_path] += 1
        try:
            yield
        finally:
            counts[lock_path] -= 1
        return
    fd = _acquire(lock_path, timeout)
    try:
        counts[lock_path] = 1
        try:
            yield
        finally:
            del counts[lock_path]
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock_path)  # while still holding the flock: see the docstring
        os.close(fd)  # releases the flock


def _acquire(lock_path: str, timeout: float) -> int:
    """An fd holding the flock of the file now named `lock_path` (see `locked`)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        fd = _open_lock_file(lock_path)
        try:
            _wait_for_flock(fd, lock_path, deadline, timeout)
            try:
                current = os.stat(lock_path)
            except FileNotFoundError:
                current = None
            held = os.fstat(fd)
            if current is not None and (current.st_dev, current.st_ino) == (held.st_dev, held.st_ino):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the previous holder removed it meanwhile: lock the file that is there now


def _open_lock_file(lock_path: str) -> int:
    flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC
    try:
        return os.open(lock_path, flags, NEW_FILE_MODE)
    except FileNotFoundError:
        Path(lock_path).parent.mkdir(parents=True, exist_ok=True)
        return os.open(lock_path, flags, NEW_FILE_MODE)


def _wait_for_flock(fd: int, lock_path: str, deadline: float, timeout: float) -> None:
    """Take the flock, polling (5 ms, growing to 100 ms) until the `deadline` (monotonic clock)
    of a wait of `timeout` seconds."""
    import fcntl
    import time

    pause = 0.005
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout(f"another l10n run has held this lock for {timeout:g} s", path=lock_path) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.1)
