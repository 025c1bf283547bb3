"""A paragraph whose sentences are text alone is serialised while the page is built
(`html._sentences_markup` into `html_tree.Element.inner`): the same bytes as lxml writes for the
plain tree (`html_root(plain=True)`), whatever the sentences' statuses, languages and characters,
and lxml's page where a value is one lxml escapes its own way.

The articles are made here from the mechanism: every kind of sentence a paragraph can hold next
to each other (reviewed, machine, fuzzy, held, untranslated; the page's language or another;
empty; with what HTML escapes and what XML forbids), on left-to-right and right-to-left pages.
"""

from __future__ import annotations

import itertools

import pytest
from lxml import html as lxml_html

from l10n.assemble.article import LocalizedArticle, LocalizedBlock, LocalizedSegment
from l10n.assemble.html import DOCTYPE, html_root, render_html
from l10n.assemble.html_tree import Element, NotPlain, to_html, to_lxml
from l10n.assemble.pieces import Value
from l10n.locales import parse_locale

TEXTS = ("Plain words.", "a < b & c > d\r", "bell\x0b\x7f here", "", "Ünïcödé — 字 ي")
STATUSES = ("reviewed", "mt", "fuzzy", "held", "untranslated")


def _lxml_page(article: LocalizedArticle) -> str:
    root = to_lxml(html_root(article, plain=True))
    return lxml_html.tostring(root, doctype=DOCTYPE, encoding="unicode", pretty_print=True)


def _article(code: str, paragraphs: list[list[LocalizedSegment]], role: str = "paragraph") -> LocalizedArticle:
    blocks = [LocalizedBlock(role, None, segments) for segments in paragraphs]  # type: ignore[arg-type]
    return LocalizedArticle(parse_locale(code), "d", "Title", "", None, "", "", "", "", blocks)


def _paragraphs(page_lang: str) -> list[list[LocalizedSegment]]:
    """Runs of three sentences over every status, language (the page's, English) and text."""
    kinds = list(itertools.product(STATUSES, (page_lang, "en"), TEXTS))
    segments = [
        LocalizedSegment((text, Value(" 1,5 %")) if n % 4 == 0 else (text,), status, lang, " " if n % 3 else "")  # type: ignore[arg-type]
        for n, (status, lang, text) in enumerate(kinds)
    ]
    return [segments[start : start + 3] for start in range(0, len(segments), 3)] + [[]]


@pytest.mark.parametrize("code", ["de", "zh_CN", "ar"])
@pytest.mark.parametrize("role", ["paragraph", "summary", "quote"])
def test_paragraphs_serialised_while_built_are_lxml_bytes(code: str, role: str) -> None:
    article = _article(code, _paragraphs(parse_locale(code).bcp47), role)
    root = html_root(article)
    article_element = root.children[1].children[0]
    paragraphs = article_element.children[1:]  # written without an element (`html._block_markup`): `outer`
    inner = [paragraph for paragraph in paragraphs if paragraph.outer is not None]
    if code == "ar":  # a sentence in the page's language is isolated (`<bdi>`): only all-English ones
        assert 0 < len(inner) < len(paragraphs)
    else:
        assert len(inner) == len(paragraphs)  # the short way taken, or this test proves nothing
    assert to_html(root, DOCTYPE) == _lxml_page(article) == render_html(article)


def test_a_value_lxml_writes_its_own_way_gives_lxml_page() -> None:
    """A sentence language with a `"` (an article's odd declared tag): lxml picks the quotes,
    so `render_html` hands the plain tree to it, serialised paragraphs and all."""
    odd = LocalizedSegment(("Hello.",), "untranslated", 'x"y', " ")
    article = _article("de", [[LocalizedSegment(("Hallo.",), "reviewed", "de"), odd]])
    with pytest.raises(NotPlain):
        html_root(article)
    assert render_html(article) == _lxml_page(article)
    assert "lang='x\"y'" in render_html(article)


def test_lxml_is_never_given_serialised_content() -> None:
    root = Element("html")
    paragraph = Element("p")
    paragraph.inner = "<span>x</span>"
    root.children.append(paragraph)
    with pytest.raises(ValueError, match="plain"):
        to_lxml(root)
