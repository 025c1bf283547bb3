"""`translate`'s whole-run record (`l10n/cli/translate.py`, `mt.registry.engine_inputs`): an
unchanged re-run prints what a real re-run prints without translating anything, and every input
of its output — a catalog, the glossary, `l10n.toml`, the TM, the zh_CN catalogs zh_TW is derived
from, and outside the project the Apertium program, the Argos packages, the OpenCC library —
makes it work again. A run that left units failed is not recorded as done."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from argos_fixtures import en_zh_installed, packages_dir, tiny_packages, tiny_tool  # noqa: F401

from l10n.cli import main

LOCALES = ("de", "es", "zh_CN", "zh_TW")
PSEUDO = ["translate", "--engine", "pseudo", "--locales", "de,zh_CN"]
AUTO = ["translate", "--engine", "auto"]


def run(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--root", str(root)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def project(project_root: Path, packages_dir: Path, capsys, monkeypatch) -> Path:  # noqa: F811
    """The seed project extracted for four locales, with an empty Argos packages folder."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages_dir))
    quoted = ", ".join(f'"{code}"' for code in LOCALES)
    (project_root / "l10n.toml").write_text(f"[l10n]\nlocales = [{quoted}]\n")
    extract = ["extract", str(project_root / "seeds"), "--locales", ",".join(LOCALES), "-q"]
    assert run(capsys, project_root, *extract)[0] == 0
    assert run(capsys, project_root, *PSEUDO)[0] == 0  # zh_CN holds text for zh_TW to derive
    return project_root


@pytest.fixture
def worked(monkeypatch) -> list[int]:
    """One item per `translate` that did the work (called `translate_project`)."""
    import l10n.mt.batch

    calls: list[int] = []
    real = l10n.mt.batch.translate_project
    monkeypatch.setattr(l10n.mt.batch, "translate_project", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def _po(root: Path, code: str) -> Path:
    return next((root / "locales" / code / "LC_MESSAGES").glob("*.po"))


def test_a_replay_prints_what_a_real_rerun_prints(project: Path, capsys, monkeypatch, worked: list[int]) -> None:
    for argv in (
        PSEUDO,
        AUTO,
        [*AUTO, "-q"],
        [*AUTO, "--no-tm", "--locales", "es,zh_TW"],
        ["translate", "--engine", "apertium", "--locales", "es", "-v"],
        ["translate", "--engine", "none"],
    ):
        run(capsys, project, *argv)  # works (a command line not run before), and is recorded
        monkeypatch.setenv("L10N_NO_RECORDS", "1")
        real = run(capsys, project, *argv)
        monkeypatch.delenv("L10N_NO_RECORDS")
        worked.clear()
        assert run(capsys, project, *argv) == real, argv
        assert worked == [], argv  # replayed: no catalog opened, no engine asked


def _edit_catalog(root: Path) -> None:
    po = _po(root, "es")
    text = po.read_text(encoding="utf-8")
    start = text.index('msgstr "', text.index("\n\n"))  # the first entry's translation
    end = text.index("\n\n", start)
    po.write_text(text[:start] + 'msgstr ""' + text[end:], encoding="utf-8")


def _edit_zh_cn(root: Path) -> None:
    po = _po(root, "zh_CN")
    po.write_text(po.read_text(encoding="utf-8").replace("[", "[~", 1), encoding="utf-8")


def _glossary(root: Path) -> None:
    (root / "locales" / "glossary.csv").write_text(
        "term,locale,translation,note,dnt\nBaoshan,es,Baoshan,,\n", encoding="utf-8"
    )


def _config(root: Path) -> None:
    config = root / "l10n.toml"
    config.write_text(config.read_text() + "tm_threshold = 90\n")


def _tm(root: Path) -> None:
    from l10n.memory.tm import TMEntry, TranslationMemory

    with TranslationMemory(root / "locales" / "tm.sqlite3") as tm:
        tm.add([TMEntry("en", "es", "A sentence no article has.", "Una frase.", origin="test")])


def _tm_rebuilt(root: Path) -> None:
    (root / "locales" / "tm.sqlite3").unlink()  # derived state: the next run refills it from the catalogs


@pytest.mark.parametrize("change", [_edit_catalog, _edit_zh_cn, _glossary, _config, _tm, _tm_rebuilt])
def test_a_changed_input_in_the_project_makes_translate_work(project: Path, capsys, worked: list[int], change) -> None:
    argv = [*AUTO, "--locales", "es,zh_TW"]
    run(capsys, project, *argv)
    worked.clear()
    run(capsys, project, *argv)
    assert worked == []  # recorded, and replayed
    change(project)
    _, out, _ = run(capsys, project, *argv)
    assert worked == [1], change.__name__
    if change is _edit_catalog:
        assert "│ 1 " in out  # the emptied unit translated again


def test_another_locales_translate_leaves_the_record_standing(project: Path, capsys, worked: list[int]) -> None:
    """Every `translate` marks the catalogs it synced in the TM file: the record keys on the TM's
    generation, not on the file's stat, or translating es would undo the record of de."""
    run(capsys, project, *PSEUDO)
    run(capsys, project, *[*AUTO, "--locales", "es"])
    worked.clear()
    run(capsys, project, *PSEUDO)
    assert worked == []
    _edit_catalog(project)  # es moves: its own record goes, de's stays
    run(capsys, project, *[*AUTO, "--locales", "es"])
    assert worked == [1]
    run(capsys, project, *PSEUDO)
    assert worked == [1]


def test_an_installed_argos_model_changes_what_auto_does(
    project: Path,
    packages_dir: Path,  # noqa: F811
    tiny_packages: dict[tuple[str, str], Path],  # noqa: F811
    capsys,
    worked: list[int],
) -> None:
    argv = [*AUTO, "--locales", "zh_CN", "--overwrite-fuzzy"]
    _, before, _ = run(capsys, project, *argv)
    assert "none" in before  # no engine for zh_CN here
    run(capsys, project, *argv)
    worked.clear()
    shutil.unpack_archive(tiny_packages[("en", "zh")], packages_dir, format="zip")
    _, after, _ = run(capsys, project, *argv)
    assert worked == [1]
    assert "argos" in after
    assert "mt: argos" in _po(project, "zh_CN").read_text(encoding="utf-8")


def test_a_replaced_apertium_program_makes_translate_work(
    project: Path, tmp_path: Path, capsys, monkeypatch, worked: list[int]
) -> None:
    real = shutil.which("apertium")
    if real is None:
        pytest.skip("apertium is not installed")
    folder = tmp_path / "bin"
    folder.mkdir()
    wrapper = folder / "apertium"
    wrapper.write_text(f'#!/bin/sh\nexec {real} "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    argv = ["translate", "--engine", "apertium", "--locales", "es"]
    run(capsys, project, *argv)
    run(capsys, project, *argv)
    worked.clear()
    run(capsys, project, *argv)
    assert worked == []
    wrapper.unlink()
    wrapper.write_text(f'#!/bin/sh\n# upgraded\nexec {real} "$@"\n')
    wrapper.chmod(0o755)
    run(capsys, project, *argv)
    assert worked == [1]


def test_an_upgraded_opencc_makes_zh_tw_derived_again(
    project: Path, tmp_path: Path, capsys, monkeypatch, worked: list[int]
) -> None:
    import l10n.mt.opencc

    module = tmp_path / "opencc" / "__init__.py"
    module.parent.mkdir()
    module.write_text("# 1.1\n")
    monkeypatch.setattr(l10n.mt.opencc, "library_files", lambda *names: (str(module),))
    argv = [*AUTO, "--locales", "zh_TW"]
    run(capsys, project, *argv)
    worked.clear()
    run(capsys, project, *argv)
    assert worked == []
    module.write_text("# 1.2\n")
    run(capsys, project, *argv)
    assert worked == [1]


def test_a_run_with_failed_units_is_not_recorded_as_done(project: Path, capsys, monkeypatch, worked: list[int]) -> None:
    """An engine that broke placeholders this time (a transient fault) leaves units failed; the
    next run must try them again, not replay "nothing to do"."""
    from l10n.mt.base import EngineResult
    from l10n.mt.pseudo import PseudoEngine

    argv = ["translate", "--engine", "pseudo", "--locales", "es"]  # not in the MT cache yet
    real = PseudoEngine.translate_batch

    def broken(self, texts, *, source, target):
        return [EngineResult(r.text.replace("{", "(")) for r in real(self, texts, source=source, target=target)]

    with monkeypatch.context() as patched:
        patched.setattr(PseudoEngine, "translate_batch", broken)
        _, _, err = run(capsys, project, *argv)
    assert "left untranslated" in err
    worked.clear()
    _, _, err = run(capsys, project, *argv)
    assert worked == [1]
    assert "left untranslated" not in err


def test_a_tm_that_moved_while_mt_ran_is_not_recorded_as_settled(project: Path, capsys, monkeypatch) -> None:
    """Leverage asked the TM before MT; a TM changed by the time MT is done (another writer, or
    a rebuilt file) may hold matches for the units still open, so the run is not recorded as
    done and the next one works. Unmoved, the same run is replayed."""
    import l10n.mt.batch
    from l10n.memory.catalog_sync import TM_FILE_NAME
    from l10n.memory.tm import TMEntry, TranslationMemory

    real = l10n.mt.batch.translate_project
    calls: list[int] = []

    def moving_tm(*args, **kwargs):
        calls.append(1)
        with TranslationMemory(project / "locales" / TM_FILE_NAME) as tm:
            tm.add([TMEntry("en", "de", f"A sentence written meanwhile {len(calls)}.", "Ein Satz.", origin="test")])
        return real(*args, **kwargs)

    run(capsys, project, *PSEUDO)
    run(capsys, project, *PSEUDO)  # settled: recorded
    monkeypatch.setattr(l10n.mt.batch, "translate_project", moving_tm)
    po = _po(project, "de")
    po.write_text(po.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    run(capsys, project, *PSEUDO)
    assert calls == [1]
    run(capsys, project, *PSEUDO)
    assert calls == [1, 1]  # not replayed: the TM moved during the last run
    monkeypatch.setattr(l10n.mt.batch, "translate_project", lambda *a, **k: calls.append(1) or real(*a, **k))
    run(capsys, project, *PSEUDO)
    run(capsys, project, *PSEUDO)
    assert calls == [1, 1, 1]  # the TM stood still through that run: this one is replayed


def test_an_unchanged_translate_imports_no_catalog_reader_and_no_engine(project: Path, capsys) -> None:
    """The replay decides from stats alone: polib (every catalog read) and CTranslate2/OpenCC
    (an engine loaded) are never imported."""
    for argv in (PSEUDO, AUTO):
        run(capsys, project, *argv)
        run(capsys, project, *argv)
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import sys; from l10n.cli import main; sys.exit(main())"]
            + [*argv, "--root", str(project)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
        assert not imported & {"polib", "ctranslate2", "opencc", "sentencepiece", "l10n.mt.batch"}, argv
        assert "l10n.memory.stamps" in imported  # the record was looked at
