"""Rules of the page path added in session 14 for holdout13's misses after its blind run
(l10n/ingest/page_marks.py, page_headline.py, page_prune.py, story_edges.py): each on the real
page it was written for, and on that page changed in one place to hold its near miss (a line that
looks like what the rule takes and must stay as it was), so each can fail alone."""

from __future__ import annotations

from pathlib import Path

from page_support import changed, read, units

from l10n.ingest.fields import match_key
from l10n.ingest.page_headline import headline_at
from l10n.ingest.story_edges import is_site_line
from l10n.model import Block, Document


def holds(doc: Document, text: str) -> bool:
    return any(text in unit for unit in units(doc))


# --- the story between its kept paragraphs (page_marks.py) ---------------------------------------

WILD = "wildundhund-de-kraehenjagd"
WILD_SUBHEADING = "<div><b>Lockrufe, Krähenlocker (Crow Call)</b></div>"


def test_a_run_of_story_paragraphs_between_two_kept_ones_is_the_storys() -> None:
    """wildundhund: four `<div>`s (two sentences, one with a link, a bold subheading) between two
    kept `<p>`s; trafilatura dropped them all, and with them the story's closing advice."""
    doc = read(WILD)
    for passage in (
        "Erlegte Krähen sollten in einem „unbeobachteten Augenblick“ entfernt/apportiert werden",
        "Ist die Jagd vorbei und die Luft rein",
        "Lockrufe, Krähenlocker (Crow Call)",
        "Elektronische Locker sind in Deutschland bei der Jagdausübung verboten.",
    ):
        assert holds(doc, passage), passage


def test_a_teaser_link_inside_the_run_keeps_the_whole_run_out(tmp_path: Path) -> None:
    """The near miss: a linked title among the lines between two kept paragraphs is a box, not
    the story; none of the run is taken."""
    teaser = '<div><a href="https://wildundhund.de/lockbilder/">Die besten Lockbilder für Krähen</a></div>'
    doc = changed(tmp_path, WILD, WILD_SUBHEADING, teaser)
    assert not holds(doc, "Die besten Lockbilder")
    assert not holds(doc, "Erlegte Krähen sollten")


POSITIVE = "positive-news-week"
POSITIVE_TITLE = '<span class="half-and-half__title h5">Abortion rights to be enshrined in French constitution</span>'


def test_an_element_a_heading_class_names_is_a_subheading_of_the_story() -> None:
    """positive.news: a roundup's section titles in `<span class="… h5">`, read as lines
    trafilatura did not keep; as headings they are the story's subheadings."""
    doc = read(POSITIVE)
    assert Block("heading", "Abortion rights to be enshrined in French constitution") in [
        Block(block.role, block.text) for block in doc.blocks
    ]


def test_a_heading_class_on_a_linked_title_is_no_subheading(tmp_path: Path) -> None:
    """The near miss: the same span inside a link is a teaser's title and stays out."""
    doc = changed(tmp_path, POSITIVE, POSITIVE_TITLE, f'<a href="https://www.positive.news/x/">{POSITIVE_TITLE}</a>')
    assert not holds(doc, "Abortion rights to be enshrined in French constitution")


# --- a video's title, a continuation line (page_marks.py, story_edges.py) ------------------------

WP = "wiadomosci-wp-pl-tusk"
WP_PLAYER = '<div id="video-player-2096581-4" data-reactid="380"></div>'
WP_VIDEO_TITLE = 'Marszałek Sejmu dla Trzeciej Drogi? "Nikt się będzie kładł Rejtanem"'


def test_a_heading_alone_over_a_media_player_is_the_videos_title() -> None:
    """wp.pl: the video's `<h2>` above its empty player, inside the story, and the line above it
    ("The rest of the article under the video")."""
    doc = read(WP)
    assert not holds(doc, WP_VIDEO_TITLE)
    assert not holds(doc, "Dalsza część artykułu pod materiałem wideo")


def test_a_heading_over_a_player_and_the_storys_text_stays(tmp_path: Path) -> None:
    """The near miss: a paragraph of the story in the same box as the player and its heading makes
    the heading the story's subheading."""
    sentence = "<p>Marszałek Sejmu ma zostać wybrany na pierwszym posiedzeniu nowej kadencji, mówią politycy.</p>"
    doc = changed(tmp_path, WP, WP_PLAYER, WP_PLAYER + sentence)
    assert holds(doc, WP_VIDEO_TITLE)


def test_the_rest_of_the_article_below_is_a_site_line_not_a_sentence() -> None:
    """Polish "the rest of the article below …" is the site's marker; a sentence that starts so stays."""
    assert is_site_line(Block("paragraph", "Dalsza część artykułu pod materiałem wideo"))
    assert is_site_line(Block("paragraph", "Dalsza część tekstu poniżej"))
    sentence = "Dalsza część artykułu pod tytułem „Nowy rząd” ukaże się w poniedziałek."
    assert not is_site_line(Block("paragraph", sentence))


# --- a named box (page_prune.py) ------------------------------------------------------------------

CURVED = "curved-de-apple"


def test_a_recommendation_box_is_furniture() -> None:
    """curved.de: "Unsere Empfehlung" over a phone-plan offer, in boxes named "recommendation"."""
    doc = read(CURVED)
    assert not holds(doc, "Unsere Empfehlung")
    assert not holds(doc, "5 GB Daten-Upgrade")


def test_the_storys_own_box_named_recommendation_stays(tmp_path: Path) -> None:
    """The near miss: the story's own wrapper under that name (a review's "recommendation" section)
    holds the article's text and stays; the offer box inside it still goes."""
    wrapper = '<section class="article-content recommendation">'
    doc = changed(tmp_path, CURVED, '<section class="article-content">', wrapper)
    assert holds(doc, "Das war dann wohl ein Jumpscare")
    assert not holds(doc, "Unsere Empfehlung")


# --- the headline (page_headline.py) --------------------------------------------------------------

AERO = "aerokurier-de-ebaa"
AERO_TITLE = "<span>Krahmer wird neuer EBAA-Generalsekretär</span>"


def test_a_kicker_and_a_title_stated_apart_and_joined_are_the_headline() -> None:
    """aerokurier: JSON-LD `headline` is the kicker, `title` the rest, og:title both joined by a
    colon; the page shows the kicker over the title. The standfirst under them stays: the headline
    stands where the kicker starts it (`page_headline.headline_at`)."""
    doc = read(AERO)
    assert doc.headline == "EU-Experte vertritt die Business Aviation: Krahmer wird neuer EBAA-Generalsekretär"
    assert holds(doc, "Die European Business Aviation Association (EBAA) hat den ehemaligen EU-Abgeordneten")


def test_a_kicker_not_shown_over_the_title_is_not_joined(tmp_path: Path) -> None:
    """The near miss: the page does not show the rest under the kicker; the headline is as before."""
    doc = changed(tmp_path, AERO, AERO_TITLE, "<span>Neuer Generalsekretär</span>")
    assert doc.headline == "EU-Experte vertritt die Business Aviation"


def test_a_line_that_starts_as_the_headline_and_runs_on_is_not_where_it_stands() -> None:
    """The near miss of `headline_at` (review P1): a teaser "Storm hits" over "city council votes
    tonight." joins to a text that starts as the headline "Storm hits city" and runs past it; the
    headline stands where it is said whole, or said exactly by a kicker and the lines under it."""
    blocks = [Block("paragraph", t) for t in ("Storm hits", "city council votes tonight.", "Storm hits city")]
    assert headline_at(blocks, match_key("Storm hits city")) == 2
    kicker = [Block("paragraph", t) for t in ("Storm hits", ":", "city", "The rain began at dawn.")]
    assert headline_at(kicker, match_key("Storm hits: city")) == 0
