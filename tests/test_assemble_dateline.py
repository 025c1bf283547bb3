"""Each edition's dateline follows its locale's CLDR long format (l10n/assemble/dateline.py).

Real saved pages (`tests/data/realworld`, see SOURCES.md there): a BBC report that declares
`en-GB` and states a time, and a DW report whose page gives only a date.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from babel.dates import format_date, format_time

from l10n.assemble import assemble_article
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.model import Document
from l10n.segment import segment_document

REALWORLD = Path(__file__).parent / "data" / "realworld"
LOCALES = ["zh_CN", "zh_TW", "ja", "ko", "de", "fr", "es", "pt_BR", "ru", "ar", "he", "fa", "en_GB", "en_US", "en_AU"]


def document(name: str) -> Document:
    return segment_document(ingest_file(REALWORLD / f"{name}.html"))


def dateline(doc: Document, code: str) -> str:
    return assemble_article(doc, {}, parse_locale(code), domain="article").published_text


@pytest.fixture(scope="module")
def bbc() -> Document:
    doc = document("bbc-com-52241221")
    assert doc.source_variant == "en_GB" and doc.published is not None and doc.published.tzinfo is not None
    return doc


@pytest.fixture(scope="module")
def dw() -> Document:
    doc = document("dw-com-colonial")
    assert doc.published is not None and doc.published.tzinfo is None and doc.published.hour == 0
    return doc


def test_british_and_american_english_date_the_same_moment_as_cldr_says(bbc: Document) -> None:
    # CLDR en_GB: day month year and a 24-hour clock; en (= en_US): month day, year and AM/PM.
    assert dateline(bbc, "en_GB").startswith("10 April 2020, 17:58")
    assert dateline(bbc, "en_US").startswith("April 10, 2020, 5:58\u202fPM")


def test_the_source_edition_of_a_british_article_is_dated_the_british_way(bbc: Document) -> None:
    # the `en` edition is the editor's text (rule 8): the page says en-GB, so CLDR en_GB, not en
    assert dateline(bbc, "en") == dateline(bbc, "en_GB") != dateline(bbc, "en_US")


NATIVE_DIGITS = {
    "arabext": "EXTENDED ARABIC-INDIC",
    "arab": "ARABIC-INDIC",
    "beng": "BENGALI",
    "deva": "DEVANAGARI",
    "latn": "",
}


def latin_digits(text: str) -> str:
    """`text` with every decimal digit of any script as its ASCII digit (Unicode `Nd` values)."""
    return "".join(str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in text)


@pytest.mark.parametrize("code", LOCALES)
def test_every_edition_dates_a_timed_article_in_its_own_long_date_and_short_time(bbc: Document, code: str) -> None:
    locale = parse_locale(code).babel
    shown = latin_digits(dateline(bbc, code))  # Babel writes Latin digits; the dateline the locale's
    assert format_date(bbc.published.date(), "long", locale=locale) in shown
    assert format_time(bbc.published.time(), "short", locale=locale) in shown


@pytest.mark.parametrize("code", [*LOCALES, "en"])
def test_a_page_that_gives_only_a_date_gets_no_invented_time(dw: Document, code: str) -> None:
    # the DW page's date has no time; "00:00" or "12:00 AM" would be a time nobody wrote
    shown = latin_digits(dateline(dw, code))
    assert shown == format_date(dw.published.date(), "long", locale=parse_locale(code).babel)


@pytest.mark.parametrize("code", [*LOCALES, "ar_EG", "bn", "mr"])
def test_dateline_digits_are_the_locales_cldr_default_numbering_system(bbc: Document, dw: Document, code: str) -> None:
    """CLDR's default numbering system: Persian `arabext` (۱۰), Egyptian Arabic `arab` (١٠),
    Bengali `beng`, Marathi `deva`; `latn` for the rest (Arabic `ar` included, as CLDR says)."""
    system = parse_locale(code).babel.default_numbering_system
    for doc in (bbc, dw):
        digits = [c for c in dateline(doc, code) if unicodedata.decimal(c, None) is not None]
        assert len(digits) >= 5  # the day, the year (and the time)
        scripts = {unicodedata.name(c).partition("DIGIT")[0].strip() for c in digits}  # "" for ASCII
        assert scripts == {NATIVE_DIGITS[system]}
    assert (parse_locale("fa").babel.default_numbering_system, parse_locale("ar").babel.default_numbering_system) == (
        "arabext",
        "latn",
    )


def test_every_default_numbering_system_of_cldr_has_ten_consecutive_unicode_digits() -> None:
    from babel import Locale, localedata

    from l10n.placeables.render import NUMBERING_SYSTEM_ZEROS

    defaults = {Locale.parse(name).default_numbering_system for name in localedata.locale_identifiers()}
    assert defaults - {"latn"} == set(NUMBERING_SYSTEM_ZEROS)
    for zero in NUMBERING_SYSTEM_ZEROS.values():
        assert [unicodedata.decimal(chr(zero + value)) for value in range(10)] == list(range(10))


def test_the_html_time_element_of_a_date_only_page_claims_no_time(dw: Document, bbc: Document) -> None:
    from lxml import html as lxml_html

    from l10n.assemble.html import render_html

    def machine(doc: Document) -> str:
        page = lxml_html.fromstring(render_html(assemble_article(doc, {}, parse_locale("de"), domain="a")))
        return page.find(".//p[@class='dateline']/time").get("datetime")

    assert machine(dw) == "2020-01-19"
    assert machine(bbc) == "2020-04-10T17:58:15+01:00"


@pytest.mark.parametrize("code", ["fa", "ar_EG", "ar", "de"])
def test_values_in_the_body_use_the_same_digits_as_the_dateline(bbc: Document, code: str) -> None:
    """One rule for an edition's digits: a Persian page with ۱۰ in its dateline and 530 in its
    body would mix two numbering systems (`placeables.render.in_native_digits`)."""
    from l10n.extract import extract_units
    from l10n.placeables.render import render_placeable

    values = [p for unit in extract_units(bbc, reference_path="a") for p in unit.placeables if p.kind != "tag"]
    assert any(p.kind in ("number", "quantity", "money", "percent") for p in values)  # the page states figures
    shown = {
        unicodedata.name(c).partition("DIGIT")[0].strip()
        for p in values
        for c in render_placeable(p, parse_locale(code))
        if c.isdigit()
    }
    shown |= {unicodedata.name(c).partition("DIGIT")[0].strip() for c in dateline(bbc, code) if c.isdigit()}
    assert len(shown) == 1, shown
