"""Digits grouped by a space are one number, never two (reader9, known hole 3).

Rust's compiler-performance survey post (`tests/data/probe8`) says "the survey received over 3 700
responses": extraction made "{number_1} {number_2}" of it, 3 and 700, which a translator or an
engine may reorder or a locale may write apart. Le Devoir and Libération (`tests/data/realworld`,
pages whose `<html lang>` is French, a locale CLDR groups with a space) wrote "365 000
déplacements" and "5 500 morts": the same two numbers. Where the source locale groups with a
space the digits are one number (`l10n.placeables.variety.source_number_symbols`); a typesetter's
no-break or thin space groups in any locale; in an English source a space between digit groups
keeps them text as written. Digits a comma groups before a space (a table's row) stay numbers.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import DATA
from test_placeables_names import real_sentence

from l10n.ingest import ingest_file
from l10n.model import Document
from l10n.placeables.detect import find_placeables
from l10n.segment import segment_document

SURVEY = "probe8/rust-compiler-performance-survey-2025-results.md"


def _placeables_of(path: str, fragment: str) -> tuple[str, list[tuple[str, object]]]:
    doc: Document = segment_document(ingest_file(Path(DATA / path)))
    for block in doc.blocks:
        for segment in block.segments:
            if fragment in segment.source:
                return segment.source, [(p.original, p.value) for p in segment.placeables]
    raise AssertionError(f"{fragment!r} is not in {path}")


def test_an_english_number_grouped_by_a_space_is_not_two_numbers() -> None:
    sentence = real_sentence(SURVEY, "over 3 700 responses")
    where = sentence.index("3 700")
    assert not [p for p in find_placeables(sentence) if where <= p.start < where + len("3 700")], sentence


def test_the_survey_post_extracts_the_sentence_with_its_number_as_written() -> None:
    source, values = _placeables_of(SURVEY, "over 3 700 responses")
    assert values == [], (source, values)


@pytest.mark.parametrize(
    ("path", "fragment", "original", "value"),
    [
        ("realworld/ledevoir-com-trottinettes.html", "365 000 déplacements", "365 000", Decimal(365000)),
        ("realworld/liberation-fr-nepal.html", "5 500 morts", "5 500", Decimal(5500)),
        ("realworld/liberation-fr-nepal.html", "2 209 Français", "2 209", Decimal(2209)),
    ],
)
def test_a_french_page_s_number_grouped_by_a_space_is_one_number(
    path: str, fragment: str, original: str, value: Decimal
) -> None:
    source, values = _placeables_of(path, fragment)
    assert (original, value) in values, (source, values)
    assert not any(text in ("5", "2", "365", "500", "209", "000") for text, _ in values), values


def test_a_phone_number_on_a_french_page_is_no_range() -> None:
    source, values = _placeables_of("realworld/radio-canada-ca-kpmg.html", "604 662-6882")
    assert values == [], (source, values)


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", "\u2009"])
def test_a_typesetter_s_space_groups_digits_in_any_locale(space: str) -> None:
    (found,) = find_placeables(f"The survey received over 3{space}700 responses!")
    assert (found.original, found.value) == (f"3{space}700", Decimal(3700))


def test_numbers_a_comma_groups_before_a_space_stay_numbers() -> None:
    """A row of `tests/data/blind/docx/poi-IllustrativeCases.docx` (Apache POI's test file)."""
    row = "17,542 32,000 3,508 3,120 388 437 0 825 16,717 4.7%"
    found = [p.original for p in find_placeables(row)]
    assert found[:4] == ["17,542", "32,000", "3,508", "3,120"], found
    assert found[-2:] == ["16,717", "4.7%"], found
