"""A roundup's item heads set as links (`page.py` calls this).

`page.py` drops a block more than half link text as navigation (`page_boxes.MAX_LINK_SHARE`), prose
aside, unless trafilatura kept it as a cited source. A roundup (the month's deals, the week's
releases) heads each of its items with a short line that is wholly one link, to the item's source,
and the item's paragraph follows ("<a>Dataminr acquires ThreatConnect</a>" over "Real-time event
… Dataminr is acquiring threat intelligence firm ThreatConnect for $290 million…": holdout39's
SecurityWeek, all fifteen heads dropped). A teaser's link in the story's flow looks the same, so a
head is read only where the story sets several of them, each naming what the paragraph under it
names: the capitalised words of the head (at least two of them, most of its own) stand in the kept
paragraph right under it. A related story's title rarely names what the next paragraph names, and
never again and again down the story.

A guide's items may be headed by headings, each wholly one link (a place's name linked to its page) over the item's
own text, which need not name it ("<h2><a>Astro Beer Hall</a></h2>", "<h3>4001 Campbell Ave.</h3>", "The beer and
doughnut purveyor's new outpost…", holdout46's Washingtonian, where the heads linking to the site's own pages were
dropped and those linking elsewhere came back as cited sources). There the series itself tells: `MIN_SERIES`
headings or more inside the story, each wholly one link and each right over the story's kept text
(`linked_heading_series`); a teaser's linked title stands over its excerpt, which the story does not keep.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from l10n.ingest.furniture import ends_as_sentence, is_prose

if TYPE_CHECKING:
    from collections.abc import Callable

    from l10n.model import Block

MIN_HEADS = 2  # heads of one story: a series is a roundup's, one alone may be a teaser
MAX_HEAD_WORDS = 12  # a head, not a sentence set as a link
MIN_NAMES = 2  # capitalised words of the head found in its paragraph
NAMES_FOUND = 2 / 3  # of the head's capitalised words, found in its paragraph
MAX_GAP = 3  # blocks between the head and its paragraph (an advertisement's label dropped between)
_HEAD_ROLES = frozenset({"paragraph", "heading"})
_NAME = re.compile(r"\b[A-Z][\w’'&-]*")


def linked_item_heads(blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
    """Dropped blocks inside the story (between its first and last kept block), each wholly one link and
    read as a head of the kept paragraph right under it (`_heads`), where the story holds at least
    `MIN_HEADS` of them; each must be `allowed` (no furniture rule refuses it) once its link is read as
    plain text.

    >>> from l10n.model import Block, InlineMarkup
    >>> def head(text):
    ...     return Block("paragraph", text, markup=[InlineMarkup(0, len(text), "a", attrs=(("href", "https://x.io/"),))])
    >>> story = [
    ...     Block("paragraph", "The month saw many deals, the largest in identity firms."),
    ...     head("Acme acquires Widgetco"),
    ...     Block("paragraph", "Security firm Acme has bought Widgetco, a maker of identity tools, for $20 million."),
    ...     head("Borealis to acquire Cirrus"),
    ...     Block("paragraph", "Borealis will buy the cloud firm Cirrus in a deal that closes in the spring."),
    ... ]
    >>> linked_item_heads(story, [0, 2, 4], lambda block: True), linked_item_heads(story[:3], [0, 2], lambda block: True)
    ([1, 3], [])
    """
    if len(kept) < MIN_HEADS + 1:
        return []
    chosen = set(kept)
    found = []
    for index in range(kept[0] + 1, kept[-1]):
        if index in chosen:
            continue
        below = next((at for at in range(index + 1, index + MAX_GAP + 2) if at in chosen), None)
        if below is not None and _heads(blocks[index], blocks[below]):
            bare = replace(blocks[index], markup=[markup for markup in blocks[index].markup if markup.tag != "a"])
            if allowed(bare):
                found.append(index)
    return found if len(found) >= MIN_HEADS else []


def _heads(block: Block, paragraph: Block) -> bool:
    """`block` is one short link, no sentence, naming what `paragraph` (prose) names."""
    text = block.text.strip()
    links = [markup for markup in block.markup if markup.tag == "a"]
    if block.role not in _HEAD_ROLES or len(links) != 1 or not text or ends_as_sentence(text):
        return False
    link = block.text[links[0].start : links[0].end].strip()
    if link != text or len(text.split(maxsplit=MAX_HEAD_WORDS)) > MAX_HEAD_WORDS or not is_prose(paragraph):
        return False
    names = set(_NAME.findall(text))
    words = set(re.findall(r"[\w’'&-]+", paragraph.text))
    found = len(names & words)
    return found >= MIN_NAMES and found >= NAMES_FOUND * len(names)


MIN_SERIES = 3  # linked headings over the story's text before they are its items' heads


def linked_heading_series(blocks: list[Block], kept: list[int], allowed: Callable[[Block], bool]) -> list[int]:
    """Dropped headings inside the story, each wholly one short link, no sentence, right over a kept block that is
    no such heading, where the story holds `MIN_SERIES` such headings or more, kept ones counted (see the module
    docstring); each must be `allowed` once its link is read as plain text.

    >>> from l10n.model import Block, InlineMarkup
    >>> def head(text):
    ...     return Block("heading", text, markup=[InlineMarkup(0, len(text), "a", attrs=(("href", "/tag/x"),))])
    >>> text = Block("paragraph", "The laid-back bar hosts a party in its stone building by the train tracks.")
    >>> story = [text, head("Astro Beer Hall"), text, head("Boundary Stone"), text, head("Dew Drop Inn"), text]
    >>> linked_heading_series(story, [0, 2, 4, 5, 6], lambda block: True), linked_heading_series(story[:5], [0, 2, 4], lambda block: True)
    ([1, 3], [])
    """
    if len(kept) < MIN_SERIES + 1:
        return []
    chosen = set(kept)
    heads = [
        index
        for index in range(kept[0] + 1, kept[-1])
        if _is_linked_head(blocks[index]) and _over_story_paragraph(blocks, index, chosen)
    ]
    if len(heads) < MIN_SERIES:
        return []
    return [
        index
        for index in heads
        if index not in chosen
        and allowed(replace(blocks[index], markup=[markup for markup in blocks[index].markup if markup.tag != "a"]))
    ]


def _over_story_paragraph(blocks: list[Block], index: int, chosen: set[int]) -> bool:
    """Right under the heading at `index`, a kept paragraph, or a kept heading of no link (the item's sub-line, a
    place's address) and then one: an item's own text. A list item under it is a teaser's excerpt or a box's line
    (Kaieteur News' "<a>A licence to do what it pleases</a>" over its column's teaser, the Winnipeg Free Press's
    "<a>Twitter</a>" over "Follow our reporters…")."""
    at = index + 1
    if at in chosen and blocks[at].role == "heading" and not any(mark.tag == "a" for mark in blocks[at].markup):
        at += 1
    return at in chosen and blocks[at].role == "paragraph"


def _is_linked_head(block: Block) -> bool:
    """A heading that is wholly one short link, no sentence."""
    text = block.text.strip()
    links = [markup for markup in block.markup if markup.tag == "a"]
    return (
        block.role == "heading"
        and len(links) == 1
        and bool(text)
        and block.text[links[0].start : links[0].end].strip() == text
        and len(text.split(maxsplit=MAX_HEAD_WORDS)) <= MAX_HEAD_WORDS
        and not ends_as_sentence(text)
    )
