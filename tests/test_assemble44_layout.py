"""What an article's editions share of the writers' work besides their blocks: the layout.

`layout.article_groups`: how the body's blocks group (figures, lists, tables) depends on the
document alone, so the first edition that shares the article's `EditionShares` groups them and
keeps each group's blocks by place; the next editions take their own blocks from those places.
`html._frame`: the page around the title's text and the `<article>` is written once per
language and direction. `html._block_markup`: a paragraph of plain sentences is written without
an element, its tags written once per kind of block. The bytes are held to lxml's elsewhere
(`test_assemble_html_tree.py`, `test_assemble21_html_inner.py`, every format of every edition with
and without shares in `test_assemble26_shared_blocks.py`); here, that each is done once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_assemble26_shared_blocks import FORMATS, LOCALES, documents, editions, wikinews_documents

from l10n.assemble import html, layout, render_formats
from l10n.assemble.article import EditionShares
from l10n.assembly import parse_document

TABLE_PAGE = Path(__file__).parent / "data/realworld/finanznachrichten-de-bittium.html"  # merged cells


def test_the_body_is_grouped_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every edition's groups are its own blocks, grouped as `body_groups` groups them, and only
    the first edition of a document groups them (every scenario and locale of real articles:
    lists, tables, figures, notes)."""
    grouped = layout.body_groups
    calls: list[int] = []

    def counted(article):  # type: ignore[no-untyped-def]
        calls.append(1)
        return grouped(article)

    kinds: set[str] = set()
    for title, document in [*documents(), ("table", parse_document(TABLE_PAGE))]:
        shared = EditionShares()
        monkeypatch.setattr(layout, "body_groups", counted)
        calls.clear()
        built = list(editions(document, shared))
        for _, article in built:
            render_formats(article, FORMATS)
        assert len(calls) == 1, title
        monkeypatch.setattr(layout, "body_groups", grouped)
        for name, article in built:
            got = layout.article_groups(article)
            expected = tuple(grouped(article))
            assert [(g.kind, [id(b) for b in g.blocks]) for g in got] == [
                (g.kind, [id(b) for b in g.blocks]) for g in expected
            ], (title, name)
            kinds.update(group.kind for group in got)
    assert kinds == {"figure", "list", "table", "block"}


def test_an_edition_without_shares_groups_its_own_blocks() -> None:
    document = wikinews_documents()[0]
    for _, article in editions(document, None):
        assert article.layout is None
        assert layout.article_groups(article) == tuple(layout.body_groups(article))


def test_the_page_frame_is_written_once_per_language_and_direction(monkeypatch: pytest.MonkeyPatch) -> None:
    """`render_html` serialises no `<html>` tree per edition: `to_html` runs once per language
    and direction (`_frame`), not once per page."""
    serialise = html.to_html
    calls: list[str] = []

    def counted(root, doctype):  # type: ignore[no-untyped-def]
        calls.append(root.attrib["lang"])
        return serialise(root, doctype)

    monkeypatch.setattr(html, "to_html", counted)
    html._frame.cache_clear()
    pages = 0
    for document in wikinews_documents()[:4]:
        for _, article in editions(document, EditionShares()):
            html.render_html(article)
            pages += 1
    assert pages == 4 * 3 * len(LOCALES)
    assert sorted(calls) == sorted({article_lang for article_lang in calls})  # each language once
    assert len(calls) <= len(LOCALES)


def test_a_paragraph_of_plain_sentences_is_written_without_an_element(monkeypatch: pytest.MonkeyPatch) -> None:
    """A translated edition's paragraphs (text alone, left to right) go to the page as strings
    (`_block_markup`): no `_block_element` is built for them."""
    built: list[str] = []
    block_element = html._block_element

    def counted(block, article, *, plain=False):  # type: ignore[no-untyped-def]
        built.append(block.role)
        return block_element(block, article, plain=plain)

    monkeypatch.setattr(html, "_block_element", counted)
    document = wikinews_documents()[0]
    paragraphs = 0
    for name, article in editions(document, None):
        if name.startswith("mixed") and article.locale.direction == "ltr":
            html.render_html(article)
            paragraphs += sum(block.role == "paragraph" for block in article.blocks)
    assert paragraphs > 10
    assert "paragraph" not in built


def test_a_shared_headline_is_written_once_per_format() -> None:
    """A headline every held-back edition shows in the source's words is one block of the
    article's (`EditionShares`): each writer keeps what it made of it for the next edition,
    by direction and by whether it is in the edition's language, as it keeps a body block."""
    document = wikinews_documents()[0]
    shared = EditionShares()
    for _, article in editions(document, shared):
        render_formats(article, FORMATS)
    headlines = {id(block): block for block in shared.blocks.values() if block.role == "headline"}
    assert headlines
    kept = {key[0] for block in headlines.values() for key in block.shown or {}}
    assert {"html h1", "md h1", "txt h1"} <= kept
