"""Markdown ingest: front matter, headings, byline, figures, quotes, lists, inline markup, lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l10n.errors import IngestError
from l10n.ingest import ingest_file
from l10n.ingest.markdown import ingest_markdown
from l10n.model import Block, Document

ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def feature() -> Document:
    return ingest_file(ARTICLES / "science_feature.md")


def _marked(block: Block) -> list[tuple[str, str]]:
    return [(markup.tag, block.text[markup.start : markup.end]) for markup in block.markup]


def test_science_feature_roles_and_lines(feature: Document) -> None:
    assert [(block.role, block.line) for block in feature.blocks] == [
        ("headline", 10),
        ("byline", 12),
        ("paragraph", 14),
        ("paragraph", 18),
        ("alt", 21),
        ("credit", 21),
        ("caption", 22),
        ("heading", 24),
        ("paragraph", 26),
        ("quote", 29),
        ("paragraph", 32),
        ("list_item", 34),
        ("list_item", 35),
        ("list_item", 36),
        ("heading", 38),
        ("paragraph", 40),
    ]


def test_science_feature_front_matter(feature: Document) -> None:
    assert feature.source_format == "md"
    assert feature.headline == "Deep-sea microbes survive on hydrogen, study finds"
    assert feature.published == dt.datetime(2022, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert (feature.author, feature.section) == ("Priya Raman", "Science / Environment")
    assert (feature.source, feature.editor) == ("Example Wire", "Daniel Okafor")
    assert not any(block.text.startswith(("Source:", "title:")) for block in feature.blocks)


def test_science_feature_figure(feature: Document) -> None:
    credit, caption = feature.blocks_with_role("credit")[0], feature.blocks_with_role("caption")[0]
    assert (credit.text, credit.figure, caption.figure) == ("Marum / University of Bremen", 1, 1)
    assert caption.text == "Scientists examine a sediment core recovered from 2,300 meters below the sea floor."
    assert caption.markup == []  # the emphasis that marks a caption line is presentation
    assert feature.extra["figure.1.src"] == "images/core-sample.jpg"
    assert feature.extra["figure.1.alt"] == "A sediment core on the deck of a research vessel"


def test_science_feature_inline_markup(feature: Document) -> None:
    byline = feature.blocks[1]
    assert (byline.text, byline.markup) == ("Priya Raman", [])
    first = feature.blocks[2]
    assert first.text.endswith("published on Monday in the journal Nature Geoscience.")
    assert _marked(first) == [("a", "Nature Geoscience"), ("em", "Nature Geoscience")]
    assert first.markup[0].attrs == (("href", "https://www.nature.com/ngeo/"),)
    assert _marked(feature.blocks[3]) == [("strong", "Dr. Ana Lucía Ferreira")]
    assert _marked(feature.blocks[-1]) == [("code", "2024")]


def test_quote_joins_its_lines(feature: Document) -> None:
    (quote,) = feature.blocks_with_role("quote")
    assert quote.text == (
        '"It changes how we think about where life can persist — on Earth and perhaps on Mars or Europa."'
    )


def test_caption_in_its_own_paragraph_and_image_without_caption() -> None:
    doc = ingest_markdown(
        "# Title\n\n![Crowd](a.jpg)\n\n*Fans gather outside the stadium.*\n\n"
        '![Map](b.png "Graphic: Example Wire")\n\nThe route runs north.\n'
    )
    assert [(block.role, block.figure, block.text) for block in doc.blocks] == [
        ("headline", None, "Title"),
        ("alt", 1, "Crowd"),
        ("caption", 1, "Fans gather outside the stadium."),
        ("alt", 2, "Map"),
        ("credit", 2, "Graphic: Example Wire"),
        ("paragraph", None, "The route runs north."),
    ]


def test_by_at_the_start_of_prose_is_not_a_byline() -> None:
    doc = ingest_markdown("# Rents rise\n\nBy the end of the year, rents rose 4%.\n\nBy Lee Min\n")
    assert [block.role for block in doc.blocks] == ["headline", "paragraph", "paragraph"]
    assert doc.author == ""


def test_headline_from_front_matter_title_and_second_h1_is_a_heading() -> None:
    doc = ingest_markdown('---\ntitle: "Quiet: a town\'s story"\nlang: en-GB\n---\nText.\n\n# Part two\n\nMore.\n')
    assert doc.headline == "Quiet: a town's story"
    assert [(block.role, block.line) for block in doc.blocks] == [
        ("headline", 2),
        ("paragraph", 5),
        ("heading", 7),
        ("paragraph", 9),
    ]
    assert doc.extra["lang"] == "en-GB"
    doc = ingest_markdown("# One\n\n# Two\n")
    assert [block.role for block in doc.blocks] == ["headline", "heading"]


def test_nested_lists_quotes_and_hard_breaks() -> None:
    doc = ingest_markdown("- first\n  - inner *one*\n- second\n\n> quoted  \n> line\n")
    assert [(block.role, block.text) for block in doc.blocks] == [
        ("list_item", "first"),
        ("list_item", "inner one"),
        ("list_item", "second"),
        ("quote", "quoted line"),
    ]
    assert _marked(doc.blocks[1]) == [("em", "one")]
    (br,) = doc.blocks[3].markup
    assert (br.tag, br.void, br.start) == ("br", True, len("quoted"))


def test_crlf_markdown_keeps_lines_and_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "feature.md"
    path.write_bytes((ARTICLES / "science_feature.md").read_bytes().replace(b"\n", b"\r\n"))
    doc = ingest_file(path)
    assert doc.published is not None and doc.published.utcoffset() == dt.timedelta(hours=-5)
    assert [block.line for block in doc.blocks][:3] == [10, 12, 14]


def test_unclosed_front_matter_is_just_markdown() -> None:
    doc = ingest_markdown("---\ntitle: x\n\nBody text.\n")
    assert doc.headline == ""
    assert "Body text." in [block.text for block in doc.blocks]


@pytest.mark.parametrize("text", ["", "\n\n", "---\ntitle:\n---\n", "```\ncode only\n```\n", "Source: X Editor: Y\n"])
def test_markdown_without_text_is_an_ingest_error(text: str) -> None:
    with pytest.raises(IngestError) as caught:
        ingest_markdown(text, source_path="empty.md")
    assert str(caught.value).startswith("empty.md:1: ")


def test_raw_html_table_broken_by_a_blank_line_stays_one_table() -> None:
    """18F's "The four operating levels of 18F projects" (18F/18f.gsa.gov, CC0) opens its table
    with `<table>`, a blank line, then the rows: two HTML blocks to CommonMark, one table on the
    page. Its cells stay cells of one table, each on its own line, not loose paragraphs."""
    text = (
        "---\ntitle: The four operating levels\n---\n\nAt 18F, we set up our work in levels.\n\n"
        "<table>\n  \n<tbody>\n"
        '  <tr style="background-color:#c9daf8;">\n'
        '    <td colspan="2"><strong>Product delivery</strong><br/>Building a user-centered product</td>\n'
        "  </tr>\n  <tr>\n    <td>Current work</td>\n    <td>Near-term work</td>\n  </tr>\n"
        "</tbody>\n</table>\n\n## Project management\n\nThroughout the engagement, we align.\n"
    )
    blocks = ingest_markdown(text).blocks
    assert [(block.role, block.line) for block in blocks] == [
        ("headline", 2),
        ("paragraph", 5),
        ("cell", 11),
        ("cell", 14),
        ("cell", 15),
        ("heading", 20),
        ("paragraph", 22),
    ]
    assert [(b.cell.table, b.cell.row, b.cell.column, b.text) for b in blocks if b.cell is not None] == [
        (1, 0, 0, "Product delivery Building a user-centered product"),
        (1, 1, 0, "Current work"),
        (1, 1, 1, "Near-term work"),
    ]


def test_front_matter_title_markup_is_read_as_the_body_s() -> None:
    """18F's "Content design for beta.ada.gov" (18F/18f.gsa.gov, CC0) has `<em>` in its front
    matter title; its site prints it as HTML. The headline is the words, never the tags (a
    reader saw "&lt;em&gt;and&lt;/em&gt;"); an entity is its character; Markdown emphasis is markup."""
    text = '---\ntitle: "Content design for beta.ada.gov: writing for action <em>and</em> flexibility"\n---\n\nBody.\n'
    document = ingest_markdown(text)
    assert document.headline == "Content design for beta.ada.gov: writing for action and flexibility"
    assert (document.blocks[0].role, document.blocks[0].text) == ("headline", document.headline)
    document = ingest_markdown("---\ntitle: Q&amp;A with *the* team\n---\n\nBody.\n")
    assert (document.headline, _marked(document.blocks[0])) == ("Q&A with the team", [("em", "the")])
