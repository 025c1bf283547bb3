"""HTML ingest: structure, metadata, figures, inline markup offsets, chrome skipping, hardening."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from l10n.errors import IngestError
from l10n.ingest import ingest_file
from l10n.ingest.html import ingest_html
from l10n.model import Block, Document

ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def report() -> Document:
    return ingest_file(ARTICLES / "market_report.html")


def _block_containing(doc: Document, words: str) -> Block:
    return next(block for block in doc.blocks if words in block.text)


def _marked(block: Block) -> list[tuple[str, str]]:
    return [(markup.tag, block.text[markup.start : markup.end]) for markup in block.markup]


def test_market_report_roles_in_order(report: Document) -> None:
    assert [block.role for block in report.blocks] == [
        "headline",
        "byline",
        "paragraph",
        "paragraph",
        "alt",
        "credit",
        "caption",
        "paragraph",
        "heading",
        "paragraph",
        "quote",
        "paragraph",
        "list_item",
        "list_item",
        "list_item",
        "paragraph",
    ]


def test_market_report_metadata(report: Document) -> None:
    assert report.source_format == "html"
    assert report.headline == "European shares slip as energy costs bite"
    assert report.author == "Clara Whitfield"
    assert report.published == dt.datetime(2020, 11, 28, 16, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert report.section == "Business / Markets"
    assert (report.source, report.editor) == ("Reuters", "Tom Hargreaves")


def test_market_report_skips_page_chrome(report: Document) -> None:
    everything = " ".join(block.text for block in report.blocks)
    for chrome in (
        "Home",
        "Related stories",
        "Asian markets",
        "dataLayer",
        "All rights reserved",
        "Share this article",
        "Source:",
        "4:45 p.m. CET",
    ):
        assert chrome not in everything


def test_market_report_figure_has_alt_text_then_credit_then_caption(report: Document) -> None:
    alt, credit, caption = report.blocks[4], report.blocks[5], report.blocks[6]
    assert (alt.role, alt.text, alt.figure) == ("alt", "Traders at their desks", 1)
    assert (credit.role, credit.text, credit.figure) == ("credit", "Reuters", 1)
    assert caption.role == "caption" and caption.figure == 1
    assert caption.text == "Traders work on the floor of the Frankfurt Stock Exchange on November 27."
    assert report.extra["figure.1.src"] == "/images/2020/11/trading-floor.jpg"


def test_market_report_inline_markup_points_at_the_words(report: Document) -> None:
    assert _marked(report.blocks[1]) == [("a", "Clara Whitfield")]
    assert dict(report.blocks[1].markup[0].attrs)["href"] == "/staff/clara-whitfield"
    assert _marked(_block_containing(report, "worries about")) == [("em", "margins")]
    link_block = _block_containing(report, "STOXX 600")
    assert _marked(link_block) == [("a", "exchange data")]
    assert link_block.markup[0].attrs == (("href", "https://www.example.com/data/ftse"), ("title", "Index data"))
    assert _marked(_block_containing(report, "chemicals maker")) == [("strong", "Rheinhold AG")]
    assert _marked(_block_containing(report, "retail sales")) == [("abbr", "UK")]


def test_line_break_is_a_void_element_between_the_sentences(report: Document) -> None:
    block = _block_containing(report, "Brent crude")
    (br,) = block.markup
    assert (br.tag, br.void, br.start, br.end) == ("br", True, block.text.index(" Brent"), block.text.index(" Brent"))
    assert block.text == (
        "The euro was little changed at US$1.1962, and sterling eased 0.3% to US$1.3318. "
        "Brent crude gained 1.1% to US$48.18 a barrel."
    )


def test_market_report_lines_and_text(report: Document) -> None:
    assert [(block.role, block.line) for block in report.blocks[:3]] == [
        ("headline", 25),
        ("byline", 26),
        ("paragraph", 30),
    ]
    quote = report.blocks_with_role("quote")[0]
    assert quote.text.startswith("\u201cInvestors are pricing in a long winter")
    assert "  " not in quote.text and "\n" not in quote.text
    assert report.blocks_with_role("list_item")[0].text == (
        "a further rise in the Dutch TTF gas benchmark, now near \u20ac48 per megawatt-hour;"
    )


def test_broken_markup_still_parses_and_entities_do_nothing() -> None:
    doc = ingest_file(ARTICLES / "broken_markup.html")
    everything = " ".join(block.text for block in doc.blocks)
    assert doc.headline == "Council approves night-market plan"
    assert "boom boom" not in everything and "root:" not in everything and "]>" not in everything
    assert [block.role for block in doc.blocks] == ["headline", "paragraph", "paragraph", "list_item", "list_item"]
    assert _marked(doc.blocks[1]) == [("b", "Harbour Street")]
    assert doc.blocks[2].text.startswith("Stall holders will pay a monthly fee of HK$1,200 from January 1")
    assert [block.text for block in doc.blocks[3:]] == ["Opening hours: 6 p.m. to midnight", "Up to 80 stalls"]


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY leak "LEAKED">')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback_url() -> Iterator[tuple[str, list[str]]]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    _CountingHandler.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", _CountingHandler.requests
    finally:
        server.shutdown()
        server.server_close()


def test_parser_fetches_nothing_and_expands_no_entities(loopback_url: tuple[str, list[str]]) -> None:
    url, requests = loopback_url
    html = (
        f'<!DOCTYPE html SYSTEM "{url}/page.dtd" [\n<!ENTITY % remote SYSTEM "{url}/evil.dtd"> %remote;\n'
        '<!ENTITY local SYSTEM "file:///etc/hostname">\n]>\n'
        f'<link rel="stylesheet" href="{url}/site.css"><h1>Title</h1>\n<p>A &local; &leak; B</p>\n'
        f'<p><img src="{url}/photo.jpg">Caption</p>'
    )
    doc = ingest_html(html)
    assert requests == []
    assert doc.blocks[1].text == "A &local; &leak; B"
    assert doc.blocks[1].line == 6


def test_headline_from_og_title_then_title_when_there_is_no_h1() -> None:
    doc = ingest_html(
        '<html><head><title>Site | Story</title>\n<meta property="og:title" content="Story">\n'
        '<meta name="author" content="Ann Lee"></head><body><p>Text.</p></body></html>'
    )
    assert (doc.headline, doc.blocks[0].role, doc.blocks[0].line) == ("Story", "headline", 2)
    assert doc.author == "Ann Lee" and doc.blocks_with_role("byline") == []
    doc = ingest_html("<title>Only a title</title><p>Text.</p>")
    assert [(block.role, block.text) for block in doc.blocks] == [("headline", "Only a title"), ("paragraph", "Text.")]


def test_time_element_gives_the_published_time_and_naive_stays_naive() -> None:
    doc = ingest_html('<h1>H</h1><time datetime="2021-07-25T10:42:00+08:00">25 July</time><p>Text.</p>')
    assert doc.published.utcoffset() == dt.timedelta(hours=8)
    assert "25 July" not in " ".join(block.text for block in doc.blocks)
    doc = ingest_html('<h1>H</h1><p>Posted <time datetime="2021-07-25">Sunday</time>.</p>')
    assert doc.published == dt.datetime(2021, 7, 25) and doc.published.tzinfo is None
    assert doc.blocks[1].text == "Posted Sunday."


def test_nested_markup_outer_element_first_and_spaces_outside_elements() -> None:
    doc = ingest_html('<p>  Big\n <a href="/x"> <em>news</em> today </a>, friends<b> </b>!</p>')
    block = doc.blocks[0]
    assert block.text == "Big news today , friends !"
    assert _marked(block) == [("a", "news today"), ("em", "news")]


def test_event_handlers_and_script_urls_are_dropped_from_attributes() -> None:
    doc = ingest_html(
        '<p><a href="javascript:alert(1)" onclick="steal()" title="t">x</a> <a href="/ok" onmouseover="x()">y</a></p>'
    )
    assert [markup.attrs for markup in doc.blocks[0].markup] == [(("title", "t"),), (("href", "/ok"),)]


def test_blockquote_without_paragraphs_and_loose_text_in_divs() -> None:
    doc = ingest_html("<div>Loose text<blockquote>Said it.</blockquote>more loose</div>")
    assert [(block.role, block.text) for block in doc.blocks] == [
        ("paragraph", "Loose text"),
        ("quote", "Said it."),
        ("paragraph", "more loose"),
    ]


@pytest.mark.parametrize("html", ["", "  \n ", "<html></html>", "<!-- only a comment -->", "<script>x()</script>"])
def test_html_without_text_is_an_ingest_error(html: str) -> None:
    with pytest.raises(IngestError) as caught:
        ingest_html(html, source_path="empty.html")
    assert str(caught.value).startswith("empty.html:1: ")


def test_author_link_marks_only_its_own_paragraph_as_byline() -> None:
    doc = ingest_html(
        '<article><header><h1>T</h1><p>By <a rel="author" href="/a">Xu Li</a></p></header>'
        "loose text<p>Body.</p></article>"
    )
    assert [(block.role, block.text) for block in doc.blocks] == [
        ("headline", "T"),
        ("byline", "Xu Li"),
        ("paragraph", "loose text"),
        ("paragraph", "Body."),
    ]
    assert doc.author == "Xu Li"


def test_figure_credit_in_small_or_cite_inside_the_caption() -> None:
    doc = ingest_html(
        "<h1>T</h1><figure><img src='a.jpg'><figcaption>Crowds on the <em>Bund</em>. "
        "<small>Photo: Wang Gang</small></figcaption></figure>"
        "<figure><figcaption><cite>AFP</cite> Rescuers at work.</figcaption></figure>"
    )
    assert [(block.role, block.figure, block.text) for block in doc.blocks[1:]] == [
        ("credit", 1, "Wang Gang"),  # the edition prints its own label (credits23)
        ("caption", 1, "Crowds on the Bund."),
        ("credit", 2, "AFP"),
        ("caption", 2, "Rescuers at work."),
    ]
    assert _marked(doc.blocks[2]) == [("em", "Bund")]


def test_absurdly_deep_nesting_is_reported_not_silently_dropped() -> None:
    with pytest.raises(IngestError, match="nested deeper than 256") as caught:
        ingest_html("<h1>T</h1>\n" + "<div>" * 400 + "lost text", source_path="deep.html")
    assert caught.value.line == 2


def test_cms_byline_with_a_job_title_is_the_name_and_the_role_is_kept_apart() -> None:
    doc = ingest_html(
        '<h1>Exams</h1><p class="byline">By <a href="/p/ra">Richard Adams</a> Education editor</p><p>Hi.</p>'
    )
    byline = doc.blocks[1]
    assert (byline.role, byline.text, doc.author, doc.author_role) == (
        "byline",
        "Richard Adams",
        "Richard Adams",
        "Education editor",
    )
    assert [(m.tag, byline.text[m.start : m.end]) for m in byline.markup] == [("a", "Richard Adams")]


def test_caption_with_its_credit_glued_on_is_split() -> None:
    doc = ingest_html(
        '<h1>Fog</h1><figure><img src="fog.jpg" alt="Fog over the bay"><figcaption>Fog covers the bay, a rare '
        "phenomenon.<span>Credit: Ou Dongqu/Xinhua</span></figcaption></figure><p>Hi.</p>"
    )
    assert [(b.role, b.text, b.figure) for b in doc.blocks if b.figure] == [
        ("alt", "Fog over the bay", 1),
        ("caption", "Fog covers the bay, a rare phenomenon.", 1),
        ("credit", "Ou Dongqu/Xinhua", 1),
    ]
