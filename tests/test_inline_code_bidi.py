"""In a right-to-left edition inline code is isolated left to right, and only the code: a link or
emphasis around it stays in the sentence's direction with the words it holds. The HTML writer puts
`<bdi dir="ltr">` inside `<code>`; Markdown and plain text must put LRI…PDI around exactly the same
text (l10n/assemble/bidi.py, UAX #9 §2.7), not around a link that opens on the code
(`[`--check-cfg` العلم](…)` read the Arabic word left to right).

The posts are real (tests/data/blind/md, sources in its SOURCES.md); their translation changes each
lower-case word around the placeholders into an Arabic word, as a translator keeps the tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import text_isolates
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from l10n.assemble.article import assemble_article
from l10n.assemble.bidi import FSI, LRI, PDI
from l10n.assemble.html import render_html
from l10n.assemble.markdown import render_markdown
from l10n.assemble.text import render_plain_text
from l10n.extract import extract_units
from l10n.ingest.markdown import ingest_markdown
from l10n.locales import parse_locale
from l10n.model import Translation
from l10n.segment import segment_document

BLIND_MD = Path(__file__).resolve().parent / "data" / "blind" / "md"
POSTS = ["rust-Rust-1.80.0.md", "nodejs-collab-summit-2024-dublin.md"]  # links that open on code
_PLAIN_WORD = re.compile(r"(?<![{\w])[a-z][a-z'’]*(?![\w}])")


def _edition(name: str, code: str) -> tuple[str, str, str]:
    """The post's `code` edition as (HTML, Markdown, plain text), every unit translated."""
    doc = segment_document(ingest_markdown((BLIND_MD / name).read_text(encoding="utf-8"), source_path=name))
    translations = {
        unit.key: Translation(msgstr=_PLAIN_WORD.sub("كلمة", unit.msgid), fuzzy=False)
        for unit in extract_units(doc, reference_path=name)
    }
    article = assemble_article(doc, translations, parse_locale(code), domain="post")
    return render_html(article), render_markdown(article), render_plain_text(article)


def _html_code_isolates(page: str) -> list[str]:
    """The text of each left-to-right `<bdi>` directly inside inline code, in order."""
    body = lxml_html.fromstring(page.encode()).find("body")
    return [bdi.text_content() for bdi in body.iter("bdi") if bdi.get("dir") == "ltr" and bdi.getparent().tag == "code"]


def _shown(markdown: str) -> str:
    """What a Markdown inline fragment shows: its text and code, its syntax read (markdown-it-py)."""
    tokens = MarkdownIt("commonmark").parseInline(markdown)[0].children or []
    return "".join(token.content for token in tokens if token.type in ("text", "code_inline"))


def _code_isolates(isolates: list[tuple[str, str]], codes: list[str], shown=lambda text: text) -> list[str]:
    """What each LRI isolate that holds one of `codes` shows, in order."""
    inner = [shown(text) for kind, text in isolates if kind == LRI]
    return [text for text in inner if any(code in text for code in codes)]


@pytest.mark.parametrize("name", POSTS)
def test_markdown_and_text_editions_isolate_only_the_code(name: str) -> None:
    page, markdown, text = _edition(name, "ar")
    codes = _html_code_isolates(page)
    assert len(codes) >= 5 and any("--check-cfg" in c or "ncu-ci" in c for c in codes)
    assert _code_isolates(text_isolates(text, nested=True), codes) == codes
    assert _code_isolates(text_isolates(markdown, nested=True), codes, _shown) == codes
    assert not re.search(r"\u2066\[", markdown)  # no isolate opens before a link's text
    linked = re.findall(r"\[\u2066`+[^`]+`+\u2069 [^\]]+\]\(", markdown)
    assert linked  # a link whose text opens on code and goes on in words: the case at hand


def test_left_to_right_editions_carry_no_isolates_around_code() -> None:
    _, markdown, text = _edition(POSTS[0], "de")
    assert not re.search("[\u2066-\u2069]", markdown + text)
