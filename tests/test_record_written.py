"""A whole-run record cannot vouch for a hand edit made after the command wrote a file.

`translate`, `assemble` and `publish` keep, after they finished, a record of every file they
read or wrote (`memory.stamps.record_run`); the next identical run replays it when nothing
moved. A file the command wrote used to be recorded by a stat taken after the run: a person's
edit made between the write and that stat (a build file fixed by hand right after `assemble`
wrote it, a PO a translator saved while `translate` was still running) was then recorded as
what the run left, and the next run replayed past it. Now a written file is recorded in the
state its write left it in (`fsio.noting_writes`: the descriptor's stat after the rename, the
bytes' hash), and one that no longer is is recorded as changed.

Each test injects the edit between the write and the record of a real command — at the moment
of the write (the `noting_writes` hook) or just before the record is kept — and checks what a
user notices: the next run works on the edited file instead of replaying. The read-only
commands (`qa`, `status`) record the states their look-up took before they read: a catalog
edited while they run is checked by the next run too.

Articles: real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import polib
import pytest
from conftest import Calls, bench_module, chain_project, run_main

import l10n.assembly
import l10n.cli.records
import l10n.mt.batch
import l10n.publish.editions
import l10n.qa
import l10n.status
from l10n import fsio
from l10n.fingerprint import data_digest

LOCALES = "de,ja"
ASSEMBLE = ["assemble", "--format", "html", "--format", "txt", "--jobs", "1"]
HAND_EDIT = "edited by hand right after the write\n"


def run_chain(capsys: pytest.CaptureFixture[str], root: Path, *, until: str | None = None) -> None:
    """The chain, or its commands before `until`."""
    run_main(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    for argv in (["translate", "--engine", "pseudo"], ["qa"], ["status"], ASSEMBLE, ["publish"]):
        if argv[0] == until:
            return
        run_main(capsys, root, *argv)


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Four real articles through the whole chain (every whole-run record kept), then one
    sentence of the second edited: the next command of the chain has something to write."""
    root = tmp_path / "project"
    chain_project(root, 4, ["de", "ja"])
    run_chain(capsys, root)
    bench_module("chain").edit_one_sentence(sorted((root / "seeds").glob("*.md"))[1], 1)
    return root


def edited_article(root: Path) -> str:
    return sorted((root / "seeds").glob("*.md"))[1].stem


@contextmanager
def edit_when_written(target: Path, edit: Callable[[Path], None]) -> Iterator[list[str]]:
    """`edit(target)` the moment this process writes `target` through `fsio` (the race at its
    narrowest: the edit lands right after the rename, before anything else of the run)."""
    done: list[str] = []

    def hook(path: str) -> None:
        if path == os.fspath(target) and not done:
            done.append(path)
            edit(target)

    with fsio.noting_writes(hook):
        yield done


@contextmanager
def edit_before_the_record(
    monkeypatch: pytest.MonkeyPatch, target: Path, edit: Callable[[Path], None]
) -> Iterator[list[str]]:
    """`edit(target)` after the command's work, just before its whole-run record is kept."""
    done: list[str] = []
    real = l10n.cli.records.WholeRun.keep

    def keep(self, **kwargs):
        if not done:
            done.append(os.fspath(target))
            edit(target)
        return real(self, **kwargs)

    monkeypatch.setattr(l10n.cli.records.WholeRun, "keep", keep)
    yield done
    monkeypatch.undo()


def by_hand(path: Path) -> None:
    path.write_text(HAND_EDIT, encoding="utf-8")  # in place: same inode, another size


@pytest.mark.parametrize("when", ["at the write", "before the record"])
def test_an_edition_edited_after_assemble_wrote_it_is_rebuilt_by_the_next_run(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    run_chain(capsys, built, until="assemble")
    edition = built / "build" / "de" / f"{edited_article(built)}.txt"
    with (
        edit_when_written(edition, by_hand)
        if when == "at the write"
        else edit_before_the_record(monkeypatch, edition, by_hand)
    ) as done:
        assert "4 written" in run_main(capsys, built, *ASSEMBLE)  # the edited article's 2 locales × 2 formats
    assert done and edition.read_text(encoding="utf-8") == HAND_EDIT
    assert "1 written" in run_main(capsys, built, *ASSEMBLE)  # not replayed past the hand edit
    assert edition.read_text(encoding="utf-8") != HAND_EDIT
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_domains")
    assert "0 written" in run_main(capsys, built, *ASSEMBLE) and assembling.count == 0  # and recorded again


@pytest.mark.parametrize("when", ["at the write", "before the record"])
def test_a_page_edited_after_publish_wrote_it_is_rebuilt_by_the_next_run(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    run_chain(capsys, built, until="publish")
    run_main(capsys, built, *ASSEMBLE)
    redirect = (built / "site" / "de" / f"{edited_article(built)}.html").read_text(encoding="utf-8")
    page = built / "site" / "de" / re.search(r'rel="canonical" href="([^"/]+)"', redirect)[1]  # its slug's page
    with (
        edit_when_written(page, by_hand)
        if when == "at the write"
        else edit_before_the_record(monkeypatch, page, by_hand)
    ) as done:
        run_main(capsys, built, "publish")
    assert done and page.read_text(encoding="utf-8") == HAND_EDIT
    publishing = Calls(monkeypatch, l10n.publish.editions, "publish_project")
    run_main(capsys, built, "publish")
    assert publishing.count == 1  # not replayed past the hand edit
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "0 written" in run_main(capsys, built, "publish") and publishing.count == 1  # and recorded again


def empty_the_edited_unit(po: Path) -> None:
    """A translator clears the unit MT just filled (and saves: another size)."""
    catalog = polib.pofile(os.fspath(po))
    entry = next(e for e in catalog if "(rev. " in e.msgid)
    entry.msgstr, entry.flags = "", []
    catalog.save(os.fspath(po))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_template_edited_after_extract_wrote_it_is_extracted_by_the_next_run(
    built: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    """`extract` keeps its own record (templates and each article's state): a template edited
    the moment it was written is written again by the next run, not taken from that record."""
    pot = built / "locales" / f"{edited_article(built)}.pot"
    extract = ["extract", str(built / "seeds"), "--locales", LOCALES, "-q", "--jobs", jobs]
    written: list[str] = []

    def commented(path: Path) -> None:
        written.append(path.read_text(encoding="utf-8"))
        path.write_text(written[0] + "# a note added by hand\n", encoding="utf-8")

    with edit_when_written(pot, commented) as done:
        run_main(capsys, built, *extract)
    assert done and pot.read_text(encoding="utf-8").endswith("# a note added by hand\n")
    run_main(capsys, built, *extract)
    assert pot.read_text(encoding="utf-8") == written[0]  # written again


@pytest.mark.parametrize("when", ["at the write", "before the record"])
def test_a_catalog_edited_after_translate_wrote_it_is_translated_by_the_next_run(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    run_chain(capsys, built, until="translate")
    po = built / "locales" / "de" / "LC_MESSAGES" / f"{edited_article(built)}.po"
    translate = ["translate", "--engine", "pseudo"]
    with (
        edit_when_written(po, empty_the_edited_unit)
        if when == "at the write"
        else edit_before_the_record(monkeypatch, po, empty_the_edited_unit)
    ) as done:
        run_main(capsys, built, *translate)
    assert done
    [emptied] = [e for e in polib.pofile(os.fspath(po)) if "(rev. " in e.msgid]
    assert emptied.msgstr == ""
    translating = Calls(monkeypatch, l10n.mt.batch, "translate_project")
    run_main(capsys, built, *translate)
    assert translating.count == 1  # not replayed past the translator's save
    [filled] = [e for e in polib.pofile(os.fspath(po)) if "(rev. " in e.msgid]
    assert filled.msgstr and "fuzzy" in filled.flags
    run_main(capsys, built, *translate)
    assert translating.count == 1  # and recorded again


def test_a_catalog_a_translator_saves_over_an_update_is_merged_by_the_next_update(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`update` stamps each merge: a translator's editor saving its older buffer over the PO the
    moment the merge wrote it must not be stamped as merged. A reviewer read the merge stamp as
    taken by a stat after such a save; on this sequence the next `update` merges again (the
    stamp's check finds the PO changed), which this test holds. Its hook opens write notes of its
    own, which `update` lacked (it holds now that `update` notes its writes):
    `test_record_written_paths` injects the save without them, and failed before."""
    po = built / "locales" / "de" / "LC_MESSAGES" / f"{edited_article(built)}.po"
    before = po.read_bytes()
    with edit_when_written(po, lambda path: path.write_bytes(before)) as done:
        run_main(capsys, built, "update", "-q")
    assert done and po.read_bytes() == before and "(rev. " not in before.decode("utf-8")
    run_main(capsys, built, "update", "-q")
    assert "(rev. " in po.read_text(encoding="utf-8")  # merged again, not taken from the stamp


WORK = {"qa": (l10n.qa, "run_qa"), "status": (l10n.status, "project_status")}


@pytest.mark.parametrize("command", ["qa", "status"])
@pytest.mark.parametrize("record", ["first run", "a record that no longer holds"])
def test_a_catalog_edited_while_a_read_only_command_runs_is_checked_by_the_next_run(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, record: str
) -> None:
    """`qa` and `status` write no watched file: they record the states their look-up took
    before they read (`stamps.PreparedRun`), so a catalog saved while they run differs from
    the record — also on a command line's first run, which has no record to look up."""
    run_chain(capsys, built, until="qa")
    argv = [command, "--locales", "de"] if record == "first run" else [command]
    po = built / "locales" / "de" / "LC_MESSAGES" / f"{edited_article(built)}.po"
    with edit_before_the_record(monkeypatch, po, empty_the_edited_unit) as done:
        before = run_main(capsys, built, *argv)
    assert done
    working = Calls(monkeypatch, *WORK[command])
    after = run_main(capsys, built, *argv)
    assert working.count == 1  # not replayed past the edit
    monkeypatch.setenv("L10N_NO_RECORDS", "1")
    assert after == run_main(capsys, built, *argv) != before  # what a run without records reports
    monkeypatch.delenv("L10N_NO_RECORDS")
    assert run_main(capsys, built, *argv) == after and working.count == 2  # recorded again: replayed


def _write_in_a_worker(folder: Path, name: str) -> list[str]:
    path = folder / name
    fsio.atomic_write_text(path, f"written by process {os.getpid()}\n")
    return [os.fspath(path)]


def test_files_worker_processes_write_are_noted_as_their_writes_left_them(tmp_path: Path) -> None:
    """`parallel.in_worker_processes` brings each worker's notes back (`assemble --jobs 2` writes
    its editions there): the parent's record keeps them by their writes too."""
    import functools

    from l10n.fingerprint import file_state
    from l10n.parallel import in_worker_processes

    names = [f"edition-{n}.txt" for n in range(20)]  # three chunks: a pool is used
    with fsio.deferred_durability(tmp_path), fsio.noting_writes() as written:
        done = list(in_worker_processes(functools.partial(_write_in_a_worker, tmp_path), names, jobs=2))
    assert set(written) == set(done) and len(done) == 20
    assert any(f"process {os.getpid()}" not in Path(path).read_text(encoding="utf-8") for path in done)
    for path in done:
        assert written[path].state == file_state(path)
        assert written[path].digest == data_digest(Path(path).read_bytes())


def test_a_written_file_holding_other_bytes_than_written_is_recorded_by_them(tmp_path: Path) -> None:
    """An edit in the very tick of the write leaves the stat the write left: only the bytes tell.
    `as_written` reads a settled file back once and records it by the bytes written when they
    differ (and by its stat when they are the same); a racy one by the bytes written, unread."""
    import time

    from l10n.fingerprint import as_written, filesystem_now

    path = tmp_path / "edition.txt"
    before = filesystem_now(tmp_path)  # the file's times are at or after it: racy for this reading
    with fsio.noting_writes() as written:
        fsio.atomic_write_text(path, "as the command wrote it\n")
    note = written[os.fspath(path)]
    st = os.stat(path)
    assert as_written(os.fspath(path), st, note.state, note.digest, before) == "=" + note.digest
    time.sleep(0.05)
    later = filesystem_now(tmp_path)
    other = data_digest(b"as someone made it in the same tick\n")
    assert as_written(os.fspath(path), st, note.state, other, later) == "=" + other  # its bytes are not those
    assert as_written(os.fspath(path), st, note.state, note.digest, later) == note.state
    path.write_text("edited\n", encoding="utf-8")
    assert as_written(os.fspath(path), os.stat(path), note.state, note.digest, later) == note.state  # moved: not found
    path.unlink()
    assert as_written(os.fspath(path), None, note.state, note.digest, later) == note.state
