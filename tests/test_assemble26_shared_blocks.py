"""Blocks an article's editions show in the source's words, built and written once for them all.

`assemble.article.EditionShares.blocks`: an edition that shows every sentence of a block as the
source wrote it (untranslated, or held back by the gate) takes the `LocalizedBlock` an earlier
edition of the article made for the same statuses, and the writers take what they made of it
for an edition that reads the same of it (`shared_rendering`). Each edition here, built and
rendered with the article's shares, must be what it is built and rendered alone — on real
articles (the `bench/chain.py` corpus from bench/data/wikinews, and tests/data/realworld's
pages: lists, tables, figures, inline tags), in left-to-right and right-to-left locales, with
nothing translated, everything held, and a mix.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from conftest import bench_module, measured_pages

from l10n.assemble import assemble_article, render_formats
from l10n.assemble.article import EditionShares, LocalizedArticle
from l10n.assembly import parse_document
from l10n.locales import parse_locale
from l10n.model import Document, Translation
from l10n.msgctxt import context_for_role

FORMATS = ("html", "md", "txt")
LOCALES = [parse_locale(code) for code in ("en", "de", "zh_CN", "ja", "he", "ar", "fa")]
"""Left-to-right and right-to-left, with a space between sentences and without; "he" before
"ar", so that an Arabic article's Hebrew edition keeps its rendering of a block first, where the
Arabic edition (its sentences in the edition's language: values and Latin runs isolated) must
not take it."""
RIGHT_TO_LEFT_SOURCES = ("albayan-ae-afghan", "alyaum-com-zadeh", "lbcgroup-tv-trump", "khabaronline-ir-javan")


@cache
def wikinews_documents() -> tuple[Document, ...]:
    """A dozen articles of the corpus `bench/chain.py` builds (real Wikinews stories, some
    recombined), ingested as `assemble` reads them."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        paths = bench_module("chain").build_corpus(Path(folder) / "seeds", 12)
        return tuple(parse_document(path) for path in paths)


def documents() -> Iterator[tuple[str, Document]]:
    for number, document in enumerate(wikinews_documents()):
        yield f"wikinews {number}", document
    pages = list(measured_pages())
    for page in [*pages[::30], *(page for page in pages if page.stem in RIGHT_TO_LEFT_SOURCES)]:
        yield page.name, parse_document(page)


def scenarios(document: Document) -> Iterator[tuple[str, dict, dict]]:
    """(name, translations, held) an edition can be built from: nothing translated, every unit
    translated and held, and a mix (some machine work, some held, the rest untranslated)."""
    units = [(context_for_role(block.role), segment.text) for block in document.blocks for segment in block.segments]
    everything = {key: Translation(f"«{key[1]}»", fuzzy=True, origin="mt") for key in units}
    yield "nothing translated", {}, {}
    yield "everything held", everything, dict.fromkeys(units, "qa: numbers")
    mixed = {key: everything[key] for key in units[::2]}
    yield "mixed", mixed, {key: "source changed" for key in units[::3]}


def editions(document: Document, shared: EditionShares | None) -> Iterator[tuple[str, LocalizedArticle]]:
    for name, translations, held in scenarios(document):
        for locale in LOCALES:
            article = assemble_article(document, translations, locale, domain="d", held=held, shared=shared)
            yield f"{name}, {locale.code}", article


def test_editions_sharing_blocks_are_the_editions_built_alone() -> None:
    blocks_shared = rtl_shared = rtl_sources = 0
    for title, document in documents():
        rtl_sources += document.source_locale in ("ar", "fa")
        shared = EditionShares()
        together = list(editions(document, shared))
        alone = list(editions(document, None))
        assert [name for name, _ in together] == [name for name, _ in alone]
        seen: dict[int, list[str]] = {}  # a block object (kept alive by `shared`) → its editions' directions
        for (name, article), (_, reference) in zip(together, alone, strict=True):
            assert article.blocks == reference.blocks, (title, name)
            assert article.counts == reference.counts and article.held == reference.held, (title, name)
            assert render_formats(article, FORMATS) == render_formats(reference, FORMATS), (title, name)
            for block in article.blocks:
                seen.setdefault(id(block), []).append(article.locale.direction)
        shown_again = [directions for directions in seen.values() if len(directions) > 1]
        blocks_shared += len(shown_again)
        rtl_shared += sum({"ltr", "rtl"} <= set(directions) for directions in shown_again)
    assert blocks_shared > 100 and rtl_shared > 50  # the shortcut was taken, in both directions
    assert rtl_sources >= len(RIGHT_TO_LEFT_SOURCES)


def test_a_block_of_one_edition_keeps_no_rendering() -> None:
    """Without shares (publish, a caller building one edition) no block keeps what was written."""
    document = wikinews_documents()[0]
    for _, article in editions(document, None):
        render_formats(article, FORMATS)
        assert all(block.shown is None for block in article.blocks)
