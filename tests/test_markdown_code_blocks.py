"""Code blocks of a Markdown article (CommonMark §4.4 indented, §4.5 fenced) reach every
edition as written and are never units: on the real posts of tests/data/blind/md (sources in
its SOURCES.md) and on fences built to be hard (a fence inside the code, tildes, a right-to-left
page). The reference is markdown-it-py's own reading of the source, not our ingest."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from lxml import etree
from markdown_it import MarkdownIt

from l10n.assemble.article import assemble_article
from l10n.assemble.html import render_html
from l10n.assemble.markdown import render_markdown
from l10n.assemble.text import render_plain_text
from l10n.extract import extract_units
from l10n.ingest.markdown import ingest_markdown, split_front_matter
from l10n.locales import parse_locale
from l10n.segment import segment_document

BLIND_MD = Path(__file__).resolve().parent / "data" / "blind" / "md"
WITH_CODE = sorted(path for path in BLIND_MD.glob("*.md") if "```" in path.read_text(encoding="utf-8"))


def reference_code(text: str) -> list[tuple[str, str]]:
    """(language, text) of every top-level code block, as markdown-it-py reads the source."""
    _, body = split_front_matter(text)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    found = []
    for token in tokens:
        if token.type in ("fence", "code_block") and token.content.strip():
            language = token.info.split()[0] if token.info.split() else ""
            found.append((language, token.content.removesuffix("\n")))
    return found


def editions(text: str, locale: str = "de") -> tuple[str, str, str, list[str]]:
    doc = segment_document(ingest_markdown(text, source_path="post.md"))
    msgids = [unit.msgid for unit in extract_units(doc, reference_path="post.md")]
    article = assemble_article(doc, {}, parse_locale(locale), domain="post")
    return render_html(article), render_markdown(article), render_plain_text(article), msgids


def html_code(page: str) -> list[tuple[str, str, etree._Element]]:
    root = etree.fromstring(page.removeprefix("<!DOCTYPE html>").encode(), etree.HTMLParser())
    return [
        ((code.get("class") or "").removeprefix("language-"), code.text or "", code.getparent())
        for code in root.iter("code")
        if code.getparent().tag == "pre"
    ]


def test_the_corpus_has_code_blocks() -> None:
    assert len(WITH_CODE) >= 6
    assert sum(len(reference_code(path.read_text(encoding="utf-8"))) for path in WITH_CODE) >= 20


@pytest.mark.parametrize("path", WITH_CODE, ids=lambda path: path.stem)
def test_every_code_block_is_in_every_edition_as_written_and_in_no_unit(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    expected = reference_code(source)
    page, markdown, text, msgids = editions(source)
    shown = [(language, code) for language, code, _ in html_code(page)]
    for block in expected:
        assert block in shown, block
        assert block[1] in text, block[1][:60]
    assert reference_code(markdown) == [block for block in expected], path.name  # the edition's fences
    units, prose = "\n".join(msgids), source
    for _, code in expected:
        prose = prose.replace(code, "")
    for _, code in expected:  # a long code line quoted in the prose too is the prose's
        lines = [line.strip() for line in code.splitlines() if len(line.strip()) > 25 and line.strip() not in prose]
        assert not any(line in units for line in lines), code[:60]


def test_a_fence_in_the_code_a_tilde_fence_and_an_indented_block_survive() -> None:
    source = (
        "# Title\n\nSome prose before.\n\n"
        "````markdown\n```python\nprint('inner')\n```\n````\n\n"
        "~~~\nfirst line\n\n  indented after a blank\n~~~\n\n"
        "Prose between.\n\n    four spaces in\n    <script>alert(1)</script>\n\nLast words.\n"
    )
    page, markdown, text, msgids = editions(source)
    expected = [
        ("markdown", "```python\nprint('inner')\n```"),
        ("", "first line\n\n  indented after a blank"),
        ("", "four spaces in\n<script>alert(1)</script>"),
    ]
    assert reference_code(source) == expected
    assert [(language, code) for language, code, _ in html_code(page)] == expected
    assert "<script>" not in page and html.escape("<script>alert(1)</script>", quote=False) in page
    assert reference_code(markdown) == expected
    for _, code in expected:
        assert code in text
    assert msgids == ["Title", "Some prose before.", "Prose between.", "Last words."]


def test_a_near_miss_an_inline_code_span_stays_in_its_sentence() -> None:
    page, _, _, msgids = editions("# T\n\nRun `cargo build` now.\n")
    assert html_code(page) == []
    assert msgids == ["T", "Run {code_1} now."]


def test_code_reads_left_to_right_on_a_right_to_left_page_and_is_not_for_translators() -> None:
    page, *_ = editions("# T\n\nProse.\n\n```c\nint x = 1;\n```\n", locale="ar")
    ((language, code, pre),) = html_code(page)
    assert (language, code) == ("c", "int x = 1;")
    assert pre.get("dir") == "ltr" and pre.get("translate") == "no"


def test_a_language_that_is_not_a_plain_name_is_left_off() -> None:
    page, markdown, _, _ = editions('# T\n\nProse.\n\n```x" onload="alert(1)\ncode\n```\n')
    assert html_code(page)[0][:2] == ("", "code")
    assert "onload" not in page and "onload" not in markdown
