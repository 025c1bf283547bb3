"""A list of the story's own whose item is set mostly as a link (`page.py` calls this).

`page.py` drops a block more than half link text as navigation (`page_boxes.MAX_LINK_SHARE`),
prose aside. In a story's own bulleted list a short item is often a link and a word or two
("Your <a>email list will begin to grow</a>": bigbrandsystem on scrapinghub's
article-extraction-benchmark, whose people-written bodies hold it); the link rule took the
item out of the middle of its list. Found with `bench/aeb.py` (dev half).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from l10n.model import Block

MIN_OTHER_ITEMS = 2  # kept items of the same list beside the linked one
_LABEL_END = re.compile(r"[:|»›>→]\s*$")  # "Read more: <a>…</a>", "Related | <a>…</a>"


def linked_list_items(blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
    """Items of a list (a run of `list_item` blocks at one level) that were dropped while at
    least `MIN_OTHER_ITEMS` other items of the run, and as many as were dropped, were kept; when
    every dropped one has words of its own outside its links, not after a label ("Read more:
    <a>…</a>"), and is `allowed` (trafilatura kept it, no furniture rule refuses it) once its
    links are read as plain text.
    A list of links (related stories, "Get it on Amazon for $39.99" buttons) keeps nothing: its
    other items are links too, and were not kept.

    >>> from l10n.model import Block, InlineMarkup
    >>> items = [Block("list_item", t) for t in ("Search engines find it", "People use it", "Your list grows")]
    >>> items[2].markup = [InlineMarkup(5, 15, "a")]
    >>> linked_list_items(items, [0, 1], lambda block: True), linked_list_items(items, [0], lambda block: True)
    ([2], [])
    """
    chosen = set(kept)
    found: list[int] = []
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and blocks[end].role == "list_item" and blocks[end].level == blocks[start].level:
            end += 1
        if end == start:
            start += 1
            continue
        dropped = [index for index in range(start, end) if index not in chosen]
        others = end - start - len(dropped)
        if others >= max(MIN_OTHER_ITEMS, len(dropped)) and all(_reads_as_item(blocks[i], allowed) for i in dropped):
            found += dropped
        start = end
    return found


def _reads_as_item(block: Block, allowed: Callable[[Block], bool]) -> bool:
    links = [markup for markup in block.markup if markup.tag == "a"]
    covered = set().union(*(range(markup.start, markup.end) for markup in links)) if links else set()
    own = "".join(char for at, char in enumerate(block.text) if at not in covered)
    if not links or not re.search(r"\w", own):
        return False
    if _LABEL_END.search(block.text[: min(markup.start for markup in links)]):
        return False
    return allowed(replace(block, markup=[markup for markup in block.markup if markup.tag != "a"]))
