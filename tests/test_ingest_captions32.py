"""Rules of the page path added in session 32 for the captions, credits and chrome holdout31's blind run
missed (issue 14; l10n/ingest/page_figures.py, …): each on a small page written around the kind, with the
near miss that must stay as it was, then on the real page it was found on (its label's passage kept)."""

from __future__ import annotations

from page_support import HEADLINE, PARAGRAPHS, STORY, key, label_of, read, texts_of


def _kept(name: str, passage: str) -> bool:
    """The label's passage is said by the page's units, read in order (as the corpus test reads them)."""
    assert passage in label_of(name)["keep"] + [label_of(name)["body_start"], label_of(name)["body_end"]]
    return key(passage) in key(" ".join(block.text for block in read(name).blocks))


# --- WordPress's caption box around the picture and its caption ------------------------------------------

WP_CAPTION = "Divers inspect the damaged sea wall at low tide on Sunday morning."


def _wp_figure(caption_class: str = "wp-caption-text") -> str:
    return (
        '<div id="attachment_1" class="wp-caption aligncenter"><img src="/wall.jpg" alt="A sea wall">'
        f'<p id="caption-attachment-1" class="{caption_class}">{WP_CAPTION}</p></div>'
    )


def test_a_wordpress_caption_box_around_the_picture_is_its_figure() -> None:
    """The Inquirer sets its lead picture as WordPress does, `<div class="wp-caption"><img>
    <p class="wp-caption-text">…</p></div>`: the box classed a caption holds the picture, so no picture
    stood before it, the caption was read as a plain line and lost with what trafilatura left out."""
    texts = texts_of(f"<article>{HEADLINE}<p></p>{_wp_figure()}{STORY}</article>")
    assert WP_CAPTION in texts and PARAGRAPHS[0] in texts
    assert texts.index(WP_CAPTION) < texts.index(PARAGRAPHS[0])
    # the near miss: a caption-named box holding a picture and a line that names no caption is no figure
    texts = texts_of(f"<article>{HEADLINE}<p></p>{_wp_figure('note')}{STORY}</article>")
    assert WP_CAPTION not in texts and PARAGRAPHS[0] in texts
    name = "newsinfo-inquirer-net-sugar"
    assert _kept(
        name,
        "PRICEY SWEETENER A vendor at Marikina Public Market displays bags of sugar. The price of the sweetener has "
        "remained high despite low farm-gate prices. —FILE PHOTO",
    )
