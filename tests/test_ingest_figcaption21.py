"""Block elements inside a `<figcaption>` (issue 14, found by session 21's blind run; l10n/ingest/html.py
`_BlockWalker._is_caption_part`): a `<p>` or `<div>` holding a picture's caption was read as a paragraph
outside the figure and then dropped unless trafilatura kept it. Each case is a small page written from
the mechanism (a story with one figure), with its near miss: a `<figure>` used as a layout box."""

from __future__ import annotations

from page_support import HEADLINE, STORY, TITLE, ingest
from test_ingest_page import page

from l10n.model import Block

LEAD = "<p>Engineers worked through the night to clear the quay before the first ferry came in.</p>"
CAPTION = "Crowds wait on the quay at dawn."


def _figure_blocks(figure: str) -> list[Block]:
    document = ingest(f"<article>{HEADLINE}{LEAD}{figure}{STORY}</article>")
    return document.blocks


def _role_of(blocks: list[Block], text: str) -> list[tuple[str, int | None]]:
    return [(block.role, block.figure) for block in blocks if block.text == text]


def test_paragraphs_in_a_figcaption_are_the_figures_caption_and_credit() -> None:
    blocks = _figure_blocks(
        f'<figure><img src="quay.jpg"><figcaption><p>{CAPTION}</p>'
        '<p class="credit">Photo: Ann Lee</p></figcaption></figure>'
    )
    assert _role_of(blocks, CAPTION) == [("caption", 1)]
    assert _role_of(blocks, "Ann Lee") == [("credit", 1)]  # without its label (credits23)


def test_several_blocks_in_a_figcaption_are_one_caption_in_order() -> None:
    """A figure holds one caption (assemble/layout.py): two `<p>` lines are read as one, once."""
    blocks = _figure_blocks(
        '<figure><picture><img src="quay.jpg"></picture><figcaption><p>Crowds wait on the quay.</p>'
        "<p>The first ferry came in <em>at six</em>.</p></figcaption></figure>"
    )
    captions = [block for block in blocks if block.role == "caption"]
    assert [(block.text, block.figure) for block in captions] == [
        ("Crowds wait on the quay. The first ferry came in at six.", 1)
    ]
    assert [(m.tag, captions[0].text[m.start : m.end]) for m in captions[0].markup] == [("em", "at six")]


def test_a_div_of_spans_and_a_nested_credit_span_in_a_figcaption() -> None:
    wrapped = _figure_blocks(
        f'<figure><img src="quay.jpg"><figcaption><div><span>{CAPTION}</span> '
        '<span class="credit">Photo: Ann Lee</span></div></figcaption></figure>'
    )
    assert _role_of(wrapped, CAPTION) == [("caption", 1)]
    assert _role_of(wrapped, "Ann Lee") == [("credit", 1)]
    nested = _figure_blocks(
        f'<figure><img src="quay.jpg"><figcaption><p>{CAPTION} '
        '<span class="photo-credit">Ann Lee/Reuters</span></p></figcaption></figure>'
    )
    assert _role_of(nested, CAPTION) == [("caption", 1)]
    assert _role_of(nested, "Ann Lee/Reuters") == [("credit", 1)]


def test_a_box_naming_the_pictures_author_in_a_figcaption_is_its_credit() -> None:
    """Inside a caption, a class naming the picture's author ("image-description__author",
    "image--attribution", "media__src") names its credit (figure_credits.IN_CAPTION_CREDIT_WORDS)."""
    for name in ("image-description__author", "tml-image--attribution", "doc_media__src"):
        blocks = _figure_blocks(  # the story's byline first: a page without one takes an author-classed box
            f'<p class="byline">By Ben Hall</p><figure><img src="quay.jpg"><figcaption><div><h3>{CAPTION}</h3>'
            f'<div class="{name}"><span>Bild: Ann Lee</span></div></div></figcaption></figure>'
        )
        assert _role_of(blocks, CAPTION) == [("caption", 1)], name
        assert _role_of(blocks, "Bild: Ann Lee") == [("credit", 1)], name
    # the near miss: the story's author named outside any figure stays a byline, not a credit
    story = _figure_blocks(
        '<p class="author">Ann Lee</p><figure><img src="quay.jpg"><figcaption>A quay.</figcaption></figure>'
    )
    assert ("credit", 1) not in _role_of(story, "Ann Lee")


def test_a_figure_used_as_a_layout_box_gives_no_caption() -> None:
    """The near misses: a pull quote set in a `<figure>`, and a figure showing no picture whose
    `<figcaption>` holds story paragraphs; neither becomes a picture's caption."""
    quote = "We will rebuild the sea wall before winter comes."
    pulled = _figure_blocks(
        f'<figure class="pullquote"><blockquote><p>{quote}</p></blockquote><figcaption>Ann Lee, mayor</figcaption></figure>'
    )
    assert all(role != "caption" for role, _ in _role_of(pulled, quote))
    story = (
        "The ferry company said it had lost bookings worth a great deal of money during the week.",
        "Engineers expect the sea wall to be repaired within the next six months, the council said.",
    )
    boxed = _figure_blocks(
        "<figure><figcaption>" + "".join(f"<p>{text}</p>" for text in story) + "</figcaption></figure>"
    )
    assert not [block for block in boxed if block.role == "caption"]
    assert all(role != "caption" for text in story for role, _ in _role_of(boxed, text))
    assert " ".join(story) not in [block.text for block in boxed]


def test_story_paragraphs_in_a_pictures_figcaption_stay_paragraphs() -> None:
    """review21b's near misses: a picture's `<figcaption>` holding more words than a caption
    (`page_figures.MAX_CAPTION_WORDS`) is story text set there, read as paragraphs as before; and a
    writer's box set as a figure (avatar, "author-name", bio) gives the writer no picture credit."""
    story = (
        "The ferry company said it had lost bookings worth a great deal of money during the week, and that "
        "it would ask the council for help.",
        "Engineers expect the sea wall to be repaired within the next six months, the council said on "
        "Tuesday after a long meeting.",
        "Residents who live along the harbour front said they had been waiting for news for many weeks "
        "and were relieved.",
    )
    boxed = _figure_blocks(
        '<figure><img src="quay.jpg"><figcaption>'
        + "".join(f"<p>{text}</p>" for text in story)
        + "</figcaption></figure>"
    )
    assert [_role_of(boxed, text) for text in story] == [[("paragraph", None)]] * 3
    writer = _figure_blocks(
        '<figure class="author-box"><img src="ann.jpg"><figcaption><span class="author-name">Ann Lee</span>'
        "<p>Ann Lee writes about harbours and ferries for the paper.</p></figcaption></figure>"
    )
    assert not [block for block in writer if block.role == "credit"]


def test_a_video_players_figure_keeps_its_title_out_of_the_captions() -> None:
    """The near miss of a player: a video's figure shows its poster image and repeats the clip's
    title in a `<figcaption><div>` (a related clip, not a picture's caption)."""
    title = "Ferry timetables for the summer season explained"
    player = (
        '<figure class="video-inline"><div class="player_container"><img src="poster.jpg">'
        f'<div class="video__title">{title}</div></div><figcaption><div>{title}</div></figcaption></figure>'
    )
    assert all(role != "caption" for role, _ in _role_of(_figure_blocks(player), title))


def test_a_headline_set_over_its_picture_in_a_figcaption_stays_the_headline() -> None:
    """nu.nl sets the story's `<h1>` in the `<figcaption>` over its header picture: the headline,
    from where it stands, not a caption."""
    title = "Harbour reopens after the storm"
    body = (
        f'<article>\n<figure><img src="quay.jpg">\n<figcaption class="overlay">\n<h1>{title}</h1>\n'
        f"</figcaption></figure>\n{LEAD}\n{STORY}</article>"
    )
    line = next(number for number, text in enumerate(page(body, head=TITLE).splitlines(), 1) if "<h1>" in text)
    document = ingest(body)
    headlines = [block for block in document.blocks if block.role == "headline"]
    assert [(block.text, block.line) for block in headlines] == [(title, line)]  # the <h1>'s, not the <title>'s
    assert not [block for block in document.blocks if block.role == "caption"]
