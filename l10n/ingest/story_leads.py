"""The story's first paragraph written as its box's own text, before the `<p>` elements that part
the rest: markup of the HTML 3.2 era, where `<p>` was a break between paragraphs, not a box
around one, so the first paragraph has no element of its own (holdout28's Globes:
`<div id="EN_main_Content">Hong Kong's Department of Health today ordered … <p>According to …
<p>An investigation …`). trafilatura writes the `<p>` children and leaves the box's own text
out; the story's opening paragraph was lost. `page.py` counts it as kept main text. The same
text after the lead picture's `<figure>` or an empty `<p>` opening the box is that paragraph too
(misses45).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.furniture import ends_as_sentence
from l10n.ingest.html_blocks import BLOCK_LEVEL

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.page_main import MainText

MIN_KEPT_PARAGRAPHS = 2  # of the box's own `<p>` children trafilatura wrote: the box is the story's
MIN_LEAD_WORDS = 12  # a paragraph's worth of words before the first `<p>`, not a label or a date


def leading_story_lines(root: HtmlElement, main: MainText) -> list[str]:
    """The own text (and inline elements) opening each box whose `<p>` children trafilatura kept
    (at least `MIN_KEPT_PARAGRAPHS`), when it reads as a paragraph: `MIN_LEAD_WORDS` words or more,
    ending as a sentence ends, and not itself kept. A label ("Text:"), a date or a kicker over the
    paragraphs is no such paragraph and stays trafilatura's choice.

    >>> import lxml.html
    >>> from l10n.ingest.page_main import MainText
    >>> lines = ["Ferries to the islands will resume on Friday, the port said.", "Traders said it cost the town."]
    >>> box = "<div>The harbour reopened on Monday after engineers cleared the debris left by the storm.<p>{}<p>{}</div>"
    >>> leading_story_lines(lxml.html.fromstring(box.format(*lines)), MainText.of(lines))
    ['The harbour reopened on Monday after engineers cleared the debris left by the storm.']
    >>> leading_story_lines(lxml.html.fromstring(box.replace("storm.", "storm").format(*lines)), MainText.of(lines))
    []
    """
    # in document order (a set of elements would order them by address: the lines' order would vary by run)
    boxes = dict.fromkeys(parent for paragraph in root.iter("p") if (parent := paragraph.getparent()) is not None)
    found: list[str] = []
    for box in boxes:
        kept = sum(main.kept(paragraph.text_content()) for paragraph in box.iterchildren("p"))
        if kept < MIN_KEPT_PARAGRAPHS:
            continue
        lead = " ".join(_opening_text(box).split())
        if len(lead.split()) >= MIN_LEAD_WORDS and ends_as_sentence(lead) and not main.kept(lead):
            found.append(lead)
    return found


def _opening_text(box: HtmlElement) -> str:
    """The box's text up to its first block-level child that holds text: its own text and its inline
    elements'. A picture's `<figure>` (its caption is the picture's) and an empty block (`<p></p>`, `<hr>`)
    before the text do not end it: the text after them is the paragraph (misses45: Anime News Network's
    `<div class="meat"><p></p><figure>…</figure>Indonesian film distributor … <p>The film opened …`)."""
    parts = [box.text or ""]
    for child in box.iterchildren():
        if not isinstance(child.tag, str):  # a comment or a processing instruction: its tail is text
            parts.append(child.tail or "")
            continue
        if child.tag in BLOCK_LEVEL and (child.tag == "figure" or not _holds_text(child)):
            parts.append(child.tail or "")
            continue
        if child.tag in BLOCK_LEVEL:
            break
        if child.tag in ("script", "style"):  # no text a reader sees
            parts.append(child.tail or "")
            continue
        parts += [child.text_content(), child.tail or ""]
    return "".join(parts)


def _holds_text(element: HtmlElement) -> bool:
    """Some text a reader sees in the element, found without joining all of it (a story's whole box may follow)."""
    return any(piece.strip() for piece in element.itertext())
