"""What a killed run leaves, swept by the next run (session 51, leftovers51).

A run SIGKILLed at the wrong moment leaves files only it would have removed: `fsio`'s complete
copy `.<name>.<pid>-<n>.tmp` between its link and its rename, the clock's `.now-<pid>-*`
(`fingerprint.filesystem_now`), an empty lock file (`fsio_locks`), SQLite's `-wal`/`-shm`
beside a database it had open. Each command that opens a project holds a run lock at its root,
`.l10n-run.<pid>.lock`, a kernel `flock` the kernel drops when the process dies (`hold_run`),
and removes it as it ends (`release_runs`). A command that finds a run lock no process holds
knows a run was killed there, and sweeps (`sweep`): only files named as ours, in the folders we
write (the root's top, `seeds/`, `locales/`, `build/`, `site/`), and only those whose owner is
gone:

- a temp file whose pid names no live process (a live process of that pid, another program
  since, keeps it: the safe side);
- a clock file likewise; one named before its pid was in it (`.now-` and 8 characters) when it
  is older than every run lock held at the root (no live run made it: each made its lock first);
- a lock file by `fsio_locks`' own protocol (`remove_unheld`: taken without waiting, then
  unlinked while held; a holder's lock is never touched);
- a database's `-wal`/`-shm` by opening and closing the database: SQLite checkpoints the log's
  committed transactions into it and removes both when it closes the last connection, and
  leaves them while another process has it open.

The killed run's lock goes last. A command line answered from its record (`cli.early`) holds the
lock too (it opens the stamps) and is not answered where a killed run's lock is found: the
command runs, and sweeps.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import re
from collections.abc import Iterator
from typing import Any

RUN_LOCK = re.compile(r"\.l10n-run\.(\d+)\.lock")
_TEMP = re.compile(r"\..+\.(\d+)-\d+\.tmp")  # `fsio._open_temp_file`, `fsio._link_temp_name`
_CLOCK = re.compile(r"\.now-(?:(\d+)-)?[a-z0-9_]{8}")  # `fingerprint.filesystem_now` (tempfile's 8 characters)
_LOCK = re.compile(r"\..+\.lock")  # `fsio_locks._lock_path`
_DATABASE_LOG = re.compile(r"(.+\.sqlite3)-(?:wal|shm)")

_held: dict[str, tuple[int, str]] = {}
"""Real root → (descriptor, path) of this process's run lock there."""


def hold_run(root: str | os.PathLike[str]) -> list[str]:
    """Hold this process's run lock at `root` (once per root; none in a folder it may not write
    in) and return the run locks there that no process holds: runs killed at `root`."""
    real = os.path.realpath(root)
    if real not in _held:
        path = os.path.join(real, f".l10n-run.{os.getpid()}.lock")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError:  # a read-only project: nothing is written there, nothing to sweep either
            return []
        fcntl.flock(fd, fcntl.LOCK_EX)  # its own new file: no one else holds it
        if not _held:
            atexit.register(release_runs)  # a command run without `cli.main` (its caller's process)
        _held[real] = (fd, path)
    own = _held[real][1]
    try:
        names = os.listdir(real)
    except OSError:
        return []
    return [
        os.path.join(real, name)
        for name in names
        if RUN_LOCK.fullmatch(name) and os.path.join(real, name) != own and _unheld(os.path.join(real, name))
    ]


def release_runs() -> None:
    """Remove this process's run locks (the name first, then the lock: `fsio_locks`' protocol)."""
    while _held:
        _, (fd, path) = _held.popitem()
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


def sweep_after_killed_runs(project: Any) -> int:
    """`hold_run` at the project's root, and where a killed run's lock is found, `sweep` and
    remove those locks; returns the files removed."""
    killed = hold_run(project.root)
    if not killed:
        return 0
    removed = sweep(project)
    for path in killed:
        removed += remove_unheld(path)
    return removed


def sweep(project: Any) -> int:
    """Remove what killed runs left in the project's folders (module docstring); returns the
    count of files removed. A live run's files are never touched."""
    live = _live_run_locks_since(os.fspath(project.root))
    removed = 0
    databases: set[str] = set()
    for folder, name in _our_files(project):
        path = os.path.join(folder, name)
        if match := _TEMP.fullmatch(name):
            removed += _remove_if(path, not _alive(int(match.group(1))))
        elif match := _CLOCK.fullmatch(name):
            pid = match.group(1)
            removed += _remove_if(path, not _alive(int(pid)) if pid else _older_than(path, live))
        elif RUN_LOCK.fullmatch(name):
            continue
        elif _LOCK.fullmatch(name):
            removed += remove_unheld(path)
        elif match := _DATABASE_LOG.fullmatch(name):
            databases.add(os.path.join(folder, match.group(1)))
    for database in sorted(databases):
        removed += _checkpointed(database)
    return removed


def remove_unheld(path: str) -> int:
    """Remove the empty lock file at `path` if no process holds its `flock` (`fsio_locks`: the
    name is removed while held, so a waiter that gets the lock after finds the name gone and
    starts over); 1 when removed."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return 0
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held: a live run's
        os.close(fd)
        return 0
    try:
        held, named = os.fstat(fd), os.stat(path, follow_symlinks=False)
        if (held.st_dev, held.st_ino) != (named.st_dev, named.st_ino) or held.st_size:
            return 0
        os.unlink(path)
        return 1
    except OSError:
        return 0
    finally:
        os.close(fd)


def _unheld(path: str) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        return True
    finally:
        os.close(fd)  # (closing lets the lock go)


def _live_run_locks_since(root: str) -> int:
    """The modification time of the oldest run lock held at `root` (this process's among them),
    in ns: a file older than it was made by no live run."""
    times = []
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if RUN_LOCK.fullmatch(name) and not _unheld(path):  # (this process's own among them)
            with contextlib.suppress(OSError):
                times.append(os.stat(path).st_mtime_ns)
    return min(times, default=0)


def _our_files(project: Any) -> Iterator[tuple[str, str]]:
    """(folder, name) of each regular hidden file, or SQLite log, in the folders our runs write."""
    root = os.fspath(project.root)
    yield from _hidden_in(root, recurse=False)
    for folder in (project.seeds_dir, project.locales_dir, project.build_dir, project.site_dir):
        yield from _hidden_in(os.fspath(folder), recurse=True)


def _hidden_in(folder: str, *, recurse: bool) -> Iterator[tuple[str, str]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if recurse:
                yield from _hidden_in(entry.path, recurse=True)
        elif entry.is_file(follow_symlinks=False) and (
            entry.name.startswith(".") or _DATABASE_LOG.fullmatch(entry.name)
        ):
            yield folder, entry.name


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's: alive
        return True
    return True


def _older_than(path: str, moment_ns: int) -> bool:
    try:
        return os.stat(path, follow_symlinks=False).st_mtime_ns < moment_ns
    except OSError:
        return False


def _remove_if(path: str, gone: bool) -> int:
    if not gone:
        return 0
    try:
        os.unlink(path)
    except OSError:
        return 0
    return 1


def _checkpointed(database: str) -> int:
    """Open and close `database`, so SQLite folds a killed writer's log into it and removes the
    log and its index, unless another process has it open; 1 when they are gone after."""
    import sqlite3

    if not os.path.isfile(database):
        return 0
    try:
        db = sqlite3.connect(database, timeout=30)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return 0
    return int(not os.path.exists(f"{database}-wal") and not os.path.exists(f"{database}-shm"))
