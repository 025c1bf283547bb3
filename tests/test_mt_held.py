"""`translate` reads each catalog once (`l10n/mt/held.py`): the catalogs it writes from the kept
parse are byte for byte what writing through `apply_suggestions` (a second read) gives, on real
articles with human, outdated and empty units; and a catalog a translator saved while MT ran is
read again, so the translator's work is kept."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from l10n.cli import main

REPO = Path(__file__).resolve().parent.parent
LOCALES = "de,es,zh_CN"
_REVISION = re.compile(rb'"PO-Revision-Date: [^"]*"')


def _bench_chain():
    spec = importlib.util.spec_from_file_location("bench_chain", REPO / "bench" / "chain.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def run(capsys, root: Path, *argv: str) -> str:
    assert main([*argv, "--root", str(root)]) == 0
    return capsys.readouterr().out


def _settle(root: Path) -> None:
    """Every catalog's times an hour back: none is "racily clean" when translate reads it."""
    past = os.stat(root).st_mtime_ns - 3_600 * 10**9
    for po in (root / "locales").glob("*/LC_MESSAGES/*.po"):
        os.utime(po, ns=(past, past))


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    """Six real Wikinews articles (bench corpus) and the seed; de translated by pseudo, then one
    sentence edited and a unit translated by a person, so the catalogs hold machine, outdated,
    human and empty units when the translate under test runs."""
    root = tmp_path / "project"
    files = _bench_chain().build_corpus(root / "seeds", 6)
    shutil.copy(next((REPO / "seeds").glob("*.txt")), root / "seeds")
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "es", "zh_CN"]\n')
    run(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    run(capsys, root, "translate", "--engine", "pseudo", "--locales", "de", "-q")
    text = files[0].read_text(encoding="utf-8")
    files[0].write_text(text.replace(". ", ". Indeed, ", 1), encoding="utf-8")
    run(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    po = root / "locales" / "de" / "LC_MESSAGES" / f"{files[1].stem}.po"
    catalog = po.read_text(encoding="utf-8")
    start = catalog.index("#, fuzzy", catalog.index("\n\n"))
    po.write_text(catalog[:start] + catalog[start:].replace("#, fuzzy\n", "", 1), encoding="utf-8")  # reviewed
    _settle(root)
    return root


def _catalogs(root: Path) -> dict[str, bytes]:
    return {
        str(po.relative_to(root)): _REVISION.sub(b"", po.read_bytes())
        for po in sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))
    }


@pytest.mark.parametrize("argv", [["--engine", "pseudo"], ["--engine", "auto", "--locales", "es"]])
def test_catalogs_written_from_the_kept_parse_equal_those_read_again(
    project: Path, tmp_path: Path, capsys, monkeypatch, argv: list[str]
) -> None:
    if "auto" in argv and shutil.which("apertium") is None:
        pytest.skip("apertium is not installed")
    import l10n.mt.held

    twin = tmp_path / "twin"
    shutil.copytree(project, twin, symlinks=True)
    _settle(twin)
    reread: list[int] = []
    real = l10n.mt.held.apply_suggestions
    monkeypatch.setattr(l10n.mt.held, "apply_suggestions", lambda *a, **k: reread.append(1) or real(*a, **k))
    run(capsys, project, "translate", *argv, "--overwrite-fuzzy")
    assert reread == []  # every catalog written from its one parse
    read = l10n.mt.held.read_held
    monkeypatch.setattr(l10n.mt.held, "read_held", lambda path, *, since: (read(path, since=since)[0], None))
    run(capsys, twin, "translate", *argv, "--overwrite-fuzzy")
    assert reread  # the twin went the old way: each catalog read again to write it
    written, again = _catalogs(project), _catalogs(twin)
    assert written == again
    assert sum(b"mt: " in data for data in written.values()) >= 7


def test_a_catalog_a_translator_saved_during_mt_is_read_again(project: Path, capsys, monkeypatch) -> None:
    """The file moved between the read and the write: writing the kept parse would drop the
    translator's unit; it is read again under the lock and the human unit stays."""
    import l10n.mt.batch

    po = next((project / "locales" / "es" / "LC_MESSAGES").glob("*.po"))
    real = l10n.mt.batch.collect_suggestions
    saved: list[str] = []

    def translator_saves_first(catalog, *args, **kwargs):
        if not saved and catalog.po_path == po:
            text = po.read_text(encoding="utf-8")
            at = text.index('msgstr ""', text.index("\n\n"))
            po.write_text(text[:at] + 'msgstr "Traducción de una persona"' + text[at + 9 :], encoding="utf-8")
            saved.append(po.name)
        return real(catalog, *args, **kwargs)

    monkeypatch.setattr(l10n.mt.batch, "collect_suggestions", translator_saves_first)
    run(capsys, project, "translate", "--engine", "pseudo", "--locales", "es")
    assert saved
    text = po.read_text(encoding="utf-8")
    assert 'msgstr "Traducción de una persona"' in text
    assert "mt: pseudo" in text  # MT still filled the rest


def test_parses_are_kept_within_the_budget_only(project: Path) -> None:
    """A parsed catalog costs ~25× its file in memory: past the budget a catalog is read again
    to be written, and a catalog written lets go of its share."""
    from l10n.mt.held import Holding

    catalogs = sorted((project / "locales" / "es" / "LC_MESSAGES").glob("*.po"))
    sizes = [po.stat().st_size for po in catalogs]
    holding = Holding(budget=sizes[0] + sizes[1])
    time.sleep(0.05)  # past the tick of `_settle`'s change times: no catalog is racily clean
    for po in catalogs:
        holding.read(("es", po.stem), po)
    assert set(holding._held) == {("es", catalogs[0].stem), ("es", catalogs[1].stem)}
    holding.apply(("es", catalogs[0].stem), catalogs[0], [])
    holding.read(("es", catalogs[2].stem), catalogs[2])
    assert ("es", catalogs[2].stem) in holding._held or sizes[2] > sizes[0]
