"""English variety from spelling cues: what "tons" mean in an article (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l10n.model import Block, Document
from l10n.placeables.variety import english_variety, spelling_cues
from l10n.segment import segment_document

CORPUS = Path(__file__).resolve().parent / "data" / "values"


def article_text(article: str) -> str:
    return " ".join(json.loads((CORPUS / f"{article}.json").read_text(encoding="utf-8"))["paragraphs"])


@pytest.mark.parametrize(
    ("article", "variety"),
    [
        ("wn2019-13", "en-US"),  # "centers", "percent" (a US agency's Ebola trial)
        ("wn2020-52", "en-GB"),  # a British mathematician's obituary
        ("wn2019-01", None),  # too few cues either way
    ],
)
def test_the_variety_of_real_articles(article: str, variety: str | None) -> None:
    assert english_variety(article_text(article)) == variety


def test_words_that_are_not_spelling_cues_are_ignored() -> None:
    assert spelling_cues("The prize was a surprise; citizens rose to exercise.") == (0, 0)


def test_a_declared_variety_wins_over_spelling_and_an_unknown_one_means_tonnes() -> None:
    text = "The organization's program shipped 360 tons of steel to the center."  # American spelling
    american = segment_document(Document(blocks=[Block("paragraph", text)]))
    assert american.blocks[0].segments[0].placeables[0].value.unit == "mass-ton"
    declared = Document(blocks=[Block("paragraph", text)])
    declared.source_variant = "en_GB"  # what ingest reads from <html lang>, og:locale, front matter
    assert segment_document(declared).blocks[0].segments[0].placeables[0].value.unit == "mass-tonne"
    plain = segment_document(Document(blocks=[Block("paragraph", "It shipped 360 tons of steel.")]))
    assert plain.blocks[0].segments[0].placeables[0].value.unit == "mass-tonne"


def test_extract_decides_the_variety_as_segment_document_does() -> None:
    from l10n.extract import extract_units

    text = "The organization's program shipped 360 tons of steel to the center."
    (unit,) = extract_units(Document(blocks=[Block("paragraph", text)]), reference_path="a.md")
    assert unit.comments == ["quantity_1: 360 tons = 360 mass-ton"]


def test_a_page_that_declares_american_english_gets_short_tons(tmp_path) -> None:
    from l10n.ingest import ingest_file

    page = tmp_path / "a.md"
    page.write_text("---\ntitle: Steel\nlang: en-US\n---\n\nThe mill shipped 360 tons of steel.\n", encoding="utf-8")
    document = segment_document(ingest_file(page))
    assert document.source_variant == "en_US"
    quantity = next(p for b in document.blocks for s in b.segments for p in s.placeables if p.kind == "quantity")
    assert quantity.value.unit == "mass-ton"
