"""Crash-safe file writes and per-file locks, used for every file the project writes.

A killed process must never leave a half-written catalog: write to a temporary file in the same
folder, fsync, then `os.replace` (atomic on POSIX). Concurrent runs serialise on a lock file
beside the target (`.<file>.lock`, a kernel flock, removed on release) so two `translate` runs
cannot interleave and a run leaves no lock files behind.

Inside `deferred_durability()` (`fsio_durability`: one flush of the filesystem per batch, not
an fsync per file) every write is still temp file + atomic rename.

The parts this module builds on, importable from here too: `fsio_durability` (when writes
reach the disk), `fsio_locks` (`locked`), `fsio_notes` (what each write left, for records of
finished work: `noting_writes`).

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
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from l10n.errors import StorageError
from l10n.fsio_durability import (
    defer_durability_to_parent,
    deferred_durability,
    flush_filesystem,
    flush_folder,
    fsync_deferred,
    note_deferred_writes,
)
from l10n.fsio_locks import LOCK_TIMEOUT_SECONDS, LockTimeout, locked
from l10n.fsio_names import hidden_beside
from l10n.fsio_notes import (
    Written,
    kept_as_recorded,
    note_unchanged,
    note_written,
    note_written_elsewhere,
    noting,
    noting_writes,
    state_as_written,
    state_of_note,
    written_note,
)

__all__ = [
    "LOCK_TIMEOUT_SECONDS",
    "NEW_FILE_MODE",
    "LockTimeout",
    "Written",
    "atomic_write_bytes",
    "atomic_write_text",
    "create_exclusive_bytes",
    "create_exclusive_text",
    "defer_durability_to_parent",
    "deferred_durability",
    "flush_filesystem",
    "kept_as_recorded",
    "locked",
    "note_deferred_writes",
    "note_written_elsewhere",
    "noting",
    "noting_writes",
    "state_as_written",
    "state_of_note",
    "written_note",
]

NEW_FILE_MODE = 0o644


_STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO})


@contextlib.contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """A full disk, quota, file-size limit or read-only mount as a one-line `StorageError`
    naming the file that could not be written (the old file, if any, is left as it was)."""
    try:
        yield
    except OSError as error:
        problem = storage_error(error, path)
        if problem is error:
            raise
        raise problem from None


FOLDER_NOT_FILE = "is a folder, not a file"
"""The one wording for a folder where a file is read or written, after the path: every
command's error says it so (`path_problem`; `cli.paths.input_file` and `cli._usage_line`)."""

NO_SUCH_PATH = "no such file or folder"
"""The one wording for a path that is not there, after the path: a path argument Typer checks
(`cli._usage_line`), a file argument (`cli.paths.input_file`) and an `OSError` with ENOENT
(`path_problem`) say it so."""

_PLACE_ERRNOS = {
    errno.ENOTDIR: "a folder on its path is a file",
    errno.EACCES: "permission denied",
    errno.ENAMETOOLONG: "name too long for its folder",
    errno.EPERM: "operation not permitted",
}


def path_problem(error: OSError, *, doing: str) -> str:
    """An `OSError` about a path in the project's words, to follow `PATH: `: a folder where a
    file goes is `FOLDER_NOT_FILE` whatever the command was `doing` ("read", "write"); the rest
    `cannot <doing>: <why>`."""
    if error.errno == errno.EISDIR:
        return FOLDER_NOT_FILE
    if error.errno == errno.ENOENT:
        return NO_SUCH_PATH
    return f"cannot {doing}: {_PLACE_ERRNOS.get(error.errno or 0) or error.strerror or error}"


def storage_error(error: OSError, path: Path) -> Exception:
    """`storage_errors`' error for `error`: a `StorageError`, or `error` itself. A target that
    is a folder (or under a file, or not writable) is named as the target: the failing call was
    the rename of a temp file onto it, whose name (`.NAME.PID-N.tmp`, removed since) the
    OSError carried."""
    if error.errno in _STORAGE_ERRNOS:
        return StorageError(f"cannot write: {error.strerror}", path=path)
    if error.errno in _PLACE_ERRNOS or error.errno == errno.EISDIR:
        return StorageError(path_problem(error, doing="write"), path=path)
    return error


def atomic_write_bytes(path: Path | str, data: bytes, *, missing: bool = False) -> bool:
    """Write `data` to `path` atomically; return False (and touch nothing) if it is unchanged.
    Either way a command noting its writes (`noting_writes`) learns the state that holds `data`
    (`Written`): the new file's, or the stat taken before the comparison read the old one.

    `missing`: the caller's own `lstat` of `path` has just found nothing there (`project.
    plain_file_missing`, the symlink check of every edition file `assemble` writes), so this
    write's stat, which would ask the same, is not taken: the file is linked as new, and a
    name taken since makes the link fail and the write go the temp-name way, as when a file
    appears between this stat and the link."""
    try:  # (`storage_errors` without a generator: a catalog write is a few system calls)
        return _atomic_write_bytes(path, data, missing)
    except OSError as error:
        problem = storage_error(error, path if isinstance(path, Path) else Path(path))
        if problem is error:
            raise
        raise problem from None


def _atomic_write_bytes(path: Path | str, data: bytes, missing: bool = False) -> bool:
    """`atomic_write_bytes`, `path` as given: a string is used as one (assemble names 30,000
    edition files a cold run as strings, and a `Path` parsed from each was ~1 % of the run)."""
    status = None
    if not missing:
        try:
            status = os.stat(path)
        except FileNotFoundError:
            pass
    if status is not None and status.st_size == len(data):  # (other bytes at another size: not read)
        with contextlib.suppress(FileNotFoundError):
            with open(path, "rb") as file:  # (`Path.read_bytes`)
                same = file.read() == data
            if same:
                note_unchanged(path, status, data)  # the state that held these bytes: taken before the read
                return False
    if status is None:  # a new file: linked under its own name once complete, no temp name
        fd = _linked_new_file(path, data)
        if fd is not None:
            try:
                note_written(path, fd, data)
            finally:
                os.close(fd)
            flush_folder(path)
            return True
    mode = NEW_FILE_MODE if status is None else status.st_mode & 0o777
    temp, fd = _complete_temp_file(path, data, mode=mode)
    try:
        try:
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        note_written(path, fd, data)
    finally:
        os.close(fd)
    flush_folder(path)
    return True


def _linked_new_file(path: Path | str, data: bytes) -> int | None:
    """`data` in a nameless file (`O_TMPFILE`) linked as `path`, which no file had at the
    caller's stat, once complete: one link where a temp name and a rename over the real name
    took two directory operations (a cold `assemble` creates 6,000 files at 200 × 10). The
    descriptor, open (the caller notes the write and closes it), or None with nothing left
    behind: nameless files unsupported here, or the name taken since the stat (the caller then
    writes through a temp file and renames it over that file, as over any existing one)."""
    text = os.fspath(path)
    try:
        fd = _in_folder(os.path.dirname(text), _open_nameless)
    except _NamelessFilesUnsupported:
        return None
    try:
        _fill(fd, data, NEW_FILE_MODE)
        _link_through_proc(fd, text)
    except (FileExistsError, _NamelessFilesUnsupported):
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    return fd


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
    with storage_errors(path):
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
            note_written(path, fd, data)  # after the unlink, which moved its change time
        finally:
            os.close(fd)
    elif not created:
        return False
    flush_folder(path)
    return True


class _NamelessFilesUnsupported(Exception):
    """This filesystem (or a system without /proc) cannot create and link `O_TMPFILE` files."""


_NAMELESS_UNSUPPORTED = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.EXDEV, errno.EPERM}


def _link_nameless_file(path: Path, data: bytes) -> bool:
    """Write `data` to a nameless file in `path`'s folder and link it as `path`; False when the
    name exists. Raises `_NamelessFilesUnsupported` where the kernel or filesystem can't."""
    fd = _in_folder(os.path.dirname(os.fspath(path)), _open_nameless)
    try:
        write_all(fd, data)
        try:
            _link_through_proc(fd, os.fspath(path))
        except FileExistsError:
            return False
        note_written(path, fd, data)
        return True
    finally:
        os.close(fd)


def _open_nameless(folder: str) -> int:
    """A writable `O_TMPFILE` in `folder`; FileNotFoundError if the folder is missing."""
    tmpfile_flag = getattr(os, "O_TMPFILE", None)
    if tmpfile_flag is None or not _proc_links:
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


def _complete_temp_file(path: Path | str, data: bytes, *, mode: int) -> tuple[str, int]:
    """The name of a new temp file beside `path` holding `data` (fsynced unless deferred), for
    the caller to rename or link to its real name, then remove if it is still there (none is
    left where this fails), and its descriptor, still open (the caller closes it: its stat
    after the rename is what the write left, `Written`). The temp file is opened first and
    its folder made only when that finds none (`_in_folder`): no stat or `mkdir` of the folder,
    and no `Path` of it, per write."""
    folder, name = os.path.split(os.fspath(path))
    try:  # nameless while it is written: a writer killed before the link leaves nothing behind
        fd = _in_folder(folder, _open_nameless)
    except _NamelessFilesUnsupported:
        pass
    else:
        try:
            _fill(fd, data, mode)
            return _link_temp_name(fd, folder, name), fd
        except _NamelessFilesUnsupported:  # opened, but no /proc to link it through (chroots, sandboxes)
            os.close(fd)
        except BaseException:
            os.close(fd)
            raise
    fd, temp = _open_temp_file(folder, name)
    try:
        _fill(fd, data, mode)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return temp, fd


Opened = TypeVar("Opened")


def _in_folder(folder: str, open_in: Callable[[str], Opened]) -> Opened:
    """`open_in(folder)` (a new file in `folder`: "" is the current folder), after making the
    folder and its parents only where the first try finds it missing (FileNotFoundError), so a
    write into a folder that exists costs no `mkdir`. A file on the folder's path, or a folder
    that cannot be made, raises the `OSError` `storage_error` words for the target."""
    try:
        return open_in(folder or os.curdir)
    except FileNotFoundError:
        if not folder:
            raise
    os.makedirs(folder, exist_ok=True)
    return open_in(folder)


def _fill(fd: int, data: bytes, mode: int) -> None:
    """`data` written to the new file `fd`, its mode `mode`, fsynced unless deferred. (The
    descriptor written directly: a buffered file object cost more than the write.)"""
    os.fchmod(fd, mode)  # first: the fsync then covers the mode too
    write_all(fd, data)


def write_all(fd: int, data: bytes) -> None:
    """`data` written to `fd` whole, fsynced unless deferred."""
    remaining = memoryview(data)
    while remaining:
        remaining = remaining[os.write(fd, remaining) :]
    if not fsync_deferred():
        os.fsync(fd)


_proc_links = True
"""False once a link through /proc failed as unsupported (no /proc mounted): that holds for the
whole process, so later writes go straight to named temp files instead of writing every file
twice."""


def _link_through_proc(fd: int, target: str) -> None:
    """The nameless file `fd` linked as `target`: linkat(…, AT_SYMLINK_FOLLOW) through /proc, as
    linkat(2) documents for O_TMPFILE (a dir fd makes Python call linkat, not link; for an
    absolute path it is ignored). FileExistsError when `target` exists; an unsupported link
    (e.g. ENOENT where no /proc is mounted) raises `_NamelessFilesUnsupported`."""
    global _proc_links
    try:
        os.link(f"/proc/self/fd/{fd}", target, src_dir_fd=fd, follow_symlinks=True)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno in _NAMELESS_UNSUPPORTED:
            _proc_links = False
            raise _NamelessFilesUnsupported from error
        raise


def _link_temp_name(fd: int, folder: str, name: str) -> str:
    """The complete nameless file `fd` linked as `.<name>.<pid>-<n>.tmp` in `folder` (`name`
    cut where that passes the folder's longest name: `fsio_names.hidden_beside`), for the
    caller to rename over its real name at once: a kill leaves a temp file only between the two
    system calls, not during the whole write (SIGKILLed `assemble` runs left one in `build/`)."""
    pid = os.getpid()
    while True:
        temp = os.path.join(folder, hidden_beside(folder, name, f".{pid}-{next(_TEMP_NUMBERS)}.tmp"))
        try:  # unsupported (no /proc): the caller writes a named file
            _link_through_proc(fd, temp)
            return temp
        except FileExistsError:
            continue


def _open_temp_file(folder: str, name: str) -> tuple[int, str]:
    """A new file `.<name>.<pid>-<n>.tmp` in `folder` (named as `_link_temp_name`'s), open for
    writing, readable by its owner only: `tempfile.mkstemp`'s exclusive creation (`O_EXCL`,
    another number where the name is taken: a killed writer's file) without its random names
    and path normalisation, which cost as much as writing a catalog."""
    pid = os.getpid()
    while True:
        temp = os.path.join(folder, hidden_beside(folder, name, f".{pid}-{next(_TEMP_NUMBERS)}.tmp"))
        try:
            return os.open(temp, _CREATE_NEW, 0o600), temp
        except FileExistsError:
            continue
        except FileNotFoundError:  # its folder is missing: made, as `_in_folder` makes it
            if not folder:
                raise
            os.makedirs(folder, exist_ok=True)


_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
