"""An article's number style is read from its numbers, never guessed (session 13's review of reader9).

1. A Spanish page writing its numbers the US way with no other evidence ("$250,000", "1,500") was read
   in CLDR `es` symbols: 250.000 dollars ("$250.00" in English). Where the article's number style is
   not proven by unambiguous evidence, a number one separator splits before exactly three digits
   ("250,000", "81.000", "1,500") reads either way, so it is kept as written (no value), never guessed.
2. "Industrie 4.0" counted as evidence of English symbols: a name's or a version's number is no
   evidence of how the article writes numbers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from l10n.model import Block, Document, Money
from l10n.placeables.variety import article_number_symbols
from l10n.segment import segment_document


def _values(locale: str, *paragraphs: str) -> list[tuple[str, object]]:
    doc = Document(blocks=[Block(role="paragraph", text=text) for text in paragraphs], source_locale=locale)
    segment_document(doc)
    return [
        (p.original, p.value)
        for block in doc.blocks
        for segment in block.segments
        for p in segment.placeables
        if p.kind not in ("tag", "code")
    ]


UNPROVEN = [
    # source locale, the article, the number that reads either way
    ("es", "La ciudad invirtió $250,000 en el parque.", "250,000"),
    ("es", "Más de 1,500 personas asistieron al concierto.", "1,500"),
    ("es", "El estadio tiene 81.000 asientos.", "81.000"),
    ("de", "Das Werk hat 81.000 Mitarbeiter.", "81.000"),
    ("de", "Die Firma setzt auf Industrie 4.0 und hat 81.000 Mitarbeiter.", "81.000"),
]


@pytest.mark.parametrize(("locale", "text", "number"), UNPROVEN, ids=[c[1] for c in UNPROVEN])
def test_a_number_read_either_way_in_an_unproven_style_is_kept_as_written(locale: str, text: str, number: str) -> None:
    where = text.index(number)
    found = _values(locale, text)
    assert not any(original.find(number) >= 0 for original, _ in found), found
    assert all(not (where <= text.find(original) < where + len(number)) for original, _ in found), found


def test_a_spanish_page_proven_to_write_english_numbers_reads_them_so() -> None:
    found = _values("es", "La ciudad invirtió $250,000 en el parque.", "La inflación subió un 3.2 por ciento.")
    assert ("$250,000", Money(Decimal(250000), "USD")) in found


def test_a_page_proven_to_write_its_locale_s_numbers_reads_them_so() -> None:
    found = _values("es", "El estadio tiene 81.000 asientos.", "La inflación subió un 3,2 por ciento.")
    assert ("81.000", Decimal(81000)) in found


def test_a_version_is_no_evidence_of_english_numbers() -> None:
    """Two versions against one German decimal made the article English: "81.000" was 81.0."""
    text = "Industrie 4.0 und Version 2.1 kommen. Der Umsatz stieg um 3,5 Prozent. Das Werk hat 81.000 Mitarbeiter."
    assert article_number_symbols("de", text)[:2] == (".", ",")
    assert ("81.000", Decimal(81000)) in _values("de", text)
