"""The edit run's short cuts (issue 16) still see every change: `qa`, `status` and `translate`
take each catalog's stat from their whole-run look-up (`StatsSeen.known`) instead of a second
one; OpenCC is not loaded where there is nothing to convert; the stamps database is checkpointed
once per process (`memory.stamps._anchored`). Each test compares with the path it replaces or
fails when the short cut hides an edit."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import urllib.parse
from pathlib import Path

import polib
import pytest
from conftest import SEED

from l10n.cli import main
from l10n.locales import parse_locale
from l10n.memory import stamps_file as stamps_file_module
from l10n.memory.stamps import STAMPS_FILE_NAME, stage_stamps
from l10n.qa import checks, script_variant
from l10n.qa.registry import CheckedUnit

REPO = Path(__file__).resolve().parent.parent
LOCALES = "de,ja"


def _cli(capsys, root: Path, *argv: str) -> tuple[int, str]:
    status = main([*argv, "--root", str(root)])
    return status, capsys.readouterr().out


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    """The seed article twice (two catalogs share every source sentence), extracted, translated
    by the pseudo engine, checked and counted: every whole-run record kept."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    shutil.copy(SEED, tmp_path / "seeds" / f"copy-{SEED.name}")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de", "ja"]\n', encoding="utf-8")
    assert _cli(capsys, tmp_path, "extract", str(tmp_path / "seeds"), "--locales", LOCALES, "-q")[0] == 0
    assert _cli(capsys, tmp_path, "translate", "--engine", "pseudo", "--locales", LOCALES)[0] == 0
    _cli(capsys, tmp_path, "qa")
    _cli(capsys, tmp_path, "status")
    return tmp_path


def _edit_keeping_mtime(po: Path, change) -> None:
    """Rewrite `po` through polib with `change(catalog)`, then put its modification time back
    (an editor or a copy that keeps times): its size, change time or inode still moves."""
    before = po.stat()
    catalog = polib.pofile(str(po))
    change(catalog)
    catalog.save(str(po))
    os.utime(po, ns=(before.st_atime_ns, before.st_mtime_ns))


def _without_stamps(root: Path) -> None:
    for path in (root / "locales").glob(STAMPS_FILE_NAME + "*"):
        path.unlink()


def test_qa_and_status_after_a_catalog_edit_report_what_a_run_from_scratch_reports(
    project: Path, capsys, monkeypatch
) -> None:
    po = project / "locales" / "de" / "LC_MESSAGES" / f"{SEED.stem}.po"

    def break_one(catalog: polib.POFile) -> None:
        entry = next(e for e in catalog if e.msgstr and "{" in e.msgid)
        entry.msgstr = "Ohne Platzhalter, geprüft."  # its placeholders dropped: a QA error
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]  # and now reviewed

    _cli(capsys, project, "qa", "--json")  # its record too, before the edit
    _edit_keeping_mtime(po, break_one)
    qa_exit, qa_out = _cli(capsys, project, "qa")
    as_json = _cli(capsys, project, "qa", "--json")[1]
    _, status_out = _cli(capsys, project, "status")
    assert "Ohne Platzhalter" in as_json and qa_exit == 1

    _without_stamps(project)
    monkeypatch.setenv("L10N_NO_RECORDS", "1")
    assert _cli(capsys, project, "qa") == (qa_exit, qa_out)
    assert _cli(capsys, project, "qa", "--json")[1] == as_json
    assert _cli(capsys, project, "status")[1] == status_out


def test_translate_syncs_a_reviewed_unit_edited_since_its_last_run(project: Path, capsys) -> None:
    """A translator signs off a unit in one article's PO (times kept); `translate` takes it into
    the TM (the sync checks that PO by the look-up's stat) and fills the other article's copy
    of the sentence from it."""
    folder = project / "locales" / "de" / "LC_MESSAGES"
    first, second = folder / f"{SEED.stem}.po", folder / f"copy-{SEED.stem}.po"
    msgid = next(e.msgid for e in polib.pofile(str(first)) if e.msgid and e.msgstr and "{" not in e.msgid)

    def review(catalog: polib.POFile) -> None:
        entry = next(e for e in catalog if e.msgid == msgid)
        entry.msgstr = "Vom Menschen übersetzt."
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        entry.comment = ""

    _edit_keeping_mtime(first, review)
    assert _cli(capsys, project, "translate", "--engine", "pseudo", "--locales", LOCALES, "--overwrite-fuzzy")[0] == 0
    filled = next(e for e in polib.pofile(str(second)) if e.msgid == msgid)
    assert filled.msgstr == "Vom Menschen übersetzt." and not filled.fuzzy


def test_a_glossary_without_simplified_rows_loads_no_converter_for_traditional() -> None:
    """zh_TW rows are derived from zh_CN ones with OpenCC; with none to derive, OpenCC is not
    loaded (~50 ms of dictionaries in every `extract`), and with one it still converts."""
    program = (
        "import sys\n"
        "from l10n.memory.glossary import parse_glossary_csv\n"
        "header = 'term,locale,translation,note,dnt\\n'\n"
        "g = parse_glossary_csv(header + 'NASA,,NASA,,yes\\nShanghai,de,Schanghai,,\\n')\n"
        "print(sorted((t.term, t.translation) for t in g.for_locale('zh_TW')), 'opencc' in sys.modules)\n"
        "g = parse_glossary_csv(header + 'Baoshan District,zh_CN,宝山区,,\\n')\n"
        "print([t.translation for t in g.for_locale('zh_TW')], 'opencc' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=REPO, encoding="utf-8"
    )
    assert done.stdout.splitlines() == ["[('NASA', 'NASA')] False", "['寶山區'] True"]


@pytest.mark.parametrize("code", ["zh_TW", "zh_CN", "zh_HK"])
def test_the_script_check_loads_opencc_only_for_chinese_characters(code: str) -> None:
    script_variant._opencc.cache_clear()
    latin = CheckedUnit("Leading experts are appointed.", "Ŀéàðîñğ éxþéŕţš", parse_locale(code))
    assert checks.chinese_script_variant(latin) is None
    assert script_variant._opencc.cache_info().currsize == 0
    mixed = "多位知名專家受聘担任顧問。" if code != "zh_CN" else "多位知名專家受聘担任顾问。"
    assert checks.chinese_script_variant(CheckedUnit("Experts.", mixed, parse_locale(code)))  # still found


def _main_file_rows(path: Path) -> list[tuple[str, str]]:
    """The rows in the database file itself, without its write-ahead log (immutable read)."""
    uri = f"file:{urllib.parse.quote(os.fspath(path))}?mode=ro&immutable=1"
    with sqlite3.connect(uri, uri=True) as db:
        return db.execute("SELECT stage, key FROM stamp ORDER BY stage, key").fetchall()


def test_the_stamps_log_is_checkpointed_once_when_the_process_ends(tmp_path: Path) -> None:
    """Inside a command the stamps' closes leave the write-ahead log to the process's anchor (a
    close after a write synced the file each time); at exit the log is in the file."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from l10n.memory.stamps import stage_stamps\n"
        "folder = Path(sys.argv[1])\n"
        "for n in range(3):\n"
        "    with stage_stamps(folder, 'stage') as stamps:\n"
        "        stamps.record(f'k{n}', 'state', n)\n"
        "wal = folder / '.stamps.sqlite3-wal'\n"
        "print(wal.is_file() and wal.stat().st_size > 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(tmp_path)], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "True"  # the closes in the loop did not checkpoint
    assert _main_file_rows(tmp_path / STAMPS_FILE_NAME) == [("stage", "k0"), ("stage", "k1"), ("stage", "k2")]
    wal = tmp_path / (STAMPS_FILE_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_stamps_deleted_during_a_process_are_made_again_and_kept(tmp_path: Path) -> None:
    with stage_stamps(tmp_path, "stage") as stamps:
        stamps.record("a", "one", 1)
    with stage_stamps(tmp_path, "stage") as stamps:
        assert stamps.payload("a") == 1
    for path in tmp_path.glob(STAMPS_FILE_NAME + "*"):
        path.unlink()
    with stage_stamps(tmp_path, "stage") as stamps:
        assert stamps.payload("a") is None
        stamps.record("b", "two", 2)
    with stage_stamps(tmp_path, "stage") as stamps:
        assert stamps.payload("b") == 2 and stamps.payload("a") is None
    remade = tmp_path / STAMPS_FILE_NAME  # anchored again: the old anchor held the deleted file
    assert stamps_file_module._anchors[(os.fspath(remade), os.getpid())][1] == remade.stat().st_ino


def test_a_process_going_through_many_projects_keeps_few_anchors(tmp_path: Path) -> None:
    """Each anchor holds file descriptors (and a deleted project's files): the oldest close."""
    folders = [tmp_path / f"p{n}" for n in range(stamps_file_module.MAX_ANCHORS + 4)]
    for n, folder in enumerate(folders):
        for _ in range(2):  # the first open makes the file, the second anchors it
            with stage_stamps(folder, "stage") as stamps:
                stamps.record(f"k{n}", "state", n)
    mine = [key[0] for key in stamps_file_module._anchors if key[1] == os.getpid()]
    assert len(mine) <= stamps_file_module.MAX_ANCHORS
    assert os.fspath(folders[-1] / STAMPS_FILE_NAME) in mine
    assert os.fspath(folders[0] / STAMPS_FILE_NAME) not in mine
    for n, folder in enumerate(folders):
        with stage_stamps(folder, "stage") as stamps:
            assert stamps.payload(f"k{n}") == n


def test_an_anchor_opened_in_a_thread_does_not_stop_the_others_closing_at_exit(tmp_path: Path) -> None:
    """sqlite3 refuses to close a connection from another thread: the exit hook goes on."""
    program = (
        "import sys, threading\n"
        "from pathlib import Path\n"
        "from l10n.memory.stamps import stage_stamps\n"
        "def work(folder):\n"
        "    for n in range(2):\n"
        "        with stage_stamps(folder, 'stage') as stamps:\n"
        "            stamps.record(f'k{n}', 'state', n)\n"
        "thread = threading.Thread(target=work, args=(Path(sys.argv[1]) / 'a',))\n"
        "thread.start(); thread.join()\n"
        "work(Path(sys.argv[1]) / 'b')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(tmp_path)], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert "Error" not in done.stderr
    wal = tmp_path / "b" / (STAMPS_FILE_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # closed last: checkpointed


def test_a_translate_that_wrote_catalogs_is_replayed_next_time(project: Path, capsys, monkeypatch) -> None:
    """`translate` records the files it did not write as its look-up saw them and stats again
    the ones it wrote (`fsio.noting_writes`): one it forgot would differ from its record, and
    the unchanged run after it would translate again instead of replaying."""
    import l10n.mt.batch

    article = project / "seeds" / SEED.name
    article.write_text(article.read_text(encoding="utf-8").replace(" the ", " the edited ", 1), encoding="utf-8")
    assert _cli(capsys, project, "extract", str(project / "seeds"), "--locales", LOCALES, "-q")[0] == 0
    edit = _cli(capsys, project, "translate", "--engine", "pseudo", "--locales", LOCALES)[1]
    assert "│ 1 " in edit  # the edited unit, in each locale
    calls: list[int] = []
    real = l10n.mt.batch.translate_project
    monkeypatch.setattr(l10n.mt.batch, "translate_project", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = _cli(capsys, project, "translate", "--engine", "pseudo", "--locales", LOCALES)[1]
    assert calls == [] and "│ 0 " in again


def test_noting_writes_names_replaced_and_created_files(tmp_path: Path) -> None:
    from l10n import fsio

    kept, new, outside = tmp_path / "kept.po", tmp_path / "new.po", tmp_path / "outside.po"
    kept.write_text("before", encoding="utf-8")
    told: list[str] = []
    with fsio.noting_writes(told.append) as written:
        fsio.atomic_write_text(kept, "after")
        fsio.create_exclusive_text(new, "made")
        fsio.atomic_write_text(kept, "after")  # unchanged: not written again (noted, not told)
        assert not fsio.create_exclusive_text(new, "again")  # exists: not written
    fsio.atomic_write_text(outside, "later")
    assert set(written) == {os.fspath(kept), os.fspath(new)} and told == [os.fspath(kept), os.fspath(new)]


def test_nested_noting_writes_blocks_with_equal_sets_each_see_their_writes(tmp_path: Path) -> None:
    """An inner block whose set equals the outer one's leaves the outer one registered."""
    from l10n import fsio

    first, second = tmp_path / "first.po", tmp_path / "second.po"
    with fsio.noting_writes() as outer:
        with fsio.noting_writes() as inner:
            pass  # both empty, so equal
        fsio.atomic_write_text(first, "one")
        with fsio.noting_writes() as inner:
            fsio.atomic_write_text(second, "two")
    assert set(outer) == {os.fspath(first), os.fspath(second)} and set(inner) == {os.fspath(second)}


def test_a_record_check_and_its_prepared_run_hash_as_two_walks_do(tmp_path: Path) -> None:
    """`look_up_run(prepare=…)` hashes the watched files once for both digests (`_run_digests`)."""
    import functools

    from l10n.fingerprint import filesystem_now, watched_states
    from l10n.memory.whole_run import _racy_since, _run_digest, _run_digests

    for n in range(6):
        (tmp_path / f"f{n}.po").write_text(f"content {n}", encoding="utf-8")
    folders = [(os.fspath(tmp_path), ".po", False)]
    missing = os.fspath(tmp_path / "absent.json")
    states = list(watched_states([missing], folders))
    names = [name for name, _ in states]
    for racy in (set(), {names[1]}, {names[2], names[4], missing}):
        for now in (0, filesystem_now(tmp_path), 1 << 62):  # everything, what the clock says, nothing racy
            one, two = [], []
            both = _run_digests(iter(states), racy, functools.partial(_racy_since, now, one))
            first = _run_digest(states, lambda name, _, racy=racy: name in racy)
            second = _run_digest(states, functools.partial(_racy_since, now, two))
            assert both == (first, second) and one == two


def test_a_count_read_back_without_the_json_decoder_is_what_was_recorded(tmp_path: Path) -> None:
    values = [0, 7, 10, 123456789012345678901234567890, -1, 1.5, 1e20, "12", "007", None, True, [3], {"a": 1}]
    with stage_stamps(tmp_path, "stage") as stamps:
        for n, value in enumerate(values):
            stamps.record(f"k{n}", "s", value)
    with stage_stamps(tmp_path, "stage") as stamps:
        read = [stamps.payload(f"k{n}") for n in range(len(values))]
    assert read == values and [type(x) for x in read] == [type(x) for x in values]
