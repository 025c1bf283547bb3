"""A box's title over a slot that a script or a plug-in fills (misses46, holdout45's gorodlip.ru).

A portal sets its ads and widgets in boxes of the page's own layout, each under the heading its design gives every
box ("Рекомендуем" recommended, "Интересное", "Директ", "Выбери свой товар" pick your product): a `<td>` holding the
`<h2>`, then a `<script>` that writes the ad (in an empty `<div>` it names, or where it stands), an `<object>` of a
Flash banner, an `<iframe>`. A saved page shows the title over nothing; it titles no text of the story, and the
extractor's blocks keep it as a heading of its own, after the story or between the headline and it. The text a
plug-in's `<object>` or a frame holds is a stand-in shown only where the plug-in is missing, the slot's, not the box's.
A story's subheading stands in the box of the story's paragraphs, or alone in a wrapper of its own with nothing else,
and stays; so does a heading over text, a list, a picture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from l10n.ingest.furniture import MAX_LABEL_WORDS
from l10n.ingest.shown_text import UNSHOWN, shown_amount, shown_text
from l10n.ingest.site_notes import is_loading_line

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

_PLUG_INS = ("object", "embed", "iframe")
_SLOT_TEXT = shown_text(*_PLUG_INS)  # what a box shows, a plug-in's stand-in text left out
_SLOT_UNSHOWN = UNSHOWN.union(_PLUG_INS)
# What fills a slot: a script's or a plug-in's element (an empty element alone is no sign: a live blog's entry title
# over the empty `<div class="tweet">` a script of the page fills, corkbeo's "Iyers cafe", is the story's own)
_SLOTS = etree.XPath(".//script | .//iframe | .//object | .//embed")


def drop_slot_titles(root: HtmlElement) -> None:
    """Drop each `<h2>`–`<h6>`, or a table cell's whole bold text, of at most `furniture.MAX_LABEL_WORDS` words whose
    box (the heading's parent, the cell's table: `_titled_boxes`) shows no text but the heading's, and holds a slot (see the module docstring); its box's other content is left as it is.

    >>> import lxml.html
    >>> page = lxml.html.fragment_fromstring(
    ...     "<div><table><tr><td><h2>Рекомендуем</h2><br><object data='/b.swf'>МТС</object></td></tr></table>"
    ...     "<div><h2>Директ</h2><p><script>yandex_ad()</script></p></div>"
    ...     "<div><h2>Ferries</h2><p>The ferries run again.</p></div><div><h3>Sources</h3></div></div>"
    ... )
    >>> drop_slot_titles(page)
    >>> [heading.text for heading in page.iter("h2", "h3")]
    ['Ferries', 'Sources']
    """
    for heading, box in list(_titled_boxes(root)):
        words = heading.text_content().split()
        title = "".join(words)
        if box is None or not title or len(words) > MAX_LABEL_WORDS:
            continue
        if _shown_letters(box, len(title)) != len(title):
            continue  # the box shows text beside its title, or less than it (a box under an unshown element)
        if "".join("".join(_SLOT_TEXT(box)).split()) != title:
            continue  # the box shows text beside its title
        if any(slot is not heading and heading not in slot.iterancestors() for slot in _SLOTS(box)):
            heading.drop_tree()
    _drop_loading_titles(root)


LOADING_LETTERS = (
    80  # the letters of a slot's placeholders beside its title ("Загружается, подождите...", "Loading...")
)


def _drop_loading_titles(root: HtmlElement) -> None:
    """Drop each `<h1>`–`<h6>` of at most `furniture.MAX_LABEL_WORDS` words whose parent shows nothing but the heading
    and the placeholders a script replaces once it loads (`site_notes.is_loading_line`), one or more: the box's title
    over a slot (misses50b: holdout50's ПЛН, `<h1>Интересные новости</h1>` over "Загружается, подождите..." and
    "Loading...", the boxes a news exchange's script fills). The placeholder names the slot, so an `<h1>` counts too.

    >>> import lxml.html
    >>> page = lxml.html.fragment_fromstring(
    ...     "<div><div><h1>Интересные новости</h1><div>Загружается, подождите...</div><script>x()</script></div>"
    ...     "<div><h1>Ferries run again</h1><p>Loading the ferries took an hour.</p></div></div>"
    ... )
    >>> _drop_loading_titles(page); [heading.text for heading in page.iter("h1")]
    ['Ferries run again']
    """
    for heading in list(root.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        box, words = heading.getparent(), heading.text_content().split()
        if box is None or not words or len(words) > MAX_LABEL_WORDS:
            continue
        after = heading.getnext()  # the placeholder right under the title: most headings are passed over on it
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()  # a comment, a processing instruction
        if after is None or _shown_letters(after, LOADING_LETTERS) > LOADING_LETTERS:
            continue
        if not is_loading_line(" ".join(after.text_content().split())):
            continue
        title = len("".join(words))
        if _shown_letters(box, title + LOADING_LETTERS) > title + LOADING_LETTERS:
            continue  # the box shows more than a title and its placeholders
        pieces = [" ".join(text.split()) for text in _SLOT_TEXT(box) if text.strip()]
        own = [" ".join(text.split()) for text in _SLOT_TEXT(heading) if text.strip()]
        rest = pieces[len(own) :]
        if pieces[: len(own)] == own and rest and all(map(is_loading_line, rest)):
            heading.drop_tree()


def _titled_boxes(root: HtmlElement) -> Iterator[tuple[HtmlElement, HtmlElement | None]]:
    """Each `<h2>`–`<h6>` and its parent; and each bold `<b>`/`<strong>` that is the whole text of a table's cell, and
    that table (misses48: holdout48's Банкфакс titles each box of its layout's side column in a grey cell, `<td><font>
    <b>ПАРТНЕРЫ</b></font></td>`, over a cell holding a Flash banner's `<object>`, or "КОТИРОВКИ", quotes, over the
    script that writes them: the table is the box)."""
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        yield heading, heading.getparent()
    for bold in root.iter("b", "strong"):
        cell = next((above for above in bold.iterancestors() if above.tag in ("td", "th", "table")), None)
        if (
            cell is None
            or cell.tag == "table"
            or "".join(cell.text_content().split()) != "".join(bold.text_content().split())
        ):
            continue
        yield bold, next((above for above in cell.iterancestors("table")), None)


def _shown_letters(box: HtmlElement, title: int) -> int:
    """The letters (all but white space) of the texts `_SLOT_TEXT` reads of the box, counted by a walk of the box
    that stops one piece of text past `title` letters (`shown_text.shown_amount`; pagespeed47). Where an element
    above the box is one of `_SLOT_UNSHOWN`, `_SLOT_TEXT` reads no text of it at all, and the box's title is no slot's
    whatever this counts; elsewhere this is that count, or more than `title` when it is more. A box whose count is
    not the title's length shows text beside its title (or not the whole title), as `_SLOT_TEXT` would tell after
    reading every text of the box, each with seven `ancestor::` tests up to the root, once for each subheading of a
    story's box (4.5 % of ours on trafilatura's evaluation pages; plantcaretoday's 17 subheadings in one box, 6.5 of
    its 57 ms)."""
    return shown_amount(box, title, _SLOT_UNSHOWN, _letter_count)


def _letter_count(text: str) -> int:
    return len("".join(text.split()))
