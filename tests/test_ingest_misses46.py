"""Rules of the page path added in session 46 for holdout45's blind misses (issue 14; l10n/ingest/page_stamps.py,
page_days.py, heading_lines.py, page_htmldate.py, byline_cjk.py): each on a small page shaped like the convention,
with the near miss that must stay as it was, and on the real page it was found on (taken from `measured`, so a page
still waiting for its blind run is never read here). The story's result is asserted first (it failed before the
rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt
import json

from page_support import CHINESE_STORY, STORY, ingest, key, label_of, measured
from test_ingest_misses45 import RUSSIAN_PARAGRAPHS

DISCOVER = "discovermagazine-com-moth"
GORODLIP = "gorodlip-ru-spid"
SHANGDU = "shangdu-com-gongzidan"


def _day(name: str) -> str | None:
    published = measured(name).published
    return published.date().isoformat() if published is not None else None


# --- date: a stated instant on the day the page shows it ------------------------------------------------------------


def _moth_page(shown: str) -> str:
    stated = {"@type": "NewsArticle", "headline": "Moths return", "datePublished": "2023-11-11T19:00-06:00"}
    head = f"<title>Moths return</title><script type='application/ld+json'>{json.dumps(stated)}</script>"
    body = f"<h1>Moths return</h1><div><span>By Rina Lee</span></div><div><span>{shown}</span></div>{STORY}"
    return ingest(body, head).published.date().isoformat()


def test_a_stated_instant_is_given_on_the_day_the_page_shows_it_in_utc() -> None:
    """Discover (holdout45) states `"datePublished":"2023-11-11T19:00-06:00"` in its JSON-LD and shows "Nov 12, 2023
    1:00 AM" under its byline: the same instant, in UTC. The day was the instant's own offset's, 11 November; the
    reader sees 12 November. The UTC day is given where the texts under the heading write it with its time of day to
    the minute, and not where they show the own offset's day and time, or the day without a time."""
    assert _day(DISCOVER) == "2023-11-12"
    assert _day(DISCOVER) in label_of(DISCOVER)["dates"]
    assert _moth_page("Nov 12, 2023 1:00 AM") == "2023-11-12"
    assert _moth_page("Nov 11, 2023 7:00 PM") == "2023-11-11"  # shown in its own offset
    assert _moth_page("Nov 12, 2023") == "2023-11-11"  # a day without its time: not sure it is the instant's
    assert _moth_page("Nov 12, 2023 2:00 AM") == "2023-11-11"  # another time: not the same instant

    from l10n.ingest.page_days import writes_clock

    assert writes_clock("Nov 12, 2023 1:00 AM", dt.time(1, 0))
    assert not writes_clock("Nov 12, 2023 11:00 AM", dt.time(1, 0))


# --- date: a stamp without a year, in the rights notice's last year -------------------------------------------------


def _yearless_page(*, side: str = "28 ноября в 15:58", foot: str = "© ООО «Регион центр» 2004-2011") -> str | None:
    story = "".join(f"<p>{text}</p>" for text in RUSSIAN_PARAGRAPHS)
    teaser = f"<div class='news'><p class='small'>{side}<br><a href='/e1'>Мэр оценил новый парк</a></p></div>"
    body = f"{teaser}<h1>Порт возобновил работу</h1><p class='small'>25 ноября в 16:27</p>{story}<p>{foot}</p>"
    head = "<title>Порт возобновил работу</title>"
    published = ingest(body, head, lang="ru").published
    return published.date().isoformat() if published is not None else None


def test_a_stamp_without_a_year_is_read_in_the_rights_notice_s_last_year() -> None:
    """gorodlip.ru (holdout45) prints "25 ноября в 16:27" under its `<h1>`, no year anywhere but its footer's
    "© ООО "Регион центр" 2004-2011", and states no day in its markup: no day was given. A paper leaves the year out
    of the current year's days and a footer's rights notice runs to the year the page was served, so the stamp is
    read in it, last of all; not where the page names a later year, nor where its other such stamps, read in that
    year, lie over half a year from the story's (a new year between them), nor without a notice."""
    assert _day(GORODLIP) == "2011-11-25"
    assert _day(GORODLIP) in label_of(GORODLIP)["dates"]
    assert _yearless_page() == "2011-11-25"
    assert _yearless_page(side="5 января в 10:02") is None  # a January teaser: the story may be of last December
    assert _yearless_page(foot="© ООО «Регион центр» 2004-2011. Программа до 2015 года") is None  # a later year
    assert _yearless_page(foot="Все права защищены") is None  # no notice, no year

    from l10n.ingest.heading_lines import yearless_day
    from l10n.ingest.page_htmldate import rights_years

    assert rights_years("© ООО «Регион центр» 2004-2011") == {2004, 2011}
    assert yearless_day("25 ноября в 16:27", "", dt.datetime(2011, 12, 31)) == dt.datetime(2011, 11, 25)


# --- writer: "文", a run of backslashes, "记者" and the name -----------------------------------------------------------


def test_a_reporter_line_with_backslashes_for_its_slash_names_the_writer() -> None:
    """商都网 (holdout45) relays a story with "文\\\\…\\记者龚夷菲" (文 "text by", sixteen backslashes where the slash
    was, 记者 "reporter", the name) as a `<p>` of its own after the second paragraph: unread, no writer given, and kept
    as a unit. A run of backslashes is read as the slash, and "reporter" after it is the role, not part of the name;
    a line of the label and the role alone names no one."""
    document = measured(SHANGDU)
    assert document.author == "龚夷菲"
    assert not any("记者龚夷菲" in block.text for block in document.blocks if block.role != "byline")
    credit = "文" + "\\" * 16 + "记者王小明"
    paragraphs = CHINESE_STORY.split("</p>", 2)
    page = f"<h1>港口恢复运营</h1>{paragraphs[0]}</p>{paragraphs[1]}</p><p>{credit}</p>{paragraphs[2]}"
    document = ingest(page, "<title>港口恢复运营</title>", lang="zh-CN")
    assert document.author == "王小明"
    assert not any(key("记者王小明") in key(block.text) for block in document.blocks if block.role != "byline")

    from l10n.ingest.byline_cjk import cjk_byline_names

    assert cjk_byline_names("文/记者龚夷菲") == ["龚夷菲"]
    assert cjk_byline_names("文\\\\记者") == []


# --- chrome: a box's title over a slot a script or a plug-in fills ---------------------------------------------------


def test_a_box_s_title_over_what_a_script_fills_is_no_heading_of_the_story() -> None:
    """gorodlip.ru (holdout45) sets its ads and widgets in its layout's boxes, each a `<td>` with an `<h2>` title and
    then a `<script>` or a Flash `<object>`: "Интересное", "Директ", "Рекомендуем" and "Выбери свой товар" after the
    story were kept as headings (not labelled: the label had been written before the blind run; seen since). A title
    whose box shows nothing else and holds a script, a frame or a plug-in goes; a subheading over the story's text, or
    alone in a wrapper, or over an empty element (a live blog's entry title over the tweet a script of the page fills)
    stays, and so does the "Рекомендуем" over the story, whose box holds only an empty `<p>`."""
    units = [block.text for block in measured(GORODLIP).blocks]
    assert not {"Интересное", "Директ", "Выбери свой товар"} & set(units)
    assert units.count("Рекомендуем") == 1  # of two: the one after the story, over a Flash banner, goes
    ad = _layout_box("Recommended", "<div id='ad1'></div><script>fill('ad1')</script>")
    story = f"<div class='hx4'><table><tr><td><h1>Harbour reopens after the storm</h1>{STORY}</td></tr></table></div>"
    after = _layout_box("Interesting", "<div id='lx_1'></div><script>lx()</script>")
    after += _layout_box("Partners", "<object data='/banner.swf'>Call free tonight!</object>")
    links = "<p><a href='/jobs'>Jobs</a> <a href='/buses'>Buses</a> <a href='/shops'>Shops</a></p>"
    texts = [block.text for block in ingest(f"{ad}{story}{after}{_layout_box('Useful links', links)}").blocks]
    assert any(text.startswith("The harbour reopened") for text in texts)
    assert not {"Recommended", "Interesting", "Partners"} & set(texts)

    import lxml.html

    from l10n.ingest.slot_titles import drop_slot_titles

    box = lxml.html.fragment_fromstring(
        "<div><div><h2>What next</h2></div><div><h3>Iyers cafe</h3><div class='tweet'></div></div>"
        "<div><h2>Ads</h2><div id='a1'></div><script>fill('a1')</script></div></div>"
    )
    drop_slot_titles(box)
    assert [heading.text for heading in box.iter("h2", "h3")] == ["What next", "Iyers cafe"]


def _layout_box(title: str, content: str) -> str:
    """A box of a table layout as gorodlip.ru sets each of its boxes: its title, a break, its content."""
    return f"<div class='hx4'><table><tr><td><h2>{title}</h2><br>{content}</td></tr></table></div>"


# --- chrome: the headline again, without the mark of its pictures ----------------------------------------------------


def test_the_headline_again_without_its_pictures_mark_is_no_paragraph() -> None:
    """商都网 (holdout45) headlines its story "深圳最牛工资单属实 深圳最牛工资单普通员工年薪30万/图" ("/图": with
    pictures, as Chinese portals mark such titles) and sets the title again in bold under its picture, without the
    mark: kept as a paragraph, where the headline again is dropped. The headline without a closing mark of its
    pictures or video ("/图", "（组图）", "(фото)", "(VIDEO)") is the headline again; a title's own brackets stay."""
    units = [block.text for block in measured(SHANGDU).blocks]
    assert "深圳最牛工资单属实 深圳最牛工资单普通员工年薪30万" not in units
    head = "<title>Storm hits the coast (VIDEO)</title>"
    body = f"<h1>Storm hits the coast (VIDEO)</h1><article><p><b>Storm hits the coast</b></p>{STORY}</article>"
    texts = [block.text for block in ingest(body, head).blocks]
    assert texts.count("Storm hits the coast") == 0
    assert any(text.startswith("The harbour reopened") for text in texts)

    from l10n.ingest.page_titles import without_media_mark

    assert without_media_mark("Why the sky is blue (and red)") == "Why the sky is blue (and red)"
