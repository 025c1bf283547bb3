"""A heading keeps its rank in every edition: a Markdown `###`, an HTML `<h3>`, a Word "Heading 3"
is not flattened to a level 2 (it was, in every edition, until this test). The reference is each
source read by another reader — markdown-it-py's tokens, lxml's `<h1>`–`<h6>`, python-docx's
paragraph styles — never our ingest, on real files: the blind Markdown posts, the saved news pages
and the Word files of tests/data (sources in their SOURCES.md). The edition's headings must keep
the source's steps between them, the highest body heading being a level 2 (the headline is the
one level 1)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from lxml import etree
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from l10n.assemble.article import assemble_article
from l10n.assemble.html import render_html
from l10n.assemble.markdown import render_markdown
from l10n.ingest import ingest_file
from l10n.ingest.markdown import split_front_matter
from l10n.locales import parse_locale
from l10n.memory.document_codec import FORMAT, decode_document, encode_document
from l10n.segment import segment_document

DATA = Path(__file__).resolve().parent / "data"


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _ranks(pairs: list[tuple[str, int]]) -> dict[str, int]:
    """Text → rank, leaving out a text the source heads at two ranks (no way to pair it)."""
    seen: dict[str, set[int]] = {}
    for text, rank in pairs:
        seen.setdefault(_key(text), set()).add(rank)
    return {text: ranks.pop() for text, ranks in seen.items() if len(ranks) == 1 and text}


def _plain(inline) -> str:  # noqa: ANN001 (a markdown-it token)
    return "".join(child.content for child in inline.children or [] if child.type in ("text", "code_inline"))


def markdown_ranks(path: Path) -> dict[str, int]:
    _, body = split_front_matter(path.read_text(encoding="utf-8"))
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    return _ranks(
        [(_plain(tokens[i + 1]), int(token.tag[1])) for i, token in enumerate(tokens) if token.type == "heading_open"]
    )


def html_ranks(path: Path) -> dict[str, int]:
    root = lxml_html.fromstring(path.read_bytes())
    return _ranks([(h.text_content(), int(h.tag[1])) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")])


def docx_ranks(path: Path) -> dict[str, int]:
    pairs = []
    for paragraph in docx.Document(io.BytesIO(path.read_bytes())).paragraphs:
        name = (paragraph.style.name or "") if paragraph.style is not None else ""
        match = re.fullmatch(r"Heading ([1-9])", name)
        if match:
            pairs.append((paragraph.text, int(match.group(1))))
    return _ranks(pairs)


def edition_headings(path: Path) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(text, level) of each body heading of the article's HTML and Markdown editions (no
    translations: the source text shows), in order."""
    doc = segment_document(ingest_file(path))
    article = assemble_article(doc, {}, parse_locale("de"), domain="article")
    root = etree.fromstring(render_html(article).removeprefix("<!DOCTYPE html>").encode(), etree.HTMLParser())
    in_html = [("".join(h.itertext()), int(h.tag[1])) for h in root.iter("h2", "h3", "h4", "h5", "h6")]
    tokens = MarkdownIt("commonmark").enable("table").parse(render_markdown(article))
    in_markdown = [
        (_plain(tokens[i + 1]), int(token.tag[1]))
        for i, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag != "h1"
    ]
    return in_html, in_markdown


def assert_steps_kept(shown: list[tuple[str, int]], ranks: dict[str, int], name: str) -> int:
    """Every shown heading the source heads at one rank is at that rank moved by one shift for
    the whole article, the highest at level 2 (no level skipped above it). Returns how many."""
    paired = [(level, ranks[_key(text)]) for text, level in shown if _key(text) in ranks]
    assert all(2 <= level <= 6 for level, _ in paired), (name, paired)
    unclamped = [(level, rank) for level, rank in paired if level < 6]
    shifts = {level - rank for level, rank in unclamped}
    assert len(shifts) <= 1, (name, paired)
    if paired:
        assert min(level for level, _ in paired) == 2, (name, paired)
    return len(paired)


MARKDOWN = sorted(
    path for path in (DATA / "blind" / "md").glob("*.md") if re.search(r"(?m)^###", path.read_text("utf-8"))
)
PAGES = [
    DATA / "realworld" / name
    for name in (
        "24tv-ua-venediktova.html",
        "canarias7-es-cimientos.html",
        "comwrap-com-patientenakte.html",
        "aargauerzeitung-ch-israel.html",
    )
]
WORD = [DATA / "docx" / name for name in ("poi-61787.docx", "poi-drawing.docx", "poi-bug65738.docx")]


def test_the_corpus_has_headings_of_several_ranks() -> None:
    assert len(MARKDOWN) >= 6
    deep = [path for path in MARKDOWN if len(set(markdown_ranks(path).values()) - {1}) >= 2]
    assert len(deep) >= 4


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda path: path.stem)
def test_a_markdown_post_keeps_its_heading_steps(path: Path) -> None:
    in_html, in_markdown = edition_headings(path)
    ranks = markdown_ranks(path)
    assert assert_steps_kept(in_html, ranks, path.name) >= 2
    assert [(_key(t), n) for t, n in in_markdown] == [(_key(t), n) for t, n in in_html]  # same headings, same levels


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_a_saved_news_page_keeps_its_heading_steps(path: Path) -> None:
    in_html, _ = edition_headings(path)
    ranks = html_ranks(path)
    assert assert_steps_kept(in_html, ranks, path.name) >= 2
    if len({ranks[_key(text)] for text, _ in in_html if _key(text) in ranks}) > 1:
        assert len({level for _, level in in_html}) > 1, path.name  # sections and subsections stay apart


@pytest.mark.parametrize("path", WORD, ids=lambda path: path.stem)
def test_a_word_file_keeps_its_heading_steps(path: Path) -> None:
    in_html, in_markdown = edition_headings(path)
    ranks = docx_ranks(path)
    assert assert_steps_kept(in_html, ranks, path.name) >= 3
    assert len({level for _, level in in_html}) >= 2, path.name  # Heading 1 and Heading 2 not merged
    assert [(_key(t), n) for t, n in in_markdown] == [(_key(t), n) for t, n in in_html]


def test_the_kept_parse_carries_the_levels_and_an_older_one_is_not_read() -> None:
    doc = segment_document(ingest_file(WORD[0]))
    levels = [block.level for block in doc.blocks if block.role == "heading"]
    assert len(set(levels)) >= 2
    data = encode_document(doc)
    assert data is not None
    again = decode_document(data, source_path=doc.source_path)
    assert again is not None
    assert [block.level for block in again.blocks if block.role == "heading"] == levels
    older = data.replace(FORMAT.encode(), b"l10n-document-2", 1)  # a parse kept before levels were
    assert decode_document(older, source_path=doc.source_path) is None
