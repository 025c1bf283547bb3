"""Rules of the page path added for holdout4's misses (l10n/ingest/story_edges.py, page.py,
page_headline.py, page_authors.py, byline.py, datelines.py, metadata.py): each on a small page
built around the pattern, with the near miss that must stay as it was, so each can fail alone."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, texts_of

from l10n.ingest.byline import reduce_byline
from l10n.ingest.datelines import lead_dateline_day
from l10n.ingest.fields import match_key
from l10n.ingest.story_edges import sentence_headings
from l10n.model import Block


def between(line: str) -> str:
    """The story with `line` set between its second and third paragraphs."""
    first, second, rest = STORY.split("</p>", 2)
    return f"<article>{HEADLINE}{first}</p>{second}</p>{line}{rest}</article>"


# --- the body ------------------------------------------------------------------------------------


def test_a_story_sentence_set_as_a_heading_is_body_but_a_sub_heading_stays_a_heading() -> None:
    sentence = "The mother of a woman who took pills bought online has described how her daughter was burning up."
    item = f'<div class="item"><h2>{sentence}</h2><img src="a.jpg" alt="A photo"><p class="credit">Police</p></div>'
    texts = texts_of(between(item))
    assert sentence in texts and all(text in texts for text in PARAGRAPHS)
    # near miss: a short sub-heading, and a heading that is a link to another story, are not made body
    texts = texts_of(
        between("<h2><a href='/other'>The mother of a woman who took pills bought online tells her story.</a></h2>")
    )
    assert not any(text.startswith("The mother") for text in texts)
    # near misses: a dek right under the headline, and the headline again inside the story, are not taken
    blocks = [
        Block("headline", "Pills sold online"),
        Block("heading", sentence),
        Block("paragraph", PARAGRAPHS[0]),
        Block("heading", "Pills sold online burned her up from within, her mother said in a statement."),
        Block("paragraph", PARAGRAPHS[1]),
    ]
    assert sentence_headings(blocks, [2, 4], match_key(blocks[3].text)) == []
    assert sentence_headings(blocks, [2, 4], match_key("Pills sold online")) == [3]
    kicker_first = [Block("paragraph", "Health"), *blocks]  # a kept kicker above the headline: the dek under it
    assert sentence_headings(kicker_first, [0, 3, 5], match_key("Pills sold online")) == [4]


CLAIM = "“The harbour was closed for a month because the council refused to pay for the repairs.”"


def test_a_fact_checks_claim_box_is_body_and_its_claimant_is_not_the_writer() -> None:
    review = {
        "@type": "ClaimReview",
        "headline": "Harbour reopens after the storm",
        "claimReviewed": CLAIM,
        "itemReviewed": {"@type": "CreativeWork", "author": {"@type": "Person", "name": "Councillor Ann Lee"}},
        "author": {"@type": "Organization", "name": "Example Checks"},
    }
    head = f'{TITLE}<script type="application/ld+json">{json.dumps(review)}</script>'
    box = (
        '<div class="statement"><h4 class="author">Councillor Ann Lee</h4><div class="wsw"><p>'
        f"{CLAIM}</p></div></div><div class='verdict'><span>False</span><div>Port records show a week.</div></div>"
    )
    body = f"<article>{HEADLINE}{box}<div class='content'>{STORY}</div></article>"
    doc = ingest(body, head)
    texts = [block.text for block in doc.blocks]
    assert CLAIM in texts and "False" in texts and "Port records show a week." in texts
    assert "Lee" not in doc.author
    # near miss: without a ClaimReview the verdict box is a box apart, as before
    texts = texts_of(body)
    assert "False" not in texts and "Port records show a week." not in texts


def test_a_claimant_that_is_an_organisation_is_not_the_writer_either() -> None:
    review = {
        "@type": "ClaimReview",
        "headline": "Harbour reopens after the storm",
        "claimReviewed": CLAIM,
        "itemReviewed": {"@type": "CreativeWork", "author": {"@type": "Organization", "name": "Harbour Board"}},
    }
    box = (
        '<div class="statement"><h4 class="author">Harbour Board</h4><div class="wsw"><p>'
        f"{CLAIM}</p></div></div><div class='verdict'><span>False</span><div>Port records show a week.</div></div>"
    )
    body = f"<article>{HEADLINE}{box}<div class='content'>{STORY}</div></article>"
    with_review = ingest(body, f'{TITLE}<script type="application/ld+json">{json.dumps(review)}</script>')
    assert "Harbour Board" not in with_review.author
    # near miss: the same box without the ClaimReview names the board as the page's writer
    assert "Harbour Board" in ingest(body, TITLE).author


def test_site_lines_inside_the_story_are_dropped_but_sentences_using_their_words_stay() -> None:
    site_lines = [
        "<p>Tempo de leitura: 1 minuto</p>",
        "<p>5 min read</p>",
        "<p>Story continues below gallery</p>",
        "<p>Deixe suas dúvidas e opiniões aqui embaixo! Obrigado por compartilhar nosso conteúdo!</p>",
        "<p>Leave your thoughts in the comments below!</p>",
        "<p><a href='/gallery/1'>Gallery: Xbox One X | 14 Photos</a></p>",
        "<h3><a href='https://list.example.org/x'>Click here to subscribe to The Harbour Newsletter</a></h3>",
        "<p>精彩视频推荐</p>",
        "<p>Mehr Artikel aus dieser Rubrik gibt's hier: <a href='..'>Wirtschaft</a></p>",
    ]
    for line in site_lines:
        texts = texts_of(between(line))
        shown = lxml.html.fragment_fromstring(line).text_content()
        assert shown not in texts, line
        assert all(text in texts for text in PARAGRAPHS), line
    # a score widget named after the site (the site its links point to most) is the site's; "Credit Score" is not
    home = "".join(f"<a href='https://www.engadget.com/s{n}'>Section {n}</a>" for n in range(5))
    texts = texts_of(between("<h3>Engadget Score</h3>") + home)
    assert "Engadget Score" not in texts and all(text in texts for text in PARAGRAPHS)
    assert "Credit Score" in texts_of(between("<h3>Credit Score</h3>") + home)
    near_misses = [
        "The story continues below the surface, where divers found the wreck of the old ferry last year.",
        "Readers can leave comments on the council's plan until Friday, the clerk said in a statement.",
        "The gallery, which holds 14 photos of the storm, opens to the public on Saturday morning.",
        "“Leave your comments on the plan here,” the mayor told residents at the meeting on Monday.",
    ]
    for sentence in near_misses:
        assert sentence in texts_of(between(f"<p>{sentence}</p>")), sentence


def test_a_heading_over_other_columns_ends_the_story() -> None:
    box = (
        "<h3>Other Opinion Columns</h3><h4><a href='/c1'>Wave of stupidity</a></h4>"
        "<p class='standfirst'>HOW is it that ideas that are patently absurd capture people's imagination so fast?</p>"
    )
    texts = texts_of(f"<article>{HEADLINE}{STORY}{box}</article>")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("Opinion Columns" in text or text.startswith("HOW is it") for text in texts)
    # near misses: a sub-heading of the story that speaks of columns or other opinions does not end it
    for heading in ("<h3>The columns of the old pier</h3>", "<h3>Other opinions</h3>"):
        texts = texts_of(between(heading))
        assert all(text in texts for text in PARAGRAPHS), heading


def test_a_run_of_linked_headlines_with_excerpts_after_the_story_is_a_teaser_box() -> None:
    cards = "".join(
        f"<div class='item'><a href='https://www.example.com/news/{n}'>{title}</a> {excerpt}</div>"
        for n, (title, excerpt) in enumerate(
            [
                ("Historic church in Turkey on the verge of collapse", "The church is in ruins after years of raids."),
                (
                    "Armenia named most popular spot for travellers",
                    "Russian travellers chose it over Georgia this year.",
                ),
                ("Iconic props and costumes will be auctioned", "The auction is scheduled for next month in London."),
            ]
        )
    )
    home = "".join(f"<a href='https://www.example.com/s{n}'>Section {n}</a>" for n in range(5))
    texts = texts_of(f"<article>{HEADLINE}{STORY}{cards}</article>{home}")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("ruins" in text or "auction" in text for text in texts)
    # near miss: one paragraph opening with a link to the site's own story is the story's
    one = (
        "<p><a href='https://www.example.com/news/9'>Earlier storm damage to the sea wall</a> Engineers said the wall "
        "had been weakened by the storm of 2019 and needed repair.</p>"
    )
    assert any("Engineers said" in text for text in texts_of(between(one) + home))


# --- metadata ------------------------------------------------------------------------------------


def test_a_title_shown_as_a_kicker_heading_and_a_heading_is_both() -> None:
    head = "<title>Lupe Ngata's $150K Pearl Dress -- STOLEN!!! | Example</title><meta property='og:site_name' content='Example'>"
    heads = "<div class='headline'><h2>Lupe Ngata</h2><h4>$150K Pearl Dress ... STOLEN!!!!</h4></div>"
    assert ingest(f"<article>{heads}{STORY}</article>", head).headline == "Lupe Ngata $150K Pearl Dress ... STOLEN!!!!"
    # near miss: a section heading above the headline whose words do not open the title stays out
    heads = "<div class='headline'><h2>Crime</h2><h4>$150K Pearl Dress ... STOLEN!!!!</h4></div>"
    assert ingest(f"<article>{heads}{STORY}</article>", head).headline == "$150K Pearl Dress ... STOLEN!!!!"


def test_a_title_shown_without_a_heading_element_is_the_headline() -> None:
    head = "<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>"
    shown = "<div class='l_tit'>海外留学生看两会：出国前后关注点大不同</div>"
    assert ingest(f"<div>{shown}{STORY}</div>", head).headline == "海外留学生看两会：出国前后关注点大不同"
    # near miss: another story's title as a link (a teaser) is not taken; the stated title is used whole
    teaser = "<div class='l_tit'><a href='/x'>两会代表热议乡村教育与教师待遇问题</a></div>"
    assert (
        ingest(f"<div>{teaser}{STORY}</div>", head).headline
        == "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网"
    )
    # the title's own head shown as a link (a permalink, as Саратов-Times's <strong class=title><a>) is the headline
    # by the body since misses51b (`page_headline.title_head_in_page`): the same words, without the site's parts
    linked = "<div class='l_tit'><a href='/x'>海外留学生看两会：出国前后关注点大不同</a></div>"
    assert ingest(f"<div>{linked}{STORY}</div>", head).headline == "海外留学生看两会：出国前后关注点大不同"


def test_a_dated_dateline_opening_the_story_is_its_day() -> None:
    root = lxml.html.document_fromstring("<p></p><p>Feb. 23, 2015 -- Peanut allergies have been on the rise.</p>")
    assert lead_dateline_day(root) == dt.datetime(2015, 2, 23)
    root = lxml.html.document_fromstring("<p>WASHINGTON, March 3, 2021 — The Senate voted.</p>")
    assert lead_dateline_day(root) == dt.datetime(2021, 3, 3)
    # near miss: a date inside a sentence, or opening one without a dash, is no dateline
    root = lxml.html.document_fromstring(
        "<p>On Feb. 23, 2015 -- a Monday -- it rained.</p><p>Feb. 23, 2015 was cold.</p>"
    )
    assert lead_dateline_day(root) is None
    # near miss: another story's teaser in a sidebar dates nothing
    root = lxml.html.document_fromstring(
        "<aside><p>WASHINGTON, March 3, 2019 — A teaser.</p></aside><p>Feb. 23, 2015 -- The story.</p>"
    )
    assert lead_dateline_day(root) == dt.datetime(2015, 2, 23)


def test_bylines_glued_to_dates_with_degrees_or_a_trailing_outlet_give_the_name() -> None:
    assert reduce_byline("by Lucas Nolan22 Dec 2016651").names == ["Lucas Nolan"]
    assert reduce_byline("By Brenda Goodman, MA WebMD Health News").names == ["Brenda Goodman"]
    assert reduce_byline("Finian Cunningham. Sputnik International", site_name="Sputnik International").names == [
        "Finian Cunningham"
    ]
    assert reduce_byline("By Erin Cunningham March 18 at 8:40 PM").names == ["Erin Cunningham"]
    # near misses: an initial's full stop, a title, two writers, a name with digits nowhere
    assert reduce_byline("Dr. Ann Lee").names == ["Ann Lee"]  # not cut at "Dr."; the title goes (holdout24)
    assert reduce_byline("By Ann Lee, Bo Park").names == ["Ann Lee", "Bo Park"]
    assert reduce_byline("By Ann Lee, JD Vance").names == ["Ann Lee", "JD Vance"]


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    body = (
        f"<article>{HEADLINE}{STORY}</article>"
        "<div class='signup'><p>By clicking Submit, you agree to the Privacy Policy and Terms of Use.</p></div>"
    )
    assert ingest(body).author == ""
    assert ingest(f"<article>{HEADLINE}<p>By Ann Lee</p>{STORY}</article>").author == "Ann Lee"


def test_a_name_in_bold_after_a_label_is_the_byline_without_what_follows() -> None:
    body = f"<article>{HEADLINE}<p>Un texte de <strong>Frédéric Zalac</strong> d'<em>Enquête</em></p>{STORY}</article>"
    assert ingest(body).author == "Frédéric Zalac"
    # near miss: a sentence opening with the same words names nobody
    body = f"<article>{HEADLINE}<p>Un texte de <strong>loi</strong> a été adopté hier soir.</p>{STORY}</article>"
    assert ingest(body).author == ""


def test_a_chinese_closing_credit_names_the_writer_but_an_editor_does_not() -> None:
    paragraphs = "".join(
        f"<p>{text}</p>" for text in ("深度思维公司发布了新的计算机系统，它可以利用记忆自学。" * 3,) * 3
    )
    credit = "<p>研究结果已发表在科学刊物《自然》上。（编译/林靖东）</p>"
    head = "<title>新电脑已可利用记忆自学</title>"
    assert ingest(f"<article><h1>新电脑已可利用记忆自学</h1>{paragraphs}{credit}</article>", head).author == "林靖东"
    editor = "<p>研究结果已发表在科学刊物《自然》上。（责任编辑：崔宁宁）</p>"
    assert ingest(f"<article><h1>新电脑已可利用记忆自学</h1>{paragraphs}{editor}</article>", head).author == ""


def test_a_byline_box_flagged_without_a_bio_is_not_pruned_as_a_bio() -> None:
    byline = "<div class='sig-line hasnt-bio'><span class='pb-byline'>By <a href='/people/ann'>Ann Lee</a></span></div>"
    assert ingest(f"<article>{HEADLINE}{byline}{STORY}</article>").author == "Ann Lee"
    # near miss: an author's bio box is still furniture
    bio = "<div class='author-bio'><p>Ann Lee covers the harbour and writes a weekly column on ferries.</p></div>"
    assert not any("weekly column" in text for text in texts_of(f"<article>{HEADLINE}{STORY}{bio}</article>"))


def test_a_chinese_credit_line_under_the_story_names_the_writer() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in ("宇航员在太空中喝酒会怎么样？后果很严重，科学家说。" * 3,) * 3)
    head = "<title>宇航员在太空中喝酒会怎么样</title>"
    credit = "<p><strong>作者︱春春</strong><a href='/'><img src='logo.png' title='返回首页'></a></p>"
    assert ingest(f"<article><h1>宇航员在太空中喝酒会怎么样</h1>{paragraphs}{credit}</article>", head).author == "春春"
    # near miss: the producer's credit ("出品︱…") is no writer's
    producer = "<p><strong>出品︱网易科学人栏目组</strong></p>"
    assert ingest(f"<article><h1>宇航员在太空中喝酒会怎么样</h1>{paragraphs}{producer}</article>", head).author == ""


def test_a_byline_inside_a_line_of_story_facts_and_a_meta_author_that_is_the_generator() -> None:
    head = f'{TITLE}<meta name="author" content="PMJS - Coordenadoria de TI"><meta name="generator" content="PMJS - Coordenadoria de TI">'
    facts = "<small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href='/c'>Saúde</a></small>"
    assert ingest(f"<article>{HEADLINE}{facts}{STORY}</article>", head).author == "Clarissa Borba"
    # near miss: a meta author that is not the generator is the author, as before
    head = f'{TITLE}<meta name="author" content="Ana Souza"><meta name="generator" content="WordPress 6.4">'
    assert ingest(f"<article>{HEADLINE}{facts}{STORY}</article>", head).author == "Ana Souza"


def test_a_korean_sign_off_with_the_writers_address_names_the_writer() -> None:
    story = "사실 남녀 관계라는 것이 당사자들이 아니면 그 속사정을 알기는 어려운 일이다. " * 4
    head = "<title>진흙탕 싸움</title>"
    signed = f"<div class='content'>{story}<br>정덕현 칼럼니스트 <a href='mailto:kian@example.co.kr'>kian@example.co.kr</a><br></div>"
    assert ingest(f"<article><h1>진흙탕 싸움</h1>{signed}</article>", head).author == "정덕현"
    # near miss: a job named in the story without an address is no sign-off
    unsigned = f"<div class='content'>{story}<br>정덕현 칼럼니스트는 이렇게 말했다.<br></div>"
    assert ingest(f"<article><h1>진흙탕 싸움</h1>{unsigned}</article>", head).author == ""


def test_an_emphasised_closing_tagline_names_the_contributors() -> None:
    tagline = (
        "<p><b><i>Andrés Malamud es politólogo en la Universidad de Lisboa. "
        "Martín Schapiro es abogado y analista internacional</i></b></p>"
    )
    assert ingest(f"<article>{HEADLINE}{STORY}{tagline}</article>").author == "Andrés Malamud, Martín Schapiro"
    # near miss: the same sentences as the story's plain last paragraph name no writer
    plain = "<p>Andrés Malamud es politólogo en la Universidad de Lisboa. Martín Schapiro es abogado.</p>"
    assert ingest(f"<article>{HEADLINE}{STORY}{plain}</article>").author == ""
