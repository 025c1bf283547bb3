"""Edition files recorded as written (session 32, DESIGN "Edition files recorded as written").

`assemble` keeps each edition's stamp, each article's record and its whole-run record with
every file it wrote in the state its write left (`fsio_notes.written_note`), vouched for as
holding the bytes written (`assembly_plan.written_stamp`, `fingerprint.vouch_written`): a
cold run stats none of them for its stamps and reads none back. What it still notices: a build
file deleted, replaced or edited by hand after the write (its state moves), also one edited
while the run works; a re-run with nothing changed writes nothing. What it gives up: an
in-place edit of the same size within the clock tick of the write itself.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import build_files, chain_project, qa_ready_chain, run_main

from l10n import fingerprint as fingerprint_module
from l10n import fsio
from l10n.assembly_plan import written_stamp
from l10n.fingerprint import data_digest, file_state, fingerprint
from l10n.fsio_notes import noting_writes
from l10n.memory import whole_run

ASSEMBLE = ["assemble", "--format", "html", "--format", "txt", "--jobs", "1"]


def _settle() -> None:
    """Past the filesystem clock's tick: files written before are not racy (`touched_since`)."""
    time.sleep(0.05)


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return qa_ready_chain(tmp_path / "project", capsys)


def _counting(monkeypatch: pytest.MonkeyPatch, build: Path) -> tuple[list[str], list[str]]:
    """(content reads, racy-rule stats of files found) under `build` from now on: the real functions,
    counted (`fingerprint.content_digest` — also as `memory.whole_run` holds it — and `racy_stat`)."""
    reads: list[str] = []
    stats: list[str] = []
    prefix = os.fspath(build) + os.sep
    content_digest, racy_stat = fingerprint_module.content_digest, fingerprint_module.racy_stat

    def reading(path: str) -> str:
        if os.fspath(path).startswith(prefix):
            reads.append(os.fspath(path))
        return content_digest(path)

    def stating(path: str, **kwargs: bool) -> tuple[os.stat_result, bool]:
        taken = racy_stat(path, **kwargs)  # (planning stats an edition's files first: absent, not counted)
        if os.fspath(path).startswith(prefix):
            stats.append(os.fspath(path))
        return taken

    monkeypatch.setattr(fingerprint_module, "content_digest", reading)
    monkeypatch.setattr(whole_run, "content_digest", reading)
    monkeypatch.setattr(fingerprint_module, "racy_stat", stating)
    return reads, stats


def test_a_cold_assemble_reads_no_edition_back_and_stamps_none_by_stat(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before session 32 each edition file was stat'ed for its edition's stamp and its
    article's record, and read back once its stamp settled (on main: 12 files, 12 reads)."""
    reads, stats = _counting(monkeypatch, project / "build")
    out = run_main(capsys, project, *ASSEMBLE)
    assert "12 editions in build/: 12 written" in out
    assert reads == [] and stats == []
    with sqlite3.connect(project / "locales" / ".stamps.sqlite3") as db:
        kept = db.execute("SELECT key, state FROM stamp WHERE stage IN ('assemble', 'assemble article')").fetchall()
    assert len(kept) == 3 * 2 + 3 and not any(state.startswith("racy:") for _, state in kept)
    monkeypatch.undo()
    # the stamps hold the states the files are in: without the whole-run record every edition is
    # taken from its article's record, nothing written
    monkeypatch.setenv("L10N_NO_RECORDS", "1")
    _settle()
    assert "12 editions in build/: 0 written, 12 unchanged" in run_main(capsys, project, *ASSEMBLE)


@pytest.mark.parametrize("records", ["whole run", "per article"])
def test_a_build_file_deleted_or_edited_by_hand_is_rewritten(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, records: str
) -> None:
    if records == "per article":
        monkeypatch.setenv("L10N_NO_RECORDS", "1")
    run_main(capsys, project, *ASSEMBLE)
    before = build_files(project)
    _settle()
    html, txt = sorted((project / "build" / "de").glob("*.html")), sorted((project / "build" / "ja").glob("*.txt"))
    html[0].unlink()
    size = txt[1].stat().st_size
    with open(txt[1], "r+b") as handle:  # in place, the same size: the inode and size as written
        handle.write(b"X")
    assert txt[1].stat().st_size == size
    out = run_main(capsys, project, *ASSEMBLE)
    assert "12 editions in build/: 2 written, 10 unchanged" in out
    assert build_files(project) == before
    _settle()
    assert "12 editions in build/: 0 written" in run_main(capsys, project, *ASSEMBLE)


def test_a_file_edited_after_its_write_is_recorded_as_written_not_as_edited(tmp_path: Path) -> None:
    """An edit between the write and the record (the run still working) leaves the stamp on the
    write's state, so the next look-up finds the file moved; a stat taken for the stamp would
    have recorded the edit as what the run left."""
    edition, source = tmp_path / "build" / "story.txt", tmp_path / "story.md"
    source.write_text("# Story\n", encoding="utf-8")
    _settle()
    fingerprint_module.racy_stat(os.fspath(source))  # a clock reading after it: the source is settled
    with noting_writes():
        fsio.atomic_write_bytes(edition, b"as assembled\n")
        written = {os.fspath(edition): data_digest(b"as assembled\n")}
        as_left = file_state(edition)
        edition.write_bytes(b"by hand, later\n")  # a new size: its state moves whatever the tick
        stamp = written_stamp([os.fspath(source), os.fspath(edition)], "txt", written, None)
    assert file_state(edition) != as_left
    assert stamp != fingerprint([source, edition], settings="txt")
    edition.write_bytes(b"as assembled\n")
    os.utime(edition, ns=(int(as_left.split(":")[1]),) * 2)
    assert file_state(edition).split(":")[:2] == as_left.split(":")[:2]  # size and mtime back…
    assert stamp != fingerprint([source, edition], settings="txt")  # …the change time is not


def test_without_notes_the_stamp_is_the_fingerprint_as_before(tmp_path: Path) -> None:
    """A caller that does not note its writes (the library's `assemble_domains` alone) gets
    `fingerprint`'s stamp: the file written kept by content until it settles."""
    edition = tmp_path / "build" / "story.txt"
    fsio.atomic_write_bytes(edition, b"as assembled\n")
    written = {os.fspath(edition): data_digest(b"as assembled\n")}
    stamp = written_stamp([os.fspath(edition)], "txt", written, None)
    assert isinstance(stamp, fingerprint_module.Fingerprint) and stamp.racy == (0,)
    with noting_writes():
        fsio.atomic_write_bytes(edition, b"again\n")
        noted = written_stamp([os.fspath(edition)], "txt", {os.fspath(edition): data_digest(b"again\n")}, None)
    assert not isinstance(noted, fingerprint_module.Fingerprint)
    _settle()
    assert noted == fingerprint([edition], settings="txt")
