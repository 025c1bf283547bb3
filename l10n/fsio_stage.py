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

from l10n.fsio import NEW_FILE_MODE, _storage_errors, _write_all
from l10n.fsio_durability import flush_folder
from l10n.fsio_notes import note_moved


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


def stage_bytes(path: str, data: bytes, *, mode: int = NEW_FILE_MODE) -> None:
    """`data` written whole to the staged file `path` (its folders made), with `mode`."""
    with _storage_errors(Path(path)):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        except FileNotFoundError:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        try:
            os.fchmod(fd, mode)
            _write_all(fd, data)
        finally:
            os.close(fd)


def move_into_place(staged: str, target: Path, digest: str) -> None:
    """The staged file moved over `target` (atomic rename; `target`'s folder must exist). A
    command noting its writes (`fsio.noting_writes`) learns the state the move left, taken
    from the moved descriptor as `fsio` takes a write's, with `digest`, its bytes' hash."""
    with _storage_errors(target):
        fd = os.open(staged, os.O_RDONLY | os.O_CLOEXEC)
        try:
            os.replace(staged, target)
            note_moved(target, fd, digest)
        finally:
            os.close(fd)
    flush_folder(target)
