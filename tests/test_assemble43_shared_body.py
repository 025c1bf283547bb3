"""An edition's body in the source's words, written once per article for every edition showing it.

`layout.shared_body` and `article.kept_body`: when every group of an edition's body is one block
that the article's editions share (`EditionShares`: nothing translated yet, or everything held
back), each writer keeps its whole body on the first block, and the next edition of the same
direction and language takes it without walking a block (before, each edition asked every
block for what the writer had kept of it, `shared_rendering`, and wrote it into its page again).
Editions made so must be those made alone (`tests/test_assemble26_shared_blocks.py` holds that
for every scenario and locale); here, that the body is taken whole, and is the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import bench_module

import l10n.assemble.html as html
import l10n.assemble.markdown as markdown
import l10n.assemble.text as text
from l10n.assemble import assemble_article, render_formats
from l10n.assemble.article import EditionShares
from l10n.assemble.layout import body_groups
from l10n.assembly import parse_document
from l10n.locales import parse_locale

FORMATS = ("html", "md", "txt")


def test_an_untranslated_body_is_written_once_per_article_and_direction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = bench_module("chain").build_corpus(tmp_path / "seeds", 3)
    asked: list[str] = []
    for module in (html, markdown, text):
        real = module.shared_rendering
        monkeypatch.setattr(
            module,
            "shared_rendering",
            lambda block, kind, locale, make, real=real: asked.append(kind) or real(block, kind, locale, make),
        )
    for path in paths:
        document = parse_document(path)
        shared = EditionShares()
        for number, code in enumerate(("de", "ja", "zh_CN", "he", "ar")):
            locale = parse_locale(code)
            article = assemble_article(document, {}, locale, domain="d", shared=shared)
            assert all(group.blocks[0].shown is not None for group in body_groups(article))  # all shared
            del asked[:]
            together = render_formats(article, FORMATS)
            # the body's blocks asked for what a writer kept of them (the headline, in the
            # header, is asked by every edition: `test_assemble44_layout`)
            walked = [kind for kind in asked if not kind.endswith(" h1")]
            alone = render_formats(assemble_article(document, {}, locale, domain="d"), FORMATS)
            assert together == alone, (path.name, code)
            first_of_its_direction = number in (0, 3)  # de for left-to-right, he for right-to-left
            assert (walked != []) == first_of_its_direction, (path.name, code, walked)


def test_a_body_with_a_block_of_its_own_is_not_taken_whole(tmp_path: Path) -> None:
    """A translated sentence makes its block the edition's own: that body is written per edition."""
    from l10n.assemble.layout import shared_body
    from l10n.model import Translation
    from l10n.msgctxt import context_for_role

    document = parse_document(bench_module("chain").build_corpus(tmp_path / "seeds", 1)[0])
    block = next(block for block in document.blocks if block.role == "paragraph" and block.segments)
    key = (context_for_role(block.role), block.segments[0].text)
    shared = EditionShares()
    locale = parse_locale("de")
    assemble_article(document, {}, locale, domain="d", shared=shared)
    translated = assemble_article(document, {key: Translation("Übersetzt.")}, locale, domain="d", shared=shared)
    assert shared_body(tuple(body_groups(translated))) is None
    assert "Übersetzt." in render_formats(translated, FORMATS)[0]
