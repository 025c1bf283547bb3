"""Rules of the page path added in session 34 for the misses holdout34's blind run left (issue 14;
l10n/ingest/page.py and its modules): each on a small page or line shaped like the convention, with the near
miss that must stay as it was, and on the real page it was found on (taken from `measured_pages`, so a page
still waiting for its blind run is never read here). The story's result is asserted first (it failed before
the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, chrome_kept, ingest, key, label_of, measured, units

from l10n.ingest import ingest_file
from l10n.model import Block, Document

# --- a donation box: its heading and its appeal ---------------------------------------------------------------


def test_a_donation_box_heading_and_appeal_are_the_site_s() -> None:
    """Earth.Org closes its stories with a box headed "This story is funded by readers like you" over "Your one-off
    or monthly donations play a crucial role…" and a "Donate now" button: the heading was kept."""
    earth = measured("earth-org-technologies")
    assert chrome_kept("earth-org-technologies", earth) == []
    assert not any("donations play a crucial role" in text for text in units(earth))
    box = (
        "<h2>This story is funded by readers like you</h2><p>Our newsroom provides its coverage free of charge. "
        "Your one-off or monthly donations play a crucial role in supporting our work.</p>"
    )
    texts = units(ingest(f"<article>{HEADLINE}{STORY}{box}</article>"))
    assert "This story is funded by readers like you" not in texts
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("donations play" in text for text in texts)
    from l10n.ingest.site_appeals import is_site_appeal

    # the near misses: a story's sentences on who funds something, and on donations it reports
    assert not is_site_appeal("The museum is funded by the city and by a trust set up by its founder.")
    assert not is_site_appeal("Their donations helped the shelter through the winter, the manager said.")
    assert not is_site_appeal("The fund is supported by readers of the paper, who gave £2m last year.")


# --- a heading closing the story over a box left out ----------------------------------------------------------


def test_a_heading_that_closes_the_story_over_nothing_kept_goes() -> None:
    """Columbia's Mailman School sets "Media Contact" as a heading after its release, over the contact's line the
    extractor left out: the heading stayed, the last line of the story."""
    columbia = measured("publichealth-columbia-edu-food")
    assert chrome_kept("publichealth-columbia-edu-food", columbia) == []
    assert units(columbia)[-1] == "This research was funded in part by the National Science Foundation."
    from l10n.ingest.page_boxes import without_closing_headings

    story = [Block("paragraph", text) for text in PARAGRAPHS]
    contact = [Block("heading", "Media Contact"), Block("paragraph", "Ann Lee, ann@example.org")]
    blocks = [*story, *contact]
    assert without_closing_headings(blocks, [0, 1, 2, 3, 4]) == [0, 1, 2, 3]
    # the near misses: a heading over kept text (a subheading, the contact kept), a page kept as headings alone
    assert without_closing_headings(blocks, [0, 1, 2, 3, 4, 5]) == [0, 1, 2, 3, 4, 5]
    assert without_closing_headings([Block("heading", "A"), Block("heading", "B")], [0, 1]) == [0, 1]


# --- a site's notes on the release it carries and on the list above ------------------------------------------


def test_a_note_that_the_page_is_a_press_release_and_a_list_file_offer_are_the_site_s() -> None:
    """Podnews closes a release it carries with "The above list of podcasts is available as an OPML file for your
    podcast player" and a small-print box "This is a press release which we link to from Podnews…": both were
    kept."""
    podnews = measured("podnews-net-truecrime")
    assert chrome_kept("podnews-net-truecrime", podnews) == []
    notes = (
        "<p>The above list of podcasts is available as an OPML file for your podcast player</p>"
        "<p><small><b>This is a press release</b> which we link to from Harbour Post, our daily newsletter. We may "
        "make small edits for editorial reasons.</small></p>"
    )
    texts = units(ingest(f"<article>{HEADLINE}{STORY}{notes}</article>"))
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("OPML" in text or "press release" in text for text in texts)
    from l10n.ingest.notice_lines import is_notice_line

    assert is_notice_line("The following is a news release from the Harbour Police Department:")
    assert is_notice_line("This table is also available as a CSV file.")
    # the near misses: a story's sentences on a release and on a list someone published
    assert not is_notice_line("The port authority said in a press release that ferries would resume on Friday.")
    assert not is_notice_line("This was a press conference unlike any other, the minister said.")
    assert not is_notice_line("The council's list of approved builders is available as a PDF on its website.")


# --- a picture's credit between the picture and its caption ---------------------------------------------------


def test_a_caption_under_the_picture_s_credit_is_the_picture_s_caption() -> None:
    """The Las Vegas Sun sets its lead picture's credit between the picture and the caption (`<img><p
    class="credit">…</p><p class="caption">…</p>`): the caption was lost, its picture not right above it."""
    sun = measured("lasvegassun-com-raiders")
    caption = "A fan wears a Raiders T-shirt outside a meeting of the Las Vegas Stadium Authority"
    assert any(block.role == "caption" and block.text.startswith(caption) for block in sun.blocks)
    assert [block.text for block in sun.blocks if block.role == "credit"] == ["Adam Candee"]
    photo = (
        '<div class="lead"><img src="quay.jpg" alt="Image"><p class="credit"><a href="/staff/ann-lee/">Ann Lee</a>'
        '</p><p class="caption">Ferries wait at the quay on Monday morning.</p></div>'
    )
    blocks = ingest(f"<article>{HEADLINE}{photo}{STORY}</article>").blocks
    roles = {block.text: block.role for block in blocks}
    assert roles.get("Ferries wait at the quay on Monday morning.") == "caption"
    assert roles.get("Ann Lee") == "credit"
    # the near miss: a line of the story between a picture and a caption-classed box is no credit
    story_line = (
        '<div class="lead"><img src="quay.jpg" alt="Image"><p class="credit">The harbour reopened on Monday after '
        "engineers cleared the debris left by the storm last week, the port said.</p>"
        '<p class="caption">Ferries wait at the quay.</p></div>'
    )
    roles = {block.text: block.role for block in ingest(f"<article>{HEADLINE}{story_line}{STORY}</article>").blocks}
    assert roles.get("Ferries wait at the quay.") != "caption"


# --- a byline field no reader sees; the writer's post run on after the name -----------------------------------


CHINESE_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "今年以来，港口城市的航运业务逐步恢复，多条航线重新开通，客流量明显回升。",
        "业内人士认为，扩大内需必须靠政策助力，要让市场在资源配置中起决定性作用。",
        "据统计，上半年全市港口货物吞吐量同比增长百分之八，集装箱吞吐量创历史新高。",
        "专家表示，下一步应继续完善基础设施，提升服务水平，推动航运业高质量发展。",
    )
)
CHINESE_HEAD = "<title>港口航运业务逐步恢复</title>"
CHINESE_HEADLINE = "<h1>港口航运业务逐步恢复</h1>"


def test_a_byline_field_hidden_by_its_style_gives_way_to_the_shown_writer_cut_from_the_post_run_on() -> None:
    """chinanews writes the fields of Baidu's crawler in a `display:none` box ("作者：陈海峰", its editor's name) and
    shows the writer under the story as "(作者：方敏北京大学经济学院教授)", the name run into the post: the hidden
    editor was read as the writer. caixin's hidden field names its writer, whom it shows as "文｜财新 余聪": a
    hidden field is read last, when nothing shown names a writer."""
    assert measured("chinanews-com-neixu").author == "方敏"
    assert measured("caixin-com-102112537").author == "余聪"
    hidden = (
        '<div id="BaiduSpider" style="display:none"><span id="pubtime_baidu">2020-07-04 12:10:24</span>'
        '<span id="author_baidu">作者：陈海峰</span><span id="editor_baidu">责任编辑：陈海峰</span></div>'
    )
    closing = "<p>(作者：方敏北京大学经济学院教授)</p>"
    body = f'<div class="article">{CHINESE_HEADLINE}{hidden}{CHINESE_STORY}{closing}</div>'
    assert ingest(body, head=CHINESE_HEAD, lang="zh-CN").author == "方敏"
    # the near misses: the hidden field where the page shows no writer, and the same field shown
    alone = f'<div class="article">{CHINESE_HEADLINE}{hidden}{CHINESE_STORY}</div>'
    assert ingest(alone, head=CHINESE_HEAD, lang="zh-CN").author == "陈海峰"
    shown = f'<div class="article">{CHINESE_HEADLINE}<div><span id="author_baidu">作者：陈海峰</span></div>{CHINESE_STORY}</div>'
    assert ingest(shown, head=CHINESE_HEAD, lang="zh-CN").author == "陈海峰"
    from l10n.ingest.page_credits import run_on_credit
    from l10n.ingest.page_prune import is_style_hidden

    assert run_on_credit("（作者：李明中国社会科学院研究员）") == "李明"
    # the near misses: a name alone, a post with no place opening it (where the name ends is not told)
    assert run_on_credit("（作者：李明）") == ""
    assert run_on_credit("（作者：李明华东师范大学教授）") == ""
    import lxml.html

    box = lxml.html.fragment_fromstring('<div style="color: red; display : none !important"><span>x</span></div>')
    assert is_style_hidden(box[0])
    assert not is_style_hidden(lxml.html.fragment_fromstring('<div style="display:block"><span>x</span></div>')[0])


# --- a field each entry of a list opens with ------------------------------------------------------------------


def test_a_label_each_entry_of_a_list_opens_with_is_no_byline() -> None:
    """Podnews lists the top ten podcasts under the release, each with "From: <its producer>": the first one's
    producer, "Tenderfoot TV", was read as the release's writer."""
    assert measured("podnews-net-truecrime").author == ""
    cards = "".join(
        f'<div class="card"><img src="{n}.jpg" alt=""><p><b>From: </b>{name}<br><b>Hosted by: </b>Megaphone</p></div>'
        for n, name in enumerate(("Tenderfoot TV", "The Boston Globe", "Lava for Good Podcasts"))
    )
    assert ingest(f"<article>{HEADLINE}{STORY}{cards}</article>").author == ""
    from l10n.ingest.byline_lines import is_repeated_field

    # the near misses: a byline that opens one block; a live blog's posts, each by the same writer
    one = [Block("paragraph", "From: Ann Lee"), *(Block("paragraph", text) for text in PARAGRAPHS)]
    assert not is_repeated_field(one, 0)
    posts = [Block("paragraph", "By: Ann Lee") for _ in range(3)]
    assert not is_repeated_field(posts, 0)


def test_the_titles_of_the_heading_path_stay() -> None:
    """The closing-heading rule leaves a story's subheadings over kept text where they are."""
    body = f"<article>{HEADLINE}<p>{PARAGRAPHS[0]}</p><h2>The repairs</h2><p>{PARAGRAPHS[1]}</p></article>"
    texts = units(ingest(body, head=TITLE))
    assert "The repairs" in texts
