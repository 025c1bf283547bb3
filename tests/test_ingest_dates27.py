"""Days of session 27 (h/dates27, issue 14): no wrong day shown. htmldate's extensive search, `page.py`'s
last resort, reads any date-like text of a page, and on a saved page that is often the day its header
printed for the reader who saved it (holdout26's Fergana and Dziennik Wschodni: days of April 2013 on
stories of January 2012). Its day is shown only when the page writes it beside the story's heading or
in the story's own address (`page_htmldate._supported`; bench/page_days.py's counts); and the two pages'
own datelines are read: a time in Moscow time ("12:23 msk") and Polish "Dodano:" ("added")."""

from __future__ import annotations

import datetime as dt

from page_support import read

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Президент продлил режим чрезвычайного положения в городе до конца месяца, говорится в указе.",
        "Режим чрезвычайного положения был введён после беспорядков, в которых погибли шестнадцать человек.",
        "Город практически блокирован полицией, въезд и выезд возможны только по специальным пропускам.",
        "Жители говорят, что в магазинах не хватает продуктов, а цены за неделю выросли почти вдвое.",
    )
)
_HEADLINE = "Чрезвычайное положение продлено до конца января"
_MENU = "".join(f"<li><a href='/section/{n}'>Раздел номер {n}</a></li>" for n in range(1, 16))
_FOOT = "".join(f"<a href='/about/{n}'>Страница {n}</a>" for n in range(1, 16))  # a saved page's 30 links


def _page(*, header: str = "", under: str = "", meta: str = "", lang: str = "ru") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{meta}</head><body>"
        f"<div class='top'>{header}</div><nav><ul>{_MENU}</ul></nav>"
        f"<div id='article'><h1>{_HEADLINE}</h1>{under}{_STORY}</div><footer>{_FOOT}</footer></body></html>"
    )


def _day(html: str) -> dt.date | None:
    from l10n.ingest.html import ingest_html

    published = ingest_html(html, source_path="page.html").published
    return published.date() if published else None


def test_a_day_only_htmldates_extensive_search_finds_far_above_the_heading_is_no_day() -> None:
    """The header's day of the page's saving, fifteen menu links over the story's heading, the only day
    on the page: htmldate's guess, no day shown."""
    assert _day(_page(header="9 Апрель 2013")) is None
    # the near misses: the same day written beside the heading, or in the story's own address, is the story's
    assert _day(_page(under="<p>9 Апрель 2013</p>")) == dt.date(2013, 4, 9)
    og_url = "<meta property='og:url' content='https://example.ru/news/2013/04/09/zhanaozen'>"
    assert _day(_page(header="9 Апрель 2013", meta=og_url)) == dt.date(2013, 4, 9)
    picture = "<meta property='og:image' content='https://example.ru/pict/1437291_20130409142642.jpg'>"
    assert _day(_page(header="9 Апрель 2013", meta=picture)) == dt.date(2013, 4, 9)
    # a picture's number that only holds the digits is not its day
    number = "<meta property='og:image' content='https://example.ru/pict/120130409.jpg'>"
    assert _day(_page(header="9 Апрель 2013", meta=number)) is None


def test_a_time_in_moscow_time_is_a_timestamp() -> None:
    """Russian-language pages give times in Moscow time, "msk"/"мск", where others write "GMT"."""
    assert _day(_page(header="9 Апрель 2013", under="<p>04.01.2012 12:23 msk</p><p>Фергана</p>")) == dt.date(2012, 1, 4)
    assert _day(_page(header="9 Апрель 2013", under="<p>04.01.2012 12:23 мск</p>")) == dt.date(2012, 1, 4)
    from l10n.ingest.datelines import read_timestamp

    stamp = read_timestamp("04.01.2012 12:23 msk", language="ru")  # htmldate's oldest day on the small page
    assert stamp is not None and stamp.day == dt.datetime(2012, 1, 4)
    assert read_timestamp("04.01.2012 12:23 mskx", language="ru") is None  # the near miss: no zone's name
    assert read("fergananews-com-zhanaozen").published == dt.datetime(2012, 1, 4)


def test_polish_added_labels_the_publication_day() -> None:
    """Polish news sites label the story's day "Dodano:" ("added"), here with a Polish month name."""
    polish = "<p>Dodano: 4 stycznia 2012, 10:18 Autor: mb</p>"
    assert _day(_page(header="piątek, 5 kwietnia 2013", under=polish, lang="pl")) == dt.date(2012, 1, 4)
    assert read("dziennikwschodni-pl-protest").published == dt.datetime(2012, 1, 4)
