"""Rules of the page path added for the misses of trafilatura's evaluation pages
(`bench/evaldata.py`, its dev half; l10n/ingest/page.py, page_main.py): each on a small page
built around the pattern, with the near miss that must stay as it was, so each can fail alone."""

from __future__ import annotations

import lxml.html
import pytest
from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, texts_of
from test_ingest_page import page

from l10n.errors import IngestError
from l10n.ingest.byline import reduce_byline
from l10n.ingest.html import ingest_html
from l10n.ingest.page_main import MainText, normalise_text, open_noscript, plain_main_text
from l10n.model import Block, InlineMarkup

# --- the page's text as trafilatura reads it ------------------------------------------------------


def test_soft_hyphens_go_and_decomposed_letters_are_composed() -> None:
    hyphenated = "Die Fäh\u00adren fah\u00adren wie\u00adder ab Frei\u00adtag, sagte der Hafen am Montag in Kiel."
    decomposed = "Die Stadt pru\u0308ft die Scha\u0308den am Deich und will bis Ende des Monats entscheiden."
    texts = texts_of(f"<article>{HEADLINE}{STORY}<p>{hyphenated}</p><p>{decomposed}</p></article>")
    assert "Die Fähren fahren wieder ab Freitag, sagte der Hafen am Montag in Kiel." in texts
    assert "Die Stadt prüft die Schäden am Deich und will bis Ende des Monats entscheiden." in texts
    # near miss: a visible hyphen (U+002D, U+2010) is a letter of the text and stays
    root = lxml.html.fromstring("<p>Sea-wall repairs \u2010 phase two</p>")
    normalise_text(root)
    assert root.text == "Sea-wall repairs \u2010 phase two"


def test_a_story_only_in_noscript_is_read_there() -> None:
    template = f'<script type="text/template">{STORY}</script>'
    texts = texts_of(
        f"<article>{HEADLINE}<div class='post-body'>{template}<noscript>{STORY}</noscript></div></article>"
    )
    assert all(text in texts for text in PARAGRAPHS)
    # near miss: a <noscript> beside the story that asks for scripts stays skipped
    nag = "<noscript><p>Please enable JavaScript in your browser to see the comments below.</p></noscript>"
    texts = texts_of(f"<article>{HEADLINE}{STORY}{nag}</article>")
    assert all(text in texts for text in PARAGRAPHS)
    assert not any("JavaScript" in text for text in texts)
    # …and its own check: a <noscript> whose paragraph trafilatura did not keep is not unwrapped
    root = lxml.html.fromstring(f"<div>{nag}<noscript><p>{PARAGRAPHS[0]}</p></noscript></div>")
    open_noscript(root, MainText.of([PARAGRAPHS[0]]))
    assert [element.text_content() for element in root.iter("noscript")] == [
        "Please enable JavaScript in your browser to see the comments below."
    ]


# --- boxes ---------------------------------------------------------------------------------------


def test_a_builder_box_holding_the_story_prose_is_the_story() -> None:
    boxed = f"<div class='widget statement'><p>{PARAGRAPHS[1]} {PARAGRAPHS[2]}</p></div>"
    around = f"{STORY}{boxed}{STORY.replace('harbour', 'marina').replace('storm', 'gale')}"  # the box: a fifth of it
    texts = texts_of(f"<article>{HEADLINE}{around}</article>")
    assert f"{PARAGRAPHS[1]} {PARAGRAPHS[2]}" in texts
    # near miss: the same prose in a box named for what it is (a disclosure) is still pruned
    texts = texts_of(f"<article>{HEADLINE}{around.replace('widget statement', 'editorial-disclosure')}</article>")
    assert f"{PARAGRAPHS[1]} {PARAGRAPHS[2]}" not in texts
    assert all(text in texts for text in PARAGRAPHS)


# --- blocks kept ---------------------------------------------------------------------------------


def test_a_heading_that_ends_in_the_headline_is_not_a_breadcrumb() -> None:
    body = f"<article>{HEADLINE}<p>{PARAGRAPHS[0]}</p><h2>My harbour reopens after the storm</h2>{STORY}</article>"
    assert "My harbour reopens after the storm" in texts_of(body)
    # near miss: a trail of steps parted by separators that ends in the headline is the breadcrumb
    trail = "<p>Home › News › Harbour reopens after the storm</p>"
    texts = texts_of(f"<article>{HEADLINE}{STORY[: STORY.index('</p>') + 4]}{trail}{STORY}</article>")
    assert not any(text.startswith("Home") for text in texts)


def test_a_table_cell_is_matched_with_the_cells_trafilatura_writes() -> None:
    main = MainText.of(["The benchmark ran on two machines.", "| gsoc-2018 | 0.091 GB/s |", "| master | 0.2 GB/s |"])
    assert main.kept_block(Block("cell", "0.091 GB/s"))
    assert main.kept_block(Block("cell", "gsoc-2018"))
    # near miss: the same words as a paragraph are a short line trafilatura did not write alone
    assert not main.kept_block(Block("paragraph", "0.091 GB/s"))
    assert not main.kept_block(Block("cell", "two machines"))


def test_a_block_of_lines_is_kept_when_each_of_its_lines_is() -> None:
    main = MainText.of(["Ich trage heute:", "Pullover: H&M", "Jacke: Bershka", "Rock: Zara"])
    text = "Pullover: H&M Jacke: Bershka"
    lines = Block("paragraph", text, markup=[InlineMarkup(start=13, end=13, tag="br", void=True)])
    assert main.kept_block(lines)
    # near miss: a line trafilatura did not write makes the block not kept
    other = Block("paragraph", "Pullover: H&M Shop now", markup=[InlineMarkup(start=13, end=13, tag="br", void=True)])
    assert not main.kept_block(other)


# --- no block left -------------------------------------------------------------------------------


def test_a_story_our_walker_skips_comes_from_trafilatura_lines() -> None:
    aside = f"<aside class='direct-content'><section><header><div>{STORY}</div></header></section></aside>"
    texts = texts_of(f"<main>{HEADLINE}{aside}</main>")  # the whole story in an <aside>, which the walker skips
    assert all(text in texts for text in PARAGRAPHS)
    # near miss: a page with nothing but its menus is still refused (see test_ingest_page)
    with pytest.raises(IngestError, match="no article body"):
        texts_of("<div id='app'></div>", head="<title>Loading… | Example News</title>")
    # …and the last resort's own filters: lines that are a link's whole text, or too little text
    menu = lxml.html.fromstring("<ul><li><a href='/a'>World news and analysis today</a></li></ul>")
    assert plain_main_text(["World news and analysis today", *PARAGRAPHS], menu, skipped=[])
    assert not plain_main_text(["World news and analysis today"] * 30, menu, skipped=[])  # a menu only
    assert not plain_main_text([PARAGRAPHS[0][:60]], menu, skipped=[])  # under a paragraph's worth


def test_an_address_of_a_page_the_story_points_to_is_kept() -> None:
    url = "http://www.openpetition.de/petition/online/gegen-die-tarifreform-2013"
    texts = texts_of(f"<article>{HEADLINE}{STORY}<p>{url}</p><p>{PARAGRAPHS[0]} Again.</p></article>")
    assert url in texts
    # near miss: a line naming only a site (its mark, or a section of it) is still dropped
    mark = "<p>BVINEWS.COM/news</p>"
    texts = texts_of(f"<article>{HEADLINE}{STORY}{mark}<p>{PARAGRAPHS[0]} Again.</p></article>")
    assert "BVINEWS.COM/news" not in texts and all(text in texts for text in PARAGRAPHS)


def test_a_link_to_another_site_right_after_the_story_is_its_source() -> None:
    canonical = '<link rel="canonical" href="https://www.harbourtimes.com/news/1">' + TITLE
    menu = "".join(f'<a href="https://www.harbourtimes.com/{n}">Page {n}</a>' for n in range(3))
    url = "https://www.openpetition.de/petition/online/ferries-for-the-islands"
    texts = texts_of(
        f'<nav>{menu}</nav><article>{HEADLINE}{STORY}<p><a href="{url}">{url}</a></p></article>', canonical
    )
    assert url in texts
    # near miss: a link to the site's own page there is its navigation
    own = url.replace("openpetition.de/petition/online", "harbourtimes.com/news")
    texts = texts_of(
        f'<nav>{menu}</nav><article>{HEADLINE}{STORY}<p><a href="{own}">{own}</a></p></article>', canonical
    )
    assert own not in texts and all(text in texts for text in PARAGRAPHS)


# --- bylines -------------------------------------------------------------------------------------


def test_the_place_after_a_byline_outlet_is_no_author() -> None:
    byline = "<p><strong>By Nada Tawfik, BBC News, New York</strong></p>"
    doc = ingest_html(page(f"<article>{HEADLINE}{byline}{STORY}</article>", head=TITLE), source_path="page.html")
    assert doc.author == "Nada Tawfik"
    assert reduce_byline("By Nada Tawfik, BBC News, New York").names == ["Nada Tawfik"]  # the place is no name
    # near misses: names listed with commas are all writers, one word each or full names
    assert reduce_byline("By Smith, Jones").names == ["Smith", "Jones"]
    assert reduce_byline("By Ann Lee, Bo Chen and Cy Dee, Reuters").names == ["Ann Lee", "Bo Chen", "Cy Dee"]
