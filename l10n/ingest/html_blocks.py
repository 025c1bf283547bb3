"""Which elements make blocks of their own when `html.py` walks a page.

CSS 2.1 §9.2.1.1: an inline box holding a block box is broken around it, so the text before and
after the block are two lines. An empty block (a spacer `<div>`, a clearfix) at an edge of an
inline element has no text on one side to part: beachbodyondemand's heading `<h2><strong><div
class="height-spacer"></div>5 Tips … Game D</strong><strong>ay Parties …<div
class="height-spacer"></div></strong></h2>` is one line on screen, and was read as two blocks cut
mid-word when each `<strong>` counted as holding a block (found with `bench/aeb.py`, session 19).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

BLOCK_LEVEL = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split()
)


def holds_blocks(element: HtmlElement) -> bool:
    """Whether an inline element is broken around block-level ones (`<span><p>…</p><p>…</p></span>`,
    as some CMSs wrap a whole article body): a block with text or children inside it does, and an
    empty one with the element's text on both sides (`<span>One.<div></div>Two.</span>`: two
    lines); an empty one at its edge (no text before it in the element, or none after) does not.

    >>> import lxml.html
    >>> [holds_blocks(lxml.html.fragment_fromstring(html)) for html in (
    ...     "<span><p>One.</p><p>Two.</p></span>", "<strong><div></div>Game D</strong>",
    ...     "<strong>ay Parties<div></div></strong>", "<span>One.<div></div>Two.</span>")]
    [True, False, False, True]
    """
    if next(element.iterdescendants(*BLOCK_LEVEL), None) is None:
        return False  # most inline elements: nothing more to read
    seen = bool((element.text or "").strip())  # text of the element so far
    parted = False  # an empty block stands after that text
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if node is element or not isinstance(node.tag, str):
            continue
        text = node.text if event == "start" else node.tail
        if event == "start" and node.tag in BLOCK_LEVEL:
            if len(node) or (node.text or "").strip():
                return True
            parted = parted or seen
        elif (text or "").strip():
            if parted:
                return True
            seen = True
    return False
