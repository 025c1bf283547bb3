"""Rules of the page path added in session 10 for holdout7's and holdout8's misses
(l10n/ingest/datelines.py, metadata.py, page_headline.py, page_prune.py, site_appeals.py,
byline.py, page_authors.py): each on a small page built around the pattern, with the near miss
that must stay as it was, so each can fail alone."""

from __future__ import annotations

import datetime as dt

import lxml.html
from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, texts_of
from test_ingest_page import page

from l10n.ingest.byline import reduce_byline
from l10n.ingest.byline_lines import is_label_only
from l10n.ingest.datelines import dateline_day, read_timestamp
from l10n.ingest.furniture import is_dangling_label
from l10n.ingest.metadata import read_metadata, strip_site_name
from l10n.ingest.page import _article_blocks
from l10n.ingest.page_authors import author_elements
from l10n.ingest.page_main import MainText
from l10n.ingest.page_prune import prune_boilerplate
from l10n.ingest.site_appeals import is_site_appeal
from l10n.model import Block, InlineMarkup

JA_PARAGRAPHS = (
    "港は嵐の後、技術者たちががれきを片付け、月曜日に再開した。島への船便は金曜日に再開すると港湾当局が発表した。",
    "商店主たちによると、閉鎖によって町は一週間で約二百万円の売り上げを失ったという。",
    "市議会は木曜日に会合を開き、防波堤の修理費用をどう賄うかを決める予定だ。",
)
JA_STORY = "".join(f"<p>{text}</p>" for text in JA_PARAGRAPHS * 4)  # long enough to hold the teasers out of reach
JA_HEADLINE = "<h1>嵐の後、港が再開</h1>"
JA_TITLE = "<title>嵐の後、港が再開</title>"
# A copyright line and teasers with their days: what a date finder reads when the story states none.
FOOTNOTES = "".join(f"<p><a href='/n{n}'>Older story {n}</a> <span>2022-0{n}-1{n}</span></p>" for n in range(1, 6))
FOOTNOTES += "<p>© 2022 Example Media</p>"


# --- when ----------------------------------------------------------------------------------------


def test_a_timestamp_labelled_after_its_time_is_read_as_cjk_pages_print_it() -> None:
    stamp = read_timestamp("2019年04月21日 12時00分更新", language="ja")
    assert stamp is not None and stamp.updated and stamp.day == dt.datetime(2019, 4, 21)
    stamp = read_timestamp("2020.08.27 20:27 입력", language="ko")
    assert stamp is not None and not stamp.updated and stamp.day == dt.datetime(2020, 8, 27)
    # near misses: the label alone, and a sentence ending with the same verb
    assert read_timestamp("更新", language="ja") is None
    assert read_timestamp("新しいスマートフォンを4月21日に公開", language="ja") is None


def test_an_updates_day_under_the_heading_dates_a_page_that_states_no_other() -> None:
    """Before htmldate's guess, which reads the teasers' and the copyright line's days."""
    dateline = "<div class='artdata'><p class='date'>2019年04月21日 12時00分更新</p></div>"
    doc = ingest(f"<article>{JA_HEADLINE}{dateline}{JA_STORY}</article>{FOOTNOTES}", head=JA_TITLE, lang="ja")
    assert doc.published == dt.datetime(2019, 4, 21)
    assert "2019年04月21日 12時00分更新" not in [block.text for block in doc.blocks]
    # near miss: a publication day the page states wins over the update's
    head = f'{JA_TITLE}<meta property="article:published_time" content="2019-04-19T08:00:00+09:00">'
    doc = ingest(f"<article>{JA_HEADLINE}{dateline}{JA_STORY}</article>{FOOTNOTES}", head=head, lang="ja")
    assert doc.published is not None and doc.published.date() == dt.date(2019, 4, 19)


def test_blank_text_between_boxes_does_not_push_the_dateline_out_of_reach() -> None:
    boxes = "".join(f"<div class='box{n}'>\n\t\t<span>\n\t\t</span>\n\t</div>" for n in range(20))
    tools = "<p>Share</p><p>Print</p><p>Bookmark</p>"
    dateline = "<p class='date'>2019年2月27日 <span>読了時間 3 分</span></p>"  # a line with its reading time
    body = f"<article>{JA_HEADLINE}{boxes}{tools}{dateline}{JA_STORY}</article>{FOOTNOTES}"
    assert ingest(body, head=JA_TITLE, lang="ja").published == dt.datetime(2019, 2, 27)
    # near miss: a day after a dozen shown lines under the heading is no dateline of it
    lines = "".join(f"<p>Tool {n}</p>" for n in range(14))
    root = lxml.html.document_fromstring(page(f"<article>{JA_HEADLINE}{lines}{dateline}{JA_STORY}</article>"))
    assert dateline_day(root, read_metadata(root)) is None


# --- headline ------------------------------------------------------------------------------------


def test_a_full_width_bar_parts_the_title_from_the_sites_name() -> None:
    title = "気軽に新聞をスクラップできる「ペン」、CUTPEN ｜ ガジェット通信 GetNews"
    assert strip_site_name(title, "ガジェット通信 GetNews") == "気軽に新聞をスクラップできる「ペン」、CUTPEN"
    head = "<title>嵐の後、港が再開 ｜ 港湾ニュース</title><meta property='og:site_name' content='港湾ニュース'>"
    assert ingest(f"<div>{JA_STORY}</div>", head=head, lang="ja").headline == "嵐の後、港が再開"
    # near miss: a bar inside a title whose other part is not the site's name stays
    assert strip_site_name("東京｜大阪 新幹線が再開", "港湾ニュース") == "東京｜大阪 新幹線が再開"


# --- the site talking ----------------------------------------------------------------------------


def test_a_line_offering_more_stories_through_a_here_link_is_not_the_story() -> None:
    more = (
        "<p>Para ver más noticias escalofriantes ingrese <strong><a href='http://example.com/x'>AQUÍ</a></strong></p>"
    )
    english = "<p>For more stories like this click <a href='/more'>HERE</a></p>"
    texts = texts_of(f"<article>{HEADLINE}{STORY}{more}{english}</article>")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("AQUÍ" in text or "HERE" in text for text in texts)
    # near miss: the story's own last sentence with a "here" link offers no more stories
    own = "<p>The court's full ruling, published on Tuesday, is <a href='/ruling.pdf'>here</a>.</p>"
    assert "The court's full ruling, published on Tuesday, is here." in texts_of(
        f"<article>{HEADLINE}{STORY}{own}</article>"
    )


def test_a_call_to_subscribe_in_japanese_chinese_or_korean_is_site_talk() -> None:
    follow = "<div class='snsFollow'><p>週刊アスキーの最新情報を購読しよう</p></div>"
    texts = texts_of(f"<article>{JA_HEADLINE}{JA_STORY}{follow}</article>", head=JA_TITLE, lang="ja")
    assert all(text in texts for text in JA_PARAGRAPHS) and "週刊アスキーの最新情報を購読しよう" not in texts
    for line in ("チャンネル登録してください！", "歡迎訂閱我們的頻道", "구독하세요"):
        assert is_site_appeal(line), line
    # near misses: a story reporting someone's call, a sentence that uses the verb
    assert not is_site_appeal("市長は「みんなで防災メールに登録しよう」と呼びかけた。")
    assert not is_site_appeal("同社は新しい購読プランを来月から提供する。")
    assert not is_site_appeal("詳しくは市のホームページで登録してください。")


def test_teaser_boxes_of_other_stories_go_but_a_storys_own_teaser_stays() -> None:
    teasers = "".join(
        f"<div class='node node-teaser'><h2><a href='/other-{n}'>Another story number {n}</a></h2>"
        f"<div class='field-body'>The ferry company said on Friday that it would add {n} boats to the route next year.</div>"
        f"<div class='date'>05/12/2020 - 1{n}:10</div><ul><li><a href='/other-{n}'>Leer más</a></li></ul></div>"
        for n in range(6)
    )
    sidebar = f"<div class='region region-right'><h2>Minute by minute</h2>{teasers}</div>"
    texts = texts_of(f"<div class='content'>{HEADLINE}{STORY}</div>{sidebar}")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("ferry company said on Friday" in text for text in texts)
    # near misses: the story in a box its theme calls a teaser, its headline linking to itself;
    # the story's standfirst in a box its CMS calls the teaser, with no linked heading
    wrapped = f"<div class='teaser-wrapper'><h2><a href='/harbour'>Harbour reopens</a></h2>{STORY}</div>"
    root = lxml.html.fromstring(f"<html><body>{wrapped}</body></html>")
    prune_boilerplate(root, main_length=sum(map(len, PARAGRAPHS)), kept=lambda text: True)
    assert all(text in root.text_content() for text in PARAGRAPHS)
    standfirst = "Engineers worked through the weekend to clear the debris from the harbour mouth."
    own = f"<div class='article__teaser'><p>{standfirst}</p></div>"
    head = f"{TITLE}<meta name='description' content='{standfirst}'>"
    assert standfirst in texts_of(f"<article>{HEADLINE}{own}{STORY}</article>", head=head)


# --- writers -------------------------------------------------------------------------------------


def test_a_desk_and_a_name_joined_by_a_full_width_slash_give_the_name() -> None:
    assert reduce_byline("文● オカモト／ASCII編集部").names == ["オカモト"]
    assert reduce_byline("上報快訊／范姜佳鈺                    2020年03月12日 20:19:00").names == ["范姜佳鈺"]
    head = f"{JA_TITLE}<meta name='author' content='ASCII'>"  # the site's account, one word
    byline = "<p class='author'><a>文● オカモト／ASCII編集部</a></p>"
    assert ingest(f"<article>{JA_HEADLINE}{byline}{JA_STORY}</article>", head=head, lang="ja").author == "オカモト"
    # near misses: two places joined so, two desks; a one-word Latin name does not replace the account
    assert reduce_byline("東京／大阪").names == [] and reduce_byline("本誌編集部／週刊アスキー").names == []
    latin = "<p class='author'><a>Okamoto</a></p>"
    assert ingest(f"<article>{JA_HEADLINE}{latin}{JA_STORY}</article>", head=head, lang="ja").author == "ASCII"


def test_a_cjk_name_after_a_latin_byline_label_is_the_writer() -> None:
    byline = "<span class='by-author'> by <span class='author vcard'><a class='url fn n' href='/author/shin'>深海</a></span></span>"
    assert ingest(f"<article>{JA_HEADLINE}<div>{byline}</div>{JA_STORY}</article>", head=JA_TITLE).author == "深海"
    # near miss: a phrase is no name, however it is labelled
    assert reduce_byline("by 東京大学の研究チームが発表").names == []


def test_an_author_label_in_chinese_or_japanese_over_a_list_of_writers() -> None:
    box = (
        "<div class='widget article__authors'><p class='meta'>作者：</p><ul class='authors'><li><span>"
        "<a href='/profile/Diogo-Carleto/'>Diogo Carleto</a></span></li></ul>"
        "<p class='meta'>翻訳者：</p><ul class='authors'><li><a href='/profile/nakamura'>中村 真子</a></li></ul></div>"
    )
    assert (
        ingest(f"<article>{JA_HEADLINE}{box}{JA_STORY}</article>", head=JA_TITLE, lang="ja").author == "Diogo Carleto"
    )
    # near miss: the translator's label is no byline label
    assert is_label_only("作者：") and not is_label_only("翻訳者：")


def test_initials_in_brackets_in_a_writer_element_sign_the_story() -> None:
    sign = "<p><span class='writer writer-name'>《KT》</span></p>"
    assert ingest(f"<article>{HEADLINE}{STORY}{sign}</article>").author == "KT"
    # near miss: a work's title in the same brackets names no one
    other = "<p><span class='writer'>《人民日报》</span></p>"
    assert ingest(f"<article>{HEADLINE}{STORY}{other}</article>").author == ""


def test_the_rel_author_links_name_wins_over_another_storys_credit_in_a_menu() -> None:
    menu = (
        "<div class='menu'><p><a href='/story/1'>PAR JACQUES ATTALI</a> <span>|</span> "
        "<a href='/story/1'>Deux Europe, deux Parlements</a></p></div>"
    )
    bio = (
        "Titiou Lecoq est journaliste indépendante et blogueuse ; en 2011, elle a publié un roman et une encyclopédie."
    )
    box = f"<div class='bloc'><a href='/source/titiou' rel='author'>Titiou Lecoq</a><span>{bio}</span></div>"
    assert ingest(f"{menu}<article>{HEADLINE}{STORY}</article>{box}").author == "Titiou Lecoq"
    # near misses: a byline linking two writers to their own pages, one with an avatar linked too;
    # a rel=author link that is no name
    avatar = "<p><a href='/a'><img src='ann.jpg' alt=''></a> By <a href='/a'>Ann Lee</a></p>"
    assert ingest(f"<article>{HEADLINE}{avatar}{STORY}</article>").author == "Ann Lee"
    byline = "<p>By <a href='/a'>Ann Lee</a> and <a href='/b'>Bo Chen</a></p>"
    assert ingest(f"<article>{HEADLINE}{byline}{STORY}</article>").author == "Ann Lee, Bo Chen"
    box = f"<div class='bloc'><a href='/source/titiou' rel='author'>Ses articles</a><span>{bio}</span></div>"
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{box}").author == ""


def test_a_microdata_author_typed_organization_is_the_paper_and_teaser_writers_are_not_the_storys() -> None:
    paper = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Organization'>"
        "<meta itemprop='name' content='Moskovsky Komsomolets'></div>"
    )
    teasers = "<ul>" + "".join(
        f"<li><a href='/t{n}'>Other story {n}</a><span class='preview__author'>Andrei Sobolev</span></li>"
        for n in range(3)
    )
    own = "<div class='article_info'><span class='author'><span class='preview__author'>Valeria Pestryakova</span></span></div>"
    assert ingest(f"{paper}{teasers}</ul><article>{HEADLINE}{STORY}{own}</article>").author == "Valeria Pestryakova"
    # near misses: a meta list's one author item is read; a Person-typed microdata author is read
    meta = "<ul class='meta'><li class='date'>21 April 2019</li><li><span class='author'>Ann Lee</span></li></ul>"
    assert author_elements(lxml.html.fromstring(f"<div>{teasers}</ul>{meta}</div>")) == ["Ann Lee"]
    person = paper.replace("Organization", "Person").replace("Moskovsky Komsomolets", "Ann Lee")
    assert ingest(f"{person}<article>{HEADLINE}{STORY}</article>").author == "Ann Lee"


ZH_PARAGRAPHS = (
    "（中央社記者溫貴香台北21日電）農委會今天表示，近期雞蛋供應吃緊，已協調業者增加進口，預計下週起市場供應可望恢復正常。",
    "農委會官員說，寒流影響蛋雞產蛋率，加上年節需求增加，導致部分地區出現缺蛋情形，政府將持續監測市場價格。",
    "業者表示，目前蛋價維持穩定，消費者不必恐慌搶購，各地通路的雞蛋存量足以應付未來一週的需求。",
)
ZH_HEADLINE = "<h1>缺蛋問題 農委會：下週起供應恢復正常</h1>"
ZH_TITLE = "<title>缺蛋問題 農委會：下週起供應恢復正常</title>"


def test_a_chinese_wire_dateline_names_its_reporter_before_the_place() -> None:
    story = "".join(f"<p>{text}</p>" for text in ZH_PARAGRAPHS)
    assert ingest(f"<article>{ZH_HEADLINE}{story}</article>", head=ZH_TITLE, lang="zh-TW").author == "溫貴香"
    two = story.replace("記者溫貴香台北", "記者王小明、李華上海")
    assert ingest(f"<article>{ZH_HEADLINE}{two}</article>", head=ZH_TITLE, lang="zh-TW").author == "王小明, 李華"
    # near miss: the agency's dateline without a reporter names no one
    bare = story.replace("記者溫貴香台北", "台北")
    assert ingest(f"<article>{ZH_HEADLINE}{bare}</article>", head=ZH_TITLE, lang="zh-TW").author == ""


def test_a_chinese_writer_alone_in_brackets_under_the_story_signs_it() -> None:
    story = "".join(f"<p>{text}</p>" for text in ZH_PARAGRAPHS[1:])
    doc = ingest(f"<article>{ZH_HEADLINE}{story}<p>（羅森）</p></article>", head=ZH_TITLE, lang="zh-TW")
    assert doc.author == "羅森" and "（羅森）" not in [block.text for block in doc.blocks]
    # near misses: the formulas set the same way name no one
    for formula in ("（待續）", "（資料照）", "（中央社）"):
        doc = ingest(f"<article>{ZH_HEADLINE}{story}<p>{formula}</p></article>", head=ZH_TITLE, lang="zh-TW")
        assert doc.author == "", formula


def test_a_further_reading_label_goes_with_its_dropped_links() -> None:
    links = [
        Block("heading", f"Another headline about the harbour {n}", markup=[InlineMarkup(0, 35, "a")]) for n in range(3)
    ]
    blocks = [
        Block("paragraph", PARAGRAPHS[0]),
        Block("paragraph", "Further reading"),
        *links,
        Block("paragraph", PARAGRAPHS[1]),
    ]
    main = MainText.of([PARAGRAPHS[0], "Further reading", PARAGRAPHS[1]])  # the extractor kept the label
    chosen = _article_blocks(blocks, main, [], "Harbour reopens after the storm", frozenset(), "")
    assert [block.text for block in chosen] == list(PARAGRAPHS[:2])
    # near misses: a story's heading over a kept paragraph; the label over links that stay
    blocks = [Block("paragraph", PARAGRAPHS[0]), Block("heading", "Further repairs"), Block("paragraph", PARAGRAPHS[1])]
    main = MainText.of([PARAGRAPHS[0], "Further repairs", PARAGRAPHS[1]])
    chosen = _article_blocks(blocks, main, [], "Harbour reopens after the storm", frozenset(), "")
    assert "Further repairs" in [block.text for block in chosen]
    assert is_dangling_label("Further reading") and not is_dangling_label("Further repairs")


def test_a_heading_over_a_widgets_dropped_labels_goes_with_them() -> None:
    widget = [Block("heading", "State & District Details")] + [
        Block("paragraph", label) for label in ("24,942 Cases", "18,953 Active", "5,210 Recovered", "779 Deaths")
    ]
    story = [Block("paragraph", text) for text in PARAGRAPHS]
    blocks = [*story[:2], *widget, *story[2:]]
    main = MainText.of([*PARAGRAPHS, "State & District Details"])  # the extractor kept the title, not the counts
    chosen = _article_blocks(blocks, main, [], "Harbour reopens after the storm", frozenset(), "")
    assert [block.text for block in chosen] == list(PARAGRAPHS)
    # near misses: a subheading over a picture and the story's next paragraph; a heading over a
    # short dropped line and then kept text
    figure = [Block("heading", "Repairs to start in spring"), Block("alt", "The sea wall", figure=0)]
    blocks = [*story[:2], *figure, *story[2:]]
    main = MainText.of([*PARAGRAPHS, "Repairs to start in spring"])
    chosen = _article_blocks(blocks, main, [], "Harbour reopens after the storm", frozenset(), "")
    assert "Repairs to start in spring" in [block.text for block in chosen]
    blocks = [*story[:2], figure[0], Block("paragraph", "Share"), *story[2:]]
    chosen = _article_blocks(blocks, main, [], "Harbour reopens after the storm", frozenset(), "")
    assert "Repairs to start in spring" in [block.text for block in chosen]


def test_the_title_under_a_scroll_on_prompt_is_the_next_storys() -> None:
    story = "".join(f"<p>{text}</p>" for text in ZH_PARAGRAPHS[1:])
    box = "<div class='nextline'><div class='nextBox'><div>請繼續下滑閱讀</div><div>郭台銘質疑缺蛋 綠委：養雞非iPhone生產線</div></div></div>"
    texts = texts_of(f"<article>{ZH_HEADLINE}{story}{box}</article>", head=ZH_TITLE, lang="zh-TW")
    assert "郭台銘質疑缺蛋 綠委：養雞非iPhone生產線" not in texts and all(text in texts for text in ZH_PARAGRAPHS[1:])
    # near miss: a story going on under the prompt goes on with a sentence
    texts = texts_of(
        f"<article>{ZH_HEADLINE}<p>{ZH_PARAGRAPHS[1]}</p><p>請繼續下滑閱讀</p><p>{ZH_PARAGRAPHS[2]}</p></article>",
        head=ZH_TITLE,
        lang="zh-TW",
    )
    assert ZH_PARAGRAPHS[2] in texts


def test_an_author_line_in_a_share_box_is_read_but_not_a_comment_forms_name_field() -> None:
    story = "".join(f"<p>{text}</p>" for text in ZH_PARAGRAPHS[1:])
    line = "<div class='author-share'><div class='author'><span class='name'>谢若含</span><span class='date'>2017-03-01 14:27:02</span></div></div>"
    assert ingest(f"<article>{ZH_HEADLINE}{line}{story}</article>", head=ZH_TITLE, lang="zh-TW").author == "谢若含"
    # near misses: an outlet and its time; a comment form's name field; a related story's writer
    outlet = line.replace("谢若含", "新华社")
    assert ingest(f"<article>{ZH_HEADLINE}{outlet}{story}</article>", head=ZH_TITLE, lang="zh-TW").author == ""
    form = "<form class='comment-form'><p class='comment-form-author'><label for='author'>Name *</label></p></form>"
    related = "<div class='entry__related'><span class='entry__author'>giampiero maggio</span></div>"
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{related}{form}").author == ""


# --- holdout8 ------------------------------------------------------------------------------------


def test_a_story_whose_paragraphs_and_subheadings_all_carry_a_paywall_class_is_kept_whole() -> None:
    """The class marks what a paywall hides; paragraphs and subheadings are one run of the story,
    whatever the empty footnote list of the same class before them."""
    pieces = "".join(f"<p class='paywall'>{text}</p>" for text in PARAGRAPHS[1:3])
    pieces += "<h3 class='paywall'>Who pays for the wall</h3>" + f"<p class='paywall'>{PARAGRAPHS[3]}</p>"
    pieces += "<ol class='noscript-footnotes paywall'></ol>"
    texts = texts_of(f"<article>{HEADLINE}<div class='body-content'><p>{PARAGRAPHS[0]}</p>{pieces}</div></article>")
    assert [*PARAGRAPHS[:3], "Who pays for the wall", PARAGRAPHS[3]] == [
        t for t in texts if t != "Harbour reopens after the storm"
    ]
    # near miss: a paywall prompt alone is still furniture
    prompt = "<div class='paywall'><p>Subscribe to keep reading this story and every other one.</p></div>"
    texts = texts_of(f"<article>{HEADLINE}{STORY}{prompt}</article>")
    assert not any("keep reading" in text for text in texts)


def test_a_last_updated_line_dates_an_advisory_and_a_full_width_colon_parts_its_title() -> None:
    stamp = read_timestamp("最終更新日：2019年4月2日", language="ja")
    assert stamp is not None and stamp.updated and stamp.day == dt.datetime(2019, 4, 2)
    head = "<title>嵐の後、港が再開：港湾推進機構</title>"
    dateline = "<p class='ipar_text_right'>最終更新日：2019年4月2日<br>独立行政法人港湾推進機構<br></p>"
    doc = ingest(
        f"<div>{JA_HEADLINE}{dateline}<div class='text'>{JA_STORY}</div></div>{FOOTNOTES}", head=head, lang="ja"
    )
    assert (doc.headline, doc.published) == ("嵐の後、港が再開", dt.datetime(2019, 4, 2))
    # near misses: a sentence about the last update; a heading shorter than half the title is no head of it
    assert read_timestamp("最終更新日は未定です", language="ja") is None
    short = ingest(f"<div><h1>嵐</h1>{JA_STORY}</div>", head=head, lang="ja")
    assert short.headline != "嵐"


def test_a_page_saved_without_its_scripts_is_still_a_full_page_by_its_buttons() -> None:
    from l10n.ingest.page import looks_like_full_page

    buttons = "".join(f"<button>Control {n}</button>" for n in range(6))
    saved = f"<html><body><header><nav><a href='/'>Home</a></nav>{buttons}</header><main>{HEADLINE}{STORY}</main></body></html>"
    assert looks_like_full_page(lxml.html.document_fromstring(saved))
    # near miss: an article export with a share button or two is an article
    export = (
        f"<html><body><article>{HEADLINE}{STORY}<button>Share</button><button>Print</button></article></body></html>"
    )
    assert not looks_like_full_page(lxml.html.document_fromstring(export))


def test_a_link_to_a_writers_other_articles_is_no_byline() -> None:
    assert (
        reduce_byline("Otros artículos de ACN »").names == [] and reduce_byline("More stories from Ann Lee").names == []
    )
    box = "<div id='authorbox'><p class='byline'><a href='/author/acn'>Otros artículos de ACN »</a></p></div>"
    doc = ingest(f"<article>{HEADLINE}<p>Por FIDEL RENDÓN MATIENZO</p>{STORY}{box}</article>")
    assert doc.author == "FIDEL RENDÓN MATIENZO" and not any("Otros artículos" in b.text for b in doc.blocks)
    # near miss: a byline naming a writer whose name opens like the words ("Otto Morestories") is one
    assert reduce_byline("By Otto Morestories").names == ["Otto Morestories"]


def test_list_labels_in_italian_and_a_recommends_box_go_with_their_lists() -> None:
    for label in ("i più letti", "i più visti della sezione", "NEWS DALLA SEZIONE", "SI Recommends"):
        assert is_dangling_label(label), label
    # near misses: a sentence with the words, a heading of the story's own
    for text in ("I più letti restano i classici, dice il libraio.", "Doctor recommends rest"):
        assert not is_dangling_label(text), text


def test_a_short_box_closing_on_subscribe_is_the_sites_offer() -> None:
    box = "<p>Las noticias locales nunca fueron tan importantes<br>SUSCRIBITE</p>"
    texts = texts_of(f"<article>{HEADLINE}{STORY}{box}</article>")
    assert all(text in texts for text in PARAGRAPHS) and not any("SUSCRIBITE" in text for text in texts)
    # near miss: the story's sentence about subscribing
    own = "<p>Residents can subscribe to the port's text alerts for the new ferry times.</p>"
    assert "Residents can subscribe to the port's text alerts for the new ferry times." in texts_of(
        f"<article>{HEADLINE}{STORY}{own}</article>"
    )


def test_a_bylines_outlet_address_and_link_words_are_cut_from_the_name() -> None:
    assert reduce_byline("By Jemele Hill ESPN.com Archive | Contact").names == ["Jemele Hill"]
    assert reduce_byline("Andrew HusbandTwitterNews & Culture Writer").names == ["Andrew Husband"]
    box = "<span class='author vcard'><a class='url fn'>Andrew Husband</a><a href='https://twitter.com/x'>Twitter</a></span>"
    assert ingest(f"<article>{HEADLINE}<div>{box}</div>{STORY}</article>").author == "Andrew Husband"
    # near misses: a field that is only the outlet stays out; a name with an inner capital is whole
    assert reduce_byline("Amy Kuperinsky | NJ Advance Media for NJ.com").names == ["Amy Kuperinsky"]
    assert reduce_byline("By Ann McDonald").names == ["Ann McDonald"] and reduce_byline("Ann Lee BBC.com").names == []
