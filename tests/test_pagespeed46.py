"""Session 46's cut (pagespeed46): on a page declaring no language (or one dateparser lacks), htmldate's
month names of every language are read from dateparser's data (`page_htmldate._every_month_word`), not
through dateparser's loader, which made a `Locale` of every language (~216 M instructions once a process;
~64 M now). The same set and the same days; the loader is left to htmldate's parser of every language.
"""

from __future__ import annotations

import subprocess
import sys

import lxml.html
import pytest

from l10n.ingest import page_htmldate
from l10n.ingest.page_htmldate import htmldate_day

# vse-diety's (session 26): a day, neither a year nor a month htmldate's own patterns know
NO_YEAR = "Диета Аткинса (14 дней) - потеря веса до 10"


def test_every_month_word_is_htmldates_set() -> None:
    from htmldate import extractors

    assert page_htmldate._every_month_word(extractors.month_words) == extractors.month_words()


def _fresh(script: str) -> str:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout


def test_a_day_htmldates_patterns_read_imports_no_dateparser() -> None:
    script = (
        "import sys, lxml.html\n"
        "from l10n.ingest.page_htmldate import htmldate_day\n"
        'page = lxml.html.document_fromstring(\'<html lang="de"><head><meta property="article:published_time" '
        'content="2012-01-04T10:30:00"></head><body><p>Text.</p></body></html>\')\n'
        "print(htmldate_day(page, language='de', near=[]), 'dateparser' in sys.modules)\n"
    )
    assert _fresh(script).split() == ["2012-01-04", "00:00:00", "False"]


def _locales_loaded(text: str) -> int:
    """How many dateparser locales a fresh process holds after reading `text` on a page declaring no language."""
    script = (
        "import lxml.html\n"
        "from dateparser.languages.loader import LocaleDataLoader\n"
        "from l10n.ingest.page_htmldate import htmldate_day\n"
        f"page = lxml.html.document_fromstring('<html><body><div><p>{text}</p></div></body></html>')\n"
        "htmldate_day(page, language='', near=[])\n"
        "print(len(LocaleDataLoader._loaded_locales))\n"
    )
    return int(_fresh(script))


def test_an_undeclared_page_asking_month_names_loads_no_locale() -> None:
    assert _locales_loaded(NO_YEAR) == 0  # htmldate's month_words loaded all (205 here)


@pytest.mark.parametrize(
    "texts",
    [
        [NO_YEAR],
        ["Opublikowano 14 stycznia, 10:30", "14 stycznia 2012"],  # a Polish month name, then its day
        ["Yayınlanma 4 Ocak", "4 Ocak 2012 Çarşamba"],  # Turkish: the dotless i htmldate folds
        ["نشر في 4 يناير", "4 يناير 2012"],  # Arabic, whose Locale reads letter variants
    ],
)
def test_an_undeclared_page_reads_the_day_htmldate_read(monkeypatch, texts: list[str]) -> None:
    paragraphs = "".join(f"<div><p>{text}</p></div>" for text in texts)
    html = f"<html><body><h1>Фобос-Грунт</h1>{paragraphs}</body></html>"

    def read() -> object:
        page = lxml.html.document_fromstring(html)
        return htmldate_day(page, language="", near=list(page.itertext()))

    ours = read()
    monkeypatch.setattr(page_htmldate, "_stand_ins", lambda language: {})  # htmldate's own month names
    assert read() == ours
