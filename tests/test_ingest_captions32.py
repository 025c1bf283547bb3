"""Rules of the page path added in session 32 for the captions, credits and chrome holdout31's blind run
missed (issue 14; l10n/ingest/page_figures.py, …): each on a small page written around the kind, with the
near miss that must stay as it was, then on the real page it was found on (its label's passage kept)."""

from __future__ import annotations

from page_support import HEADLINE, PARAGRAPHS, STORY, ingest, key, label_of, read, texts_of


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


# --- the site's lines kept in the story: a newsletter plug, the writer's contact line, a rating box --------


def _chrome_gone(name: str, line: str) -> bool:
    """The label's chrome line is no unit's."""
    assert line in label_of(name)["chrome"]
    return not any(key(line) in key(block.text) for block in read(name).blocks)


def test_a_related_line_offering_the_sites_newsletter_to_the_reader_is_the_sites() -> None:
    """The Hechinger Report sets "Related: Our free weekly newsletter alerts you to …" between the story's
    paragraphs: the newsletter offer said to the reader, the newsletter named before the reader."""
    plug = "Related: Our free weekly newsletter alerts you to what research says about harbours and ports."
    texts = texts_of(
        f"<article>{HEADLINE}{STORY[: STORY.index('</p>') + 4]}<p><strong>{plug}</strong></p>{STORY}</article>"
    )
    assert plug not in texts and PARAGRAPHS[-1] in texts
    # the near miss: the story's sentence about a newsletter, the reader not addressed
    said = "Our weekly newsletter was cut to save money, the harbour workers' union told its members."
    assert said in texts_of(f"<article>{HEADLINE}{STORY}<p>{said}</p></article>")
    from l10n.ingest.site_appeals import is_site_appeal

    assert is_site_appeal(plug) and not is_site_appeal(said)
    name = "hechingerreport-org-tutoring"
    assert _chrome_gone(
        name, "Related: Our free weekly newsletter alerts you to what research says about schools and classrooms."
    )


def test_the_writers_contact_line_as_an_imperative_after_the_story_is_the_sites() -> None:
    """The Hechinger Report closes a column with "<em>Contact staff writer <a>Jill Barshay</a> at 212-678-3595,
    … or <a>barshay@hechingerreport.org</a>.</em>": the writer's role, name and address, said as an imperative."""
    contact = "Contact staff writer Ann Lee at 212-555-0100, annlee.35 on Signal, or lee@example.org."
    texts = texts_of(f"<article>{HEADLINE}{STORY}<p><em>{contact}</em></p></article>")
    assert contact not in texts and PARAGRAPHS[-1] in texts
    # the near miss: a sentence of the story about contact with a reporter, an address in it
    told = "Contact with the reporter Ann Lee at the port was lost on Sunday; the desk wrote to lee@example.org."
    assert told in texts_of(f"<article>{HEADLINE}{STORY}<p>{told}</p></article>")
    assert _chrome_gone("hechingerreport-org-tutoring", "Contact staff writer Jill Barshay at 212-678-3595")


def test_a_prompt_to_rate_the_story_ends_it() -> None:
    """junge Welt sets its stars under the story, "<p><b>Wie hat Ihnen dieser Artikel gefallen?</b></p>", then
    the average rating and its box appealing to subscribe ("Darum: junge Welt abonnieren …"), all kept."""
    boxes = (
        "<p><b>How did you like this article?</b></p><p>Average rating: 0.0</p>"
        "<p>Independent papers need their readers now. You can help us by taking out a subscription today.</p>"
    )
    texts = texts_of(f"<article>{HEADLINE}{STORY}{boxes}</article>")
    assert "How did you like this article?" not in texts and PARAGRAPHS[-1] in texts
    assert not any("subscription" in text for text in texts)
    # the near miss: an interview's question about a concert, the story going on under it
    asked = "<p><b>How did you like the concert?</b></p>"
    texts = texts_of(f"<article>{HEADLINE}{STORY[: STORY.index('</p>') + 4]}{asked}{STORY}</article>")
    assert PARAGRAPHS[-1] in texts  # not cut under the question
    from l10n.ingest.story_edges import starts_rating_prompt
    from l10n.model import Block

    assert not starts_rating_prompt(Block("paragraph", "How did you like the concert?"))
    name = "jungewelt-de-nairobi"
    assert _chrome_gone(name, "Wie hat Ihnen dieser Artikel gefallen?")
    assert _chrome_gone(name, "Darum: junge Welt abonnieren für die Pressefreiheit!")


# --- a lead picture's credit over it, or under the header it sits behind ----------------------------------


def test_a_labelled_credit_over_the_picture_and_a_line_under_it_make_its_figure() -> None:
    """junge Welt sets its lead picture as `<div><span class="…text-right">Foto: Deja Gaston</span><img …>
    <div class="text-base/6">Kenianische Antiimperialisten …</div></div>`: no class names a caption, and the
    box opens with the credit, so it was no picture's box; both lines were lost with what trafilatura left out."""
    caption = "Divers inspect the damaged sea wall at low tide on Sunday morning"
    figure = f'<div class="max-w"><span class="text-right">Photo: Ann Lee</span><img src="/wall.jpg" alt=""><div>{caption}</div></div>'
    texts = texts_of(f"<article>{HEADLINE}{figure}{STORY}</article>")
    assert caption in texts and "Ann Lee" in texts
    assert texts.index("Ann Lee") < texts.index(caption) < texts.index(PARAGRAPHS[0])
    roles = {block.text: block.role for block in ingest(f"<article>{HEADLINE}{figure}{STORY}</article>").blocks}
    assert roles["Ann Lee"] == "credit" and roles[caption] == "caption"
    # the near miss: a line over the picture that credits nothing (a kicker) makes no figure
    kicker = figure.replace("Photo: Ann Lee", "Harbour news")
    roles = [block.role for block in ingest(f"<article>{HEADLINE}{kicker}{STORY}</article>").blocks]
    assert "caption" not in roles and "credit" not in roles
    name = "jungewelt-de-nairobi"
    assert _kept(
        name, "Kenianische Antiimperialisten und internationale Unterstützer protestieren gemeinsam in Nairobi"
    )
    assert _kept(name, "Deja Gaston")  # the credit as every credit is read: without the label the edition prints


def test_a_figcaption_outside_its_figure_that_only_credits_the_picture_before_it_is_its_figure() -> None:
    """The Hechinger Report sets its featured image behind the header (`<div class="featured-image-behind">
    <img …><header>…<h1>…</h1></header></div>`) and under it `<figcaption><span class="image-credit">Credit:
    …</span></figcaption>`: the box holds the header's words, so the picture could not join the caption, and
    the caption, read as no figure's, was dropped."""
    header = f'<div class="featured-image-behind"><img src="/wall.jpg" alt=""><header>{HEADLINE}</header></div>'
    credit = '<figcaption><span class="image-credit"><span class="credit-label">Credit:</span> Ann Lee/AP</span></figcaption>'
    texts = texts_of(f"<article>{header}{credit}<div>{STORY}</div></article>")
    assert "Ann Lee/AP" in texts and PARAGRAPHS[0] in texts
    # the near miss: a teaser's title in a <figcaption> after such a box is no credit, and stays out
    teaser = "<figcaption>Ferries return to the islands</figcaption>"
    assert "Ferries return to the islands" not in texts_of(f"<article>{header}{teaser}<div>{STORY}</div></article>")
    assert _kept("hechingerreport-org-tutoring", "Eric Thayer/Associated Press")
