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
    ...     "<strong>ay Parties<div></div></strong>", "<span><!-- x -->One.<div></div>Two.</span>")]
    [True, False, False, True]
    """
    if not has_block_below(element):
        return False  # most inline elements: nothing more to read
    return _parts(element, seen=bool((element.text or "").strip()), parted=False)[0]


def has_block_below(element: HtmlElement) -> bool:
    """Whether a block-level element is among the element's descendants: what lxml's
    `iterdescendants(*BLOCK_LEVEL)` finds, without its tag filter, which looks up the 44 names in
    the document's dictionary each call (6–40 µs, for the ~30,000 inline elements of the realworld
    pages; most have no child at all: pagespeed20).

    >>> import lxml.html
    >>> [has_block_below(lxml.html.fragment_fromstring(html)) for html in (
    ...     "<span>One</span>", "<span><b>One</b><!-- p --></span>", "<span><b><p>One</p></b></span>")]
    [False, False, True]
    """
    return bool(len(element)) and any(found.tag in BLOCK_LEVEL for found in element.iterdescendants())


def _parts(element: HtmlElement, *, seen: bool, parted: bool) -> tuple[bool, bool, bool]:
    """(a block parts text, text seen so far, an empty block stands after text) over the
    element's children in document order; a comment's text is no text, its tail is."""
    for child in element:
        if isinstance(child.tag, str) and child.tag in BLOCK_LEVEL:
            if len(child) or (child.text or "").strip():
                return True, seen, parted
            parted = parted or seen
        elif isinstance(child.tag, str):
            if (child.text or "").strip():
                if parted:
                    return True, seen, parted
                seen = True
            found, seen, parted = _parts(child, seen=seen, parted=parted)
            if found:
                return True, seen, parted
        if (child.tail or "").strip():
            if parted:
                return True, seen, parted
            seen = True
    return False, seen, parted
