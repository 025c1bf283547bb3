"""Publish's check of the editions `assemble` built (`publish.built`), with fewer stats (session
21): a PO is stat'ed once, for the "has a catalog" check and the edition's fingerprint
(`BuiltEditions.catalog`), and the build file is judged by the stat of the descriptor it was read
through (`fingerprint.still_as_taken(read=…)`). Neither may take an edition whose record no
longer holds."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import Calls, run_main
from test_publish_built import edit_shown_unit_after_publish, published_without_build, shown_unit, translated, tree

import l10n.assembly
from l10n.catalog.po import load_catalog
from l10n.fingerprint import fingerprint, still_as_taken

__all__ = ["translated"]  # the fixture, imported for the tests below

EDITED = "Edited after assemble, twenty-one"


def test_a_po_edited_after_assemble_and_publish_is_assembled_by_the_next_publish(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two publishes in one process (a PO stat kept past its question would serve the second):
    the PO edited in between, not assembled again, so its build edition shows the old text; the
    site must show the new one, as a publish without build/ does. Fails when `catalog`'s stat
    outlives its run (the build edition is taken with the old msgstr)."""
    msgstr = edit_shown_unit_after_publish(translated, capsys, EDITED)
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert assembling.count == 1  # that edition alone
    monkeypatch.undo()
    pages = [data.decode("utf-8") for name, data in tree(translated / "site").items() if name.startswith("de/")]
    assert not any(msgstr in page for page in pages)  # the build edition's text
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_po_removed_after_assemble_publishes_no_edition_of_it(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No catalog, no edition (`catalog` answers as `os.path.isfile`), though build/ holds one."""
    run_main(capsys, translated, "assemble", "--format", "html")
    domain = sorted((translated / "seeds").glob("*.md"))[0].stem
    (translated / "locales" / "ja" / "LC_MESSAGES" / f"{domain}.po").unlink()
    run_main(capsys, translated, "publish")
    assert (translated / "build" / "ja" / f"{domain}.html").is_file()
    pages = json.loads((translated / ".site.l10n-manifest.json").read_text(encoding="utf-8"))["pages"]
    assert sorted(page["locale"] for page in pages if page["domain"] == domain) == ["de", "en"]
    assert sum(page["locale"] == "ja" for page in pages) == 3


def test_still_as_taken_by_the_stat_of_the_descriptor_read(tmp_path: Path) -> None:
    """The stat of the descriptor read through stands for the path's: a file replaced or edited
    after the state was taken is refused, the file read in the state taken is accepted."""
    path = tmp_path / "page.html"
    path.write_bytes(b"<article>one</article>")

    def read(target: Path) -> tuple[bytes, os.stat_result]:
        with open(target, "rb", buffering=0) as file:
            return file.readall(), os.fstat(file.fileno())

    taken = fingerprint([path])
    data, after = read(path)
    assert still_as_taken(taken, 0, data, read=after)
    other = tmp_path / "other.html"
    other.write_bytes(b"<article>two</article>")
    other.replace(path)  # renamed over it: same size, another file
    data, after = read(path)
    assert not still_as_taken(taken, 0, data, read=after)
    taken = fingerprint([path])
    with open(path, "ab") as file:
        file.write(b"\n")
    data, after = read(path)
    assert not still_as_taken(taken, 0, data, read=after)
    # a file renamed over it after the open: the one read is unlinked, which moves its change time
    taken = fingerprint([path])
    with open(path, "rb", buffering=0) as file:
        third = tmp_path / "third.html"
        third.write_bytes(b"<article>three</article>\n")
        third.replace(path)
        data, after = file.readall(), os.fstat(file.fileno())
    assert after.st_nlink == 0 and not still_as_taken(taken, 0, data, read=after)
    assert not still_as_taken(taken, 0, path.read_bytes())  # the path now holds another file
