"""Each edition's dateline follows its locale's CLDR long format (l10n/assemble/dateline.py).

Real saved pages (`tests/data/realworld`, see SOURCES.md there): a BBC report that declares
`en-GB` and states a time, and a DW report whose page gives only a date.
"""

from __future__ import annotations

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


@pytest.mark.parametrize("code", LOCALES)
def test_every_edition_dates_a_timed_article_in_its_own_long_date_and_short_time(bbc: Document, code: str) -> None:
    locale = parse_locale(code).babel
    shown = dateline(bbc, code)
    assert format_date(bbc.published.date(), "long", locale=locale) in shown
    assert format_time(bbc.published.time(), "short", locale=locale) in shown


@pytest.mark.parametrize("code", [*LOCALES, "en"])
def test_a_page_that_gives_only_a_date_gets_no_invented_time(dw: Document, code: str) -> None:
    # the DW page's date has no time; "00:00" or "12:00 AM" would be a time nobody wrote
    assert dateline(dw, code) == format_date(dw.published.date(), "long", locale=parse_locale(code).babel)


def test_the_html_time_element_of_a_date_only_page_claims_no_time(dw: Document, bbc: Document) -> None:
    from lxml import html as lxml_html

    from l10n.assemble.html import render_html

    def machine(doc: Document) -> str:
        page = lxml_html.fromstring(render_html(assemble_article(doc, {}, parse_locale("de"), domain="a")))
        return page.find(".//p[@class='dateline']/time").get("datetime")

    assert machine(dw) == "2020-01-19"
    assert machine(bbc) == "2020-04-10T17:58:15+01:00"
