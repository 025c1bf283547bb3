"""Rules of the page path added in session 35 for the misses holdout35's blind run left (issue 14;
l10n/ingest/page.py and its modules): each on a small page or line shaped like the convention, with the near
miss that must stay as it was, and on the real page it was found on (taken from `measured_pages`, so a page
still waiting for its blind run is never read here). The story's result is asserted first (it failed before
the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import CHINESE_PARAGRAPHS, CHINESE_STORY, chrome_kept, ingest, key, label_of, measured, units

from l10n.ingest import ingest_file
from l10n.model import Document

CHINESE_TITLE = "港口航运业务逐步恢复"
CHINESE_HEAD = f"<title>{CHINESE_TITLE}</title>"
CHINESE_HEADLINE = f"<h1>{CHINESE_TITLE}</h1>"


def _chinese(body: str, head: str = CHINESE_HEAD) -> Document:
    return ingest(body, head=head, lang="zh-CN")


# --- the web editor's credit in brackets, closing the story ---------------------------------------------------


def test_a_bracketed_editor_credit_closing_the_story_is_the_site_s() -> None:
    """shjnet carries Guangming Daily's story and closes it with its own web editor's credit, "（松花江网编辑
    孙桂芳）": the site's name and "editor" run together, a space for the colon, all in brackets."""
    shjnet = measured("shjnet-cn-tudou")
    assert "（松花江网编辑 孙桂芳）" not in units(shjnet)
    page = f"<article>{CHINESE_HEADLINE}{CHINESE_STORY}<p>（松花江网编辑 孙桂芳）</p></article>"
    texts = units(_chinese(page))
    assert "（松花江网编辑 孙桂芳）" not in texts
    assert all(text in texts for text in CHINESE_PARAGRAPHS)
    from l10n.ingest.site_notes import is_site_note

    assert is_site_note("（本网编辑 王丽 李华）") and is_site_note("(责任编辑 张三)")
    # the near misses: a bracketed aside of the story naming an editor, a desk's credit, a sentence
    assert not is_site_note("（他当过编辑，后来辞职）")
    assert not is_site_note("（新华社编辑部 供稿）")
    assert not is_site_note("松花江网编辑孙桂芳说，土豆丰收了。")


# --- a rights box under the story ------------------------------------------------------------------------------


def test_a_rights_box_under_the_story_goes_with_its_label() -> None:
    """shjnet sets its paper's anti-infringement notice under every story: "反侵权公告：" alone over the law it cites,
    its terms and two contact lines (a lawyer's and the licensing desk's telephones): all were kept."""
    shjnet = measured("shjnet-cn-tudou")
    assert chrome_kept("shjnet-cn-tudou", shjnet) == []
    assert not any("侵犯著作权人合法权益" in text for text in units(shjnet))
    box = (
        "<div><p><b>反侵权公告：</b></p><p>根据著作权法等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵权。</p>"
        "<p>对于各类非法转载行为，欢迎读者提供侵权线索：</p><p>陈律师（法律顾问）0432-62099222</p></div>"
    )
    texts = units(_chinese(f"<article>{CHINESE_HEADLINE}{CHINESE_STORY}{box}</article>"))
    assert all(text in texts for text in CHINESE_PARAGRAPHS)
    assert not any("反侵权公告" in text or "陈律师" in text or "擅自转载" in text for text in texts)
    from l10n.ingest.story_edges import starts_rights_box
    from l10n.model import Block

    assert starts_rights_box(Block("paragraph", "【版权声明】")) and starts_rights_box(
        Block("heading", "Copyright notice")
    )
    # the near misses: the label run into its terms (one line, `is_disclaimer`'s when English), a story's sentence
    # on a notice, and the label as a link (a footer's link to the site's terms page)
    assert not starts_rights_box(Block("paragraph", "版权声明：本文为原创，转载请注明出处"))
    assert not starts_rights_box(Block("paragraph", "该公司当天发布了版权声明。"))
    from l10n.model import InlineMarkup

    assert not starts_rights_box(Block("paragraph", "免责声明", markup=[InlineMarkup(0, 4, "a")]))


def test_a_rights_label_over_most_of_the_story_ends_nothing() -> None:
    """The label above most of the story's text (a page opening with its notice) does not end the story."""
    box = "<p>版权声明</p><p>本站文章均为原创。</p>"
    texts = units(_chinese(f"<article>{CHINESE_HEADLINE}{box}{CHINESE_STORY}</article>"))
    assert all(text in texts for text in CHINESE_PARAGRAPHS)


# --- a reporter's credit after the outlets' names ---------------------------------------------------------------


def test_a_reporter_credit_after_an_app_s_and_its_paper_s_names_names_the_writer() -> None:
    """dahe's e-paper opens the story with "顶端新闻·河南商报记者马俊峰/文受访者供图" (the app · the paper, reporter,
    the name, "/文" text by, the photo credit run on); yangtse closes it with "整合 新华日报·交汇点记者 徐睿翔"
    (compiled by, the paper · its app, reporter, the name): neither was read as a byline."""
    assert measured("dahe-cn-zhihuibang").author == "马俊峰"
    assert measured("yangtse-com-shuji").author == "徐睿翔"
    opening = f"<article>{CHINESE_HEADLINE}<p>顶端新闻·河南商报记者马俊峰/文受访者供图</p>{CHINESE_STORY}</article>"
    document = _chinese(opening)
    assert document.author == "马俊峰"
    assert all(text in units(document) for text in CHINESE_PARAGRAPHS)
    closing = f"<article>{CHINESE_HEADLINE}{CHINESE_STORY}<p>整合 新华日报·交汇点记者 徐睿翔</p></article>"
    assert _chinese(closing).author == "徐睿翔"
    from l10n.ingest.byline_cjk import cjk_byline_names

    assert cjk_byline_names("综合 本报记者 王小明 通讯员 李华") == ["王小明", "李华"]
    # the near misses: a photographer's credit ("/摄", photo by), a sentence telling the reporter something
    assert cjk_byline_names("新华社记者李贺/摄") == []
    assert cjk_byline_names("郭荣梅告诉顶端新闻·河南商报记者，和民乐团一起前行的日子很辛苦") == []
    assert cjk_byline_names("整合 新华日报·交汇点记者说明了情况") == []


# --- an e-paper's date strip over its story ---------------------------------------------------------------------

E_PAPER_TITLE = "拿起跨界指挥棒她跟学生较着劲儿成长"


def _e_paper(title_tag: str) -> str:
    """An e-paper's page: the list of the page's titles (links), the date strip, its zoom buttons, then the
    title in a table (no <h1> text) over the story and its picture, filed under the issue's day as e-paper systems
    file them; no metadata names the day."""
    titles = "".join(f"<li><a href='c{n}.htm'>{text}</a></li>" for n, text in enumerate((E_PAPER_TITLE, "另一篇")))
    links = "".join(f"<li><a href='n{n}.htm'>第A{n:02}版：成长周刊</a></li>" for n in range(1, 31))
    return (
        f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<div><ul>{titles}</ul><ul>{links}</ul></div>"
        "<div class='dSearch'><strong>2022年02月12日</strong></div>"
        "<div><a href='#' onclick='zoomIn();'>放大</a> <a href='#' onclick='zoomOut();'>缩小</a></div>"
        f"<div><table><tr><td>{E_PAPER_TITLE}</td></tr></table></div>"
        "<table><tr><td><img src='../../../images/2022-02/12/A01/p23_b.jpg'></td></tr><tr><td><p>港口一景</p></td></tr>"
        f"</table><div>{CHINESE_STORY}</div></body></html>"
    )


def test_an_e_paper_s_date_strip_over_its_title_dates_the_story(tmp_path) -> None:
    """dahe's e-paper prints the issue's day in a strip seven texts above the story's title (set in a table, its
    <h1> empty) and above that a list linking the page's titles; its <title> ends "--大河网": no heading was found
    to check htmldate's day against (the title's site name was not cut at "--", and the list's link came first)."""
    assert measured("dahe-cn-zhihuibang").published == dt.datetime(2022, 2, 12)
    page = tmp_path / "page.html"
    page.write_text(_e_paper(f"{E_PAPER_TITLE}--大河网"), encoding="utf-8")
    assert ingest_file(page).published == dt.datetime(2022, 2, 12)
    from l10n.ingest.page_titles import title_parts

    assert title_parts(f"{E_PAPER_TITLE}--大河网") == [E_PAPER_TITLE, "大河网"]
    # the near misses: a dash in a Latin title, and a Chinese title's hyphenated range
    assert title_parts("Reform--at last") == ["Reform--at last"]
    assert title_parts("A-1型号") == ["A-1型号"]
