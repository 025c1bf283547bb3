"""What a saved page marks as not its story's running text, by conventions of markup and
typography (`page.py` and `story_edges.py` call them; written for holdout5's misses):

- other posts beside the story, as microformats mark them: a blog engine sets every post it shows
  as an entry (hAtom `hentry`, microformats2 `h-entry`), the story's own holding the `<h1>`;
- a quotation's attribution on the line under it, typeset with a dash ("— David McKinley on
  Sunday, …"), which is part of what the story shows though an extractor drops it as a caption.

Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.byline import is_capitalised

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.model import Block

MAX_ATTRIBUTION_WORDS = 25
# A quotation's attribution on the line under it: a dash, then who said it ("— David McKinley on
# Sunday, October 13th, 2019 in an article in a local newspaper"), as a pull quote or a fact-check's
# claim is signed.
_ATTRIBUTION = re.compile(r"^\s*[—―–]\s*(?P<word>[^\W\d_]\S*)")
_CLOSING_QUOTE = re.compile(r"[\"”»’'][.!?]?\s*$")


def quote_attributions(blocks: list[Block], kept: list[int]) -> list[int]:
    """The line right under a kept quotation (a block ending with a closing quotation mark) that
    signs it: a dash and a capitalised name opening a short line (`_ATTRIBUTION`). The source of a
    claim or a pull quote is part of what the story shows; an extractor drops it as a caption.

    >>> from l10n.model import Block
    >>> claim = [Block("paragraph", '"Taxes fell by half."'), Block("paragraph", "— Ann Lee on Sunday in a speech")]
    >>> quote_attributions(claim, [0]), quote_attributions(claim[1:] + claim[:1], [1])
    ([1], [])
    """
    chosen = set(kept)
    return [
        index + 1
        for index in kept
        if index + 1 < len(blocks)
        and index + 1 not in chosen
        and _CLOSING_QUOTE.search(blocks[index].text)
        and blocks[index + 1].role in ("paragraph", "quote")
        and len(blocks[index + 1].text.split()) <= MAX_ATTRIBUTION_WORDS
        and (signed := _ATTRIBUTION.match(blocks[index + 1].text)) is not None
        and is_capitalised(signed["word"])
    ]


ENTRY_CLASSES = frozenset({"hentry", "h-entry"})  # hAtom's entry, microformats2's


def drop_other_entries(root: HtmlElement) -> None:
    """Remove the other posts a page lists beside its story, as microformats mark them: when
    several elements are entries (hAtom `hentry`, microformats2 `h-entry`: a blog engine marks
    every post it shows so) and exactly one of them holds the page's `<h1>`, that one is the
    story's, and every other entry outside it ("Você pode gostar..." and the posts under it, with
    their opening sentences) is another post's teaser. Nothing changes on a page with one entry,
    or none, or none holding the `<h1>`.

    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     "<div><article class='post hentry'><h1>Love</h1><p>Story.</p></article>"
    ...     "<article class='hentry'><p>Another post…</p></article></div>")
    >>> drop_other_entries(page); [p.text for p in page.iter("p")]
    ['Story.']
    """
    entries = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and ENTRY_CLASSES & set((element.get("class") or "").split())
    ]
    story = [entry for entry in entries if next(entry.iter("h1"), None) is not None]
    if len(entries) < 2 or len(story) != 1:
        return
    for entry in entries:  # none holds the story: it would hold its h1 too, and be a second story
        if entry is not story[0] and story[0] not in entry.iterancestors():
            entry.drop_tree()  # an entry inside one dropped before goes with it, harmlessly dropped again
