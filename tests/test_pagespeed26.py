"""Session 26's cut (pagespeed26): htmldate's dateparser held to the page's declared language and
English (`l10n.ingest.page_htmldate`), each reading it could change held to the one before.

- A text no locale reads, or one with a day but neither a year nor an English month name, no
  longer loads every dateparser locale on a page that declares its language (the cost cut, seen
  in a fresh process: locales load once a process).
- A day in the page's language is still read; so is an English one and a letter-free one, month
  first as dateparser's English-first order read it (a Russian parser alone would read it day
  first).
- A page declaring no language, or one dateparser does not know, keeps htmldate's parser for every
  language; htmldate's own parser is back after the call.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import lxml.html

from l10n.ingest.page_htmldate import htmldate_day

UNREAD = "// Новости России // Среда, 4 января 2012"  # newsru's: no dateparser locale reads it


def _page(language: str, *texts: str) -> lxml.html.HtmlElement:
    declared = f' lang="{language}"' if language else ""
    paragraphs = "".join(f"<div><p>{text}</p></div>" for text in texts)
    return lxml.html.document_fromstring(f"<html{declared}><body><h1>Фобос-Грунт</h1>{paragraphs}</body></html>")


def _read(page: lxml.html.HtmlElement, language: str) -> dt.datetime | None:
    """htmldate's day of `page`, every text of it beside the story's heading (as on these short pages)."""
    return htmldate_day(page, language=language, near=list(page.itertext()))


def _locales_loaded(language: str, text: str = UNREAD) -> int:
    """How many dateparser locales a fresh process holds after reading `text` on a page in `language`."""
    script = (
        "import lxml.html\n"
        "from dateparser.languages.loader import LocaleDataLoader\n"
        "from l10n.ingest.page_htmldate import htmldate_day\n"
        f"page = lxml.html.document_fromstring('<html><body><div><p>{text}</p></div></body></html>')\n"
        f"htmldate_day(page, language={language!r}, near=[])\n"
        "print(len(LocaleDataLoader._loaded_locales))\n"
    )
    return int(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout)


def test_a_declared_page_loads_its_languages_locales_only() -> None:
    assert 0 < _locales_loaded("ru") < 20  # htmldate's own parser loads them all (205 here)
    # a day with neither a year nor an English month: htmldate asks every locale's month names
    assert 0 < _locales_loaded("ru", "Диета Аткинса (14 дней) - потеря веса до 10") < 20  # vse-diety's


def test_the_page_language_an_english_and_a_letter_free_day_are_read_as_before() -> None:
    assert _read(_page("ru", UNREAD, "Среда, 4 января 2012"), "ru") == dt.datetime(2012, 1, 4)
    assert _read(_page("ru", "Wednesday, Jan. 4, 2012 10:30"), "ru") == dt.datetime(2012, 1, 4)
    # a letter-free text htmldate's own patterns leave to dateparser: English's order, month first
    assert _read(_page("ru", "1 / 4 / 2012"), "ru") == dt.datetime(2012, 1, 4)


def test_an_undeclared_or_unknown_language_keeps_htmldates_parser() -> None:
    from htmldate import extractors

    shared = extractors.get_external_parser
    russian = "Среда, 4 января 2012"  # newsru's, which declares no language; dateparser's Norwegian is "nb"
    assert _read(_page("", russian), "") == dt.datetime(2012, 1, 4)
    assert _read(_page("no", russian), "no") == dt.datetime(2012, 1, 4)
    assert _read(_page("ru", russian), "ru") == dt.datetime(2012, 1, 4)
    assert extractors.get_external_parser is shared  # swapped for "ru" during its call only
    assert _locales_loaded("") > 100
    assert _locales_loaded("no") > 100  # a parser of "no" would answer nothing, loading nothing


def test_an_htmldate_without_those_internals_reads_the_page_its_own_way(monkeypatch) -> None:
    """The stand-ins use htmldate 1.11's internals (the lock's version; pyproject allows others): where
    one is missing, the page is read by htmldate's own parser, not refused."""
    from htmldate import extractors

    from l10n.ingest import page_htmldate

    monkeypatch.delattr(extractors, "MONTH_KEYS")
    page_htmldate._stand_ins.cache_clear()
    try:
        assert page_htmldate._stand_ins("ru") == {}
        assert _read(_page("ru", "Среда, 4 января 2012"), "ru") == dt.datetime(2012, 1, 4)
    finally:
        page_htmldate._stand_ins.cache_clear()
