"""An edition of build/ taken into the site by its article's record (session 32, issue 16:
cold publish within 2× of writing its bytes).

`assemble` records each article once all its editions are written (stage `assemble article`:
its template, probed paths, source, every PO, every edition file, the gate's glossary and MT
failure log, `l10n.toml`, for the run's formats and locales). When that record holds, publish
takes each edition's recorded gate answer and facts without a fingerprint of its own
(`publish.built.BuiltEditions._article_record`); when it does not — a PO edited, a run for
other locales, a build file edited — each edition is judged by its own record as before.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import Calls, run_main
from test_publish_built import edit_shown_unit_after_publish, published_without_build, translated, tree

import l10n.assembly

__all__ = ["translated"]  # the fixture, imported for the tests below


def test_a_cold_publish_judges_each_article_once(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `assemble`, no edition's own inputs are listed and fingerprinted (it was one
    `edition_inputs` per edition), nothing is assembled, and the site is the one a publish
    without build/ writes."""
    run_main(capsys, translated, "assemble", "--format", "html", "--format", "txt")
    per_edition = Calls(monkeypatch, l10n.assembly, "edition_inputs")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert per_edition.count == 0 and assembling.count == 0
    monkeypatch.undo()
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_po_edited_after_assemble_is_assembled_and_its_article_judged_edition_by_edition(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article record names every PO of the article: one edited since makes it not hold, so
    that article's editions are judged one by one (the other locale's still taken from build/)
    and the edited one is assembled through the gate: the site no longer shows the build
    edition's msgstr."""
    msgstr = edit_shown_unit_after_publish(translated, capsys, "Edited after assemble, thirty-two")
    time.sleep(0.05)  # settled
    per_edition = Calls(monkeypatch, l10n.assembly, "edition_inputs")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert per_edition.count == 2 and assembling.count == 1  # de and ja of that article; de assembled
    monkeypatch.undo()
    pages = [data.decode("utf-8") for name, data in tree(translated / "site").items() if name.startswith("de/")]
    assert not any(msgstr in page for page in pages)
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_an_article_record_for_other_locales_vouches_for_nothing(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`assemble --locales de` after a full one records each article for German alone: a
    publish for German and Japanese finds no article record for its locales and judges every
    edition by its own record (all still hold: nothing is assembled)."""
    run_main(capsys, translated, "assemble", "--format", "html")
    run_main(capsys, translated, "assemble", "--format", "html", "--locales", "de")
    per_edition = Calls(monkeypatch, l10n.assembly, "edition_inputs")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert per_edition.count == 4 * 2 and assembling.count == 0
    monkeypatch.undo()
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_build_file_in_another_format_edited_by_hand_unsettles_the_article(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A `.txt` edition edited by hand: the article record (which names it) no longer holds, its
    editions are judged one by one, and the edited edition's own record (which names its .txt
    too) sends it through the gate again; the site is the one without build/."""
    run_main(capsys, translated, "assemble", "--format", "html", "--format", "txt")
    domain = sorted((translated / "seeds").glob("*.md"))[1].stem
    text = translated / "build" / "ja" / f"{domain}.txt"
    text.write_text(text.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    time.sleep(0.05)
    per_edition = Calls(monkeypatch, l10n.assembly, "edition_inputs")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert per_edition.count == 2 and assembling.count == 1
    monkeypatch.undo()
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")
