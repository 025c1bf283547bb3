"""The write notes where `tests/test_record_written.py` did not reach: no record vouches for an
edit made at the moment a command wrote (or found unchanged) a file.

- `publish`'s per-article record keeps each page's state: a page rendered to the bytes it already
  held is not written, and was recorded by a stat taken after the comparison; a page written and
  edited in place in the tick of the write (same size: the stat the write left) was recorded by
  that stat, without a digest to tell the edit.
- `update` and `extract`'s replay path (templates as recorded, a PO merged again) stamped each
  merge by a stat taken after the write, outside the write notes: a translator's editor saving
  its older buffer over the PO right after the merge was stamped as merged.
- `translate` without a whole-run record (an engine that cannot name its inputs) notes its
  writes all the same: its MT stamps take a written catalog by the bytes written.

Each edit is injected at the write through the real CLI — at the rename, without opening a
`noting_writes` block of the test's own (`fsio.note_written` wrapped: a block of the test's
would turn on the notes the command itself may lack) — and the test checks what a user sees:
the next run works on the edited file instead of taking it as done.

Articles: real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import polib
import pytest
from conftest import Calls, run_main
from test_record_written import ASSEMBLE, HAND_EDIT, LOCALES, built, edited_article, run_chain

import l10n.fsio
import l10n.fsio_stage
import l10n.mt.batch
import l10n.publish.editions
import l10n.publish.staging
from l10n.mt.pseudo import PseudoEngine
from l10n.mt.registry import register_engine

__all__ = ["built"]  # the fixture, used by name


@contextmanager
def edit_at_the_rename(
    monkeypatch: pytest.MonkeyPatch, target: Path, edit: Callable[[Path], None], *, before_the_stat: bool = False
) -> Iterator[list[str]]:
    """`edit(target)` right after this process's write gives `target` its name (before anything
    else of the run), whether or not the command notes its writes. `before_the_stat`: between
    the rename and the write's own stat of its descriptor (`fsio.Written.state`) — what an edit
    in the tick of the write is on a coarse clock: the state the write left holds the edit."""
    done: list[str] = []

    def noting(real: Callable[..., None]) -> Callable[..., None]:
        def noted(path: Path, fd: int, data: object) -> None:
            if before_the_stat and os.fspath(path) == os.fspath(target) and not done:
                done.append(os.fspath(path))
                edit(target)
            real(path, fd, data)
            if os.fspath(path) == os.fspath(target) and not done:
                done.append(os.fspath(path))
                edit(target)

        return noted

    # a write renames its temp file (`fsio`); publish moves its staged pages (`fsio_stage`)
    written, moved = l10n.fsio.note_written, l10n.fsio_stage.note_moved
    monkeypatch.setattr(l10n.fsio, "note_written", noting(written))
    monkeypatch.setattr(l10n.fsio_stage, "note_moved", noting(moved))
    yield done
    monkeypatch.setattr(l10n.fsio, "note_written", written)
    monkeypatch.setattr(l10n.fsio_stage, "note_moved", moved)


def in_the_same_tick(path: Path) -> None:
    """An edit in place of the same size in the tick of the write: the file keeps the stat the
    write left (on a coarse clock; Linux 6.13's multigrain times give an edit after a stat a
    time of its own, so the test makes the edit before the write's stat)."""
    data = path.read_bytes()
    assert data.startswith(b"<!DOCTYPE html>")
    path.write_bytes(b"<!doctype html>" + data[len(b"<!DOCTYPE html>") :])


def the_page_of(root: Path, locale: str) -> Path:
    redirect = (root / "site" / locale / f"{edited_article(root)}.html").read_text(encoding="utf-8")
    return root / "site" / locale / re.search(r'rel="canonical" href="([^"/]+)"', redirect)[1]  # its slug's page


def test_a_page_edited_in_the_tick_of_its_write_is_rebuilt_by_the_next_publish(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-run record keeps the page by the bytes written (`as_written`); the article's
    own record kept only the stat the write left, which the edit did not move: the next run
    took the article as published and the edited page stayed."""
    run_chain(capsys, built, until="publish")
    run_main(capsys, built, *ASSEMBLE)
    page = the_page_of(built, "de")
    with edit_at_the_rename(monkeypatch, page, in_the_same_tick, before_the_stat=True) as done:
        run_main(capsys, built, "publish")
    assert done and page.read_bytes().startswith(b"<!doctype html>")
    run_main(capsys, built, "publish")
    assert page.read_bytes().startswith(b"<!DOCTYPE html>")  # rebuilt, not taken past the edit
    publishing = Calls(monkeypatch, l10n.publish.editions, "publish_project")
    assert "0 written" in run_main(capsys, built, "publish") and publishing.count == 0  # and recorded again


def test_a_page_edited_after_publish_found_it_unchanged_is_rebuilt_by_the_next_publish(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article whose inputs moved but whose pages render to the bytes they hold writes none
    of them ("rendered_unchanged"); a page edited after that comparison was recorded by a stat
    taken after the edit, and the next run took the article as published."""
    run_chain(capsys, built)
    source = sorted((built / "seeds").glob("*.md"))[1]
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # touched: same bytes
    page = the_page_of(built, "de")
    real = l10n.publish.staging.note_unchanged
    done: list[bool] = []

    def compared(path: Path, status: os.stat_result, data: bytes) -> None:  # the page found holding its bytes
        real(path, status, data)
        if os.fspath(path) == os.fspath(page) and not done:
            done.append(False)
            page.write_text(HAND_EDIT, encoding="utf-8")

    monkeypatch.setattr(l10n.publish.staging, "note_unchanged", compared)
    run_main(capsys, built, "publish")
    monkeypatch.setattr(l10n.publish.staging, "note_unchanged", real)
    assert done == [False] and page.read_text(encoding="utf-8") == HAND_EDIT  # found unchanged, then edited
    run_main(capsys, built, "publish")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # rebuilt, not taken past the edit


def older_buffer(before: bytes) -> Callable[[Path], None]:
    """A translator's editor saving the buffer it opened before the merge over the merged PO."""
    return lambda path: path.write_bytes(before)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_catalog_saved_over_the_merge_of_update_is_merged_by_the_next_update(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """`update` stamped a merge by a stat after the write: the older buffer saved over it was
    stamped as merged, and the next `update` left it (`test_record_written`'s test of this
    opened write notes of its own, which hid it)."""
    po = built / "locales" / "de" / "LC_MESSAGES" / f"{edited_article(built)}.po"
    before = po.read_bytes()
    with edit_at_the_rename(monkeypatch, po, older_buffer(before)) as done:
        run_main(capsys, built, "update", "-q", "--jobs", jobs)
    assert (done or jobs == "2") and po.read_bytes() == before and "(rev. " not in before.decode("utf-8")
    run_main(capsys, built, "update", "-q", "--jobs", jobs)
    assert "(rev. " in po.read_text(encoding="utf-8")  # merged again, not taken from the stamp


def without_an_entry(po: Path) -> tuple[str, bytes]:
    """A unit of the template removed from `po` by hand (a merge adds it back): its msgid, and
    the PO's bytes after."""
    catalog = polib.pofile(os.fspath(po))
    removed = catalog[-1]
    catalog.remove(removed)
    catalog.save(os.fspath(po))
    return removed.msgid, po.read_bytes()


def msgids(po: Path) -> set[str]:
    return {entry.msgid for entry in polib.pofile(os.fspath(po))}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_catalog_saved_over_the_merge_of_a_replayed_extract_is_merged_by_the_next_extract(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """`extract` with its templates as recorded merges the POs whose merge stamps no longer
    hold (`pipeline._catalogs_on_record`); that merge was outside the write notes."""
    extract = ["extract", str(built / "seeds"), "--locales", LOCALES, "-q", "--jobs", jobs]
    run_main(capsys, built, *extract)  # the edited article: the templates' record holds from here
    po = built / "locales" / "ja" / "LC_MESSAGES" / f"{edited_article(built)}.po"
    removed, lacking = without_an_entry(po)
    with edit_at_the_rename(monkeypatch, po, older_buffer(lacking)) as done:
        run_main(capsys, built, *extract)
    assert (done or jobs == "2") and po.read_bytes() == lacking and removed not in msgids(po)
    run_main(capsys, built, *extract)
    assert removed in msgids(po)  # merged again, not taken from the stamp


class Unnamed:
    """A plug-in engine that cannot name its inputs (no `inputs()`): `translate` keeps no
    whole-run record with it. Translates as `pseudo` does."""

    name = "unnamed"
    mask_styles = PseudoEngine.mask_styles

    def __init__(self) -> None:
        self._pseudo = PseudoEngine()

    def supports(self, source: str, target: str) -> bool:
        return True

    def model_id(self, source: str, target: str) -> str:
        return "unnamed-1"

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list:
        return self._pseudo.translate_batch(texts, source=source, target=target)


register_engine("unnamed", lambda settings: Unnamed())


def empty_the_edited_unit(po: Path) -> None:
    catalog = polib.pofile(os.fspath(po))
    entry = next(e for e in catalog if "(rev. " in e.msgid)
    entry.msgstr, entry.flags = "", []
    catalog.save(os.fspath(po))


def test_a_catalog_edited_at_the_write_of_translate_without_a_record_is_translated_again(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a whole-run record `translate` still notes its writes (`cli.translate`), so its
    MT stamps take a written catalog by the bytes written (`stamps.with_writes`): a translator's
    save at the write is translated again by the next run. Holds on main; kept as the guard."""
    run_chain(capsys, built, until="translate")
    po = built / "locales" / "de" / "LC_MESSAGES" / f"{edited_article(built)}.po"
    translate = ["translate", "--engine", "unnamed"]
    with edit_at_the_rename(monkeypatch, po, empty_the_edited_unit) as done:
        run_main(capsys, built, *translate)
    assert done
    [emptied] = [e for e in polib.pofile(os.fspath(po)) if "(rev. " in e.msgid]
    assert emptied.msgstr == ""
    translating = Calls(monkeypatch, l10n.mt.batch, "translate_project")
    run_main(capsys, built, *translate)
    assert translating.count == 1
    [filled] = [e for e in polib.pofile(os.fspath(po)) if "(rev. " in e.msgid]
    assert filled.msgstr and "fuzzy" in filled.flags  # translated again, not taken as done


def test_a_write_that_finds_its_bytes_notes_the_state_that_held_them(tmp_path: Path) -> None:
    """`atomic_write_bytes` writes nothing when the file holds the bytes already; while a command
    notes its writes it notes the stat taken before the comparison read the file (not given to
    the block's `then`: nothing moved), so a record taken later keeps that state — an edit
    after the comparison is then told — where a stat taken then would hold the edit."""
    from l10n.fingerprint import data_digest, file_state, filesystem_now

    page = tmp_path / "page.html"
    page.write_text("as publish renders it\n", encoding="utf-8")
    before = file_state(page)
    told: list[str] = []
    with l10n.fsio.noting_writes(told.append) as written:
        assert not l10n.fsio.atomic_write_text(page, "as publish renders it\n")
        assert written[os.fspath(page)] == l10n.fsio.Written(before, data_digest(b"as publish renders it\n"))
        assert told == []
        now = filesystem_now(tmp_path)
        page.write_text("edited by hand after the comparison\n", encoding="utf-8")
        recorded = l10n.fsio.state_as_written(os.fspath(page), now)
    assert recorded == before != file_state(page)
    assert not l10n.fsio.kept_as_recorded(os.fspath(page), recorded)
    assert not l10n.fsio.kept_as_recorded(os.fspath(page), "=" + data_digest(b"as publish renders it\n"))
    page.write_text("as publish renders it\n", encoding="utf-8")
    assert l10n.fsio.kept_as_recorded(os.fspath(page), "=" + data_digest(b"as publish renders it\n"))
