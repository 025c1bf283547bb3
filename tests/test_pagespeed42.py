"""Per-page costs cut with the same answers (pagespeed42, issue 14).

`page_days.may_hold_day` gates `DAY` (six day forms tried at each character) on four digits in a row: every
form ends in a four-digit year, so a text without them holds no day, and `read_day` and the dateline's
reader (`datelines.dateline_day`, `byline_day`) answer at once. `page_main.extraction_options` is the
`Extractor` trafilatura makes of our keywords, made once a process instead of at each call. A page is read
with Python's cyclic collector paused (`collector.collector_paused`), and left as the caller had it.
"""

from __future__ import annotations

import gc

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest import page, page_main
from l10n.ingest.datelines import byline_day
from l10n.ingest.page_days import DAY, may_hold_day, read_day

DAYS = [
    "2023-11-07",
    "10.06.2013",
    "November 7, 2023",
    "Nov. 7th 2023",
    "7 Nov 2023",
    "7th November, 2023",
    "5/24/2016",
    "29-12-2011",
    "八月 26, 2016",
    "十二月 3, 2015",
    "٢٠٢٣-١١-٠٧",  # Arabic-Indic digits: `\d` reads them in both patterns
]


def test_every_form_of_day_holds_four_digits() -> None:
    for day in DAYS:
        text = f"Posted on {day} at 9:00"
        assert DAY.search(text), day
        assert may_hold_day(text), day


def test_a_text_without_four_digits_is_read_as_none() -> None:
    assert not may_hold_day("Published May 3 at 9:00, 12.06.20")
    assert read_day("Published May 3 at 9:00, 12.06.20") is None
    assert read_day("Published May 3, 2019 at 9:00") is not None
    assert byline_day("By Ann Lee on Monday", []) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789٣.-/, JanNovmayst月八十二 "), max_size=40))
def test_the_gate_never_refuses_a_day(text: str) -> None:
    if DAY.search(text):
        assert may_hold_day(text)


def test_extraction_options_are_trafilaturas_own() -> None:
    from trafilatura.settings import Extractor

    made = Extractor(output_format="python", comments=False, tables=True, formatting=None, with_metadata=False)
    shared = page_main.extraction_options(tables=True)
    assert shared is page_main.extraction_options(tables=True)  # once a process
    for name in Extractor.__slots__:
        assert getattr(shared, name) == getattr(made, name), name
    assert page_main.extraction_options(tables=False).tables is False


def test_lines_as_trafilatura_gives_them_for_its_keywords() -> None:
    import trafilatura

    paragraph = "<p>" + "The ferry to the island resumed its service on Monday after the storm. " * 4 + "</p>"
    page = lxml.html.document_fromstring(
        f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Ferries</h1>{paragraph}"
        "<table><tr><td>Route</td><td>Times</td></tr></table></article></body></html>"
    )
    for tables in (True, False):
        result = trafilatura.bare_extraction(page, include_comments=False, include_tables=tables, with_metadata=False)
        expected = [line for line in (result.text or "").split("\n") if line.strip()]
        assert page_main._extracted_lines(page, tables=tables) == expected


PAGE = (
    "<html><body><nav>" + "".join(f"<a href='/s{number}'>Section {number}</a>" for number in range(40)) + "</nav>"
    "<article><h1>Ferries</h1><p>"
    + "The ferry to the island resumed its service on Monday after the storm. " * 4
    + "</p></article></body></html>"
)


@pytest.fixture
def collector_at_read(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector was enabled at each call of `page._read_page`, in order."""
    seen: list[bool] = []
    read_page = page._read_page

    def reading(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return read_page(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(page, "_read_page", reading)
    return seen


def test_a_page_is_read_with_the_collector_paused(collector_at_read: list[bool]) -> None:
    seen = collector_at_read
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            document = page.ingest_page(lxml.html.document_fromstring(PAGE), source_path="page.html")
            assert gc.isenabled() is enabled  # as the caller had it
            assert document.headline == "Ferries"
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False]


def test_the_collector_comes_back_after_a_refusal(collector_at_read: list[bool]) -> None:
    from l10n.errors import IngestError

    seen = collector_at_read
    assert gc.isenabled()
    bare = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(IngestError):
        page.ingest_page(lxml.html.document_fromstring(bare), source_path="p.html")
    assert seen == [False]
    assert gc.isenabled()


def test_the_foot_lines_patterns_are_gated_and_answer_as_before() -> None:
    """`datelines.foot_day` asks `_POSTED_ON` and `_PUBLISHED_BY` of every text after the story's heading:
    gated on their strings, each answers every text of real pages as the plain pattern does."""
    import re
    from pathlib import Path

    from l10n.ingest import datelines
    from l10n.ingest.decode import decode_article
    from l10n.ingest.html_parse import parse_html
    from l10n.ingest.regex_gate import GatedPattern

    realworld = Path(__file__).parent / "data" / "realworld"
    texts = ["This entry was POSTED ON Monday, May 3, 2019 at 9:00", "Published by Globes - on January 16, 2012"]
    for name in ("geekonomics10000-com-authority.html", "globes-co-il-teva.html", "dailymail-co-uk-food.html"):
        data = (realworld / name).read_bytes()
        root = parse_html(decode_article(data, path=name, source_format="html"), source_path=name)
        texts += [str(text) for text in root.itertext()]
    for gated in (datelines._POSTED_ON, datelines._PUBLISHED_BY):
        assert isinstance(gated, GatedPattern)
        plain = re.compile(gated.pattern, gated.flags)
        for text in texts:
            found, expected = gated.search(text), plain.search(text)
            assert (found and found.group()) == (expected and expected.group()), text
