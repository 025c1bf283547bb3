"""Rules of the page path added after the holdout pages were measured (l10n/ingest/page.py,
byline.py, html.py): each on a small page built around the pattern, so each can fail alone."""

from __future__ import annotations

import json

import pytest
from test_ingest_page import page

from l10n.ingest.byline import reduce_byline
from l10n.ingest.byline_lines import is_label_only
from l10n.ingest.html import ingest_html

STORY = (
    "<p>The harbour reopened on Monday after engineers cleared the debris left by the storm last week.</p>"
    "<p>Ferries to the islands will resume on Friday, the port authority said in a statement on its website.</p>"
    "<p>Traders said the closure had cost the town about two million pounds in lost business over the week.</p>"
)


def texts_of(html: str, name: str = "page.html") -> list[str]:
    return [block.text for block in ingest_html(html, source_path=name).blocks]


def test_a_span_around_the_whole_body_does_not_glue_its_paragraphs_together() -> None:
    body = f'<article><h1>Harbour reopens after the storm</h1><span itemprop="articleBody">{STORY}</span></article>'
    texts = texts_of(page(body))
    assert "The harbour reopened on Monday after engineers cleared the debris left by the storm last week." in texts
    assert not any("Monday" in text and "Friday" in text for text in texts)
    # the same in a CMS export (no page around it): the walker is shared
    export = texts_of(body)
    assert [text for text in export if "Friday" in text] == [
        "Ferries to the islands will resume on Friday, the port authority said in a statement on its website."
    ]


def test_a_link_around_blocks_stays_one_link_run() -> None:
    doc = ingest_html(
        '<article><h1>Title</h1><p>Body text.</p><a href="/next"><div>Next story</div><div>Teaser line</div></a></article>'
    )
    card = next(block for block in doc.blocks if "Next story" in block.text)
    assert "Teaser line" in card.text and [m.tag for m in card.markup] == ["a"]


def test_site_rights_notices_and_paywall_prompts_are_not_units() -> None:
    body = (
        f"<article><h1>Harbour reopens after the storm</h1>{STORY}"
        "<p>Copyright is a thorny question for the port's archive, its director said.</p>"
        "<p>Copyright 2023 Sunbeam Television Corp. All rights reserved. This material may not be published.</p>"
        "<p>This article is the copyrighted property of Example News.</p>"
        "<p>Subscribe now to our e-edition for the full story.</p>"
        "<p>If you are seeing this message but you are already a subscriber, you can log in.</p>"
        "<p>Excerpted from “Harbours”. Copyright © 2018 by Ann Lee. Used with permission of Example Books. "
        "All rights reserved.</p></article>"
    )
    texts = texts_of(page(body))
    assert "Copyright is a thorny question for the port's archive, its director said." in texts
    assert any(text.startswith("Excerpted from") for text in texts)  # the quoted work's own rights line
    for furniture in ("Sunbeam", "copyrighted property", "Subscribe now", "already a subscriber"):
        assert not any(furniture in text for text in texts), furniture


def test_a_kicker_run_into_the_heading_is_not_part_of_the_headline() -> None:
    head = '<meta property="og:title" content="Harbour reopens after the storm">'
    body = f"<article><h1><span>Coastal towns</span>Harbour reopens after the storm</h1>{STORY}</article>"
    doc = ingest_html(page(body, head=head), source_path="kicker.html")
    assert doc.headline == "Harbour reopens after the storm"
    assert [block.role for block in doc.blocks].count("headline") == 1


def test_byline_labels_initials_and_a_site_name_run_on_after_the_name() -> None:
    assert is_label_only("Article by") and is_label_only(" By ") and not is_label_only("By Ann Lee")
    assert reduce_byline("Article by").names == []
    assert reduce_byline("J.O. Haselhoef").names == ["J.O. Haselhoef"]
    assert reduce_byline("Ann Lee, Example.de").names == ["Ann Lee"]  # a domain is an outlet
    byline = reduce_byline("By Adam Aaronson PhillyVoice Staff", site_name="PhillyVoice")
    assert (byline.names, byline.role) == (["Adam Aaronson"], "Staff")


def test_a_label_element_is_skipped_for_the_name_element_after_it() -> None:
    body = (
        '<div class="meta"><span class="article_author_label">Article by</span>'
        '<span class="author_single">Barry Alleyne</span></div>'
        f"<div>{STORY}</div>"
    )
    assert ingest_html(page(body, head="<title>Harbour</title>"), source_path="label.html").author == "Barry Alleyne"


def test_the_rel_author_line_counts_even_inside_a_page_builder_widget() -> None:
    body = (
        '<div class="elementor-widget elementor-widget-heading"><h2>By '
        '<a rel="author" href="/author/tatyana-turner">Tatyana Turner</a>.</h2></div>'
        f"<article>{STORY}</article>"
    )
    doc = ingest_html(page(body, head="<title>Harbour</title>"), source_path="widget.html")
    assert doc.author == "Tatyana Turner"
    assert not any("Tatyana" in block.text for block in doc.blocks if block.role != "byline")


def test_a_byline_naming_more_writers_than_the_metadata_wins_but_not_a_phrase() -> None:
    meta = json.dumps(
        {"@type": "NewsArticle", "headline": "Harbour", "author": {"@type": "Person", "name": "Jessica Holly"}}
    )
    head = f'<script type="application/ld+json">{meta}</script><meta property="og:site_name" content="WSVN 7News">'
    body = (
        f'<article><h1>Harbour</h1><div class="byline">By Jessica Holly, Gail Levy, 7 News WSVN</div>{STORY}</article>'
    )
    assert ingest_html(page(body, head=head), source_path="two.html").author == "Jessica Holly, Gail Levy"
    phrase = body.replace(
        "By Jessica Holly, Gail Levy, 7 News WSVN", "Jessica Holly</div><div class='byline'>Why you can trust us"
    )
    assert ingest_html(page(phrase, head=head), source_path="phrase.html").author == "Jessica Holly"


def test_source_locale_of_a_page_is_the_one_rule_for_tags() -> None:
    for lang, expected in (("zh-TW", "zh_Hant"), ("zh-CN", "zh_Hans"), ("en-GB", "en"), ("x-klingon", "en")):
        doc = ingest_html(f"<html lang='{lang}'><body><article><h1>T</h1><p>Text.</p></article></body></html>")
        assert doc.source_locale == expected, lang


def test_the_corpus_has_holdouts_from_sites_the_other_splits_do_not_use() -> None:
    from test_ingest_page import LABELS, REALWORLD
    from test_realworld_labels import SPLITS

    labels = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in LABELS}
    splits = {stem: label["split"] for stem, label in labels.items()}
    assert set(splits.values()) == SPLITS
    site = {stem: stem.rsplit("-", 1)[0] for stem in labels}  # "abc13-com-copperfield" → "abc13-com"
    sources = (REALWORLD / "SOURCES.md").read_text(encoding="utf-8")
    for name, least in (("holdout", 20), ("holdout2", 30)):
        held = [stem for stem, split in splits.items() if split == name]
        assert len(held) >= least
        assert not {site[stem] for stem in held} & {site[stem] for stem in labels if splits[stem] != name}
        for stem in held:
            assert labels[stem]["source"].startswith("https://github.com/adbar/trafilatura/blob/e90b0ef5/tests/")
            assert f"| `{stem}.html` | {name} |" in sources


def test_a_product_card_inside_the_story_is_furniture_but_a_card_wrapping_the_story_is_not() -> None:
    card = (
        '<section class="card-feature"><div class="summary"><p>WELCOME OFFER: 80,000 Points</p>'
        "<p><em>*Bonus value is an estimated value calculated by us and not the card issuer</em>.</p></div></section>"
    )
    body = (
        f"<article><h1>Harbour reopens after the storm</h1>{STORY}{card}{STORY.replace('Monday', 'Tuesday')}</article>"
    )
    texts = texts_of(page(body))
    assert not any("Bonus value" in text or "WELCOME OFFER" in text for text in texts)
    wrapped = texts_of(page(f'<div class="story-card"><h1>Harbour reopens after the storm</h1>{STORY}</div>'))
    assert "The harbour reopened on Monday after engineers cleared the debris left by the storm last week." in wrapped


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por Ana Pérez y Juan López", ["Ana Pérez", "Juan López"]),
        ("Par Jean Dupont et Marie Roy", ["Jean Dupont", "Marie Roy"]),
        ("Текст: Лида Буслаева и Иван Петров", ["Лида Буслаева", "Иван Петров"]),
        ("Por Juan López y compañía", ["Juan López y compañía"]),  # near miss: lower case is no second name
    ],
)
def test_co_writers_joined_by_the_bylines_own_and_are_two_names(line: str, names: list[str]) -> None:
    assert reduce_byline(line).names == names
