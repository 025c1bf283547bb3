"""Files as a command's last run left them (`l10n.memory.unchanged`): a one-sentence edit's
`translate`, `qa` and `status` take the pieces whose files did not move from their stamps
without a fingerprint each — and still see every other change: a translator's edit that keeps
the file's modification time, a shared input (the glossary), another code.

Each command test counts the fingerprints taken (the short cut must be taken: a handful for
the edited article, not one per catalog) and compares what the command did with what the full
path does."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import polib
import pytest
from conftest import SEED

from l10n import fingerprint as fingerprint_module
from l10n.cli import main
from l10n.fingerprint import code_digest
from l10n.memory import stamps as stamps_module
from l10n.memory import whole_run as whole_run_module
from l10n.memory.stamps import STAMPS_FILE_NAME
from l10n.memory.unchanged import catalog_pieces, unchanged_since
from l10n.memory.whole_run import Watched, look_up_run, record_run
from l10n.seen import StatsSeen

LOCALES = "de,ja"
ARTICLES = 6


def _settle() -> None:
    """Past the filesystem clock's tick: files written before are not racy (`touched_since`)."""
    time.sleep(0.05)


def _catalogs(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    locales = tmp_path / "locales"
    (locales / "de" / "LC_MESSAGES").mkdir(parents=True)
    files = {
        "a": locales / "de" / "LC_MESSAGES" / "a.po",
        "b": locales / "de" / "LC_MESSAGES" / "b.po",
        "pot": locales / "a.pot",
        "glossary": locales / "glossary.csv",
    }
    for path in files.values():
        path.write_text(f"{path.name}\n", encoding="utf-8")
    return locales, files


def _recorded_then_looked_up(locales: Path, change=None) -> set[str] | None:
    watched = Watched(
        (os.fspath(locales / "glossary.csv"),),
        ((os.fspath(locales), ".pot", False), (os.fspath(locales / "de" / "LC_MESSAGES"), ".po", False)),
    )
    _settle()
    record_run(locales, "qa x", watched, {"out": ""}, with_states=True)
    if change is not None:
        change()
    _settle()
    seen = StatsSeen(locales)
    payload, holds = look_up_run(locales, "qa x", seen=seen, pieces=catalog_pieces(locales))
    assert payload is not None
    return seen.unchanged


def test_the_files_as_recorded_are_named_and_an_edited_one_is_not(tmp_path: Path) -> None:
    locales, files = _catalogs(tmp_path)

    def edit_keeping_mtime() -> None:
        before = files["a"].stat()
        files["a"].write_text("a.po, edited\n", encoding="utf-8")
        os.utime(files["a"], ns=(before.st_atime_ns, before.st_mtime_ns))

    unchanged = _recorded_then_looked_up(locales, edit_keeping_mtime)
    assert unchanged == {os.fspath(files["b"]), os.fspath(files["pot"]), os.fspath(files["glossary"])}


def test_a_deleted_or_new_catalog_is_not_vouched_for(tmp_path: Path) -> None:
    locales, files = _catalogs(tmp_path)
    new = locales / "de" / "LC_MESSAGES" / "c.po"

    def delete_and_add() -> None:
        files["a"].unlink()
        new.write_text("c\n", encoding="utf-8")

    unchanged = _recorded_then_looked_up(locales, delete_and_add)
    assert unchanged is not None
    assert os.fspath(files["a"]) not in unchanged and os.fspath(new) not in unchanged
    assert os.fspath(files["b"]) in unchanged


@pytest.mark.parametrize("how", ["edited", "deleted"])
def test_a_shared_input_moved_vouches_for_nothing(tmp_path: Path, how: str) -> None:
    locales, files = _catalogs(tmp_path)

    def change() -> None:
        if how == "deleted":
            files["glossary"].unlink()
        else:
            files["glossary"].write_text("term,locale,translation\n", encoding="utf-8")

    assert _recorded_then_looked_up(locales, change) is None


def test_other_code_or_states_of_another_record_vouch_for_nothing(tmp_path: Path) -> None:
    locales, files = _catalogs(tmp_path)
    taken = [(os.fspath(files["b"]), files["b"].stat())]
    state = "{0.st_size}:{0.st_mtime_ns}:{0.st_ctime_ns}:{0.st_ino}".format(taken[0][1])
    _settle()
    seen = StatsSeen(locales)
    seen.remember(taken)
    pieces = catalog_pieces(locales)
    assert unchanged_since("\0".join([code_digest().hex(), taken[0][0], state]), taken, seen, pieces) == {taken[0][0]}
    assert unchanged_since("\0".join(["0" * 32, taken[0][0], state]), taken, seen, pieces) is None
    assert unchanged_since(None, taken, seen, pieces) is None
    racy = StatsSeen(locales)
    racy.clock = 0  # every file touched "since": racy, never vouched for by its stat
    racy.remember(taken)
    assert unchanged_since("\0".join([code_digest().hex(), taken[0][0], state]), taken, racy, pieces) == set()
    # states kept with an earlier record of the key are not taken for the record now
    record_run(locales, "qa y", Watched((os.fspath(files["b"]),)), {"out": ""}, with_states=True)
    record_run(locales, "qa y", Watched((os.fspath(files["b"]), os.fspath(files["a"]))), {"out": ""})
    assert whole_run_module._recorded_states(locales / STAMPS_FILE_NAME, "qa y", "not its digest") is None


# ---- the commands ---------------------------------------------------------------------------


class Counted:
    """`fingerprint` counted wherever the stages call it from."""

    def __init__(self, monkeypatch) -> None:
        self.calls = self.templates = 0
        real = fingerprint_module.fingerprint

        def counting(*args, **kwargs):
            files = [os.fspath(path) for path in args[0]] if args else []
            if len(files) == 1 and files[0].endswith(".pot"):
                self.templates += 1  # a template's state for the record of its article's language
            else:
                self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(fingerprint_module, "fingerprint", counting)
        monkeypatch.setattr(stamps_module, "fingerprint", counting)

    def taken(self, run) -> int:
        self.calls = self.templates = 0
        run()
        return self.calls


def _cli(capsys, root: Path, *argv: str) -> tuple[int, str]:
    status = main([*argv, "--root", str(root)])
    return status, capsys.readouterr().out


STAGES = {
    "extract": ["extract", "{root}/seeds", "--locales", LOCALES, "-q"],
    "translate": ["translate", "--engine", "pseudo", "--locales", LOCALES],
    "qa": ["qa"],
    "status": ["status"],
}


def _stage(capsys, root: Path, name: str) -> tuple[int, str]:
    return _cli(capsys, root, *(arg.format(root=root) for arg in STAGES[name]))


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    """Six copies of the seed article in two locales, through extract, translate, qa and status
    twice (the second run keeps each command's record with its files' states)."""
    (tmp_path / "seeds").mkdir()
    for n in range(ARTICLES):
        shutil.copy(SEED, tmp_path / "seeds" / f"a{n}-{SEED.name}")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de", "ja"]\n', encoding="utf-8")
    for _ in range(2):
        for name in STAGES:
            assert _stage(capsys, tmp_path, name)[0] in (0, 1)
        _settle()
    return tmp_path


def _edit_sentence(root: Path) -> None:
    article = sorted((root / "seeds").iterdir())[ARTICLES // 2]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(" the ", " the (rev. 1) ", 1), encoding="utf-8")


def _keeping_mtime(po: Path, change) -> None:
    before = po.stat()
    catalog = polib.pofile(str(po))
    change(catalog)
    catalog.save(str(po))
    os.utime(po, ns=(before.st_atime_ns, before.st_mtime_ns))


def _po(root: Path, code: str, n: int) -> Path:
    return root / "locales" / code / "LC_MESSAGES" / f"a{n}-{SEED.stem}.po"


def test_an_edit_run_fingerprints_the_edited_article_only(project: Path, capsys, monkeypatch) -> None:
    counted = Counted(monkeypatch)
    _edit_sentence(project)
    taken, templates = {}, {}
    for name in STAGES:
        taken[name] = counted.taken(lambda name=name: _stage(capsys, project, name))
        templates[name] = counted.templates
    # the edited article's two POs (TM sync, leverage and MT, each stamped again after its write;
    # qa's findings printed), where the full path takes one per catalog and check: translate
    # 12 × 3, qa 12 (and 12 for status's counts), status 12
    assert taken["translate"] <= 18, taken
    # besides, translate checks each template's state once against the record of its article's
    # language (`memory.article_language`: a stat, where it read every template's head before
    # session 47), and the edited article's once more for its TM leverage; qa and status do not ask
    assert templates["translate"] <= ARTICLES + 1 and templates["qa"] == templates["status"] == 0, templates
    assert taken["qa"] <= 6 and taken["status"] <= 2, taken
    monkeypatch.setenv("L10N_NO_RECORDS", "1")
    assert counted.taken(lambda: _stage(capsys, project, "status")) == 2 * ARTICLES  # the full path


def test_qa_and_status_see_a_translator_edit_in_an_unedited_article(project: Path, capsys, monkeypatch) -> None:
    def break_one(catalog: polib.POFile) -> None:
        entry = next(e for e in catalog if e.msgstr and "{" in e.msgid)
        entry.msgstr = "Ohne Platzhalter, geprüft."  # a QA error, now reviewed
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]

    _edit_sentence(project)
    for name in ("extract", "translate"):
        _stage(capsys, project, name)
    _keeping_mtime(_po(project, "de", 0), break_one)
    qa = _stage(capsys, project, "qa")
    status = _stage(capsys, project, "status")[1]
    assert qa[0] == 1 and "Ohne Platzhalter" in _cli(capsys, project, "qa", "--json")[1]

    for path in (project / "locales").glob(STAMPS_FILE_NAME + "*"):
        path.unlink()
    monkeypatch.setenv("L10N_NO_RECORDS", "1")
    assert _stage(capsys, project, "qa") == qa
    assert _stage(capsys, project, "status")[1] == status


def test_translate_refills_a_unit_emptied_in_an_unedited_article(project: Path, capsys) -> None:
    po = _po(project, "ja", 1)
    msgid = next(e.msgid for e in polib.pofile(str(po)) if e.msgstr and e.msgid)

    def empty(catalog: polib.POFile) -> None:
        entry = next(e for e in catalog if e.msgid == msgid)
        entry.msgstr = ""
        entry.flags = []
        entry.comment = ""

    _edit_sentence(project)
    _stage(capsys, project, "extract")
    _keeping_mtime(po, empty)
    _, report = _stage(capsys, project, "translate")
    assert next(e for e in polib.pofile(str(po)) if e.msgid == msgid).msgstr
    cells = [cell.strip() for cell in next(line for line in report.splitlines() if "│ ja " in line).split("│")]
    assert int(cells[3]) + int(cells[4]) == 2  # the edited sentence, and the emptied unit (from the MT cache)


def test_extract_merges_again_a_po_edited_in_an_unedited_article(project: Path, capsys) -> None:
    """A translator's PO that lost an entry (times kept) is merged with its template again (by
    its merge stamp: `extract` takes no short cut of its own here, see docs/DESIGN.md)."""
    po = _po(project, "de", 2)
    msgid = next(e.msgid for e in polib.pofile(str(po)) if e.msgid)

    def drop(catalog: polib.POFile) -> None:
        catalog.remove(next(e for e in catalog if e.msgid == msgid))

    _keeping_mtime(po, drop)
    _edit_sentence(project)
    _stage(capsys, project, "extract")
    assert any(e.msgid == msgid for e in polib.pofile(str(po)))


def test_a_glossary_added_reaches_every_catalog(project: Path, capsys, monkeypatch) -> None:
    """A shared input: every PO gets its glossary notes, and `qa` checks every catalog again."""
    term = next(e.msgid for e in polib.pofile(str(_po(project, "de", 0))) if e.msgid).split()[0]
    (project / "locales" / "glossary.csv").write_text(
        f"term,locale,translation,note,dnt\n{term},de,{term}-de,,\n", encoding="utf-8"
    )
    _edit_sentence(project)
    _stage(capsys, project, "extract")
    for n in range(ARTICLES):
        assert f"glossary: {term}" in _po(project, "de", n).read_text(encoding="utf-8")
    _stage(capsys, project, "translate")
    qa = _stage(capsys, project, "qa")
    for path in (project / "locales").glob(STAMPS_FILE_NAME + "*"):
        path.unlink()
    monkeypatch.setenv("L10N_NO_RECORDS", "1")
    assert _stage(capsys, project, "qa") == qa
