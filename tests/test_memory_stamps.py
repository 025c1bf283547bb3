"""Per-piece stamps (`l10n/memory/stamps.py`) apply git's racy-file rule, as whole-run records do.

A piece recorded while one of its inputs was touched in the clock tick of the stamp's stat may
see that input change again without its times moving (a coarse clock, FAT's 2 s): the stamp
keeps such a file by content and compares it by content when looked up. The file's times are
set with `os.utime` to the stamp's tick (or after it): a test cannot make the kernel reuse a tick.
Nor can it keep a file's change time (every write and `utime` moves it, and this kernel's
multigrain times give each observed change its own): an edit that a coarse clock leaves with the
same stat is the later look-up's fingerprint taken with the stat recorded (`_same_stat_later`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from l10n.fingerprint import Fingerprint, filesystem_now
from l10n.memory.stamps import (
    StampLookup,
    StampWriter,
    Watched,
    fingerprint,
    look_up_run,
    record_run,
    stage_stamps,
)

HOUR_NS = 3_600 * 10**9
SETTLE = 0.1  # past the tick of a write on any clock but FAT's (`utime` sets the ctime to now)


def _recorded(folder: Path, fp: str, *, stage: str = "translate") -> None:
    with stage_stamps(folder, stage) as stamps:
        stamps.record("de/a", fp, [1])


def _fresh(folder: Path, files: list[Path], *, stage: str = "translate") -> bool:
    with stage_stamps(folder, stage) as stamps:
        return stamps.fresh("de/a", fingerprint(files, settings="pseudo"))


def test_a_file_touched_in_the_stamps_tick_is_compared_by_content(tmp_path: Path) -> None:
    po, pot = tmp_path / "a.po", tmp_path / "a.pot"
    po.write_text('msgstr "eins"\n', encoding="utf-8")
    pot.write_text('msgid "one"\n', encoding="utf-8")
    os.utime(pot, ns=(time.time_ns() - HOUR_NS,) * 2)  # settled long before
    time.sleep(SETTLE)
    tick = time.time_ns() + HOUR_NS  # the PO written in the stamp's tick (or after its clock reading)
    os.utime(po, ns=(tick, tick))
    stamp = fingerprint([po, pot], settings="pseudo")
    assert 0 in stamp.racy  # the template may be too, until judged on a fresh reading
    _recorded(tmp_path, stamp)
    assert _states(tmp_path / ".stamps.sqlite3")["de/a"].startswith("racy:0:")  # the PO alone by content
    assert _fresh(tmp_path, [po, pot])

    os.utime(po, ns=(tick + 1, tick + 1))  # touched again, same bytes: still done
    assert _fresh(tmp_path, [po, pot])
    po.write_text('msgstr "zwei"\n', encoding="utf-8")  # the same size, edited in the same tick
    os.utime(po, ns=(tick, tick))
    assert not _fresh(tmp_path, [po, pot])
    fresh, _ = StampLookup(tmp_path, "translate").recorded("de/a", fingerprint([po, pot], settings="pseudo"))
    assert not fresh


def _same_stat_later(fp: Fingerprint) -> Fingerprint:
    """The fingerprint a look-up takes after an edit that a coarse clock left with the stat `fp`
    recorded — same size, times and inode; the change time too, which no test can hold still
    (`utime` and every write move it) — in a later tick, so nothing is racy for it."""
    later = Fingerprint(str(fp))
    later.files, later.settings, later.states, later.racy, later.contents = fp.files, fp.settings, fp.states, (), {}
    return later


def test_an_edit_in_the_tick_of_the_stamps_stat_is_seen_though_its_stat_is_the_same(tmp_path: Path) -> None:
    """Only the racy rule can see this edit: the stat is what was recorded, the bytes are not
    (with `stored_state` keeping every fingerprint by stat, the stamp would hold)."""
    po = tmp_path / "a.po"
    po.write_text('msgstr "eins"\n', encoding="utf-8")
    tick = time.time_ns() + HOUR_NS
    os.utime(po, ns=(tick, tick))  # in the tick of the stamp's stat (or after its clock reading)
    stamp = fingerprint([po], settings="pseudo")
    assert stamp.racy == (0,)
    _recorded(tmp_path, stamp)
    po.write_text('msgstr "zwei"\n', encoding="utf-8")  # the same size, in the same tick
    with stage_stamps(tmp_path, "translate") as stamps:
        assert not stamps.fresh("de/a", _same_stat_later(stamp))
    assert StampLookup(tmp_path, "translate").recorded("de/a", _same_stat_later(stamp)) == (False, None)
    po.write_text('msgstr "eins"\n', encoding="utf-8")  # the bytes recorded: done again
    with stage_stamps(tmp_path, "translate") as stamps:
        assert stamps.fresh("de/a", _same_stat_later(stamp))


def test_a_stamp_recorded_in_this_process_keeps_the_racy_rule_in_memory(tmp_path: Path) -> None:
    """One `Stamps` that records, saves and is asked again (a worker's stamps live for its whole
    run): the in-memory stamp of a racy file is compared by content too, as the stored one is."""
    po = tmp_path / "a.po"
    po.write_text('msgstr "eins"\n', encoding="utf-8")
    tick = time.time_ns() + HOUR_NS
    os.utime(po, ns=(tick, tick))
    stamp = fingerprint([po], settings="pseudo")
    assert stamp.racy == (0,)
    with stage_stamps(tmp_path, "translate") as stamps:
        stamps.record("de/a", stamp, [1])
        stamps.save()
        assert stamps.fresh("de/a", _same_stat_later(stamp))  # unchanged: done
        po.write_text('msgstr "zwei"\n', encoding="utf-8")  # the same size, in the same tick
        assert not stamps.fresh("de/a", _same_stat_later(stamp))


def _past_the_tick_of(path: Path) -> None:
    """Wait until the filesystem's own clock has moved past `path`'s times (a tick: ~1–4 ms)."""
    st = path.stat()
    while filesystem_now(path.parent) <= max(st.st_mtime_ns, st.st_ctime_ns):
        time.sleep(0.0005)


def test_stamps_and_whole_run_records_judge_racy_files_by_the_filesystems_clock(tmp_path: Path) -> None:
    """One rule (`fingerprint.touched_since` against `filesystem_now`): a file written just now
    whose tick has passed on the filesystem's clock is settled for both — Python's clock within
    10 ms of the write (the rule before) called it racy, so the stamp is written until it is
    saved that soon — and a file touched at or after the reading is racy for both. A stamp's
    judgement is the one it is written with (a batch at a time)."""
    settled, touched = tmp_path / "settled.po", tmp_path / "touched.po"
    touched.write_text('msgstr "zwei"\n', encoding="utf-8")
    future = time.time_ns() + HOUR_NS
    os.utime(touched, ns=(future, future))
    with stage_stamps(tmp_path, "merge") as stamps:
        stamps.record("touched", fingerprint([touched]), [1])
        for attempt in range(50):
            settled.write_text(f'msgstr "{attempt:02d}"\n', encoding="utf-8")
            st = settled.stat()
            _past_the_tick_of(settled)
            stamps.record("settled", fingerprint([settled]), [1])
            stamps.save()
            assert not _states(tmp_path / ".stamps.sqlite3")["settled"].startswith("racy:")
            if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < 10_000_000:
                break  # saved within Python's 10 ms of the write
    assert _states(tmp_path / ".stamps.sqlite3")["touched"].startswith("racy:0:")
    record_run(tmp_path, "qa x", Watched((str(settled), str(touched))), {"out": ""})
    payload, holds = look_up_run(tmp_path, "qa x")
    assert holds and payload["racy"] == [str(touched)]


def test_a_settled_file_is_compared_by_its_stat_alone(tmp_path: Path) -> None:
    """Content is read only for racy files: a settled input whose times move is redone, even
    with the same bytes (make's rule), and is never read to decide."""
    po = tmp_path / "a.po"
    po.write_text('msgstr "eins"\n', encoding="utf-8")
    past = time.time_ns() - HOUR_NS
    os.utime(po, ns=(past, past))
    time.sleep(SETTLE)
    _recorded(tmp_path, fingerprint([po], settings="pseudo"))
    assert not _states(tmp_path / ".stamps.sqlite3")["de/a"].startswith("racy:")  # kept by stat
    assert _fresh(tmp_path, [po])
    os.utime(po, ns=(past + 1, past + 1))
    assert not _fresh(tmp_path, [po])


def test_a_stamp_kept_by_content_is_kept_by_stat_once_its_files_settle(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text('msgstr "eins"\n', encoding="utf-8")
    future = time.time_ns() + HOUR_NS  # touched after the stamp's clock reading
    os.utime(po, ns=(future, future))
    _recorded(tmp_path, fingerprint([po], settings="pseudo"))
    past = time.time_ns() - HOUR_NS
    os.utime(po, ns=(past, past))  # the same bytes, settled now
    time.sleep(SETTLE)
    assert _fresh(tmp_path, [po])  # by content, and the stamp now holds the settled stat
    os.utime(po, ns=(past + 1, past + 1))
    assert not _fresh(tmp_path, [po])  # compared by stat: a moved time is a change again


def test_records_of_another_stage_and_carried_over_stamps_follow_the_same_rule(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text('msgstr "eins"\n', encoding="utf-8")
    future = time.time_ns() + HOUR_NS
    os.utime(po, ns=(future, future))
    with stage_stamps(tmp_path, "qa.summary") as owner:
        writer = StampWriter(owner, "qa")
        writer.record("de/a", fingerprint([po], settings="pseudo"), ["finding"])
        writer.save()
    lookup = StampLookup(tmp_path, "qa")
    po.write_text('msgstr "zwei"\n', encoding="utf-8")
    os.utime(po, ns=(future, future))
    assert lookup.recorded("de/a", fingerprint([po], settings="pseudo")) == (False, None)

    before = fingerprint([po], settings="pseudo")
    _recorded(tmp_path, before, stage="merge")
    po.write_text('msgstr "drei"\n', encoding="utf-8")  # another stage rewrote it, in the same tick
    os.utime(po, ns=(future, future))
    with stage_stamps(tmp_path, "merge") as stamps:
        stamps.carry_over("de/a", before, fingerprint([po], settings="pseudo"))
    assert _fresh(tmp_path, [po], stage="merge")
    po.write_text('msgstr "vier"\n', encoding="utf-8")
    os.utime(po, ns=(future, future))
    assert not _fresh(tmp_path, [po], stage="merge")


def test_a_file_written_just_before_its_stamp_is_kept_by_stat_once_settled_unchanged(tmp_path: Path) -> None:
    """A stage writes a PO and stamps it at once (merge, MT): racy then, but stamps are written
    in batches, and by then the PO has settled unchanged, so the stamp is kept by stat — and
    another stage's carry-over from that state works after it rewrote the PO (MT into a merged
    PO), as it does for any settled file."""
    po = tmp_path / "a.po"
    with stage_stamps(tmp_path, "merge") as stamps:
        po.write_text('msgstr ""\n', encoding="utf-8")
        merged = fingerprint([po], settings="merge")
        stamps.record("de/a", merged, [0])
        time.sleep(SETTLE)  # the rest of the batch
    assert merged.racy == (0,)  # written in the tick of its stat
    past = po.stat().st_mtime_ns
    os.utime(po, ns=(past, past))  # touched, same bytes: compared by stat, so no longer done
    time.sleep(SETTLE)
    assert not _fresh_merge(tmp_path, po)

    with stage_stamps(tmp_path, "merge") as stamps:
        stamps.record("de/a", fingerprint([po], settings="merge"), [0])
    before = fingerprint([po], settings="merge")
    po.write_text('msgstr "MT"\n', encoding="utf-8")  # MT fills the merged PO
    with stage_stamps(tmp_path, "merge") as stamps:
        stamps.carry_over("de/a", before, fingerprint([po], settings="merge"))
    time.sleep(SETTLE)
    assert _fresh_merge(tmp_path, po)


def _fresh_merge(folder: Path, po: Path) -> bool:
    with stage_stamps(folder, "merge") as stamps:
        return stamps.fresh("de/a", fingerprint([po], settings="merge"))


def test_a_stamp_saved_while_racy_is_rewritten_by_stat_at_the_next_save_once_settled(tmp_path: Path) -> None:
    """`extract`'s workers save after each article: a template written just before is racy at
    that save, and settled by the next one, which rewrites its stamp by stat."""
    first, second = tmp_path / "a.pot", tmp_path / "b.pot"
    database = tmp_path / ".stamps.sqlite3"
    with stage_stamps(tmp_path, "extract") as stamps:
        first.write_text('msgid "one"\n', encoding="utf-8")
        soon = time.time_ns() + 500_000_000  # its times stay in the stamp's tick for half a second
        os.utime(first, ns=(soon, soon))
        stamps.record("a", fingerprint([first]), [1])
        stamps.save()
        assert _states(database)["a"].startswith("racy:")
        time.sleep(0.5 + SETTLE)
        second.write_text('msgid "two"\n', encoding="utf-8")
        stamps.record("b", fingerprint([second]), [1])
        stamps.save()
    assert not _states(database)["a"].startswith("racy:")
    time.sleep(SETTLE)
    with stage_stamps(tmp_path, "extract") as stamps:
        assert stamps.fresh("a", fingerprint([first])) and stamps.fresh("b", fingerprint([second]))


def _states(database: Path) -> dict[str, str]:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return dict(db.execute("SELECT key, state FROM stamp"))


def test_a_forked_worker_opens_its_own_process_stamps(tmp_path: Path) -> None:
    """SQLite forbids using a connection across fork(): the parent's cached stamps stay the parent's."""
    import multiprocessing

    from l10n.memory.stamps import process_stamps

    parent = process_stamps(tmp_path, "extract")
    assert process_stamps(tmp_path, "extract") is parent  # one per process…
    with multiprocessing.get_context("fork").Pool(1) as pool:
        same = pool.apply(_inherits_parents_stamps, (tmp_path, id(parent)))
    assert same is False  # …and the worker's is its own


def _inherits_parents_stamps(where: Path, parent_id: int) -> bool:
    from l10n.memory.stamps import process_stamps

    return id(process_stamps(where, "extract")) == parent_id
