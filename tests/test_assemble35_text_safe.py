"""Characters a page must not carry (`xml_text.xml_safe`) are dropped from the plain-text and
Markdown editions wherever they come from, and nothing else changes: the text writer cleans each
paragraph instead of the whole page (`text.render_plain_text`), and Markdown escaping tests each
special character with `in` instead of one regex search first (`markdown_inline.escape_markdown`).

Real articles (tests/data/realworld, sources in its SOURCES.md), every unit translated with the
source's words and forbidden characters (C0 and C1 controls, a non-character, a lone surrogate)
put into each sentence, the headline, the section, the byline and the footer; the page must be
the one written from the same words without them.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import measured_pages

from l10n.assemble import assemble_article, render_formats
from l10n.assemble.markdown_inline import _SPECIAL, escape_markdown
from l10n.assembly import parse_document
from l10n.locales import parse_locale
from l10n.model import Document, Translation
from l10n.msgctxt import context_for_role

FORBIDDEN = ("\x0b", "\x1b", "\x7f", "\x85", "\ufffe", "\ud800")
FORBIDDEN_ANYWHERE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
PAGES = measured_pages()[:12]


def _dirty(text: str, n: int, *, inside: bool = True) -> str:
    """`text` with forbidden characters at its start, middle and end (which ones: by `n`);
    `inside` False: at its start only (on a right-to-left page a character inside a Latin run
    splits the run it isolates, `bidi.latin_runs`, before any writer drops it)."""
    a, b, c = (FORBIDDEN[(n + k) % len(FORBIDDEN)] for k in range(3))
    if not inside:
        return a + text
    middle = len(text) // 2  # at a space outside a placeholder (`{a_1}`), if there is one
    while middle < len(text) and (text[middle] != " " or text.count("{", 0, middle) != text.count("}", 0, middle)):
        middle += 1
    return f"{a}{text[:middle]}{b}{text[middle:]}{c}"


def _translations(document: Document, *, dirty: bool, inside: bool) -> dict[tuple[str | None, str], Translation]:
    units: dict[tuple[str | None, str], Translation] = {}
    for block in document.blocks:
        context = context_for_role(block.role)
        for n, segment in enumerate(block.segments):
            shown = _dirty(segment.text, n, inside=inside) if dirty else segment.text
            units[(context, segment.text)] = Translation(shown)
    return units


def _editions(document: Document, code: str, *, dirty: bool) -> list[str]:
    if dirty:
        document = dataclasses.replace(
            document,
            section=_dirty(document.section or "World", 1),
            author=_dirty(document.author or "A. Writer", 2),
            source=_dirty(document.source or "Wire", 3),
            editor=_dirty(document.editor or "B. Editor", 4),
        )
    else:
        document = dataclasses.replace(
            document,
            section=document.section or "World",
            author=document.author or "A. Writer",
            source=document.source or "Wire",
            editor=document.editor or "B. Editor",
        )
    locale = parse_locale(code)
    units = _translations(document, dirty=dirty, inside=locale.direction == "ltr")
    article = assemble_article(document, units, locale, domain="d")
    return render_formats(article, ["txt", "md"])


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.name)
@pytest.mark.parametrize("code", ["de", "ar"])
def test_forbidden_characters_go_and_nothing_else_changes(page, code: str) -> None:  # type: ignore[no-untyped-def]
    document = parse_document(page)
    clean = _editions(document, code, dirty=False)
    dirty = _editions(document, code, dirty=True)
    for fmt, clean_page, dirty_page in zip(("txt", "md"), clean, dirty, strict=True):
        assert FORBIDDEN_ANYWHERE.search(dirty_page) is None, fmt
        assert dirty_page == clean_page, fmt
    assert "\n\n" in clean[0] and clean[0].endswith("\n")  # paragraphs, as the page's structure


def _escaped_char_by_char(text: str) -> str:
    """What CommonMark escaping makes of each character on its own: a special one with a
    backslash, a newline a space, a forbidden one nothing."""
    out = []
    for char in text:
        if FORBIDDEN_ANYWHERE.fullmatch(char):
            continue
        out.append("\\" + char if char in _SPECIAL else " " if char == "\n" else char)
    return "".join(out)


def test_markdown_escaping_is_character_by_character_on_real_sentences() -> None:
    texts = [segment.text for page in PAGES for block in parse_document(page).blocks for segment in block.segments]
    texts += ["", "plain", "a*b_c", "\\*", "x\ny", "<script>&amp;</script>", "|!#~`[]", "\x0b*\x85", "字*ي"]
    assert len(texts) > 100
    escaped = 0
    for text in texts:
        assert escape_markdown(text) == _escaped_char_by_char(text), text
        escaped += escape_markdown(text) != text
    assert escaped > 5  # texts that needed escaping were among them, or this test proves little
