"""Rules of the page path added in session 19 for holdout19's misses after its blind run
(l10n/ingest/byline_cjk.py, page_credits.py, page_main.py, page_threads.py, page_prune.py):
each on the real page it was found on (five Chinese pages, two Greek), with the near miss that
must stay as it was, so each can fail alone. The story's result is asserted first (it failed
before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import DATA
from page_support import kept, key, label_of, read, units_of

from l10n.ingest import ingest_file
from l10n.ingest.html import ingest_html

REALWORLD = DATA / "realworld"


# --- bylines: the outlet, "reporter" and names parted by spaces ---------------------------------------


def test_outlet_reporter_and_spaced_names_are_the_writers() -> None:
    """The Paper prints its byline "澎湃新闻记者 段彦超 廖艳" (The Paper's reporters, two names parted by
    a space; ifeng carries the story) and "澎湃新闻记者 贺梨萍": no colon or slash after "记者", so no
    writer was read and the byline stayed a paragraph of the story."""
    for name in ("news-ifeng-com-yuzhou", "thepaper-cn-anosmia"):
        document = ingest_file(REALWORLD / f"{name}.html")
        assert document.author.split(", ") == label_of(name)["authors"], name
        paragraphs = [block.text for block in document.blocks if block.role == "paragraph"]
        assert not any(text.startswith("澎湃新闻记者") for text in paragraphs), name
    from l10n.ingest.byline_cjk import cjk_byline_names

    assert cjk_byline_names("本报记者 王小明 通讯员 李华") == ["王小明", "李华"]  # a role among them is no name
    # the near miss: a sentence about a reporter, "记者" and words, stays the story's (guancha's last line)
    assert cjk_byline_names("记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。") == []
    assert cjk_byline_names("记者 联系了富士康，尚未回应") == []


# --- bylines: the reporter in brackets after a Chinese dateline ----------------------------------------


def test_reporter_in_brackets_after_a_dateline_is_the_writer() -> None:
    """Changjiang Daily opens its story "**长江网10月4日讯（记者陈智 整合）** 国庆中秋长假过半…" (cjn.cn,
    Oct 4: reporter Chen Zhi, compiled): the credit follows the dateline, not the paragraph's start,
    so no writer was read."""
    document = ingest_file(REALWORLD / "cjn-cn-wuhan.html")
    assert document.author == "陈智" == label_of("cjn-cn-wuhan")["authors"][0]
    from l10n.ingest.page_credits import lead_credit
    from l10n.model import Block

    wire = Block("paragraph", "新华社北京10月4日电（记者 王小明、李华）国庆假期第四天，全国铁路发送旅客1200万人次。")
    assert lead_credit([wire], [0]) == ["王小明", "李华"]
    # the near miss: brackets after a verb of saying hold no credit (no dateline before them)
    said = Block("paragraph", "他在电话中说（记者会见时）：国庆中秋长假过半，外媒关注武汉的热情不减。")
    assert lead_credit([said], [0]) == []
    # a run of spaces between names is one separator, not many ways to split it (review G1: with
    # `\s*[、,，\s]\s*` this match backtracked exponentially, 20 s at 14 names, and never returned at 40)
    from l10n.ingest.page_credits import _DATELINE_CREDIT

    assert _DATELINE_CREDIT.match("长江网10月4日讯（记者王小" + "   王小" * 40 + "x") is None


# --- bylines: an op-ed's bold name and role lines under its last paragraph ------------------------------


def test_bold_name_and_role_lines_closing_an_op_ed_name_its_writer() -> None:
    """Simerini closes its op-ed's last paragraph with "<br><strong>ΑΦΡΟΔΙΤΗ ΚΑΤΣΗ<br>Μέλος
    Επαρχιακής Γραμματείας ΕΔΟΝ Λευκωσίας - Κερύνειας</strong>" (the writer, and her office), and
    states no writer elsewhere: none was read."""
    document = ingest_file(REALWORLD / "simerini-sigmalive-com-akel.html")
    assert document.author == "ΑΦΡΟΔΙΤΗ ΚΑΤΣΗ" == label_of("simerini-sigmalive-com-akel")["authors"][0]
    # the near miss: a bold label of capitalised words closing the story, without a line under it
    body = (
        "<article><h1>Harbour reopens after the storm</h1>"
        "<p>The harbour reopened on Monday after engineers cleared the debris left by the storm last week.</p>"
        "<p>Ferries to the islands will resume on Friday, the port authority said.<br><strong>Related Coverage"
        "</strong></p></article>"
    )
    chrome = "".join(f"<script>var tracker{n} = 1;</script>" for n in range(6))
    page = f"<html><head><title>Harbour reopens</title></head><body>{chrome}{body}</body></html>"
    assert ingest_html(page, source_path="harbour.html").author == ""
    # …and a box's label over a teaser's title, two bold lines, is no name and office (review G2)
    from l10n.ingest.page_credits import closing_tagline
    from l10n.model import Block, InlineMarkup

    text = "The council allowed it.Related StoriesStorm damage closes the pier for a month"
    teaser = [InlineMarkup(23, 23, "br"), InlineMarkup(23, len(text), "strong"), InlineMarkup(38, 38, "br")]
    assert closing_tagline([Block("paragraph", text, markup=teaser)], [0]) == []
    signed = text.replace("Related Stories", "Ann Marie Lee  ").replace(
        "Storm damage closes the pier for a month", "Member of the board"
    )
    markup = [InlineMarkup(23, 23, "br"), InlineMarkup(23, len(signed), "strong"), InlineMarkup(38, 38, "br")]
    assert closing_tagline([Block("paragraph", signed, markup=markup)], [0]) == ["Ann Marie Lee"]


# --- body: a short paragraph trafilatura wrote in the line of the kept one above -----------------------


def test_short_closing_paragraph_inside_a_kept_line_is_kept() -> None:
    """guancha sets its whole page in lists (`<li class="left left-main">`), and trafilatura writes
    the story as one line; the closing paragraph "记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。"
    (25 letters) is no long key of its own, and was lost."""
    label = label_of("guancha-cn-apple")
    units = units_of(REALWORLD / "guancha-cn-apple.html")
    assert kept(units, label["body_end"])
    # the near miss: the tags line right under it ("标签 苹果劳动维权中国", links) stays out
    assert not kept(units, "标签 苹果劳动维权中国")
    # …and a credit trafilatura ran on after a kept line, not a sentence, is no paragraph (otempo's picture
    # credits; since session 22 each is its figure's credit, read by the page's labels: credits22; without its
    # label since credits23, which the edition prints)
    otempo = read("otempo-com-br-moser")
    assert [(b.role, b.figure is not None) for b in otempo.blocks if key(b.text) == key("Divulgação")] == [
        ("credit", True)
    ]


# --- chrome: a comment thread whose kept comments sit inside one box ----------------------------------


def test_thread_whose_comments_trafilatura_kept_inside_one_box_goes() -> None:
    """NetEase's "post_comment" box holds the toolbar and one box of the whole thread (its script
    two thirds of the box's text); trafilatura kept the site's disclaimer ("网友评论仅供其表达个人看法，
    并不表明网易立场。") and four comments, which became units."""
    units = units_of(REALWORLD / "money-163-com-longfor.html")
    assert not kept(units, "网友评论仅供其表达个人看法，并不表明网易立场。")
    assert not kept(units, "只要不让它们把钱转移出去")
    assert kept(units, label_of("money-163-com-longfor")["body_end"])
    # the near miss: a thread under its own "Visitor comments" heading is left to story_cut, which ends
    # the story there: the site's boxes trafilatura kept under it stay out
    accountancy = units_of(REALWORLD / "accountancyage-com-ifrs.html")
    assert not any(unit in (key("Careers"), key("Briefings")) for unit in accountancy)
    assert kept(accountancy, label_of("accountancyage-com-ifrs")["body_end"])


# --- chrome: the reader's text-size control ----------------------------------------------------------


def test_text_size_control_named_by_its_class_goes() -> None:
    """The Paper's "<div class="font_size"><span>字号</span><ul …>超大 大 标准 小</ul></div>" (text
    size: the reader's control) under the byline: trafilatura kept "字号", a unit."""
    units = units_of(REALWORLD / "thepaper-cn-anosmia.html")
    assert key("字号") not in units
    assert kept(units, label_of("thepaper-cn-anosmia")["body_start"])
    # the near miss: a utility class setting a text's size styles a story paragraph, and names no box
    body = (
        "<article><h1>Harbour reopens after the storm</h1>"
        '<p class="font-size-18">The harbour reopened on Monday after engineers cleared the debris.</p>'
        '<p class="pmc-u-font-size-12 text-size-lg">Ferries to the islands will resume on Friday, officials said.</p>'
        "<p>Traders said the closure had cost the town about two million pounds in lost business.</p></article>"
    )
    chrome = "".join(f"<script>var tracker{n} = 1;</script>" for n in range(6))
    page = f"<html><head><title>Harbour reopens</title></head><body>{chrome}{body}</body></html>"
    texts = [block.text for block in ingest_html(page, source_path="harbour.html").blocks]
    assert "The harbour reopened on Monday after engineers cleared the debris." in texts
    assert "Ferries to the islands will resume on Friday, officials said." in texts
    # …nor does WordPress's size class before the name, set on every paragraph whose size an editor chose
    # (review G4: natuerliche-jagd.de's "<p class="has-normal-font-size">", three of its five paragraphs
    # were pruned), nor a content module's "small-fontsize"
    body = (
        "<article><h1>Seminar on hunting and the press</h1>"
        '<p class="has-normal-font-size">Wie kann eine erfolgreiche Kommunikationsstrategie aussehen?</p>'
        '<p class="has-large-font-size">Am 11. und 12. März 2022 bietet der Verband ein Seminar an.</p>'
        '<div class="fluid-image-text-module green small-fontsize"><h3>Welche Faktoren zählen?</h3>'
        "<p>Die Bonität und die Laufzeit bestimmen den Zins.</p></div>"
        "<p>Pro Veranstaltung sind maximal zwölf Teilnehmer zugelassen, schreibt der Verband.</p></article>"
    )
    page = f"<html><head><title>Seminar</title></head><body>{chrome}{body}</body></html>"
    texts = [block.text for block in ingest_html(page, source_path="seminar.html").blocks]
    assert "Wie kann eine erfolgreiche Kommunikationsstrategie aussehen?" in texts
    assert "Am 11. und 12. März 2022 bietet der Verband ein Seminar an." in texts
    assert "Die Bonität und die Laufzeit bestimmen den Zins." in texts


# --- body: a list the story's kept line introduces with a colon -----------------------------------------


def test_list_under_a_kept_colon_line_between_kept_paragraphs_is_kept() -> None:
    """capital.gr: "Ο αγωγός θα καθιστά εφικτή:" (the pipeline will make possible:) and then a list
    of two sentences, which trafilatura left out (the page's mangled list markup), between two kept
    paragraphs: the second item was lost (trafilatura alone loses it too)."""
    label = label_of("capital-gr-agogos")
    units = units_of(REALWORLD / "capital-gr-agogos.html")
    assert all(kept(units, passage) for passage in label["keep"])
    from l10n.ingest.furniture import is_site_talk
    from l10n.ingest.story_runs import sentences_between
    from l10n.model import Block, InlineMarkup

    def allowed(block: Block) -> bool:
        return not is_site_talk(block.text)

    intro, after = Block("paragraph", "The pipeline will make possible:"), Block("paragraph", "Both firms agreed.")
    items = [
        Block("list_item", "Oil shipped to the Mediterranean."),
        Block("list_item", "Safer passage on the Bosporus."),
    ]
    assert sentences_between([intro, *items, after], [0, 3], allowed) == [1, 2]
    # the near misses: items under a line that introduces nothing, and links under "Read more:", stay out
    assert sentences_between([Block("paragraph", "The pipeline was approved."), *items, after], [0, 3], allowed) == []
    links = [
        Block("list_item", text, markup=[InlineMarkup(0, len(text), "a")]) for text in ("Rates rise.", "Oil falls.")
    ]
    assert sentences_between([Block("paragraph", "Read more:"), *links, after], [0, 3], allowed) == []


# --- chrome: a news feed's item and a menu's tabs kept after the story -----------------------------------


def test_news_feed_item_after_the_story_goes() -> None:
    """capital.gr's news feed under the story: "<h3>11:31 05/02</h3>", a linked headline, its excerpt;
    trafilatura kept the time and the excerpt of the first item ("Το εκλογικό του δικαίωμα για τις
    Προεδρικές Εκλογές άσκησε στη Λεμεσό…", another story), which became units of this one."""
    units = units_of(REALWORLD / "capital-gr-agogos.html")
    assert not kept(units, "Το εκλογικό του δικαίωμα για τις Προεδρικές Εκλογές")
    assert key("11:31 05/02") not in units
    assert kept(units, label_of("capital-gr-agogos")["body_end"])
    from l10n.ingest.page_boxes import is_teaser_subline
    from l10n.model import Block, InlineMarkup

    # the near miss: a live blog's entry under its time, a heading of its own that is no link, stays
    entry = [Block("heading", "11:31"), Block("heading", "Polls close"), Block("paragraph", "Counting has begun.")]
    assert [is_teaser_subline(entry, index) for index in range(3)] == [False, False, False]
    linked = Block("heading", "Polls close", markup=[InlineMarkup(0, 11, "a")])
    assert [is_teaser_subline([entry[0], linked, entry[2]], index) for index in range(3)] == [True, False, True]


def test_one_word_list_items_after_the_story_are_a_menu() -> None:
    """NetEase's recommendations box under the story has tabs, "娱乐", "体育", "财经", "时尚", "科技",
    "军事", "汽车" (entertainment, sport, finance…), set as list items that trafilatura kept: seven
    units of one word each after the story's last paragraph."""
    units = units_of(REALWORLD / "money-163-com-longfor.html")
    assert not any(
        unit in {key(tab) for tab in ("娱乐", "体育", "财经", "时尚", "科技", "军事", "汽车")} for unit in units
    )
    # the near miss: motherjones' lists of one-word company names inside the story stay
    motherjones = units_of(REALWORLD / "motherjones-com-warehouse.html")
    assert all(key(name) in motherjones for name in ("Amazon", "Staples", "Nordstrom", "Symantec"))
    from l10n.ingest.page_boxes import menu_items
    from l10n.model import Block

    # …and a list the story's last line introduces with a colon is the story's
    finalists = [
        Block("paragraph", "The three finalists:"),
        *(Block("list_item", name) for name in ("Ana", "Ben", "Cy")),
    ]
    assert menu_items(finalists, 0) == set()
