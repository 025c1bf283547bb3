"""Rules of the page path added in session 18 for the last known body losses of issue 14 ("0 body
paragraphs lost"; l10n/ingest/page_figures.py, page_boxes.py, page.py): each on the real page it
was lost on, with a real page of the corpus where the same shape is chrome and must stay out, so
each can fail alone."""

from __future__ import annotations

import json
import re
from functools import cache

import lxml.html
from conftest import DATA

from l10n.ingest import ingest_file
from l10n.ingest.page_boxes import is_linked_prose
from l10n.ingest.page_figures import figures_by_caption, is_caption_named
from l10n.model import Block, Document, InlineMarkup

REALWORLD = DATA / "realworld"


def key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def label_of(name: str) -> dict:
    return json.loads((REALWORLD / f"{name}.json").read_text("utf-8"))


@cache
def document_of(name: str) -> Document:
    return ingest_file(REALWORLD / f"{name}.html")


def kept(name: str, text: str) -> bool:
    return any(key(text) in key(block.text) for block in document_of(name).blocks)


# --- page.py + page_figures.lead_picture_above: the one picture right above the headline ------------


def test_the_lead_picture_set_above_the_headline_keeps_its_caption() -> None:
    """lsm-lv: the gallery's photo and its <figcaption> (set after its <figure>) in a <section> above
    the article's <h1>; theglobeandmail: the photo and its caption (a <footer>) in the article's
    <header>, above the headline. Both captions were lost: pictures counted only from the headline on."""
    caption = "Zemes nogruvums Askā, Norvēģijā, 2021.gada janvāris"
    assert kept("lsm-lv-landslide", caption)
    assert [block.role for block in document_of("lsm-lv-landslide").blocks if key(caption) in key(block.text)] == [
        "caption"
    ]
    globe = "A member of the Indonesian military looks out of the window during a search and rescue (SAR) operation"
    assert kept("theglobeandmail-com-airasia", globe)
    label = label_of("theglobeandmail-com-airasia")
    assert not any(kept("theglobeandmail-com-airasia", text) for text in label["chrome"])


def test_a_strip_of_teaser_pictures_above_the_headline_stays_out() -> None:
    """The near miss, tmz: eight pictures above the headline, each with another story's title (two
    of them labelled chrome): a strip of teasers, not a lead picture."""
    label = label_of("tmz-com-lupita")
    assert kept("tmz-com-lupita", label["body_start"])
    for title in ("Drake Assaulted in Dubai Nightclub", "Tom Cruise, Katie Holmes -- No Love Lost", "Kylie Jenner"):
        assert not kept("tmz-com-lupita", title)


# --- page_figures: a caption classed in camelCase, in a gallery's list item ------------------------


def test_a_gallery_caption_in_a_list_item_classed_in_camel_case_is_the_pictures() -> None:
    """dailyherald: the story's photos as <li>s of a <ul> between the headline and the byline, each
    an image's box and <p class="captionBox"><span class="captionFull">…<span class="credit">…</span>;
    no <figure>, and the class words run together. The caption was lost; it is now a caption with its
    credit apart, not said twice."""
    caption = "SAG-AFTRA chief negotiator Duncan Crabtree-Ireland, left, rallies striking actors outside Paramount"
    blocks = document_of("dailyherald-com-hollywood").blocks
    captions = [block for block in blocks if block.role == "caption" and key(caption) in key(block.text)]
    assert len(captions) == 1
    assert "Associated Press" not in captions[0].text
    credits = [block for block in blocks if block.role == "credit" and block.figure == captions[0].figure]
    assert [block.text for block in credits] == ["Associated Press, Nov. 3"]
    assert is_caption_named(lxml.html.fragment_fromstring('<p class="captionBox clearFix">x</p>'))


def test_captions_under_teaser_links_in_list_items_stay_out() -> None:
    """The near miss, rollingstone: a "Trending" list of <li>s, each a picture linking to another
    story and its title in a <span class="c-trending__caption"> (one labelled chrome); latimes' ad
    label classed "GoogleDfpAd-adCaption" ("Advertisement") under no picture."""
    assert not kept("rollingstone-com-doobie", "Mötley Crüe, Def Leppard, Poison Set 2020 Stadium Tour")
    assert kept("rollingstone-com-doobie", label_of("rollingstone-com-doobie")["body_start"])
    assert not any(block.text == "Advertisement" for block in document_of("latimes-com-bloomberg").blocks)


def test_a_caption_written_in_full_and_cut_short_is_read_once() -> None:
    """chron: the gallery's caption box holds the caption twice, "caption-full" and "caption-truncated"
    (one hidden by the style sheet); made a figure now that a caption in a <li> is read, it says it once."""
    caption = "a long row of unsold E-Pace sports-utility vehicles sits at a Jaguar dealership"
    captions = [block for block in document_of("chron-com-carsales").blocks if block.role == "caption"]
    assert [block.text.count("E-Pace") for block in captions if key(caption) in key(block.text)] == [1]
    box = lxml.html.fragment_fromstring(
        '<div><div><img src="a.jpg"></div><div class="caption"><div class="caption-full"><p>A harbour at dawn.</p>'
        '</div><div class="caption-truncated"><p>A harbour…</p></div></div></div>'
    )
    figures_by_caption(box)
    assert " ".join(box.find(".//figcaption").text_content().split()) == "A harbour at dawn."


# --- page_boxes.is_linked_prose: a lead whose links sit inside its sentences ------------------------


def test_a_lead_naming_what_it_links_in_its_sentences_is_the_story() -> None:
    """9to5mac: the deals roundup's lead, more than half of it links (to each deal), above the first
    deal's heading; trafilatura kept it, the link-share rule dropped it as a menu."""
    lead = "Monday’s best deals include various MacBook models from $700 at Amazon"
    assert kept("9to5mac-com-lunchbreak", lead)
    block = next(block for block in document_of("9to5mac-com-lunchbreak").blocks if key(lead) in key(block.text))
    assert block.role == "paragraph" and block.text.endswith("Lunch Break.")


def test_sentences_opening_on_a_link_or_a_label_stay_out() -> None:
    """The near misses: 9to5mac's own "Subscribe to the 9to5Toys YouTube Channel…" (a link opens the
    sentence) and lemonde's "Revivez le direct du vote…" (trafilatura kept both; labelled chrome);
    "Read more: <a>…</a>" after a sentence is a label."""
    assert not kept("9to5mac-com-lunchbreak", "Subscribe to the 9to5Toys YouTube Channel for all of the latest")
    assert not kept("lemonde-fr-renseignement", "Revivez le direct du vote à l’Assemblée avec vos questions.")
    text = "The council met on Monday to vote on the plan. Read more: the council votes on the ferry plan today."
    start = text.index("the council votes")
    labelled = Block("paragraph", text, markup=[InlineMarkup(start, len(text) - 1, "a")])
    assert not is_linked_prose(labelled)


# --- review18's findings on this branch --------------------------------------------------------------


def test_a_caption_of_many_caption_classed_boxes_is_not_compared_pair_by_pair(monkeypatch) -> None:
    """review18 L1: a caption of n caption-classed <span>s cost n² nesting checks (a 144 KB page 46 s);
    a caption written twice has two copies, so a caption of many boxes is not compared at all."""
    from l10n.ingest import page_figures

    calls = []
    nested = page_figures._nested
    monkeypatch.setattr(page_figures, "_nested", lambda one, other: calls.append(1) or nested(one, other))
    spans = "".join(f'<span class="caption">x{number:06d}</span>' for number in range(300))
    box = lxml.html.fragment_fromstring(f'<div><div><img src="a.jpg"></div><div class="caption">{spans}</div></div>')
    figures_by_caption(box)
    assert len(calls) <= 4 * 4
    assert box.find(".//figcaption") is not None


def test_a_span_around_the_captions_words_alone_keeps_its_markup() -> None:
    """review18 L2: a caption-classed <span> is unwrapped only when it holds the caption's credit
    (dailyherald's); miamiherald's <span class="caption-text"> keeps its markup, so the caption's
    msgid stays what translators have."""
    caption = next(
        block
        for block in document_of("miamiherald-com-transit").blocks
        if block.role == "caption" and block.text.startswith("Passengers aboard the Metrorail")
    )
    assert any(mark.tag == "span" and mark.start == 0 for mark in caption.markup)


def test_a_no_word_of_another_class_does_not_unname_a_caption() -> None:
    """review18 L6: "wp-caption no-padding-mobile" names a caption; only "no-caption", "withoutCaption"
    (one class's words) say a box has none."""
    names = ("wp-caption col-xs-12 alignnone no-padding-mobile", "no-caption", "withoutCaption", "caption no-border")
    shown = [is_caption_named(lxml.html.fragment_fromstring(f'<div class="{name}">x</div>')) for name in names]
    assert shown == [True, False, False, True]


def test_a_picture_with_only_its_alt_above_the_headline_is_no_lead_picture() -> None:
    """review18 L3: a logo or banner right above the headline carries its alt text alone; the lead
    picture has a caption or credit (lsm-lv's, theglobeandmail's, politics.co.uk's)."""
    from l10n.ingest.page_figures import lead_picture_above

    logo = [
        Block("paragraph", "Menu"),
        Block("alt", "The Daily Example", figure=1),
        Block("headline", "Ferries resume"),
    ]
    lead = [Block("paragraph", "Menu"), Block("alt", "A harbour", figure=1), Block("caption", "A harbour.", figure=1)]
    assert lead_picture_above(logo, 2) == 2
    assert lead_picture_above([*lead, Block("headline", "Ferries resume")], 3) == 1
