"""An edit run's whole-run record (`memory.whole_run`): the look-up, the unchanged-file check
(`memory.unchanged`) and the record kept after the run take the state of the same stats; each
stat's text is made once (`StatsSeen.state_of`), and a file stat'ed again — one the command
wrote — is recorded by its new stat, never by the text of the stat the look-up took."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from l10n import fingerprint as fingerprint_module
from l10n.memory.unchanged import catalog_pieces
from l10n.memory.whole_run import Watched, look_up_run, record_run
from l10n.seen import StatsSeen

FILES = 12


def _settle() -> None:
    """Past the filesystem clock's tick: files written before are not racy (`touched_since`)."""
    time.sleep(0.05)


def _counting_state_texts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one for every state text made from now on (`fingerprint.state_text`)."""
    made: list[int] = []
    state_text = fingerprint_module.state_text

    def counted(*fields: int) -> str:
        made.append(1)
        return state_text(*fields)

    monkeypatch.setattr(fingerprint_module, "state_text", counted)
    return made


def _project(tmp_path: Path) -> tuple[Path, Watched, list[Path]]:
    locales = tmp_path / "locales"
    (locales / "de" / "LC_MESSAGES").mkdir(parents=True)
    pos = [locales / "de" / "LC_MESSAGES" / f"a{n}.po" for n in range(FILES)]
    for path in pos:
        path.write_text(f"{path.name}\n", encoding="utf-8")
    (locales / "glossary.csv").write_text("glossary\n", encoding="utf-8")
    watched = Watched(
        (os.fspath(locales / "glossary.csv"),),
        ((os.fspath(locales / "de" / "LC_MESSAGES"), ".po", False),),
    )
    return locales, watched, pos


def test_an_edit_runs_look_up_check_and_record_make_each_state_text_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locales, watched, pos = _project(tmp_path)
    _settle()
    record_run(locales, "qa x", watched, {"out": ""}, with_states=True)
    pos[0].write_text("edited\n", encoding="utf-8")
    _settle()
    made = _counting_state_texts(monkeypatch)
    seen = StatsSeen(locales)
    _, holds = look_up_run(locales, "qa x", seen=seen, pieces=catalog_pieces(locales))
    assert not holds
    assert seen.unchanged == {os.fspath(path) for path in [*pos[1:], locales / "glossary.csv"]}
    record_run(locales, "qa x", watched, {"out": ""}, seen=seen, with_states=True)
    assert len(made) == FILES + 1  # one text per watched file (three before: look-up, check, record)
    monkeypatch.undo()
    _settle()
    assert look_up_run(locales, "qa x")[1]


def test_a_file_written_after_the_look_up_is_recorded_by_its_new_stat(tmp_path: Path) -> None:
    locales, watched, pos = _project(tmp_path)
    _settle()
    record_run(locales, "publish x", watched, {"out": ""})
    pos[0].write_text("edited\n", encoding="utf-8")
    _settle()
    seen = StatsSeen(locales)
    assert not look_up_run(locales, "publish x", seen=seen)[1]
    pos[3].write_text("written by the run, longer than before\n", encoding="utf-8")  # as a command writes
    seen.forget(pos[3])
    _settle()
    record_run(locales, "publish x", watched, {"out": ""}, seen=seen)
    _settle()
    # recorded as the run left it: the next run replays (a text of the look-up's stat would not hold)
    assert look_up_run(locales, "publish x")[1]
    pos[3].write_text("edited after the run\n", encoding="utf-8")
    _settle()
    assert not look_up_run(locales, "publish x")[1]


def test_state_of_gives_the_text_of_the_stat_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_text("a\n", encoding="utf-8")
    seen = StatsSeen(tmp_path)
    first = os.stat(path)
    assert seen.state_of(os.fspath(path), first) == fingerprint_module.stat_state(first)
    path.write_text("a longer text\n", encoding="utf-8")
    again = os.stat(path)
    assert seen.state_of(os.fspath(path), again) == fingerprint_module.stat_state(again)
    assert seen.state_of(os.fspath(path), first) == fingerprint_module.stat_state(first)
    assert seen.state_of(os.fspath(path), None) == "-"


LOCALES = "de,ja"
ASSEMBLE = ["assemble", "--format", "html", "--format", "txt"]


def _tree_files(root: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(root))


def test_an_edit_runs_assemble_and_publish_make_about_one_state_text_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the command line: the whole-run look-up, the per-article checks (`fingerprint`'s
    `state_of`) and the record take their texts from one another; the edit run's bytes and the
    replay after it are `tests/test_site_edit.py`'s."""
    from conftest import chain_project, run_main

    root = tmp_path / "project"
    chain_project(root, 4, ["de", "ja"])
    run_main(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    for argv in (["translate", "--engine", "pseudo"], ["qa"], ASSEMBLE, ["publish"]):
        run_main(capsys, root, *argv)
    seed = sorted((root / "seeds").glob("*.md"))[1]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " the (rev. 1) ", 1), encoding="utf-8")
    run_main(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    run_main(capsys, root, "qa")
    _settle()
    files = _tree_files(root)
    made = _counting_state_texts(monkeypatch)
    texts: dict[str, int] = {}
    for argv in (ASSEMBLE, ["publish"]):
        made.clear()
        out = run_main(capsys, root, *argv)
        assert "0 written" not in out, out  # the edited article's editions and pages were made again
        texts[argv[0]] = len(made)
    # one text per watched file in each look-up (~all the tree), the rest for what the run wrote;
    # before: 147 and 199 for the 79 files of this project (the checks and records made their own)
    assert texts["assemble"] <= files, (texts, files)
    assert texts["publish"] <= 2 * files, (texts, files)
