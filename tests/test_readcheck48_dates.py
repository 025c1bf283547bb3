"""A day's number and its month stay in one sentence where the article's language writes its dates
"24. Januar" (readcheck48).

`bench/readcheck.py` over every 3rd page of trafilatura's evaluation set (`bench/evalchain.py
--every 3 --offset 1 --keep`) found German sentences cut after the day: "Ab dem {number_1}." and
"Januar 2022 können zunächst…" were two units (85 unit pairs in 44 of 298 articles; 0 after). Each edition
then showed the day and its month as two sentences — translated apart, the day has no month (a
Chinese or Arabic reader is told "from the 24th." and "January 2022 …"). BlingFire ends a sentence
after any number with a dot before a capitalised word; CLDR says which languages write the day so
(`placeables.variety.day_month_names`). The sentences below are the pages' own (trafilatura's evaluation
pages, adbar/trafilatura at e90b0ef5, `tests/eval/…`; GPL-3.0 repository, quoted as test input).
"""

from __future__ import annotations

import pytest

from l10n.extract import extract_units
from l10n.model import Block, Document
from l10n.segment import segment_document

# (page, its sentence): each a German date with the day before the month
GERMAN_DATES = [
    (
        # https://www.bmwi.de/Redaktion/DE/Meldung/2022/20220124-foerderung-fur-energieeffiziente-gebaude-durch-kfw.html
        "bmwi.de-neubau.html",
        "Ab dem 24. Januar 2022 können zunächst keine neuen Anträge für Fördermittel für die KfW-Programme in der "
        "Bundesförderung für effiziente Gebäude (BEG) gestellt werden.",
    ),
    (
        # https://www.auswaertiges-amt.de/de/ReiseUndSicherheit/italiensicherheit/211322
        "auswaertiges-amt.de-Italien.html",
        "Ab dem 1. Januar 2022 beträgt die Höchstgrenze 1.000,- €.",
    ),
    (
        # https://presse-augsburg.de/augsburger-verkehrs-und-tarifverbund-avv-erhoeht-die-oepnv-preise-deutlich/909665/
        "presse-ausburg.de-Tarifverbund.html",
        "Spätestens zum Fahrplanwechsel am 10. Dezember werden dann auch die aktualisierten Tarifmedien in Print "
        "vorliegen.",
    ),
]


def sentences(text: str, language: str) -> list[str]:
    doc = segment_document(Document([Block("paragraph", text, line=1)], source_locale=language))
    return [segment.source for segment in doc.blocks[0].segments]


@pytest.mark.parametrize(("page", "sentence"), GERMAN_DATES)
def test_a_german_date_is_not_cut_after_its_day(page: str, sentence: str) -> None:
    following = "Auch Touristen sind davon betroffen."  # (the Auswärtiges Amt's next sentence)
    assert sentences(f"{sentence} {following}", "de") == [sentence, following], page


def test_the_template_holds_the_day_with_its_month() -> None:
    """What the translator gets: one unit with the day's number and its month, not "Ab dem
    {number_1}." alone."""
    page, sentence = GERMAN_DATES[0]
    doc = Document([Block("paragraph", sentence, line=1)], source_locale="de")
    msgids = [unit.msgid for unit in extract_units(segment_document(doc), reference_path=page)]
    assert len(msgids) == 1 and "Januar 2022" in msgids[0] and msgids[0].startswith("Ab dem {number_1}. Januar")


def test_a_number_that_ends_a_german_sentence_still_ends_it() -> None:
    """Only a month name goes on: a rank or count that ends a sentence before another word does not."""
    assert sentences("Er wurde am Ende 3. Danach kam nichts mehr.", "de") == [
        "Er wurde am Ende 3.",
        "Danach kam nichts mehr.",
    ]


def test_english_writes_no_day_with_a_dot() -> None:
    """English's CLDR dates write "January 24": a number and a dot before "January" end a sentence."""
    assert sentences("The team finished with 24. January brought a new coach.", "en") == [
        "The team finished with 24.",
        "January brought a new coach.",
    ]


def test_the_languages_that_write_the_day_so_are_cldrs() -> None:
    from l10n.placeables.variety import day_month_names

    assert {"Januar", "Dez."} <= day_month_names("de")
    assert "januar" in day_month_names("da") and "januar" in day_month_names("nb")
    assert day_month_names("en") == day_month_names("fr") == day_month_names("zh") == frozenset()


def test_a_german_table_of_dates_is_not_read_as_decimals() -> None:
    """grossefragen.wordpress.com (https://grossefragen.wordpress.com/2019/03/13/wuerde-des-lebens-ein-projekt/,
    `tests/eval/grossefragen.wordpress.com.projekt.html`) schedules a project in a table whose first
    column is "day.month./lessons": "13.03./2.", "03.04./2.". Read as the page's proof of English
    decimals, each was a number, 13.03 and 3.04 (the French edition showed "13,03./2.", the Chinese
    "3.04./2."); a day and month in figures is no such proof where the language writes its days so,
    and they stay as written."""
    cells = ["13.03./2.", "20.03./2.", "27.03./2.", "03.04./2.", "15.05./1."]
    doc = Document(
        [Block("paragraph", "Du kennst die allgemeinen Menschenrechte.", line=1)]
        + [Block("cell", cell, line=2 + number) for number, cell in enumerate(cells)],
        source_locale="de",
    )
    units = extract_units(segment_document(doc), reference_path="grossefragen.wordpress.com.projekt.html")
    assert [unit.msgid for unit in units if unit.msgid[0].isdigit() or unit.msgid.startswith("{")] == cells
