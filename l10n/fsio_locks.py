"""Per-file locks across processes: a kernel `flock` on a hidden lock file beside the file
(`locked`), taken by every read-modify-write of a catalog (`fsio` writes it).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from l10n.errors import L10nError
from l10n.fsio_names import hidden_beside

LOCK_TIMEOUT_SECONDS = 600.0
LOCK_FILE_MODE = 0o644


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
    lock_path = _lock_path(path)
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


@contextlib.contextmanager
def held_for_work(path: Path, *, work: str, on_wait: Callable[[str], None]) -> Iterator[None]:
    """Hold `path`'s lock (as `locked`) for the whole of a long piece of `work` that a second
    process must not do again meanwhile (`translate`'s MT: two nightly runs at once each sent
    every unit to the engine). The holder writes who it is into the lock file; a process that
    finds it held calls `on_wait` with that (`translate (pid 1234, since 2026-11-30 18:50:02
    UTC)`) and waits as long as it takes, then finds the work done by its stamps. The kernel
    drops the flock of a killed holder, so no lock outlives its process."""
    import datetime as dt
    import math

    lock_path = _lock_path(path)
    try:
        fd = _acquire(lock_path, 0)
    except LockTimeout:
        on_wait(_holder(lock_path))
        fd = _acquire(lock_path, math.inf)
    try:
        since = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{work} (pid {os.getpid()}, since {since})\n".encode(), 0)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock_path)  # while still holding the flock: see `locked`
        os.close(fd)


def _holder(lock_path: str) -> str:
    """Who holds `lock_path`, as its holder wrote it (`held_for_work`); "another process" when
    it wrote nothing yet or the file is gone."""
    try:
        with open(lock_path, encoding="utf-8", errors="replace") as handle:
            text = handle.read(300).strip()
    except OSError:
        text = ""
    return text.splitlines()[0] if text else "another process"


def _lock_path(path: Path) -> str:
    """The hidden lock file beside `path`: `.<name>.lock` (`name` cut where that passes the
    folder's longest name, the same in every process: `fsio_names.hidden_beside`)."""
    folder, name = os.path.split(os.fspath(path))
    dot = "" if name.startswith(".") else "."  # translators' folders stay clean
    return os.path.join(folder, hidden_beside(folder, name, ".lock", dot=dot))


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
        return os.open(lock_path, flags, LOCK_FILE_MODE)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(lock_path) or os.curdir, exist_ok=True)
        return os.open(lock_path, flags, LOCK_FILE_MODE)


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


def remove_if_stale(lock_path: str) -> bool:
    """Remove a lock file `locked` left behind — its holder was SIGKILLed before it could unlink
    it, and a re-run may never lock that file again — when no one holds it. Safe by `locked`'s
    protocol: the name is unlinked only while holding the flock of the inode it names, and a
    waiter that opened it meanwhile finds the name gone and starts over. Called by the listings
    of watched folders (`fingerprint`), which meet such a file anyway: a held lock, an absent
    or foreign file is left alone. True when it was removed."""
    import fcntl

    try:
        fd = os.open(lock_path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        held = os.fstat(fd)
        if not (held.st_size == 0 and _is_regular(held.st_mode)):
            return False  # not a lock file of ours
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        current = os.stat(lock_path, follow_symlinks=False)
        if (current.st_dev, current.st_ino) != (held.st_dev, held.st_ino):
            return False
        os.unlink(lock_path)
        return True
    except OSError:  # held (BlockingIOError), gone, or a folder we may not write in
        return False
    finally:
        os.close(fd)  # releases the flock


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)
