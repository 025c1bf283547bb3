"""`bidi.isolated_segments` gives back a sentence it isolates nothing in as itself (a frozen
`LocalizedSegment`: no copy), and a new one only where it adds isolates: a cold `assemble` made a
`dataclasses.replace` copy of every sentence of a right-to-left edition's Markdown and text.

Real articles (tests/data/realworld, sources in its SOURCES.md) in Arabic, translated (the
source's words as the msgstr: Latin runs to isolate) and held back (English blocks: nothing to
isolate in an all-English block).
"""

from __future__ import annotations

import pytest
from conftest import measured_pages

from l10n.assemble import assemble_article
from l10n.assemble.bidi import LRI, PDI, isolated_segments
from l10n.assembly import parse_document
from l10n.locales import parse_locale
from l10n.model import Translation
from l10n.msgctxt import context_for_role

PAGES = measured_pages()[:8]


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.name)
def test_sentences_with_nothing_to_isolate_are_not_copied(page) -> None:  # type: ignore[no-untyped-def]
    document = parse_document(page)
    units = {
        (context_for_role(block.role), segment.text): Translation(segment.text)
        for block in document.blocks
        for segment in block.segments
    }
    arabic = parse_locale("ar")
    kept = copied = 0
    for translations in (units, {}):  # translated (Latin runs), untranslated (English blocks)
        article = assemble_article(document, translations, arabic, domain="d")
        for block in article.blocks:
            for flag in (False, True):
                shown = isolated_segments(block.segments, arabic, block=flag)
                for before, after in zip(block.segments, shown, strict=True):
                    if after.pieces == before.pieces:
                        assert after is before
                        kept += 1
                    else:
                        assert after is not before and (after.status, after.lang) == (before.status, before.lang)
                        assert LRI in after.pieces or PDI in "".join(p for p in after.pieces if isinstance(p, str))
                        copied += 1
        assert all(isolated_segments(b.segments, parse_locale("de")) == b.segments for b in article.blocks)
    assert kept and copied  # both kinds met, or this test proves little
