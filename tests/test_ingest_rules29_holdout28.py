"""Rules of the page path added in session 29 for what holdout28's blind run left (issue 14;
l10n/ingest/page.py): each on a small page or line written around the mechanism, with the near miss that
must stay as it was, and on the real page it was found on. The story's result is asserted first (it failed
before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, STORY, ingest, key, label_of, read, units

from l10n.model import Block, InlineMarkup


def _chrome_kept(name: str) -> list[str]:
    """The label's chrome strings a unit of the real page holds (as tests/test_ingest_page.py scores them)."""
    texts = [key(text) for text in units(read(name))]
    return [text for text in label_of(name)["chrome"] if any(key(text) in unit for unit in texts)]


# --- Rednet: its header line, its breadcrumb, its dateline's credit, its related-links label ---------------


def test_a_size_control_with_its_sizes_in_brackets_after_the_label_goes() -> None:
    """Rednet closes its header line with "字体: 【大 中 小】" (font: large, medium, small): the brackets
    around the sizes after the label, where Shenzhen News sets them around the label too ("【字号：大 中 小】")."""
    assert "字体: 【大 中 小】" not in _chrome_kept("rednet-cn-dudu")
    from l10n.ingest.chrome_lines import without_size_control

    line = "2012/1/17 17:23:10 红网 字体: 【大 中 小】"
    assert without_size_control(Block("paragraph", line)).text == "2012/1/17 17:23:10 红网"
    # the near miss: one size named in brackets is the story's word about a size
    assert without_size_control(Block("paragraph", "标题字体: 【大】")).text == "标题字体: 【大】"


def test_a_stamp_between_the_sites_address_and_name_gives_the_day() -> None:
    """Rednet's only day is its header line "http://www.rednet.cn 2012/1/17 17:23:10 红网 字体: 【大 中 小】":
    the site's address, the time, the site's name and the size control; no stamp was read, and no day."""
    day = read("rednet-cn-dudu").published
    assert day is not None and day.date() == dt.date(2012, 1, 17)
    header = "<p>http://www.harbour.example 2012/5/3 17:23:10 Harbour</p>"
    day = ingest(f"{HEADLINE}{header}{STORY}").published
    assert day is not None and day.date() == dt.date(2012, 5, 3)
    from l10n.ingest.datelines import addressed_stamp

    # the near miss: a sentence after an address is no stamp
    assert addressed_stamp("http://www.harbour.example reported the storm on 2012/5/3 at noon.", "en") is None


def test_the_reporters_paper_before_reporter_in_a_dateline_credit_names_the_reporter() -> None:
    """Rednet runs the Xiaoxiang Morning Herald's copy: "红网长沙1月17日讯（潇湘晨报滚动新闻记者 范思鼎）…",
    the paper's name before "记者" (reporter) in the brackets after the dateline; no writer was read."""
    assert read("rednet-cn-dudu").author == "范思鼎"
    from l10n.ingest.page_credits import lead_credit

    lead = Block("paragraph", "红网长沙1月17日讯（潇湘晨报滚动新闻记者 范思鼎）今日下午，京港澳高速发生一起交通事故。")
    assert lead_credit([lead], [0]) == ["范思鼎"]
    # the near miss: the paper and "reporter" and what they did, no name, name no one
    told = Block("paragraph", "红网长沙1月17日讯（潇湘晨报记者报道）今日下午，京港澳高速发生一起交通事故。")
    assert lead_credit([told], [0]) == []


def test_a_breadcrumb_line_under_a_label_ending_in_the_pages_own_step_goes() -> None:
    """Rednet's trail "位置提示：<a>红网首页</a> > <a>新闻频道</a> > 正文" (location: home > news > body text)
    ends in the page's own step, not the headline, and its label holds no link: it was kept as a line."""
    assert "位置提示：红网首页 > 新闻频道 > 正文" not in _chrome_kept("rednet-cn-dudu")
    trail = '<p>Location: <a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Story</p>'
    assert not any("Location" in text for text in units(ingest(f"{trail}{HEADLINE}{STORY}")))
    from l10n.ingest.chrome_lines import is_breadcrumb_line

    # the near miss: arrows in a sentence part no links
    said = "Revenue > costs > profit, the council said."
    assert not is_breadcrumb_line(Block("paragraph", said, markup=[InlineMarkup(0, 7, "a")]))


def test_a_chinese_related_links_label_with_a_reference_mark_goes_with_its_links() -> None:
    """Rednet ends its story with "<strong>※相关链接</strong>" (related links) over three other stories' links,
    which went: a label whose list went goes, but "相关链接" was no related label to the rules."""
    assert "※相关链接" not in _chrome_kept("rednet-cn-dudu")
    from l10n.ingest.furniture import is_dangling_label

    assert is_dangling_label("※相关链接") and is_dangling_label("相關新聞")
    assert not is_dangling_label("相关链接显示，两人曾在北京见面。")


# --- the site's notices: Globes's imprint line, ΑΠΕ-ΜΠΕ's subscription and rights notices, TTV's fan page ---


def test_the_sites_notices_under_the_story_go() -> None:
    """Globes closes its story with "<i>Published by Globes [online], Israel business news - …com - on January
    16, 2012</i>", ΑΠΕ-ΜΠΕ with its subscription pointer and its rights notice (a heading among the kept
    blocks), TTV with "Facebook 馬上按讚 加入台視新聞粉絲團": each was kept as a unit."""
    assert _chrome_kept("globes-co-il-teva") == []
    assert not [text for text in _chrome_kept("amna-gr-epikourikes") if "ΑΠΕ-ΜΠΕ" in text or "Απαγορεύεται" in text]
    assert _chrome_kept("ttv-com-tw-liugan") == []
    foot = "<p><i>Published by Harbour News - harbour.example - on May 3, 2019</i></p>"
    assert not any("Published by" in text for text in units(ingest(f"{HEADLINE}{STORY}{foot}")))
    from l10n.ingest.notice_lines import is_notice_line

    # the near misses: a sentence of the story that names a publisher and a day, subscribers, a fan
    assert not is_notice_line("Published by Penguin on 3 March 2020, the book sold a million copies.")
    assert not is_notice_line("Οι συνδρομητές του ταμείου θα ενημερωθούν για τις αλλαγές.")
    assert not is_notice_line("他加入了球隊，成為先發。")


def test_a_more_news_label_under_the_story_ends_it() -> None:
    """ΑΠΕ-ΜΠΕ sets "Περισσότερες Ειδήσεις" (more news) over three other stories' summaries under its story:
    the label and the summaries were kept as the story's."""
    assert "Περισσότερες Ειδήσεις" not in _chrome_kept("amna-gr-epikourikes")
    more = "<h3>More news</h3><ul><li>Ferries to the islands resume their summer timetable this weekend.</li></ul>"
    assert not any(
        "More news" in text or "summer timetable" in text for text in units(ingest(f"{HEADLINE}{STORY}{more}"))
    )
    from l10n.ingest.chrome_lines import starts_others_box

    # the near miss: a sentence that opens with the words is the story's
    assert not starts_others_box(Block("paragraph", "More news came from the port on Monday."))


# --- the Telegraph's side column: a menu's title over link cells, the weather box --------------------------


def test_a_side_columns_menu_title_and_weather_box_go() -> None:
    """The Telegraph's left column, read before its story: "IN TODAY'S PAPER" over cells that are each one link,
    and "Calcutta Weather" over its readings and the day's forecast; the links went, the rest stayed."""
    assert _chrome_kept("telegraphindia-com-polio") == []
    from l10n.ingest.side_cells import menu_title_cells, weather_box

    def link(text: str) -> Block:
        return Block("cell", text, markup=[InlineMarkup(0, len(text), "a")])

    assert menu_title_cells([Block("cell", "IN TODAY'S PAPER"), link("Front Page"), link("Nation")]) == {0}
    # the near misses: a table's heading over cells of data; a weather story's sentence under no label
    assert menu_title_cells([Block("cell", "Rainfall"), Block("cell", "12 mm"), Block("cell", "30 mm")]) == set()
    readings = [Block("cell", "Calcutta Weather"), Block("cell", "Min : 10°C"), Block("cell", "Max : 23.3°C")]
    assert weather_box(readings) == {0, 1, 2}
    assert weather_box([Block("paragraph", "Temperatures fell to 10°C."), *readings[1:]]) == set()


# --- writers: a class word in the site's language, a name over its day's line, a stamp and a name -------


def test_an_author_box_classed_autor_with_the_name_over_the_day_names_the_writer() -> None:
    """Gazeta Wrocławska: `<div class="autor"><p><a><img alt="Gazeta Wrocławska"></a><b>Natalia Wellmann</b></p>
    <p class="aktualizacja">2011-12-30 10:17:03, aktualizacja: …</p></div>`; Komsomolskaya Pravda: `<div
    class="state-autor"><strong><a>Светлана СНЕЖИНА</a></strong> — 17.01.2012 18:57</div>`: "autor" (Polish,
    Russian in Latin letters) was no class word of a byline's element, and no writer was read."""
    assert read("gazetawroclawska-pl-ospa").author == "Natalia Wellmann"
    assert key(read("ul-kp-ru-gripp").author) == key("Светлана Снежина")
    box = (
        '<div class="autor"><p><b>Anna Nowak</b></p><p>2011-12-30 10:17:03, aktualizacja: 2011-12-30 10:17:03</p></div>'
    )
    assert ingest(f"{HEADLINE}{box}{STORY}", lang="pl").author == "Anna Nowak"
    import lxml.html

    from l10n.ingest.byline_header import name_over_day
    from l10n.ingest.page_authors import author_elements

    # the near misses: a class running "autor" into another word; a box's second line that is no day
    assert author_elements(lxml.html.fromstring('<div><p class="autoresize">Anna Nowak</p></div>')) == []
    assert name_over_day(lxml.html.fragment_fromstring("<div><p>Anna Nowak</p><p>Wrocław</p></div>")) == ""


def test_a_stamp_and_then_the_writers_name_set_apart_names_the_writer() -> None:
    """Globes: `<div>16 January 12 17:47, <span style="font-weight:700;">Inbal Omer</span></div>` under its
    headline and deck: the time, a comma, the name in an element of its own; no writer was read."""
    assert read("globes-co-il-teva").author == "Inbal Omer"
    line = '<div>16 January 12 17:47, <span style="font-weight:700">Ann Lee</span></div>'
    assert ingest(f"{HEADLINE}{line}{STORY}").author == "Ann Lee"
    # the near miss: a place after the stamp has no element of its own
    place = "<div>16 January 12 17:47, Tel Aviv</div>"
    assert ingest(f"{HEADLINE}{place}{STORY}").author == ""


# --- holdout29's blind run (session 29): dates, a headline, writers, a caption -----------------------------


def test_a_day_read_later_than_the_storys_update_gives_way_to_the_update() -> None:
    """Radio New Zealand prints its clock over the page, "18 January 2012 - 1:56 am NZ time", and "Updated at
    7:07 pm on 16 January 2012" under its story's heading: the clock's day was taken, two days late."""
    day = read("radionz-co-nz-shellfish").published
    assert day is not None and day.date() == dt.date(2012, 1, 16)
    from l10n.ingest.datelines import read_timestamp
    from l10n.ingest.page_stamps import not_after_update

    stamps = {0: read_timestamp("Updated: 16 January 2012")}
    assert not_after_update(dt.datetime(2012, 1, 18), stamps) == dt.datetime(2012, 1, 16)
    # the near miss: a day before the update is the story's own
    assert not_after_update(dt.datetime(2012, 1, 15), stamps) == dt.datetime(2012, 1, 15)


def test_a_title_set_as_a_trail_gives_the_heading_it_ends_with() -> None:
    """Radio New Zealand's `<title>` is "Radio New Zealand : News : Regional : Shellfish toxin warning for Bay of
    Plenty", its story's heading an `<h2>` of the last part: the whole title was the headline."""
    assert read("radionz-co-nz-shellfish").headline == "Shellfish toxin warning for Bay of Plenty"
    title = "<title>Harbour News : News : Regional : Harbour reopens after the storm</title>"
    assert (
        ingest(f"<h2>Harbour reopens after the storm</h2>{STORY}", title).headline == "Harbour reopens after the storm"
    )
    # the near miss: a part of three words or fewer (a section) is no story's title
    title = "<title>Harbour reopens after the storm : Regional News</title>"
    assert ingest(f"<h2>Regional News</h2>{HEADLINE}{STORY}", title).headline == "Harbour reopens after the storm"


def test_a_time_in_lenticular_brackets_reported_after_it_is_a_stamp() -> None:
    """BCC sets its day as "【2012/01/17 16:59 報導 】" (reported) over the story: no day was read."""
    day = read("bcc-com-tw-chunjie").published
    assert day is not None and day.date() == dt.date(2012, 1, 17)
    from l10n.ingest.datelines import read_timestamp

    assert read_timestamp("【2012/01/17 16:59 報導 】") is not None
    # the near miss: a sentence in lenticular brackets is no stamp
    assert read_timestamp("【記者會上，他說2012年1月17日將報導此事】") is None


def test_the_writers_of_holdout29s_three_bylines() -> None:
    """BCC closes its first paragraph with "（陳奕華報導）" (Chen Yi-hua reporting), gazzetta.gr prints "Από
    Δημήτρης Βέργος" (Greek "by"), hinews.cn a line of fields "时间：… 来源： 南海网 作者：陈望": none read."""
    assert read("bcc-com-tw-chunjie").author == "陳奕華"
    assert read("gazzetta-gr-smolingk").author == "Δημήτρης Βέργος"
    assert read("hinews-cn-yanhua").author == "陈望"
    from l10n.ingest.byline import reduce_byline
    from l10n.ingest.page_credits import lead_credit

    closing = Block("paragraph", "春節連假長達九天，急診不打烊，門診只有部分服務。（陳奕華報導）")
    assert lead_credit([closing], [0]) == ["陳奕華"]
    assert reduce_byline("Από Δημήτρης Βέργος").names == ["Δημήτρης Βέργος"]
    # the near misses: a desk's compiled report; "from Athens", "from day to day"
    assert lead_credit([Block("paragraph", "春節連假長達九天，急診不打烊，門診只有部分服務。（綜合報導）")], [0]) == []
    from l10n.ingest.byline import BYLINE_LABEL

    assert not BYLINE_LABEL.match("Από την Αθήνα") and not BYLINE_LABEL.match("ΑΠΟ ΜΕΡΑ ΣΕ ΜΕΡΑ")  # a column's name
    box = "<p>时间：2012-05-03 17:55 来源： 港口网 作者：王小明</p>"
    assert ingest(f"{HEADLINE}{box}{STORY}", lang="zh").author == "王小明"


def test_a_caption_under_a_picture_after_a_stylesheet_ending_in_a_photographers_credit_is_its() -> None:
    """hinews.cn opens its story's cell with a `<style>` and an empty `<div>`, then `<p><img …></p><p>海口…检查 (通讯员
    林 宇 摄)</p>` (photographed by): the picture was not the box's first child, and "摄" after the name was no
    credit's label; the caption was lost."""
    caption = label_of("hinews-cn-yanhua")["keep"][0]
    assert key(caption) in [key(text) for text in units(read("hinews-cn-yanhua"))]
    import lxml.html

    from l10n.ingest.page_figures import _is_credited_caption

    box = lxml.html.fragment_fromstring(
        '<div><p><img src="a.jpg"></p><p>港口检查 (记者 王小明 摄)</p><p>正文。</p></div>'
    )
    assert _is_credited_caption(box[0], box[1], "zh")
    # the near miss: a bracket naming no photographer's mark
    box = lxml.html.fragment_fromstring('<div><p><img src="a.jpg"></p><p>港口检查 (记者 王小明)</p><p>正文。</p></div>')
    assert not _is_credited_caption(box[0], box[1], "zh")
