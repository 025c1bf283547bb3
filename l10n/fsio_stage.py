"""Publishing's swap: files written complete into a stage folder first, then moved to their
names together once every one is made (`publish`: a run killed before the moves leaves the
site it found; the moves are renames, one file at a time, not one atomic step).

A page written straight to its name is atomic on its own, but a publish killed half-way left
some articles' pages new and others old, and a new article's page whose language switcher
linked to pages not written yet. Here each file is written whole into a stage folder of the
run's own (`stage_bytes`, durability as `fsio`'s: one flush per command), and moved over its
name by rename (`move_into_place`, atomic, on the same filesystem) only when the whole run is
staged. A stage a killed run left is removed by the next (`fresh_stage`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from pathlib import Path
from typing import NamedTuple

from l10n.fingerprint import stat_state, state_text
from l10n.fsio import NEW_FILE_MODE, storage_error, storage_errors, write_all
from l10n.fsio_durability import flush_folder
from l10n.fsio_notes import note_moved, noting


def fresh_stage(folder: Path) -> Path:
    """A new empty folder for one run's staged files, inside `folder` (made if missing), whose
    earlier contents — what killed runs staged — are removed first. Call it holding the lock of
    what is staged for (no other run of it is using `folder`)."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        folder.unlink()
    elif folder.is_dir():
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
    stage = folder / uuid.uuid4().hex
    stage.mkdir(parents=True)
    return stage


def remove_stage(stage: Path) -> None:
    """The run's stage folder gone (what is left in it was never moved: rendered unchanged or
    named again)."""
    shutil.rmtree(stage, ignore_errors=True)
    with contextlib.suppress(OSError):
        stage.parent.rmdir()  # when no other run's stage is left in it


def stage_bytes(path: str, data: bytes, *, mode: int = NEW_FILE_MODE) -> Made:
    """`data` written whole to the staged file `path` (its folders made), with `mode`. What the
    write left (`Made`) is for `move_into_place`.

    Named from the start, not nameless (`O_TMPFILE`) and linked when complete as `fsio` writes
    its temp files: a staged file is moved only once its article's pages are all written, and a
    killed run's stage is removed by the next (`fresh_stage`), so a partial file under a stage
    name reaches no reader. A named create is one system call where a nameless file took two (the
    open, then a link through /proc): 4,000 pages staged took 0.31–0.62 CPU s named against
    0.58–0.76 s nameless (alternated ×3 in one process, load ~17; session 17)."""
    try:  # (`storage_errors` without a `Path` made per page: ~11,000 in a cold run)
        st = _stage_named(path, data, mode)
    except OSError as error:
        problem = storage_error(error, Path(path))
        if problem is error:
            raise
        raise problem from None
    return Made(st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)


def _stage_named(path: str, data: bytes, mode: int) -> os.stat_result:
    try:
        fd = os.open(path, _CREATE, 0o600)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, _CREATE, 0o600)
    except FileExistsError:  # staged before under that name (`StagedArticle.discard` missed it)
        os.unlink(path)
        fd = os.open(path, _CREATE, 0o600)
    try:
        os.fchmod(fd, mode)
        write_all(fd, data)
        return os.fstat(fd)
    finally:
        os.close(fd)


class Made(NamedTuple):
    """A staged file as its write left it: a rename of the file keeps all but its change time;
    a rename of a folder above it keeps all (`note_moved_with_folder`)."""

    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int


def move_into_place(staged: str, target: Path, digest: str, made: Made) -> None:
    """The staged file moved over `target` (atomic rename; `target`'s folder must exist). A
    command noting its writes (`fsio.noting_writes`) learns the state the move left, with
    `digest`, its bytes' hash: the stat of `target` after the rename when it is still the file
    `made` describes (inode, size, modification time), else (replaced or written since, in the
    instant between) a state no file is in, so nothing vouches for what is there. Not reopened
    to take it from a descriptor, as `fsio` takes a write's: a record compares the bytes of a
    file in the state noted once anyway (`fingerprint.as_written`)."""
    with storage_errors(target):
        os.replace(staged, target)
        note_in_place(target, digest, made)
    flush_folder(target)


def note_in_place(target: Path, digest: str, made: Made) -> None:
    """`move_into_place`'s note of the state a staged file is left in at `target`, moved there
    by itself or with its folder (`publish.site`: a stage renamed whole into a site folder that
    did not exist): the stat of `target` when it is still the file `made` describes, else a
    state no file is in."""
    if noting():
        try:
            st: os.stat_result | None = os.stat(target)
        except (FileNotFoundError, NotADirectoryError):
            st = None
        if st is not None and (st.st_ino, st.st_size, st.st_mtime_ns) == made[:3]:
            state = stat_state(st)
        else:
            state = state_text(made.size, made.mtime_ns, -1, made.inode)  # (no change time is -1)
        note_moved(target, state, digest)


def note_moved_with_folder(target: Path | str, digest: str, made: Made) -> None:
    """`note_in_place` for a staged file moved by the rename of a folder above it (a stage
    renamed whole into a site folder that did not exist, `publish.swap`): that rename leaves
    the file's inode and times as its write left them, so the state noted is the write's
    (`Made`), as `fsio` notes a write by the descriptor it wrote through — no stat per file
    (22,000 on a cold site). A file changed since is found in another state when the run is
    recorded, or, changed in the tick of its write, holding other bytes (`fingerprint.
    as_written`); either way the record vouches only for the bytes written, and the next run
    makes the page again."""
    note_moved(target, stat_state_of(made), digest)


def stat_state_of(made: Made) -> str:
    """`fingerprint.stat_state` of the stat a staged file's write left (`Made`)."""
    return state_text(made.size, made.mtime_ns, made.ctime_ns, made.inode)
