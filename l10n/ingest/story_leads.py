"""The story's first paragraph written as its box's own text, before the `<p>` elements that part
the rest: markup of the HTML 3.2 era, where `<p>` was a break between paragraphs, not a box
around one, so the first paragraph has no element of its own (holdout28's Globes:
`<div id="EN_main_Content">Hong Kong's Department of Health today ordered … <p>According to …
<p>An investigation …`). trafilatura writes the `<p>` children and leaves the box's own text
out; the story's opening paragraph was lost. `page.py` counts it as kept main text. The same
text after the lead picture's `<figure>` or an empty `<p>` opening the box is that paragraph too
(misses45).

The same era's other way, no `<p>` at all: the whole story a box's own text, its paragraphs parted by
`<br><br>` (misses50, holdout49's 中金在线: `<div id="__content">　　周四(12月15日)纽约早盘时段…<br /><br />　　美国商务部…`).
trafilatura 2.3 left that box out and gave the page's footer, and the page was refused (`broken_story_lines`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.furniture import ends_as_sentence
from l10n.ingest.html_blocks import BLOCK_LEVEL
from l10n.ingest.page_main import PARAGRAPH_LETTERS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.page_main import MainText

MIN_KEPT_PARAGRAPHS = 2  # of the box's own `<p>` children trafilatura wrote: the box is the story's
MIN_LEAD_WORDS = 12  # a paragraph's worth of words before the first `<p>`, not a label or a date
MIN_BROKEN_PARAGRAPHS = 2  # sentences' lines a box parts by `<br>` before it is a story written that way


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
        if not _keeps_paragraphs(box, main):
            continue
        lead = " ".join(_opening_text(box).split())
        if len(lead.split()) >= MIN_LEAD_WORDS and ends_as_sentence(lead) and not main.kept(lead):
            found.append(lead)
    return found


def _keeps_paragraphs(box: HtmlElement, main: MainText) -> bool:
    """`MIN_KEPT_PARAGRAPHS` of the box's `<p>` children kept, the rest not read (pagespeed50b: each was, a
    story's box of 41 paragraphs keyed whole for the first two)."""
    kept = 0
    for paragraph in box.iterchildren("p"):
        kept += main.kept(paragraph.text_content())
        if kept >= MIN_KEPT_PARAGRAPHS:
            return True
    return False


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


def broken_story_lines(root: HtmlElement, main_text: list[str]) -> list[str]:
    """The paragraphs of the box whose own text, parted by `<br>`, holds the page's most text, when they are the
    story trafilatura left out: two lines or more ending as sentences end (`MIN_BROKEN_PARAGRAPHS`), a paragraph's
    worth of text in them (`PARAGRAPH_LETTERS`), over twice what trafilatura's lines ending as sentences hold (it kept
    the page's footer, or nothing). A story trafilatura read is no shorter than half any box of `<br>` lines beside
    it (an address, a list of links, a reader's comment: MacRumors' of 2,385 characters under a story of 1,600), and
    is left as it was read.

    >>> import lxml.html
    >>> lines = [f"The harbour reopened on day {n} of the repairs, the port said." for n in range(1, 5)]
    >>> page = lxml.html.fromstring(f"<div>{'<br><br>'.join(lines)}</div><p>Copyright 2011</p>")
    >>> len(broken_story_lines(page, ["Copyright 2011"]))
    4
    >>> broken_story_lines(page, ["Copyright 2011", "The harbour reopened long before the repairs began. " * 3])
    []
    >>> broken_story_lines(lxml.html.fromstring(f"<div>{'<br><br>'.join(lines[:2])}</div>"), [])
    []
    """
    kept = sum(len(line.strip()) for line in main_text if ends_as_sentence(line, cjk=True))
    best: list[str] = []
    for box in dict.fromkeys(br.getparent() for br in root.iter("br")):
        if box is None or box.tag in ("p", "li", "td", "th"):
            continue  # a paragraph's own lines, or a list's or a table's: trafilatura reads those
        lines = [line for line in _broken_lines(box) if ends_as_sentence(line, cjk=True)]
        if sum(map(len, lines)) > sum(map(len, best)):
            best = lines
    letters = sum(map(len, best))
    if len(best) < MIN_BROKEN_PARAGRAPHS or letters < PARAGRAPH_LETTERS or letters <= 2 * kept:
        return []
    return best


def _broken_lines(box: HtmlElement) -> list[str]:
    """The box's own text and its inline elements', cut at each `<br>` and each block-level child (whose text is its
    own), each line with its spaces made one."""
    lines, parts = [], [box.text or ""]
    for child in box.iterchildren():
        if isinstance(child.tag, str) and (child.tag == "br" or child.tag in BLOCK_LEVEL):
            lines.append("".join(parts))
            parts = []
        elif isinstance(child.tag, str) and child.tag not in ("script", "style"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    lines.append("".join(parts))
    return [line for line in (" ".join(part.split()) for part in lines) if line]
