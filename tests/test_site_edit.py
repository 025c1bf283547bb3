"""An edit run of `assemble` and `publish` stats each file once (issue 16): the whole-run
record's look-up keeps the stats it took (`fingerprint.StatsSeen`), the per-article checks and
the record kept after the run reuse them, and every file the run wrote is forgotten there and
stat'ed again. These tests go through the command line, where that path is taken, and check
what a user would notice: the bytes of an edited re-run equal a from-scratch build, a re-run
after it replays, and a change made while a run works is seen by the next one.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import Calls, bench_module, chain_project, run_main
from conftest import files_below as tree

import l10n.assembly
import l10n.publish.editions
from l10n.fingerprint import StatsSeen, watched_states
from l10n.memory.whole_run import Watched, record_run, recorded_run

LOCALES = "de,ja"
ASSEMBLE = ["assemble", "--format", "html", "--format", "txt"]
CHAIN = (["translate", "--engine", "pseudo"], ["qa"], ASSEMBLE, ["publish"])


def run_chain(capsys: pytest.CaptureFixture[str], root: Path) -> dict[str, str]:
    outputs = {"extract": run_main(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")}
    for argv in CHAIN:
        outputs[argv[0]] = run_main(capsys, root, *argv)
    return outputs


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "project"
    chain_project(root, 4, ["de", "ja"])
    run_chain(capsys, root)
    return root


def test_an_edited_rerun_leaves_the_bytes_of_a_build_from_scratch(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One sentence edited, another article's edition edited by hand, a third's page deleted:
    the edit run rebuilds each (the per-article checks read the stats the look-up took)."""
    seeds = sorted((built / "seeds").glob("*.md"))
    bench_module("chain").edit_one_sentence(seeds[1], 1)
    edition = built / "build" / "de" / f"{seeds[2].stem}.txt"
    edition.write_text("edited by hand\n", encoding="utf-8")
    page = next(p for p in sorted((built / "site" / "ja").glob("*.html")) if p.name != "index.html")
    page.unlink()
    out = run_chain(capsys, built)
    assert "16 editions in build/: 5 written" in out["assemble"]  # the edited article's 2 × 2, the hand-edited one
    scratch = tmp_path / "scratch"
    shutil.copytree(built / "seeds", scratch / "seeds")
    shutil.copy(built / "l10n.toml", scratch / "l10n.toml")
    run_chain(capsys, scratch)
    for folder in ("build", "site"):
        assert tree(built / folder) == tree(scratch / folder), folder


def test_a_rerun_after_an_edit_run_replays(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record kept after an edit run holds: each file the run wrote was stat'ed again (a
    stale stat kept for one would make the next run work again)."""
    bench_module("chain").edit_one_sentence(sorted((built / "seeds").glob("*.md"))[0], 1)
    run_chain(capsys, built)
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_domains")
    publishing = Calls(monkeypatch, l10n.publish.editions, "publish_project")
    again = {argv[0]: run_main(capsys, built, *argv) for argv in (ASSEMBLE, ["publish"])}
    assert assembling.count == 0 and publishing.count == 0
    assert "0 written" in again["assemble"] and "0 written" in again["publish"]


def test_a_file_changed_while_a_run_works_is_seen_by_the_next_run(tmp_path: Path) -> None:
    """The record keeps the stat taken before the run read the file: a change after it (the
    run may have read the old text) makes the next run work; a stat taken at the end would not."""
    watched = tmp_path / "article.md"
    written = tmp_path / "edition.txt"
    watched.write_text("before\n", encoding="utf-8")
    written.write_text("old edition\n", encoding="utf-8")
    time.sleep(0.05)  # settled: older than a tick when looked up (not racily clean)
    files = Watched((os.fspath(watched), os.fspath(written)))
    for key, kept_with_seen in (("with", True), ("without", False)):
        seen = StatsSeen(tmp_path)
        list(seen.kept(watched_states(files.files, files.folders)))  # what the look-up does
        assert set(seen.states) == set(files.files)
        written.write_text(f"new edition {key}\n", encoding="utf-8")  # the run writes its output…
        seen.forget(written)
        watched.write_text(f"edited during the run {key}\n", encoding="utf-8")  # …and someone edits its input
        record_run(tmp_path, key, files, {"out": ""}, seen=seen if kept_with_seen else None)
        time.sleep(0.05)
    assert recorded_run(tmp_path, "with") is None  # the edit is seen
    assert recorded_run(tmp_path, "without") is not None  # what a stat at the end records


def test_a_file_touched_in_the_tick_of_the_look_up_is_not_remembered(tmp_path: Path) -> None:
    """git's racily clean rule: such a file may change again without its times moving, so a
    later check stats it again (and judges it by content) rather than trusting the stat seen."""
    old = tmp_path / "old.txt"
    old.write_text("settled\n", encoding="utf-8")
    time.sleep(0.05)
    seen = StatsSeen(tmp_path)
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("written after the clock reading\n", encoding="utf-8")
    states = dict(seen.kept(watched_states([os.fspath(fresh), os.fspath(old)], [])))
    assert states[os.fspath(fresh)] is not None and set(seen.states) == {os.fspath(old)}
    seen.forget(old)
    assert seen.states == {}


def test_assemble_prints_one_line_and_lists_with_verbose(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench_module("chain").edit_one_sentence(sorted((built / "seeds").glob("*.md"))[3], 1)
    run_main(capsys, built, "extract", str(built / "seeds"), "--locales", LOCALES, "-q")
    run_main(capsys, built, "translate", "--engine", "pseudo")
    quiet = run_main(capsys, built, *ASSEMBLE).splitlines()
    assert len(quiet) == 1 and quiet[0].startswith("16 editions in build/: 4 written, 12 unchanged")
    listed = run_main(capsys, built, *ASSEMBLE, "-v").splitlines()
    assert listed[-1].startswith("16 editions in build/: 0 written, 16 unchanged")
    assert all(line.startswith("unchanged build/") for line in listed[:-1])  # those holding units back
