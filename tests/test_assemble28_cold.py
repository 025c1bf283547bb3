"""A cold `assemble`'s per-edition work that needs no sentence and no `Path` (session 28).

- An edition that shows a block in the source's words, with the statuses, reasons and separators
  an earlier edition of the article showed it with, takes that edition's `LocalizedBlock`
  (`assemble.article.EditionShares`) found from the catalog's answers alone: no sentence of it
  is localised again (`_shared_block_shown`).
- Edition files and the catalogs the gate reads are named as strings with `Project.build_path`'s
  and `po_path`'s check (`Project.build_file`, `Project.po_to_read`): the same names, the same
  refusal of a symlink that leads out of the project.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l10n.assemble import article as article_module
from l10n.assemble import assemble_article
from l10n.assemble.article import EditionShares
from l10n.assembly import parse_document
from l10n.errors import ProjectError
from l10n.locales import parse_locale
from l10n.msgctxt import context_for_role
from l10n.project import Project

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3e65442673b9006b.txt"


def test_an_edition_showing_every_block_as_an_earlier_one_localises_no_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = parse_document(SEED)
    units = [(context_for_role(block.role), segment.text) for block in document.blocks for segment in block.segments]
    shared = EditionShares()
    first = assemble_article(document, {}, parse_locale("de"), domain="d", shared=shared)
    localised: list[str] = []
    original = article_module.localize_segment

    def counting(segment, *args, **kwargs):  # type: ignore[no-untyped-def]
        localised.append(segment.text)
        return original(segment, *args, **kwargs)

    monkeypatch.setattr(article_module, "localize_segment", counting)
    second = assemble_article(document, {}, parse_locale("fr"), domain="d", shared=shared)
    assert localised == []
    assert [id(block) for block in second.blocks] == [id(block) for block in first.blocks]
    assert second.counts == first.counts and second.counts["untranslated"] == len(set(units))
    monkeypatch.setattr(article_module, "localize_segment", original)
    alone = assemble_article(document, {}, parse_locale("fr"), domain="d")
    assert second == alone  # the edition built alone, counts included


def test_edition_and_catalog_names_as_strings_are_the_checked_paths(tmp_path: Path) -> None:
    project = Project.open(tmp_path)
    de = parse_locale("de")
    assert project.build_file("de", "story", "md") == os.fspath(project.build_dir / "de" / "story.md")
    assert project.build_path(de, "story", "md") == project.build_dir / "de" / "story.md"  # its Path
    assert project.po_to_read("de", "story") == os.fspath(project.po_path(de, "story"))
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "ar").symlink_to(outside)
    with pytest.raises(ProjectError, match="outside the project root"):
        project.build_file("ar", "story", "html")
    with pytest.raises(ProjectError):
        project.build_file("de", "../story", "html")
