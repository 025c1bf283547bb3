"""A Word story's first paragraph opening "By …" is its byline only when it names people (files14).

Plain text and Markdown already ask a "By …" line for a byline's shape (mendtext); Word's reader
took any short paragraph after the headline starting "By" and a capital: the lead "By Monday,
officials had counted 40 dead." became the byline "Monday" and the sentence left every edition.
The leads are real sentences (Business Insider's story in tests/data/realworld, the mendtext
cases); the Word files are written here with python-docx around them, as Word writes a Title
paragraph and body paragraphs.
"""

from __future__ import annotations

import copy
import io

import pytest
from conftest import DATA
from docx import Document as WordDocument

from l10n.ingest.byline_shape import is_byline_paragraph
from l10n.ingest.docx import ingest_docx
from l10n.ingest.html import ingest_html
from l10n.ingest.page_authors import heading_byline
from l10n.model import Block, InlineMarkup

BODY = "The river rose two metres overnight."


def _word(*paragraphs: str, title: str = "Flood toll rises in the north") -> bytes:
    word = WordDocument()
    word.add_paragraph(title, style="Title")
    for paragraph in paragraphs:
        word.add_paragraph(paragraph)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _larry_page_leads() -> list[str]:
    """ "By July 2001, BackRub had been renamed Google and was doing really well.": the byline
    "July 2001, BackRub had been renamed Google" on main."""
    page = (DATA / "realworld" / "businessinsider-com-larrypage.html").read_text(encoding="utf-8")
    document = ingest_html(page)
    paragraphs = [block.text for block in document.blocks if block.text.startswith(("By July", "By August"))]
    assert len(paragraphs) == 2
    return [paragraph.split(". ")[0] + "." for paragraph in paragraphs]  # each one's first sentence


@pytest.mark.parametrize(
    "lead",
    [
        "By Monday, officials had counted 40 dead.",
        "By Friday, Smith had resigned.",
        "By Wednesday Morning, Officials Had Counted 40 Dead.",
        "By Christmas the shelves were empty.",
    ],
)
def test_a_word_lead_starting_by_stays_the_first_paragraph(lead: str) -> None:
    document = ingest_docx(_word(lead, BODY))
    assert not document.author and not document.blocks_with_role("byline")
    assert [(block.role, block.text) for block in document.blocks[1:]] == [("paragraph", lead), ("paragraph", BODY)]


def test_real_leads_starting_by_stay_paragraphs_in_word() -> None:
    for lead in _larry_page_leads():
        document = ingest_docx(_word(lead, BODY, title="How Larry Page built Google"))
        assert not document.blocks_with_role("byline"), lead
        assert document.blocks[1].text == lead


@pytest.mark.parametrize(
    ("written", "names"), [("By Ann Lee", "Ann Lee"), ("By Ann Lee and Bo Chen", "Ann Lee, Bo Chen")]
)
def test_a_word_byline_is_still_one(written: str, names: str) -> None:
    document = ingest_docx(_word(written, BODY))
    assert document.author == names and document.blocks[1].role == "byline"


def test_a_word_byline_with_a_footnote_mark_is_still_one() -> None:
    """mammoth's footnote file: its first paragraph, turned into "By Ann Lee" with its note's
    reference kept; the mark ("1") is no word of the name the check reads."""
    source = WordDocument(str(DATA / "docx" / "mammoth-footnotes.docx"))
    source.styles.element.append(copy.deepcopy(WordDocument().styles["Title"].element))  # Word's own
    first = next(p for p in source.paragraphs if p._p.xpath(".//w:footnoteReference"))
    for run in first.runs:
        if not run._r.xpath(".//w:footnoteReference"):
            run.text = ""
    first.runs[0].text = "By Ann Lee"
    heading = source.paragraphs[0].insert_paragraph_before("Flood toll rises in the north", style="Title")
    assert heading.text
    out = io.BytesIO()
    source.save(out)
    document = ingest_docx(out.getvalue())
    assert document.blocks[1].role == "byline" and document.author == "Ann Lee"


def test_a_headline_second_line_opening_by_names_no_one_on_a_page() -> None:
    """The page rule for a byline set in the headline's element (`heading_byline`) asked only
    for "By" and a capital: a deck "By July 2001, BackRub had been renamed Google…" was read as
    the writer's line."""
    lead = _larry_page_leads()[0]
    headline = f"How Larry Page built Google {lead}"
    block = Block("headline", headline, markup=[InlineMarkup(len("How Larry Page built Google"), 27, "br", void=True)])
    assert heading_byline([block]) == []
    named = Block("headline", "Flood toll rises By Ann Lee", markup=[InlineMarkup(16, 16, "br", void=True)])
    assert heading_byline([named]) == ["By Ann Lee"]


def test_the_one_rule() -> None:
    assert not is_byline_paragraph(_larry_page_leads()[1])
    assert is_byline_paragraph("By Amanda Tan November 19, 2023 7:18 pm")
