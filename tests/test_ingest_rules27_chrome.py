"""Rules of the page path added in session 27 for the writers and chrome holdout26's blind run left (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that must stay as
it was, then on the real page it was found on. The story's result is asserted first (it failed before the
rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

from lxml.html import fromstring
from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, key, read, texts_of

# --- the reporters a broadcaster's closing line names ---------------------------------------------------------

_CHINESE = (
    "空軍向法國採購的救護直昇機今天正式亮相，它不但有完整的醫療配備可以在空中進行急救，還有自動駕駛系統。",
    "緩緩升起的是空軍救護隊的新生力軍，和一旁原有的直昇機比起來，不但馬力航程載運量都更大，還配備完整的醫療模組。",
    "空軍一共採購三架救護直昇機，預計在今年七月正式成軍，將強化空軍救護隊的醫療救援資源，也讓救難能量更加完整",
)


def test_the_reporters_on_the_line_closing_the_story_are_its_writers() -> None:
    """PTS (公視新聞網) sets its story as one paragraph of lines and closes it with "記者張志雄 張梓嘉
    嘉義報導" on a line of its own: "reporter", two reporters parted by a space, the place and
    "reported"; no byline or metadata names them, and no writer was read."""
    title = "<title>救護直升機 空軍正式亮相</title>"
    head = "<h1>救護直升機 空軍正式亮相</h1>"

    def story(closing: str) -> str:
        return f"{head}<p>{'<br><br>'.join(_CHINESE)}<br><br>{closing}</p>"

    assert ingest(story("記者張志雄 張梓嘉 嘉義報導"), title, lang="zh-TW").author == "張志雄, 張梓嘉"
    # the near miss: a sentence naming a reporter and a report says more than the credit
    assert ingest(story("他對記者張志雄說，嘉義報導有誤。"), title, lang="zh-TW").author == ""
    from l10n.ingest.page_credits import closing_reporters
    from l10n.model import Block

    assert closing_reporters(Block("paragraph", "记者 王小明、李华／北京报道")) == ["王小明", "李华"]
    assert read("news-pts-org-tw-ec225").author == "張志雄, 張梓嘉"


# --- the site's maker stated as the page's author ---------------------------------------------------------------


def test_the_company_the_footer_credits_with_the_site_is_no_writer() -> None:
    """Kathimerini (Cyprus) states `<meta name="author" content="BDigital Web Solutions">` on every page
    and credits "Design & Development by BDigital" in its footer; the story names no writer, and the web
    agency was read as the writer. A name the page credits with making the site is no byline."""
    head = f'{TITLE}<meta name="author" content="Quayside Web Solutions">'
    footer = (
        '<table><tr><td><a href="http://quayside.example">Design &amp; Development by Quayside</a></td></tr></table>'
    )
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{footer}", head).author == ""
    # the near miss: a writer the metadata states stays, and so does one a story's sentence says designed something
    writer = head.replace("Quayside Web Solutions", "Ann Lee")
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{footer}", writer).author == "Ann Lee"
    designed = "<p>Designed by Ann Lee, the new pier opens in May.</p>"
    assert ingest(f"<article>{HEADLINE}{STORY}{designed}</article>", writer).author == "Ann Lee"
    from l10n.ingest.site_makers import without_site_makers

    assert without_site_makers(fromstring("<p>Powered by Webstudio</p>"), ["Webstudio Ltd", "Ann Lee"]) == ["Ann Lee"]
    assert read("kathimerini-com-cy-rivers").author == ""


# --- a company's legal form in the author's name -----------------------------------------------------------------


def test_a_name_closing_with_a_companys_legal_form_is_no_writer() -> None:
    """Wprost states its publisher as every page's author, `<meta name="author" content="AWR Wprost Sp. z
    o.o.">` ("Sp. z o.o.", a Polish limited company); its story names no writer, and the company was read
    as the writer. A line holding a company's legal form is no person's (`byline._LEGAL_FORM`), in Polish too."""
    head = f'{TITLE}<meta name="author" content="Harbour Publishing Sp. z o.o.">'
    assert ingest(f"<article>{HEADLINE}{STORY}</article>", head).author == ""
    # the near miss: a name whose last word is spelled like a legal form without its dots stays a name
    named = head.replace("Harbour Publishing Sp. z o.o.", "Ana Sa")
    assert ingest(f"<article>{HEADLINE}{STORY}</article>", named).author == "Ana Sa"
    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("Example GmbH").names == [] and reduce_byline("Editora Abril S.A.").names == []
    assert reduce_byline("AltumNet sp. z o.o.").names == []  # the form in lower case, as it is often written
    assert read("wprost-pl-urszulin").author == ""
    assert (
        "AltumNet" not in read("wnp-pl-nominacje").author
    )  # holdout27: its site's maker, stated as every page's author


# --- a CMS's placeholder or account stated as the writer ------------------------------------------------------------


def test_a_cms_placeholder_or_admin_account_is_no_writer() -> None:
    """Pages whose labels name no writer still showed one, a wrong name a reader sees: The Japan Times's
    `<meta name="author" content="No Author">` (the CMS's placeholder), Sdpnoticias' "User Admin" and
    Jeongdong Theater's "Jdadmin" (administrators' accounts), Junin24's "Redaccion" (the desk, typed
    without its accent). None is a writer."""
    for stated in ("No Author", "User Admin", "Jdadmin", "Redaccion"):
        head = f'{TITLE}<meta name="author" content="{stated}">'
        assert ingest(f"<article>{HEADLINE}{STORY}</article>", head).author == "", stated
    # the near miss: a name holding the same letters is a name
    head = f'{TITLE}<meta name="author" content="Nadmina Ali">'
    assert ingest(f"<article>{HEADLINE}{STORY}</article>", head).author == "Nadmina Ali"
    for name in (
        "japantimes-co-jp-surgical",
        "sdpnoticias-com-tatu",
        "jeongdongtheater-com-daehakro",
        "junin24-com-ruta188",
    ):
        assert read(name).author == "", name


# --- the label of a box of other stories ends the story ------------------------------------------------------------

_TEASERS = ("Harbour master retires after forty years at the port", "Council votes to rebuild the old lighthouse")


def test_a_label_of_other_stories_under_the_story_ends_it() -> None:
    """Kathimerini and REGNUM lay their pages out in tables, which trafilatura kept whole; under the story
    stand "Άλλα άρθρα του ιδίου συγγραφέα" (other articles by the same writer), "ΔΗΜΟΦΙΛΕΣΤΕΡΑ" (most
    popular), "САМЫЕ ПОПУЛЯРНЫЕ НОВОСТИ НАШИХ ПАРТНЕРОВ" (our partners' most popular news), each over
    other stories' titles: all were kept. Such a label under the story ends it."""
    rows = "".join(f"<tr><td>{text}</td></tr>" for text in ("ΔΗΜΟΦΙΛΕΣΤΕΡΑ", *_TEASERS))
    page = f"{HEADLINE}<table><tr><td>{STORY}</td></tr>{rows}</table>"
    units = [key(text) for text in texts_of(page)]
    assert not any(key(teaser) in unit for teaser in _TEASERS for unit in units)
    assert all(key(paragraph) in units for paragraph in PARAGRAPHS)
    # the near miss: a line of the story saying "most popular" in a sentence stays, with what follows it
    said = f"{HEADLINE}<table><tr><td>{STORY}<p>Most popular among traders was the plan.</p>{STORY}</td></tr></table>"
    assert key("Most popular among traders was the plan.") in [key(text) for text in texts_of(said)]
    from l10n.ingest.chrome_lines import starts_others_box
    from l10n.model import Block

    assert starts_others_box(Block("cell", "Άλλα άρθρα του ιδίου συγγραφέα"))
    assert not starts_others_box(Block("cell", "Άλλα άρθρα"))
    kathimerini = [key(block.text) for block in read("kathimerini-com-cy-rivers").blocks]
    assert not any(key(text) in unit for unit in kathimerini for text in ("ΔΗΜΟΦΙΛΕΣΤΕΡΑ", "ΕΡΓΑΛΕΙΑ / ΥΠΗΡΕΣΙΕΣ"))
    regnum = [key(block.text) for block in read("regnum-ru-palliativ").blocks]
    assert key("САМЫЕ ПОПУЛЯРНЫЕ НОВОСТИ НАШИХ ПАРТНЕРОВ") not in regnum


# --- a labelled "last update" stamp in a layout table's cell ------------------------------------------------------


def test_a_labelled_update_stamp_in_a_layout_cell_is_no_unit() -> None:
    """Kathimerini's header cell reads "Τελευταία ενημέρωση: 09:30" (last update: the site's, not the
    story's); a stamp with no Greek label was read, and a table cell's stamp was taken for the table's
    data: it became a unit. A labelled stamp that is a cell's whole text is the layout's."""
    stamp = "<table><tr><td>Τελευταία ενημέρωση: 09:30</td></tr></table>"
    story = "".join(f"<p>{text}</p>" for text in _GREEK)
    units = texts_of(f"{stamp}<h1>Πέθανε ο σαξοφωνίστας</h1>{story}", "<title>Πέθανε ο σαξοφωνίστας</title>", lang="el")
    assert not any("09:30" in unit for unit in units)
    # the near miss: a table's bare day, with no label, is its data
    table = "<table><tr><td>Ημέρα</td><td>Επιβάτες</td></tr><tr><td>27.12.2011</td><td>3000</td></tr></table>"
    units = texts_of(f"<h1>Πέθανε ο σαξοφωνίστας</h1>{story}{table}", "<title>Πέθανε ο σαξοφωνίστας</title>", lang="el")
    assert "27.12.2011" in units
    from l10n.ingest.datelines import read_timestamp

    assert read_timestamp("ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 09:30", language="el").updated
    assert not any("09:30" in block.text for block in read("kathimerini-com-cy-rivers").blocks)


_GREEK = (
    "Ο Αμερικανός σαξοφωνίστας, ένας από τους γίγαντες της free jazz, πέθανε σε ηλικία 88 ετών, ανακοίνωσε η οικογένειά του.",
    "Γεννημένος σε μια οικογένεια μουσικών, είχε αγκαλιάσει το κύμα της be-bop στη δεκαετία του 50 και έπαιξε με πολλούς.",
    "Κυκλοφόρησε πολλά επαναστατικά άλμπουμ με την εταιρεία Blue Note και έπαιξε με τον μπασίστα Ντέιβ Χόλαντ.",
)


# --- a run of links with only separators between them ----------------------------------------------------------------

_TAGS = ("宇昌", "台鐵", "九二共識", "日本", "高雄", "春節", "寒流")


def test_a_run_of_linked_tags_parted_by_separators_is_no_unit() -> None:
    """PTS lists its tag cloud under the story in one line (a table cell), each tag a link of two to five Han
    letters and " 、 " between them: under half of its characters are inside links, so it was kept as a unit. A line
    of three or more links with no word outside them is a list of links."""
    tags = " 、 ".join(f'<a href="news_tags.php?tag={tag}">{tag}</a>' for tag in _TAGS)
    title = "<title>救護直升機 空軍正式亮相</title>"
    story = "".join(f"<p>{text}</p>" for text in _CHINESE)
    units = texts_of(f"<h1>救護直升機 空軍正式亮相</h1>{story}<p>{tags}</p>", title, lang="zh-TW")
    assert not any("九二共識" in unit for unit in units)
    # the near miss: a sentence with three links and words of its own between them stays
    said = "立法院今天討論" + "、".join(f'<a href="/t/{tag}">{tag}</a>' for tag in _TAGS[:3]) + "等議題，並通過決議。"
    units = texts_of(f"<h1>救護直升機 空軍正式亮相</h1>{story}<p>{said}</p>", title, lang="zh-TW")
    assert any("九二共識" in unit for unit in units)
    from l10n.ingest.chrome_lines import is_link_run
    from l10n.model import Block, InlineMarkup

    menu = Block(
        "paragraph",
        "Home | News | Sport",
        markup=[InlineMarkup(0, 4, "a"), InlineMarkup(7, 11, "a"), InlineMarkup(14, 19, "a")],
    )
    assert is_link_run(menu)
    assert not any("九二共識" in block.text for block in read("news-pts-org-tw-ec225").blocks)


# --- a text-size control closing a line ----------------------------------------------------------------------------


def test_a_text_size_control_closing_a_line_is_cut() -> None:
    """Shenzhen News closes the line under its headline with "【字号：大 中 小】" (font size: large, medium,
    small), three links that run a script, no class naming them: the control stayed in the unit."""
    line = (
        '<p><a href="http://www.sznews.com/">http://www.sznews.com</a> 2011-12-14 18:10 来源： <span>深圳新闻网</span> '
        '【字号：<a href="#" onclick="f(1)">大</a> <a href="#" onclick="f(2)">中</a> <a href="#" onclick="f(3)">小</a>】</p>'
    )
    story = "".join(f"<p>{text}</p>" for text in _SIMPLIFIED)
    title = "<title>地铁故障演练</title>"
    units = texts_of(f"<h1>地铁故障演练</h1>{line}{story}", title, lang="zh-CN")
    assert not any("字号" in unit for unit in units)
    # the near miss: the story's words about one size stay
    said = "<p>报纸改版后，标题使用的字号：大</p>"
    units = texts_of(f"<h1>地铁故障演练</h1>{story}{said}", title, lang="zh-CN")
    assert any("字号：大" in unit for unit in units)
    from l10n.ingest.chrome_lines import without_size_control
    from l10n.model import Block

    assert without_size_control(Block("paragraph", "Posted 3 May [Font size: A A A]")).text == "Posted 3 May"
    assert not any("字号" in block.text for block in read("news-sznews-com-ditie").blocks)


_SIMPLIFIED = (
    "深圳新闻网12月14日讯，为及时、高效、妥善应对轨道交通突发事件，有效提高应急联动水平和处置能力，保障乘客安全。",
    "13日凌晨，记者和各观摩领导、演练人员近500人一起从竹子林站搭乘地铁全程感受演练的整个过程。",
    "此次演练应急处置信息传递迅速及时，应急决策正确果断，现场指挥有序有力，处置动作准确规范。",
)


# --- a notice of the terms of reuse -------------------------------------------------------------------------------


def test_a_notice_permitting_reproduction_is_no_unit() -> None:
    """The Sunday Times (Sri Lanka) closes every story with "Reproduction of articles permitted when used
    without any alterations to contents and a link to the source page.": the site's terms of reuse, a
    rights notice, kept as the story's last paragraph."""
    notice = "<p>Reproduction of articles permitted when used without any alterations to contents and a link to the source page.</p>"
    assert not any("Reproduction" in unit for unit in texts_of(f"<article>{HEADLINE}{STORY}{notice}</article>"))
    # the near miss: the story's sentence about reproducing something stays
    said = "<p>Reproduction of the painting is prohibited, the museum said on Friday.</p>"
    assert any("Reproduction" in unit for unit in texts_of(f"<article>{HEADLINE}{STORY}{said}</article>"))
    assert not any("Reproduction" in block.text for block in read("sundaytimes-lk-dengue").blocks)
