"""Rules of the page path added in session 42 for holdout41's blind misses (issue 14; l10n/ingest/page_titles.py,
page_headline.py, page.py, heading_lines.py, chrome_lines.py, site_notes.py, furniture.py, byline_cjk.py,
page_authors.py): each on a small page shaped like the convention, with the near miss that must stay as it was, and
on the real page it was found on (taken from `measured`, so a page still waiting for its blind run is never read
here). The story's result is asserted first (it failed before the rule); the rule's own function is imported
inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import CHINESE_PARAGRAPHS, CHINESE_STORY, PARAGRAPHS, STORY, chrome_kept, ingest, measured

# --- a <title> with the site's domain before a bar and the page's kind after it; the headline a cell's first line ---


def _title_cell_page(title: str) -> str:
    return (
        "<table><tr><td class='NewsHeader'>Harbour reopens after the storm <br/><span class='artdate'>"
        "Tuesday , January 17 2012</span></td></tr><tr><td>"
        f"{STORY}</td></tr></table>"
    ), f"<title>{title}</title>"


def test_a_domain_named_site_and_a_page_kind_around_the_title_cell_s_line() -> None:
    """VOCM (holdout41) states `<title>VOCM.COM|Flu Vaccine Still Available  | Article</title>` and shows the title
    as the first `<br>` line of a table cell, the day under it, no `<h1>`: the site named by its domain before a bar
    (its og:site_name and address unstated, its most-linked host another), the page's kind after one. The whole
    `<title>` was taken. A part that is a domain name alone is the site's (`page_titles._is_site_part`), and a
    block's first line that heads a stated title is the headline shown (`page_headline._title_as_text`); the cell
    (the headline over its day) is no body unit. "St.Louis" is no domain."""
    document = measured("vocm-com-flu")
    assert document.headline == "Flu Vaccine Still Available"
    assert not any(block.text.startswith("Flu Vaccine Still Available Tuesday") for block in document.blocks)
    body, head = _title_cell_page("HARBOURNEWS.COM|Harbour reopens after the storm  | Article")
    document = ingest(body, head)
    texts = [block.text for block in document.blocks]
    assert document.headline == "Harbour reopens after the storm"
    assert not any(text.startswith("Harbour reopens after the storm Tuesday") for text in texts)
    assert PARAGRAPHS[0] in texts and PARAGRAPHS[-1] in texts

    from l10n.ingest.page_titles import strip_site_name

    assert strip_site_name("News.az | Harbour reopens") == "Harbour reopens"
    assert strip_site_name("St.Louis | Cardinals win") == "St.Louis | Cardinals win"


# --- a story's stamp without a year over its <h1>, the masthead's today with one -----------------------------------

RUSSIAN_PARAGRAPHS = (
    "Порт возобновил работу в понедельник после того, как инженеры расчистили завалы, оставленные штормом.",
    "Паромы на острова начнут ходить в пятницу, сообщила администрация порта в своем заявлении на сайте.",
    "Торговцы говорят, что закрытие обошлось городу примерно в два миллиона рублей упущенной выручки.",
    "Совет соберется в четверг, чтобы решить, как оплатить ремонт волнолома и причалов порта.",
)
RUSSIAN_HEADLINE = "Порт возобновил работу после шторма"


def _stamped_page(stamp: str) -> str:
    story = "".join(f"<p>{text}</p>" for text in RUSSIAN_PARAGRAPHS)
    return (
        "<div id='header'><div id='date-now'>Вторник, 17 января 2012, <div id='clock'><span>20</span><span>:</span>"
        "<span>00</span></div></div></div>"
        f"<div class='full-news'><div class='author'>editor</div><div class='stats'><span class='time'>{stamp}</span>"
        f"</div><h1>{RUSSIAN_HEADLINE}</h1>{story}</div>"
    )


def test_a_yearless_stamp_over_the_heading_takes_the_masthead_s_year() -> None:
    """Тверская жизнь (holdout41) prints the story's stamp over its `<h1>` without a year, as papers print a day of
    the current year ("15 января 15:31"), and the day it was served in its masthead ("Вторник, 17 января 2012").
    The masthead's day was taken: the heading's stamp (`heading_lines.top_stamp_day`) read only stamps with a year,
    and the yearless rule (`byline_header._yearless`) only checks a byline's stamp against a day already read. The
    stamp is now read in the masthead's year (`heading_lines.yearless_day`), where that puts it on or before the
    masthead's day; a day after it ("28 декабря" on a page served on 17 January) is not sure, and the masthead's
    day stands."""
    assert measured("tverlife-ru-medikam").published.date() == dt.date(2012, 1, 15)
    head = f"<title>{RUSSIAN_HEADLINE}</title>"
    assert ingest(_stamped_page("15 января 15:31"), head, lang="ru").published.date() == dt.date(2012, 1, 15)
    assert ingest(_stamped_page("28 декабря 15:31"), head, lang="ru").published.date() == dt.date(2012, 1, 17)

    from l10n.ingest.heading_lines import yearless_day

    assert yearless_day("15 января 15:31", "ru", dt.datetime(2012, 1, 17)) == dt.datetime(2012, 1, 15)
    assert yearless_day("15 января", "ru", dt.datetime(2012, 1, 17)) is None  # no time: a day, not a stamp


# --- chrome: the site's top stories, an editor's credit, a font-size control's label --------------------------------


def test_the_top_stories_label_ends_the_story() -> None:
    """1tv.ru (holdout41) sets its "Главные новости" (top news) cards under the story's linked-topic lists, each a
    time and an unlinked title in a cell ("18:00 Дмитрий Медведев побывал…"); the extractor kept the first. The label
    of a box of the site's top stories ("Top stories", "Главные новости") ends the story as "Most read" does
    (`chrome_lines.starts_others_box`)."""
    assert "Дмитрий Медведев побывал с рабочей поездкой в Екатеринбурге" not in chrome_kept(
        "1tv-ru-medvedeva", measured("1tv-ru-medvedeva")
    )

    from l10n.ingest.chrome_lines import starts_others_box
    from l10n.ingest.story_edges import story_cut
    from l10n.model import Block, InlineMarkup

    story = [Block("paragraph", text) for text in PARAGRAPHS]
    card = Block("cell", "18:00 Minister visits the new harbour works in the north")
    for label, kept in (
        ("Главные новости", [0, 1, 2, 3]),
        ("Top stories", [0, 1, 2, 3]),
        ("In the port", [0, 1, 2, 3, 5]),
    ):
        assert story_cut([*story, Block("heading", label), card], [0, 1, 2, 3, 5], frozenset()) == kept

    assert starts_others_box(Block("heading", "Главные новости")) and starts_others_box(Block("cell", "Top stories"))
    assert not starts_others_box(Block("heading", "Главные новости", markup=[InlineMarkup(0, 15, "a")]))
    assert not starts_others_box(Block("paragraph", "Top stories of the year were about the harbour."))


def test_an_editor_s_credit_name_first_in_brackets_is_no_body() -> None:
    """cnYES (holdout41) closes its relayed story with the editor's credit, the name before the role, in brackets on
    a line of its own ("(曹文明 編輯)"); only the role first ("（松花江网编辑 孙桂芳）", misses35) was read. Who
    edited the copy is no writer (the label names none) and no body: the line goes (`site_notes.is_site_note`).
    The page path fills no editor field (`Document.editor` is the plain-text footer's)."""
    document = measured("cnyes-com-taige")
    assert "(曹文明 編輯)" not in chrome_kept("cnyes-com-taige", document) and document.author == ""
    texts = [block.text for block in ingest(f"{CHINESE_STORY}<p>(曹文明 編輯)</p>", lang="zh-TW").blocks]
    assert "(曹文明 編輯)" not in texts and CHINESE_PARAGRAPHS[-1] in texts

    from l10n.ingest.site_notes import is_site_note

    assert is_site_note("（王丽 责任编辑）") and not is_site_note("（他当过编辑，十年）")


def test_a_font_size_control_s_plural_label() -> None:
    """Taiwan News (holdout41) labels its "A+" control "Fonts Size" in a cell between the date line and the story; the
    reading tools' labels held "font size" only (`furniture.is_site_talk`)."""
    assert "Fonts Size" not in chrome_kept("taiwannews-com-tw-baoxian", measured("taiwannews-com-tw-baoxian"))
    control = "<table><tr><td> Fonts Size </td><td><a href='#'><img src='a.jpg' alt='A+'></a></td></tr></table>"
    texts = [block.text.strip() for block in ingest(f"<h1>Harbour reopens after the storm</h1>{control}{STORY}").blocks]
    assert "Fonts Size" not in texts and PARAGRAPHS[0] in texts

    from l10n.ingest.furniture import is_site_talk

    assert is_site_talk("Fonts Size") and not is_site_talk("Fonts size matters to readers of small screens.")


# --- the writer's field: the outlet and "reporter" before names run together ---------------------------------------


def _fields_page(writers: str) -> str:
    return (
        f"<h1>港口航运业务逐步恢复</h1><div class='contentB'><div align='right'>作者：\n{writers}\n稿源：\n"
        f"《半月谈内部版》&nbsp;&nbsp;2012-01-16 18:22</div></div>{CHINESE_STORY}"
    )


def test_the_writers_field_names_run_together_after_the_outlet_s_reporter() -> None:
    """每日甘肃 (holdout41) relays Xinhua's magazine with the fields "作者： 半月谈记者谭飞王艳明闫鹃 稿源： 《半月谈内部版》
    2012-01-16 18:22" on one line: the writer's field first, the magazine and "reporter" before three names with no
    marks between them. A field line was read from its second field on (`page_authors._meta_line_bylines`), and no
    byline form read names run together after a label with a colon (`byline_cjk.cjk_byline_names`). The names are
    read where they part one way only (`byline_cjk.run_apart`, misses41's, moved there; "闫" added to the surnames
    beside "阎"); a run that parts two ways names no one."""
    assert measured("gansudaily-com-cn-weibo").author == "谭飞, 王艳明, 闫鹃"
    head = "<title>港口航运业务逐步恢复</title>"
    assert ingest(_fields_page("半月谈记者谭飞王艳明闫鹃"), head, lang="zh-CN").author == "谭飞, 王艳明, 闫鹃"
    assert ingest(_fields_page("本报记者王明高李华"), head, lang="zh-CN").author == ""  # 王明 高李华, or 王明高 李华

    from l10n.ingest.byline_cjk import cjk_byline_names

    assert cjk_byline_names("作者：记者谭飞王艳明闫鹃") == ["谭飞", "王艳明", "闫鹃"]
