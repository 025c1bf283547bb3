"""Cold publish's fixed costs (session 37, issue 16: publish within 2× of writing its bytes).

- `publish.editions`: the publish gate (`Gate.for_project`: the glossary, the MT failure log,
  QA's records) is made only when an edition must be assembled; a publish that takes every
  edition from `build/` makes none, and one that must assemble still gates what it assembles.
- `cli.site.publish`: no automatic collection pass during the command, and what it leaves
  alive frozen (`gc.freeze`), so no later pass walks the CLDR data, records and report again.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import run_main
from test_publish_built import edit_shown_unit_after_publish, published_without_build, translated, tree

from l10n.assemble.gate import Gate

__all__ = ["translated"]  # the fixture, imported for the tests below


def _made_gates(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each `Gate.for_project` call's project, recorded (the real gate is made)."""
    made: list[object] = []
    real = Gate.for_project.__func__  # type: ignore[attr-defined]

    def for_project(cls: type[Gate], project: object) -> Gate:
        made.append(project)
        return real(cls, project)

    monkeypatch.setattr(Gate, "for_project", classmethod(for_project))
    return made


def _cold(root: Path) -> None:
    """The site and publish's stamps removed, as `bench/site_write.py` makes a publish cold."""
    shutil.rmtree(root / "site")
    (root / ".site.l10n-manifest.json").unlink()
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        db.execute("DELETE FROM stamp WHERE stage LIKE 'publish %'")


def test_a_publish_taking_every_edition_from_build_makes_no_gate(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_main(capsys, translated, "assemble", "--format", "html")
    run_main(capsys, translated, "publish")
    _cold(translated)
    made = _made_gates(monkeypatch)
    run_main(capsys, translated, "publish")
    monkeypatch.undo()
    assert made == []  # it was made once per run, for nothing
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_publish_assembling_an_edition_still_gates_it(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PO edited after assemble: its edition is assembled here, through one gate made for the
    run, and the page is the one a publish without build/ writes."""
    shown = edit_shown_unit_after_publish(translated, capsys, "Edited after assemble, thirty-seven")
    made = _made_gates(monkeypatch)
    run_main(capsys, translated, "publish")
    monkeypatch.undo()
    assert len(made) == 1
    pages = [data.decode("utf-8") for name, data in tree(translated / "site").items() if name.startswith("de/")]
    assert not any(shown in page for page in pages)  # the build edition's text
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_cold_publish_runs_no_collection_pass_and_freezes_what_it_leaves(
    translated: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    passes: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command's work whole (`cli.site._publish`: the project opened, `publish_project`, the
    whole-run record, the report), not only `publish_project`'s (`test_publish20_collector`): no
    pass during it, and what it leaves alive frozen. The command line itself is read before (Typer
    builds its commands then, and a pass may fall there, by the test process's earlier work)."""
    from l10n.cli import site

    run_main(capsys, translated, "assemble", "--format", "html")
    run_main(capsys, translated, "publish")
    _cold(translated)
    work = site._publish
    spans: list[tuple[int, int]] = []

    def noted(*args: object, **kwargs: object) -> None:
        start = len(passes)
        try:
            work(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spans.append((start, len(passes)))

    monkeypatch.setattr(site, "_publish", noted)
    was_enabled = gc.isenabled()
    gc.enable()
    gc.unfreeze()  # earlier commands in this test process froze what they left: count this one's alone
    frozen = gc.get_freeze_count()
    try:
        run_main(capsys, translated, "publish")
        after = gc.get_freeze_count()
    finally:
        gc.unfreeze()  # this test process runs other tests: nothing kept for good here
        if not was_enabled:
            gc.disable()
    assert len(spans) == 1
    assert passes[spans[0][0] : spans[0][1]] == []
    assert after > frozen  # the site's records, the report, the frames: never walked again
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")
