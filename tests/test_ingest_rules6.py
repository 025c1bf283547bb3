"""Rules of the page path added in session 9 (l10n/ingest/datelines.py, story_edges.py,
byline.py, page.py): each on a small page or input built around the pattern, with the near miss
that must stay as it was, so each can fail alone."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, texts_of
from test_ingest_page import page

from l10n.ingest.byline import reduce_byline
from l10n.ingest.byline_cjk import is_korean_byline
from l10n.ingest.datelines import read_timestamp
from l10n.ingest.decode import decode_article
from l10n.ingest.html import ingest_html
from l10n.ingest.metadata import strip_site_name
from l10n.ingest.page import _article_blocks
from l10n.ingest.page_headline import without_page_number
from l10n.ingest.page_main import MainText
from l10n.ingest.page_marks import comment_thread_start, subheadings
from l10n.ingest.site_appeals import is_site_appeal
from l10n.model import Block, InlineMarkup

# --- timestamps ----------------------------------------------------------------------------------

STAMPS = (
    "UPDATED: Tue., Nov. 19, 2019",
    "입력 2020.08.27 20:27",
    "Posted: Thursday, April 21, 2022. 10:11 pm CST.",
    "기사입력 :[ 2018-08-25 15:24 ]",
    "Stand: 28.04.2020 18:00 Uhr",
    "5:45 AM PST 11/19/2019 by Ann Lee",
)


def test_a_line_that_is_only_a_timestamp_is_page_furniture() -> None:
    for stamp in STAMPS:
        texts = texts_of(f"<article>{HEADLINE}<p>{stamp}</p>{STORY}</article>")
        assert stamp not in texts and all(text in texts for text in PARAGRAPHS), stamp
    # an unlabelled date above the story, and a labelled one anywhere
    texts = texts_of(f"<article>{HEADLINE}<p>April 26, 2022</p>{STORY}<p>Updated: May 4, 2022</p></article>")
    assert "April 26, 2022" not in texts and "Updated: May 4, 2022" not in texts
    # near misses: a sentence holding a date, a timeline's bare dates inside the story, a table's dates
    sentence = "Ferries to the islands resume on April 26, 2022, the port authority said."
    timeline = f"<h3>March 3, 2020</h3><p>{PARAGRAPHS[1]}</p><p>May 6, 2021</p><p>{PARAGRAPHS[2]}</p>"
    table = "<table><tr><th>Sailing</th><th>Date</th></tr><tr><td>Islay</td><td>April 26, 2022</td></tr></table>"
    texts = texts_of(f"<article>{HEADLINE}<p>{PARAGRAPHS[0]}</p><p>{sentence}</p>{timeline}{table}</article>")
    assert {sentence, "March 3, 2020", "May 6, 2021", "April 26, 2022"} <= set(texts)
    for line in ("Update July 3rd, 8:05AM ET: Added a tweet.", "1974", "March 4, 2020 by the harbour wall"):
        assert read_timestamp(line) is None, line


def test_a_timestamp_with_month_and_day_names_of_the_pages_language_is_furniture_too() -> None:
    stamp = "Mis à jour le mardi 3 mars 2020 à 10h30"
    french = page(f"<article>{HEADLINE}<p>{stamp}</p>{STORY}</article>", head=TITLE).replace(
        "lang='en-GB'", "lang='fr'"
    )
    texts = [block.text for block in ingest_html(french, source_path="page.html").blocks]
    assert stamp not in texts and all(text in texts for text in PARAGRAPHS)
    # near misses: the same line on an English page names no known month; a French sentence with a date
    assert stamp in texts_of(f"<article>{HEADLINE}<p>{stamp}</p>{STORY}</article>")
    assert read_timestamp("Le 3 mars 2020, le port a rouvert.", language="fr") is None


def test_timestamps_are_read_in_the_labels_and_calendars_of_several_languages() -> None:
    stamps = {
        ("Opublikowano: 12 listopada 2019 r., 10:30", "pl"): (False, dt.date(2019, 11, 12)),
        ("Обновлено: 12 ноября 2019 в 10:30", "ru"): (True, dt.date(2019, 11, 12)),
        ("Erschienen am 28.04.2020", "de"): (False, dt.date(2020, 4, 28)),
        ("آخر تحديث 2019-11-12 10:30", "ar"): (True, dt.date(2019, 11, 12)),
        ("2020年8月27日 10:29", "zh"): (False, dt.date(2020, 8, 27)),
    }
    for (text, language), (updated, day) in stamps.items():
        stamp = read_timestamp(text, language=language)
        assert stamp is not None and stamp.updated == updated and stamp.day and stamp.day.date() == day, text
    # near misses: a word merely opening with a label's letters, a sentence in the same language
    assert read_timestamp("Standards 2020-01-01") is None
    assert read_timestamp("Opublikowano raport 12 listopada 2019 r.", language="pl") is None


def test_a_timestamp_is_the_publication_day_when_nothing_else_states_one() -> None:
    """Before htmldate, which reads the older teasers' days under the story as the page's."""
    teasers = "".join(f"<p><a href='/n{n}'>Older story {n}</a> <span>2021-0{n}-1{n}</span></p>" for n in range(1, 6))
    body = f"<article>{HEADLINE}<p>Updated: May 4, 2022</p><p>입력 2022.05.02 09:10</p>{STORY}</article>{teasers}"
    doc = ingest(body)
    assert doc.published is not None and doc.published.date() == dt.date(2022, 5, 2)  # the update is not it
    # near miss: the page's metadata wins over the line
    head = f'{TITLE}<meta property="article:published_time" content="2022-04-30T08:00:00Z">'
    doc = ingest(f"<article>{HEADLINE}<p>입력 2022.05.02 09:10</p>{STORY}</article>", head=head)
    assert doc.published is not None and doc.published.date() == dt.date(2022, 4, 30)


# --- disclaimers ---------------------------------------------------------------------------------


def test_a_disclaimer_after_the_story_is_the_sites_and_one_inside_it_the_writers() -> None:
    site = "Disclaimer: The views and investment tips expressed by experts on this site are their own."
    texts = texts_of(f"<article>{HEADLINE}{STORY}<p>{site}</p></article>")
    assert site not in texts and all(text in texts for text in PARAGRAPHS)
    credit = "Ann Lee contributed to this report."  # a short line after it does not continue the story
    texts = texts_of(f"<article>{HEADLINE}{STORY}<p>{site}</p><p>{credit}</p></article>")
    assert site not in texts and credit in texts
    # near miss: the writer's own disclosure inside the story stays
    own = "Disclaimer: I own shares in the ferry company, which I bought in 2019."
    body = f"<article>{HEADLINE}<p>{PARAGRAPHS[0]}</p><p>{own}</p>{''.join(f'<p>{t}</p>' for t in PARAGRAPHS[1:])}"
    assert own in texts_of(body + "</article>")


# --- bylines -------------------------------------------------------------------------------------


def test_a_desk_credit_names_no_one() -> None:
    for credit in ("HT Correspondent", "Our Correspondent", "Metro Desk", "By Tribune Staff"):
        assert reduce_byline(credit).names == [], credit
    assert reduce_byline("HT Correspondent").role == "Correspondent"
    # near misses: a full name before a job title, a one-word name alone, a role after a named writer
    assert reduce_byline("Ann Lee Correspondent").names == ["Ann Lee"]
    assert reduce_byline("By Smith").names == ["Smith"]
    assert reduce_byline("By Ann Lee, Shipping correspondent").names == ["Ann Lee"]
    doc = ingest(f'<article>{HEADLINE}<p class="byline">HT Correspondent</p>{STORY}</article>')
    assert doc.author == "" and "HT" not in [block.text for block in doc.blocks]


# --- the story's first line ----------------------------------------------------------------------


def test_a_linked_sentence_heading_the_story_is_kept() -> None:
    """wikimediafoundation's "Bu yazının Türkçe’sini buradan okuyabilirsiniz." (read this in Turkish
    here) between an empty <h1> and the <article>: one link, ending with a full stop."""
    note = "Read this statement in Turkish here"
    body = (
        "<h1></h1><div class='article-title'><h3><em><a href='https://example.org/news/tr'>"
        f"{note}</a>.</em></h3></div><article>{STORY}</article>"
    )
    head = '<meta property="og:title" content="Harbour reopens after the storm">'
    assert f"{note}." in texts_of(body, head=head)
    # near misses: a teaser heading (no full stop), and one ending in an ellipsis
    for heading in ("Ferries to the islands resume on Friday", "More videos ..."):
        markup = body.replace(f"{note}</a>.", f"{heading}</a>")
        assert not any(heading in text for text in texts_of(markup, head=head)), heading


# --- holdout6's misses ---------------------------------------------------------------------------


def test_a_page_declaring_another_latin_charset_whose_bytes_are_utf8_is_read_as_utf8() -> None:
    """elmundo's re-saved page declares iso-8859-15 and holds UTF-8: "también" read as "tambiÃ©n"."""
    text = "<p>Lesaka, también conocida como Ane, fue condenada en rebeldía en París.</p>"
    for label in ("iso-8859-15", "latin9", "iso-8859-2", "windows-1250"):
        data = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">{text}'.encode()
        assert decode_article(data, path="a.html", source_format="html").endswith(text), label
    # near miss: text written in iso-8859-15 ("€" is the lone byte 0xA4) is read as it
    latin9 = '<meta charset="iso-8859-15"><p>Cuesta 5 €, también en París.</p>'.encode("iso8859-15")
    assert decode_article(latin9, path="a.html", source_format="html").endswith("<p>Cuesta 5 €, también en París.</p>")


def test_a_fact_checks_claim_card_is_kept_though_its_box_is_named_a_card() -> None:
    """snopes sets the ClaimReview's claim in `<div class="claim-wrapper card">`: the box the
    builder's word names is what the article checks."""
    claim = "Former U.S. ambassador Ann Lee has a net worth of 17 million dollars."
    review = f'{{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "{claim}"}}'
    head = f'{TITLE}<script type="application/ld+json">{review}</script>'
    card = f'<div class="claim-wrapper card"><h3>Claim</h3><div class="claim"><p>{claim}</p></div></div>'
    assert claim in texts_of(f"<article>{HEADLINE}{card}{STORY}</article>", head=head)
    # near miss: the same card on a page stating no claim is a builder's box, and goes
    other = "A card with a line the page states nowhere else and that nothing in the story refers to."
    assert other not in texts_of(f"<article>{HEADLINE}{card.replace(claim, other)}{STORY}</article>")


def test_a_subheading_above_a_kept_paragraph_inside_the_story_is_kept() -> None:
    """itmedia's "最新のSSDモデルをテスト", an <h3> between the story's paragraphs that the extractor dropped."""
    blocks = [Block("headline", "Harbour reopens after the storm"), *(Block("paragraph", t) for t in PARAGRAPHS[:2])]
    blocks += [Block("heading", "Who pays for the wall"), *(Block("paragraph", t) for t in PARAGRAPHS[2:])]
    main = MainText.of(list(PARAGRAPHS))  # the extractor kept the paragraphs, not the heading
    chosen = _article_blocks(blocks, main, [], "Harbour reopens after the storm", frozenset(), "")
    assert [block.text for block in chosen] == [*PARAGRAPHS[:2], "Who pays for the wall", *PARAGRAPHS[2:]]
    # near misses (the extractor dropping the heading): a box title, a comment's number, a label,
    # a link; and a heading above the story's first kept paragraph (a kicker)
    for heading in ("Most Read Business Stories", "#11", "Read more:"):
        blocks = [Block("paragraph", PARAGRAPHS[0]), Block("heading", heading), Block("paragraph", PARAGRAPHS[1])]
        assert subheadings(blocks, [0, 2]) == [], heading
    linked = Block("heading", "Repairs", markup=[InlineMarkup(0, 7, "a")])
    assert subheadings([Block("paragraph", PARAGRAPHS[0]), linked, Block("paragraph", PARAGRAPHS[1])], [0, 2]) == []
    assert subheadings([Block("heading", "Repairs"), Block("paragraph", PARAGRAPHS[1])], [1]) == []


def test_signed_reader_comments_under_the_story_end_it() -> None:
    comments = "".join(
        f"<h3>{title}</h3><p>{text}</p><p>Posted by: {who}, 27 Sep 2011 | 15:22</p>"
        for title, text, who in (
            ("Get Real", "The US is about a quarter of the world economy and will decide for itself.", "Florida CPA"),
            ("Calm down", "The convergence of the two standards seems to be on track, as far as I can see.", "SJ"),
        )
    )
    texts = texts_of(f"<article>{HEADLINE}{STORY}{comments}</article>")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("Get Real" in text or "Posted by" in text or "convergence" in text for text in texts)
    # near miss: one signed line is a story's own credit, not a thread
    one = "<p>Posted by: Ann Lee, 27 Sep 2011 | 15:22</p>"
    assert PARAGRAPHS[3] in texts_of(f"<article>{HEADLINE}<p>{PARAGRAPHS[0]}</p>{one}{STORY}</article>")
    assert comment_thread_start([Block("paragraph", "Story.")], [0]) is None


def test_the_headline_without_the_sites_prefix_tagline_name_or_page_number() -> None:
    assert (
        strip_site_name("대전일보 모바일 :: 코로나19 극복 성금 기탁 줄 잇는다", "대전일보")
        == "코로나19 극복 성금 기탁 줄 잇는다"
    )
    assert strip_site_name("Six stars refuse - Raw Story - Celebrating 18 Years", "rawstory") == "Six stars refuse"
    assert without_page_number("Intel NUCで最新SSDを比較してみた（1/2 ページ）") == "Intel NUCで最新SSDを比較してみた"
    # the site's name as the logo's <h1> and as a stated title is not the headline
    head = (
        '<title>Harbour reopens after the storm</title><meta property="og:site_name" content="News.az">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "News.az"}</script>'
    )
    doc = ingest(f"<h1>News.az</h1><article>{HEADLINE}{STORY}</article>", head=head)
    assert doc.headline == "Harbour reopens after the storm"
    # near misses: a tagline-like part of the story's own title stays, and a count in brackets is no page number
    assert strip_site_name("Letters: Coddling criminals | Tax dollars", "The Mercury News").endswith("Tax dollars")
    assert without_page_number("Top 10 films of 2019 (2/3 in our poll)").endswith("poll)")


def test_a_timestamp_alone_under_the_heading_is_the_dateline() -> None:
    teasers = "".join(f"<p><a href='/n{n}'>Older story {n}</a> <span>2021-0{n}-1{n}</span></p>" for n in range(1, 6))
    body = f"<article>{HEADLINE}<ul><li><a href='/t'>13 Oct 2020 18:29</a></li></ul>{STORY}</article>{teasers}"
    doc = ingest(body)
    assert doc.published is not None and doc.published.date() == dt.date(2020, 10, 13)
    # near miss: an update's timestamp there is not the publication day
    doc = ingest(body.replace("13 Oct 2020 18:29", "Updated: 13 Oct 2020 18:29"))
    assert doc.published is None or doc.published.date() != dt.date(2020, 10, 13)


def test_the_site_asking_its_reader_is_not_a_unit() -> None:
    appeals = (
        "If you found the reporting above valuable, please consider making a donation to support it.",
        "When you sign up for this free report, you will also join our free Harbour newsletter.",
        "Comments are closed",
        "請繼續下滑閱讀",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
        "喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。",
    )
    texts = texts_of(f"<article>{HEADLINE}{STORY}" + "".join(f"<p>{a}</p>" for a in appeals) + "</article>")
    assert all(text in texts for text in PARAGRAPHS) and not any(a in texts for a in appeals)
    # near misses: the story reporting an appeal, a newsletter, comments
    for sentence in (
        "The shelter asked residents to consider making a donation to help feed the animals this winter.",
        "The council said its newsletter would carry the repair plans to every household next month.",
        "Comments closed the public consultation on the sea wall, which had drawn two hundred letters.",
    ):
        assert not is_site_appeal(sentence), sentence


def test_chinese_and_japanese_bylines_name_their_writer() -> None:
    cases = {
        "聯合報 記者林宸誼／即時報導": ["林宸誼"],
        "著者：後藤大地": ["後藤大地"],
        "[田中宏昌，ITmedia]": ["田中宏昌"],
        "Michael Larabel in Valve": ["Michael Larabel"],
    }
    for text, names in cases.items():
        assert reduce_byline(text).names == names, text
    credit = "<p>　【ロンドン＝岡田浩幸】１０日に行われたサッカーの試合で、バルセロナが勝った。</p>"
    memo = "".join(f"<p>{line}</p>" for line in ("メモ入力", "-最大400文字まで", "完了しました", "キャンセル"))
    doc = ingest(f"<article>{HEADLINE}{memo}{credit}{STORY}</article>")  # a memo box's short lines above it
    assert doc.author == "岡田浩幸"
    # near misses: "記者会見" (a press conference) and "記者イベント" name no one; a wire agency in the credit
    assert reduce_byline("記者会見").names == [] and reduce_byline("記者イベント").names == []
    doc = ingest(f"<article>{HEADLINE}{credit.replace('岡田浩幸', '共同')}{STORY}</article>")
    assert doc.author == ""


def test_metadata_in_a_value_attribute_and_every_microdata_name_are_read() -> None:
    head = f'{TITLE}<meta name="author" value="Ann Lee, TIME">'
    assert ingest(f"<article>{HEADLINE}{STORY}</article>", head=head).author == "Ann Lee"
    people = '<div itemprop="author" itemscope><span itemprop="name">Ann Lee</span><span itemprop="name">Bo Chen</span></div>'
    assert ingest(f"<article>{HEADLINE}{people}{STORY}</article>").author == "Ann Lee, Bo Chen"
    firma = '<p class="firma"><em>Ángeles Escrivá</em> | <span class="localizacion">Madrid</span></p>'
    assert ingest(f"<article>{HEADLINE}{firma}{STORY}</article>").author == "Ángeles Escrivá"
    # near miss: a <meta> with neither attribute states nothing
    assert ingest(f"<article>{HEADLINE}{STORY}</article>", head=f'{TITLE}<meta name="author">').author == ""


def test_a_korean_byline_standing_alone_names_the_reporter() -> None:
    """daejonilbo's `<span>이용민 기자 | </span>` under the heading: name and "reporter"."""
    doc = ingest(f"<article>{HEADLINE}<div><span>이용민 기자 | </span></div>{STORY}</article>")
    assert doc.author == "이용민"
    # near misses: a photographer's credit in a caption, a sentence holding the word
    credit = '<figure><img src="a.jpg" alt=""><figcaption><span>잠실=최문영 기자</span></figcaption></figure>'
    assert ingest(f"<article>{HEADLINE}{credit}{STORY}</article>").author == ""
    assert not is_korean_byline("기자회견이 열렸다")
