"""Rules of the page path added in session 27 for what holdout27's blind run missed (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that
must stay as it was, then on the real page it was found on. The story's result is asserted first
(it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, STORY, TITLE, ingest, key, read, units

# --- a Greek day with the popular month name, in a layout table's cell over the story --------------------

_GREEK = (
    "Ακόμα μεγαλύτερη μείωση είχε το αγροτικό εισόδημα μέσα στο 2011 σε σύγκριση με τα προηγούμενα χρόνια.",
    "Σύμφωνα με τα στοιχεία της Στατιστικής Υπηρεσίας, το εισόδημα στην Ελλάδα μειώθηκε κατά 5,3%.",
    "Οι αγρότες ζητούν μέτρα στήριξης από την κυβέρνηση πριν από τη νέα χρονιά που έρχεται σε λίγες μέρες.",
)


def _edition_page(day: str) -> str:
    """A printed edition's page laid out as a table: its day and page number in cells over the title,
    the story, and a list of similar stories dated as a database prints them (where htmldate looks)."""
    header = f"<table><tr><td>{day}</td></tr><tr><td>Σελίδα 20</td></tr></table>"
    similar = '<div class="similar"><p>2012-07-01 00:00:00.0</p><a href="/s/1">Φτώχεια και ξεκλήρισμα</a></div>'
    story = "".join(f"<p>{text}</p>" for text in _GREEK)
    return f'{header}<div class="title1">Νέα μείωση 5,3% το 2011</div>{story}{similar}'


def test_a_greek_popular_month_in_a_cell_over_the_story_gives_the_day() -> None:
    """Rizospastis prints its edition's day "Τετάρτη 21 Δεκέμβρη 2011" in a table cell over the title:
    "Δεκέμβρη" is the popular genitive Greek papers write, CLDR has only "Δεκεμβρίου", and a cell's
    day was read as a table's data; htmldate took 2012-07-01 from the similar stories' list."""
    title = "<title>ΡΙΖΟΣΠΑΣΤΗΣ : Νέα μείωση 5,3% το 2011</title>"
    day = ingest(_edition_page("Τετάρτη 21 Δεκέμβρη 2011"), title, lang="el").published
    assert day is not None and day.date() == dt.date(2011, 12, 21)
    from l10n.ingest.datelines import read_timestamp, timestamp_lines
    from l10n.ingest.page_days import popular_months
    from l10n.model import Block

    assert popular_months("el")["δεκέμβρη"] == 12 and popular_months("de") == {}
    # the near miss: a cell's day inside the story (a table's data) is no timestamp of the page
    blocks = [Block("paragraph", _GREEK[0]), Block("cell", "Τετάρτη 21 Δεκέμβρη 2011")]
    assert read_timestamp(blocks[1].text, language="el") is not None
    assert timestamp_lines(blocks, kept=lambda block: True, language="el") == {}
    assert sorted(timestamp_lines(blocks[::-1], kept=lambda block: True, language="el")) == [0]
    day = read("rizospastis-gr-agrotiko").published
    assert day is not None and day.date() == dt.date(2011, 12, 21)


# --- a title the site's name opens: the part a `<div>` shows ---------------------------------------------


def test_a_title_opened_by_the_sites_name_gives_the_part_the_page_shows() -> None:
    """Rizospastis states "ΡΙΖΟΣΠΑΣΤΗΣ : Νέα μείωση 5,3% το 2011" and shows the rest in a `<div>`
    (no heading element): the whole `<title>`, the paper's name and the colon, was the headline."""
    title = "<title>HARBOUR NEWS : Harbour reopens after the storm</title>"
    body = f'<div class="title1">Harbour reopens after the storm</div>{STORY}'
    assert ingest(body, title).headline == "Harbour reopens after the storm"
    from l10n.ingest.page_headline import _is_title_tail

    # the near miss: a title's last words that are not most of it name no headline
    assert not _is_title_tail("the storm", "HARBOUR NEWS : Harbour reopens after the storm")
    assert read("rizospastis-gr-agrotiko").headline == "Νέα μείωση 5,3% το 2011"


# --- a day written d-m-yyyy on the byline line, and the writer in brackets after the portal's address -----


def test_a_hyphened_day_and_the_writer_in_brackets_on_the_byline_line() -> None:
    """wnp.pl prints "Autor: wnp.pl (Jerzy Dudała) | 29-12-2011 09:22" under its `<h2>` title: a day
    parted by hyphens was no day (the header's "Środa, 10 kwietnia 2013 r.", the day the page was
    saved, was taken), and `<meta name="Author">` "AltumNet sp. z o.o." (its web agency) was read as
    the writer; the portal's writer is the name in brackets."""
    head = f'{TITLE}<meta name="Author" content="WebStudio sp. z o.o.">'
    masthead = "<div class='top'><p>Środa, 10 kwietnia 2013 r.</p></div>"
    signature = '<div class="signature">Autor: harbour.pl (Jan Kowalski) | 29-12-2011 09:22</div>'
    doc = ingest(f"{masthead}<h2>Harbour reopens after the storm</h2>{signature}{STORY}", head, lang="pl")
    assert doc.published is not None and doc.published.date() == dt.date(2011, 12, 29)
    assert doc.author == "Jan Kowalski"
    from l10n.ingest.byline import reduce_byline
    from l10n.ingest.page_days import read_day

    assert read_day("29-12-2011") == dt.datetime(2011, 12, 29) and read_day("12-29-2011") == dt.datetime(2011, 12, 29)
    # the near misses: a number with hyphens that reads both ways round is no day without the page's
    # order; brackets after a person's name (initials, a desk) are still dropped
    assert read_day("05-06-2011") is None and read_day("05-06-2011", language="pl") == dt.datetime(2011, 6, 5)
    assert reduce_byline("Author: Julia Hitz (eg)").names == ["Julia Hitz"]
    assert reduce_byline("AltumNet sp. z o.o.").names == []
    doc = read("wnp-pl-nominacje")
    assert doc.published is not None and doc.published.date() == dt.date(2011, 12, 29)
    assert doc.author == "Jerzy Dudała"


# --- "By Name of the Paper": a sister paper's writer --------------------------------------------------------


def test_a_writer_of_another_paper_of_the_group_is_the_writer() -> None:
    """The New Zealand Herald runs the Rotorua Daily Post's story "By Cherie Taylor of the Daily Post"
    (over and under it): "of the Daily Post" kept the line from being a name, no writer was read, and
    the line stayed twice as a paragraph."""
    byline = "<p>By Ann Lee of the Harbour Post</p>"
    doc = ingest(f"{HEADLINE}{byline}{STORY}{byline}")
    assert doc.author == "Ann Lee"
    assert not any("Harbour Post" in text for text in units(doc))
    from l10n.ingest.byline import reduce_byline

    # the near miss: "of" in a name, without "the", stays the name's
    assert reduce_byline("By Catherine of Aragon").names == ["Catherine of Aragon"]
    assert read("nzherald-co-nz-midwife").author == "Cherie Taylor"


# --- a dateline's label is no writer ------------------------------------------------------------------------


def test_a_datelines_label_is_no_writer() -> None:
    """The Winnipeg Free Press prints `<p class="byline">Posted: <span>01/12/2012 1:00 AM</span> |
    Comments: 0</p>` under "By: Staff Writer": the day was cut from the byline and its label,
    "Posted:", was read as the writer's name, a wrong value."""
    bylines = '<p class="byline">By: Staff Writer</p><p class="byline">Posted: <span>01/12/2012 1:00 AM</span></p>'
    assert ingest(f"{HEADLINE}{bylines}{STORY}").author == ""
    from l10n.ingest.byline import reduce_byline

    # the near miss: a name after its label is still read
    assert reduce_byline("Posted by: Ann Lee").names == ["Ann Lee"]
    assert read("winnipegfreepress-com-demolition").author == ""


# --- the byline as the first line of the story's one paragraph ----------------------------------------------


_CHINESE = (
    "港口在工程人員清除上週風暴留下的殘骸後，於週一重新開放，渡輪將於週五恢復航行。",
    "港務局在網站上發表聲明表示，前往離島的渡輪班次將逐步恢復，旅客可上網查詢最新時刻表。",
    "商家表示，港口關閉一週讓小鎮損失約兩百萬元的生意，希望政府盡快提出補助方案協助業者。",
)


def test_the_story_after_a_byline_line_in_one_paragraph_is_kept() -> None:
    """NOWnews sets its whole story as one `<p>` of `<br>`-parted lines, the first "記者陳鈞凱／台北報導"
    (the byline), the last closing on "(接下一頁)", continued on the next page: the block said the
    byline again and was dropped with the story, all five labelled passages lost."""
    lines = "<br><br>".join(["記者王小明／台北報導", *_CHINESE])
    head = "<title>港口重新開放</title>"
    body = f'<h1>港口重新開放</h1><h2>王小明</h2><p>{lines} <span><a href="/p2">(接下一頁)</a></span></p>'
    texts = units(ingest(body, head, lang="zh-TW"))
    assert any(key(_CHINESE[0]) in key(text) and key(_CHINESE[-1]) in key(text) for text in texts)
    assert not any("台北報導" in text or "接下一頁" in text for text in texts)
    from l10n.ingest.byline_opening import after_byline_line
    from l10n.model import Block

    # the near miss: a byline alone, or a paragraph whose first line is no byline, is not cut
    assert after_byline_line(Block("paragraph", "記者王小明／台北報導"), lambda line: True) is None
    texts = [key(text) for text in units(read("nownews-com-kouzhao"))]
    for passage in ("流感疫情燒不停，台灣人衛生習慣太糟也可能是元兇之一！", "且盡可能與旁人保持1公尺以上的距離。"):
        assert any(key(passage) in text for text in texts)
    assert not any(key("(接下一頁)") in text for text in texts)


# --- the readers' comments heading: Chinese, and as the first line of a paragraph --------------------------


def test_a_comments_heading_after_the_story_ends_it() -> None:
    """NOWnews heads its (empty) comment box "網友回應" (netizens' responses) and BIOLOG sets
    "KOMENTARZE" as the first `<br>` line of a paragraph with its forum appeal under it, the last
    block the extractor kept: neither was read as the comments' heading, and both stayed as units
    with what follows them ("生活最多瀏覽", most viewed; "Zapraszamy też do dyskusji …")."""
    box = "<p><b>KOMENTARZE</b><br>Zapraszamy też do dyskusji na naszym forum</p>"
    texts = units(ingest(f"{HEADLINE}{STORY}{box}", lang="pl"))
    assert key(STORY[3:30]) in key(" ".join(texts)) and not any(
        "KOMENTARZE" in text or "forum" in text for text in texts
    )
    from l10n.ingest.story_edges import starts_comments
    from l10n.model import Block, InlineMarkup

    assert starts_comments(Block("heading", "網友回應")) and starts_comments(Block("heading", "读者评论"))
    # the near misses: a paragraph that only says "Comments", a heading that says more, stay
    assert not starts_comments(Block("paragraph", "Comments"))
    assert not starts_comments(Block("heading", "網友回應熱烈，政府表示將檢討"))
    line = Block(
        "paragraph", "Comments on the plan closed after the vote", markup=[InlineMarkup(20, 20, "br", void=True)]
    )
    assert not starts_comments(line)
    texts = [key(text) for text in units(read("nownews-com-kouzhao"))]
    assert key("網友回應") not in texts and key("生活最多瀏覽") not in texts
    texts = [key(text) for text in units(read("biolog-pl-hiv"))]
    assert not any(key("KOMENTARZE") in text for text in texts)


# --- the site's typo-report prompt ----------------------------------------------------------------------------


def test_the_sites_typo_report_prompt_is_no_unit() -> None:
    """Interfax closes its page with "Обнаружили ошибку на сайте? Выделите фрагмент текста с ошибкой
    и нажмите Ctrl + Enter." (found an error? select it and press Ctrl+Enter: the site's typo-report
    widget) run into its registration notice; it was kept as a unit."""
    prompt = "<p>Нашли ошибку на сайте? Выделите фрагмент текста с ошибкой и нажмите Ctrl + Enter.</p>"
    texts = units(ingest(f"{HEADLINE}{STORY}{prompt}"))
    assert not any("Ctrl" in text for text in texts)
    from l10n.ingest.site_notes import is_site_note

    # the near miss: a story's sentence about the keys, an error named after them, stays
    assert not is_site_note("The app sends a message when you press Ctrl+Enter, fixing an error of the old one.")
    assert not any("Ctrl + Enter" in text for text in units(read("interfax-ru-fobos")))
