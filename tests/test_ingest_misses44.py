"""Rules of the page path added in session 44 for holdout43's blind misses (issue 14; l10n/ingest/tables.py,
page_headline.py): each on a small page shaped like the convention, with the near miss that must stay as it was, and on
the real page it was found on (taken from `measured`, so a page still waiting for its blind run is never read here).
The story's result is asserted first (it failed before the rule); the rule's own function is imported inside the test,
after it."""

from __future__ import annotations

from page_support import CHINESE_PARAGRAPHS, ingest, measured

RUSSIAN_PARAGRAPHS = (
    "Порт возобновил работу в понедельник после того, как инженеры расчистили завалы, оставленные штормом.",
    "Паромы на острова начнут ходить в пятницу, сообщила администрация порта в своем заявлении на сайте.",
    "Торговцы говорят, что закрытие обошлось городу примерно в два миллиона рублей упущенной выручки.",
)
RUSSIAN_HEADLINE = "Порт возобновил работу после шторма"


# --- the headline in a layout table's cell, a day before it; the <title> a rubric, " / ", then the headline --------


def test_a_table_holding_the_page_s_h1_is_laid_out_not_data() -> None:
    """НИА-Новосибирск (holdout43, 54rus.org) lays its story out in a table: `<tr><td><span class="date">28.11.2011
    10:10</span><h1>Натуральное молоко …</h1></td></tr>`, then a row with the story's `<p>`, each cell one block
    element, so the table was read as data and the cell as one "cell" block, the day and the `<h1>` run together;
    no heading matched the `<title>` "Наука и образование / Натуральное молоко …" (a rubric before " / "), taken
    whole. A grid of data never holds the page's `<h1>`: such a table is read as blocks, and the `<h1>` is the
    headline. A table of short cells stays data."""
    assert measured("54rus-org-moloko").headline == "Натуральное молоко избавит курильщиков от никотиновой зависимости"
    rows = "".join(f"<tr><td><p>{text}</p></td></tr>" for text in RUSSIAN_PARAGRAPHS)
    table = (
        f"<table><tr><td><span class='date'>28.11.2011 10:10</span><h1>{RUSSIAN_HEADLINE}</h1></td></tr>{rows}</table>"
    )
    title = f"<title>Наука и образование / {RUSSIAN_HEADLINE}</title>"
    assert ingest(table, title, lang="ru").headline == RUSSIAN_HEADLINE

    import lxml.html

    from l10n.ingest.tables import is_data_table

    grid = "<table><tr><th>Party</th><td>31</td></tr><tr><th>Turnout</th><td><p>61 %</p></td></tr></table>"
    assert is_data_table(lxml.html.fragment_fromstring(grid))
    assert not is_data_table(
        lxml.html.fragment_fromstring(f"<table><tr><td><h1>{RUSSIAN_HEADLINE}</h1></td></tr></table>")
    )


# --- a template's <title>, the site's and the section's names; the <h1> over the story says its lead -------------


def test_the_h1_over_the_lead_where_the_title_says_none_of_it() -> None:
    """人間衛視 (holdout43, bltv.tv) states `<title>人間衛視-人間新聞</title>` on every news page (the station, then the
    section), no og:title, and shows `<h1>網購超商年菜 注意保存方式</h1>` a few cells over its lead "衛生署…超商預購以及
    網購年菜…應注意保存、運送方式…". The title says none of the lead's letter pairs, the `<h1>` most of its own: the
    `<h1>` is the headline (`page_headline._headline_over_lead`). A title sharing the lead's words, or a section's
    label as the `<h1>`, stays as it was."""
    assert measured("bltv-tv-renjian").headline == "網購超商年菜 注意保存方式"
    story = f"<p>{''.join(CHINESE_PARAGRAPHS)}</p>"  # one paragraph, as the station's: a lead of 100 characters or more
    heading = "<h1>港口航运业务恢复 吞吐量增长</h1><p>发表时间：2012-01-12 11:40</p>"
    template = "<title>人間衛視-人間新聞</title>"
    assert ingest(f"{heading}{story}", template, lang="zh-TW").headline == "港口航运业务恢复 吞吐量增长"
    stated = "<title>港口货物吞吐量创新高-人間新聞</title>"
    assert ingest(f"{heading}{story}", stated, lang="zh-TW").headline != "港口航运业务恢复 吞吐量增长"
    assert ingest(f"<h1>財經新聞</h1>{story}", template, lang="zh-TW").headline != "財經新聞"

    from l10n.ingest.page_headline import _headline_over_lead
    from l10n.model import Block

    lead = Block("paragraph", "".join(CHINESE_PARAGRAPHS))
    assert _headline_over_lead([Block("headline", "港口航运业务恢复 吞吐量增长"), lead], ["人間新聞"]) is not None
    assert _headline_over_lead([Block("headline", "港口航运业务恢复 吞吐量增长"), lead], ["港口新闻"]) is None
