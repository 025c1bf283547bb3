"""Publish's stage moves (`fsio_stage`): a move is noted by one stat after the rename, and only
when that stat is still the staged file's (issue 16, build16b)."""

from __future__ import annotations

import os
from pathlib import Path

from l10n.fingerprint import data_digest, stat_state
from l10n.fsio import noting_writes
from l10n.fsio_stage import fresh_stage, move_into_place, stage_bytes


def test_a_staged_page_moved_is_noted_in_the_state_the_move_left(tmp_path: Path) -> None:
    stage = fresh_stage(tmp_path / ".stage")
    data = b"<!DOCTYPE html><p>page</p>\n"
    made = stage_bytes(os.path.join(stage, "de", "page.0"), data, mode=0o640)
    (tmp_path / "site").mkdir()
    target = tmp_path / "site" / "page.html"
    with noting_writes() as written:
        move_into_place(os.path.join(stage, "de", "page.0"), target, data_digest(data), made)
    assert target.read_bytes() == data and target.stat().st_mode & 0o777 == 0o640
    assert written[os.fspath(target)] == (stat_state(os.stat(target)), data_digest(data))


def test_a_staged_file_replaced_before_its_move_is_not_noted_as_what_the_move_left(tmp_path: Path) -> None:
    """Another file under the staged name (the same bytes, another inode) is not the one staged:
    the note must not vouch for it (a state no file is in), so the next run looks again."""
    stage = fresh_stage(tmp_path / ".stage")
    data = b"<!DOCTYPE html><p>page</p>\n"
    staged = os.path.join(stage, "de", "page.0")
    made = stage_bytes(staged, data)
    other = os.path.join(stage, "other")
    Path(other).write_bytes(data)
    os.replace(other, staged)
    (tmp_path / "site").mkdir()
    target = tmp_path / "site" / "page.html"
    with noting_writes() as written:
        move_into_place(staged, target, data_digest(data), made)
    assert target.read_bytes() == data
    assert written[os.fspath(target)].state != stat_state(os.stat(target))
