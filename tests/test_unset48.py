"""A template's placeholder for a value it did not have ("null") is no stated value (session 48; readcheck48 saw
spidersweb's `<meta property="article:section" content="null">` shown to readers above the story on every edition).
Each test reads the page both ways: the placeholder stated, and a real value in its place (the near miss)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from page_support import STORY, TITLE, ingest

from l10n.ingest import ingest_file
from l10n.ingest.metadata import read_metadata

MARKET_REPORT = Path(__file__).parent / "data" / "articles" / "market_report.html"
SECTION = '<meta property="article:section" content="Business / Markets">'


def test_a_whole_page_s_null_section_is_no_section() -> None:
    def section(value: str) -> str:
        head = f'{TITLE}<meta property="article:section" content="{value}">'
        return ingest(f"<h1>Harbour reopens after the storm</h1>{STORY}", head).section

    assert section("null") == ""
    assert section("undefined") == ""
    assert section("Nullarbor") == "Nullarbor"


def test_a_json_ld_null_string_is_no_writer() -> None:
    def writers(value: str) -> list[str]:
        data = f'{{"@type": "NewsArticle", "headline": "Harbour reopens", "author": {{"@type": "Person", "name": "{value}"}}}}'
        page = (
            f'<html><head>{TITLE}<script type="application/ld+json">{data}</script></head><body>{STORY}</body></html>'
        )
        return read_metadata(lxml.html.document_fromstring(page)).authors

    assert writers("None") == []
    assert writers("Ann Lee") == ["Ann Lee"]


def test_an_article_only_page_s_null_section_is_no_section(tmp_path: Path) -> None:
    text = MARKET_REPORT.read_text(encoding="utf-8")
    assert text.count(SECTION) == 1
    page = tmp_path / "market_report.html"
    page.write_text(text.replace(SECTION, '<meta property="article:section" content="null">'), encoding="utf-8")
    assert ingest_file(page).section == ""
    assert ingest_file(MARKET_REPORT).section == "Business / Markets"
