"""The three writers share one check per sentence for what `xml_safe` drops
(`LocalizedSegment.xml_clean`) instead of each searching its own join of the sentence; a sentence
that holds such a character is still cleaned by every writer, and a code block in the text
edition too.

Real articles (tests/data/realworld, sources in its SOURCES.md), every unit translated with the
source's words.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import measured_pages

from l10n.assemble import assemble_article, html, markdown_inline, render_formats, text
from l10n.assemble.article import LocalizedArticle, LocalizedBlock, LocalizedSegment, text_only
from l10n.assemble.pieces import Value
from l10n.assemble.xml_text import xml_clean, xml_safe
from l10n.assembly import parse_document
from l10n.locales import parse_locale
from l10n.model import Document, InlineTag, Translation
from l10n.msgctxt import context_for_role

FORBIDDEN_ANYWHERE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
PAGES = measured_pages()[:8]


def _article(document: Document, code: str) -> LocalizedArticle:
    units = {
        (context_for_role(block.role), segment.text): Translation(segment.text)
        for block in document.blocks
        for segment in block.segments
    }
    return assemble_article(document, units, parse_locale(code), domain="d")


def test_a_sentence_knows_whether_it_is_clean() -> None:
    em, em_end = InlineTag("em"), InlineTag("em", closing=True)
    assert LocalizedSegment(("A ", em, "big", em_end, " deal."), "reviewed", "de", " ").xml_clean
    assert LocalizedSegment((), "reviewed", "de").xml_clean
    assert LocalizedSegment(
        (
            "paid ",
            Value("0,87\xa0%"),
            " \u2066Baoji\u2069\n",
        ),
        "mt",
        "fr",
    ).xml_clean
    assert not LocalizedSegment(("A\x0b deal.",), "reviewed", "de").xml_clean
    assert not LocalizedSegment(("A ", em, "\x85", em_end), "reviewed", "de").xml_clean
    assert not LocalizedSegment(("\xa0 \ud800",), "reviewed", "de").xml_clean  # not printable, and not clean
    assert not LocalizedSegment(("fine",), "reviewed", "de", "\x1b").xml_clean  # the separator is joined too
    # not a field that compares or prints: equal sentences stay equal whatever was found
    assert LocalizedSegment(("x",), "reviewed", "de") == LocalizedSegment(("x",), "reviewed", "de")
    assert "xml_clean" not in repr(LocalizedSegment(("x",), "reviewed", "de"))


def test_clean_is_what_xml_safe_keeps() -> None:
    """`xml_clean` against `xml_safe` for every character up to U+FFFF, alone and in text."""
    for code in range(0x10000):
        char = chr(code)
        for sample in (char, f"ab{char}c", f"\xa0{char}"):
            assert xml_clean(sample) == (xml_safe(sample) == sample), hex(code)


def test_clean_sentences_are_not_searched_by_each_writer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Before, every writer passed every sentence to `xml_safe` (html per run of sentences,
    Markdown per block, text per paragraph): three searches of each character, the whole
    sentence where a CLDR value put a no-break space into it. Now a paragraph of clean sentences
    without tags (most of a page) is searched by none."""
    searched: list[str] = []

    def counting(text: str) -> str:
        searched.append(text)
        return xml_safe(text)

    checked = 0
    for page in PAGES:
        article = _article(parse_document(page), "de")
        plain = [
            segment.text
            for block in article.blocks
            if block.role == "paragraph" and all(text_only(segment.pieces) for segment in block.segments)
            for segment in block.segments
            if segment.xml_clean and len(segment.text) >= 20
        ]
        expected = render_formats(article, ["html", "md", "txt"])
        with monkeypatch.context() as patched:
            for module in (html, markdown_inline, text):
                patched.setattr(module, "xml_safe", counting)
            assert render_formats(article, ["html", "md", "txt"]) == expected
        assert searched  # the title, header and footer lines are still searched
        assert [sentence for sentence in plain if any(sentence in run for run in searched)] == [], page.name
        checked += len(plain)
        searched.clear()
    assert checked > 50


def test_a_code_block_is_cleaned_in_the_text_edition() -> None:
    """The text writer cleans its paragraphs' pieces now, not the paragraphs: a code block
    (taken as written) must still lose what `xml_safe` drops."""
    code = LocalizedSegment(
        (InlineTag("code"), "echo \x1bhi\x7f", InlineTag("code", closing=True)), "untranslated", "en"
    )
    prose = LocalizedSegment(("Run\x0b it.",), "reviewed", "de")
    article = LocalizedArticle(
        parse_locale("de"),
        "d",
        "Titel\x0c",
        "",
        None,
        "Welt\x85",
        "A. Autor\x1b",
        "Quelle\x00",
        "",
        [LocalizedBlock("paragraph", None, [prose]), LocalizedBlock("code", None, [code])],
    )
    for page in render_formats(article, ["html", "txt"]):  # (a Markdown fence keeps code as written, as before)
        assert FORBIDDEN_ANYWHERE.search(page) is None
    plain = render_formats(article, ["txt"])[0]
    assert "echo hi" in plain and "Run it." in plain and "Quelle" in plain


@pytest.mark.parametrize("page", PAGES[:4], ids=lambda path: path.name)
def test_editions_with_a_dirty_sentence_equal_the_clean_ones(page) -> None:  # type: ignore[no-untyped-def]
    """One sentence per block given characters `xml_safe` drops: every writer cleans that block, the rest of the
    page keeps its shortcut, and the pages are those of the clean words."""
    document = parse_document(page)
    clean = render_formats(_article(document, "de"), ["html", "md", "txt"])
    article = _article(document, "de")
    blocks = []
    for block in article.blocks:
        segments = list(block.segments)
        if segments and block.role != "code":
            first = segments[0]
            pieces = tuple(
                f"\x0b{piece}\x9f" if isinstance(piece, str) and piece.strip() and index == 0 else piece
                for index, piece in enumerate(first.pieces)
            )
            segments[0] = dataclasses.replace(first, pieces=pieces)
        blocks.append(dataclasses.replace(block, segments=segments, shown=None))
    dirty = render_formats(dataclasses.replace(article, blocks=blocks), ["html", "md", "txt"])
    assert any(not segment.xml_clean for block in blocks for segment in block.segments)
    assert dirty == clean
