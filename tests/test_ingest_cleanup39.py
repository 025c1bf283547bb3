"""Session 39's leftovers of session 38's review (l10n/ingest/page_prune.py, site_notes.py, shown_text.py; the command
line's, `cli.early`, is tested in test_edit19_early.py): each rule read in one place, each on a small page shaped like
the case, with the near miss that must stay as it was."""

from __future__ import annotations

from page_support import HEADLINE, PARAGRAPHS, ingest

# --- a banner's button is found by its class words alone ---------------------------------------------------------------


def test_a_banner_whose_button_class_is_upper_cased_goes() -> None:
    """A link is a banner's button by a word of its class names (`figure_credits.is_button_classed`, the check
    `page_authors` makes of a control beside the byline too): "CTA-BUTTON" is the word "button" as much as
    "wp-block-button__link" is. The links were first picked by a case-sensitive `contains(@class, 'utton')`, so a
    class written in capitals never reached the word check."""
    from lxml import html

    from l10n.ingest.page_prune import drop_button_banners

    banner = (
        "<div><figure><img src='fair.png' width='900' alt='Harbour fair'></figure>"
        "<div><p>Brighton • May 5, 2026</p><p><strong>Harbour Fair</strong> tickets are out!</p>"
        "<div><a class='{}' href='/fair'>Book now</a></div></div></div>"
    )
    for classes, kept in (("CTA-BUTTON", 2), ("wp-block-button__link", 2), ("buttonsbar", 4)):
        page = html.fromstring(
            f"<html><body><p>{PARAGRAPHS[0]}</p>{banner.format(classes)}<p>{PARAGRAPHS[1]}</p></body></html>"
        )
        drop_button_banners(page)
        assert len(page.xpath("//p")) == kept, classes  # the story's two paragraphs stay
    texts = [
        block.text
        for block in ingest(
            f"<article>{HEADLINE}<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{banner.format('CTA-BUTTON')}"
            f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></article>"
        ).blocks
    ]
    assert "Harbour Fair tickets are out!" not in texts and PARAGRAPHS[2] in texts

    from l10n.ingest.figure_credits import is_button_classed

    def classed(classes: str) -> bool:
        return is_button_classed(html.fragment_fromstring(f"<a class='{classes}' href='/x'>x</a>"))

    assert classed("CTA-BUTTON") and classed("followAuthorBtn") and classed("wp-block-button__link")
    assert not classed("buttonsbar") and not classed("subtnav") and not classed("Buttons")


# --- Dutch's "Over <the site>" label is read on a Dutch page alone -----------------------------------------------------


def test_an_english_line_opening_with_over_and_the_sites_name_stays() -> None:
    """`site_notes.is_about_site` drops the box "About <the site itself><br>…" a site closes its own release with; Dutch
    labels it "Over <the site>" (tweakers.net's "Over Tweakers"). In English "Over" opens a line of the story: on
    harbourferries.com's English page "Over Harbour Ferries' first decade<br>the fleet grew…" is the story's, as the
    Dutch label on its Dutch page is not."""
    head = (
        "<title>Harbour reopens after the storm</title><link rel='canonical' href='https://www.harbourferries.com/x'>"
    )
    english = "<p>Over Harbour Ferries' first decade<br>the fleet grew from two boats to six, and the town with it.</p>"
    dutch = "<p>Over Harbour Ferries<br>Harbour Ferries vaart met zes boten tussen de eilanden en de stad.</p>"
    for box, lang, kept in ((english, "en-GB", True), (dutch, "nl", False), (english, "nl-NL", False)):
        texts = [
            block.text
            for block in ingest(
                f"<article>{HEADLINE}{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}{box}</article>", head, lang=lang
            ).blocks
        ]
        assert any(text.startswith("Over Harbour Ferries") for text in texts) is kept, (lang, texts)
        assert PARAGRAPHS[3] in texts

    from l10n.ingest.site_notes import is_about_site
    from l10n.model import Block, InlineMarkup

    def about(text: str, language: str) -> bool:
        line = text.index("|")
        block = Block("paragraph", text.replace("|", " "), markup=[InlineMarkup(line, line, "br", void=True)])
        return is_about_site(block, frozenset({"harbourferries"}), language)

    assert not about("Over Harbour Ferries' first decade|the fleet grew to six boats.", "en")
    assert about("Over Harbour Ferries|Harbour Ferries vaart met zes boten.", "nl")
    assert about("About Harbour Ferries|Harbour Ferries runs six boats.", "pt")  # English's label on any page
    assert not about("Overharbourferries|Harbour Ferries runs six boats.", "nl")  # a word of its own


# --- the text a reader sees: one definition (shown_text.py) ------------------------------------------------------------


def test_a_widgets_noscript_line_is_no_text_of_its_own() -> None:
    """`page_marks.drop_widget_labels` drops a label over a widget that shows no text of its own (a ticker's
    `<iframe>`); it read the widget's text leaving out scripts, styles and a menu's choices but not a `<noscript>`'s
    line, which a reader with scripts on never sees (the rules reading the shown text each left out their own set;
    now `shown_text.UNSHOWN`, each further exception named beside it)."""
    from lxml import html

    from l10n.ingest.page_marks import drop_widget_labels

    for extra, kept in (
        ("<noscript>Turn on JavaScript to see the ticker.</noscript>", False),
        ("<p>Town Hall</p>", True),
    ):
        box = html.fragment_fromstring(f"<div><b>Latest:</b><div><iframe src='/ticker'></iframe>{extra}</div></div>")
        drop_widget_labels(box)
        assert ("Latest:" in box.text_content()) is kept, extra
