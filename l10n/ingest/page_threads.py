"""Readers' comment threads in a saved page's tree (`page_prune.prune_boilerplate` drops them with the
furniture; moved here from `page_prune.py` in session 19, when holdout19's NetEase thread needed two more
tests): a box a class or id word names "comment" or "comments" whose like-named boxes hold most of its
text, not the story's own box; one under its own heading only when trafilatura kept something of it.
Measured with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.html import HtmlElement

NAME_PARTS = re.compile(r"[^a-z0-9]+")  # the words of a class or id ("post_comment_area": post, comment, area)
_COMMENT_NAMES = frozenset({"comment", "comments"})
_COMMENT_NAMED = "//*[contains(@class, 'omment') or contains(@id, 'omment')]"
THREAD_SHARE = 0.7  # of a box's text its comments hold before the box is the thread, not a story with comments
STORY_LINE_KEY = 60  # letters and digits of trafilatura's line that starts the story (a sentence's worth)


def comment_threads(root: HtmlElement, kept: Callable[[str], bool], story_start: str = "") -> set[HtmlElement]:
    """The boxes of readers' comments (holdout11's androidcentral: 27 comments under a five-paragraph
    story, twice its length, which trafilatura kept): an element a class or id word names "comment"
    or "comments" holding two or more such elements, the nearest below it, that together hold
    `THREAD_SHARE` of its text (its scripts' not counted: `_shown_length`). A story's wrapper that a
    "has-comments" class names holds the story beside its one comments box: not a thread; nor is a box
    that holds the story's first line (`story_start`: the key of trafilatura's first line of a
    sentence's length, `story_start_key`), the story set in boxes a CMS names "comment" (an opinion
    desk's section name). One XPath finds the named elements, each walks its ancestors once (at most
    256 levels: lxml's parse depth), and only the boxes with two named elements below them measure
    their text.

    A thread under its own heading ("Comments", "Visitor comments") goes here only when trafilatura
    kept a comment of it (`kept`: an item's text): one it left out is the story's end for
    `story_edges.story_cut` (the heading), which a box dropped here would hide (holdout6's
    accountancyage: dropped here, the teasers under it came in). A thread without a heading inside goes
    whatever trafilatura kept (comments21): no block of it was the story's end, and one of which
    trafilatura kept nothing was walked and dropped block by block (kenya-today: 54 comments, a third
    of the page's text and half of our time on it)."""
    named = [element for element in root.xpath(_COMMENT_NAMED) if _COMMENT_NAMES & _name_parts(element)]
    if len(named) < 2:
        return set()
    named_set = set(named)
    below: dict[HtmlElement, list[HtmlElement]] = {}
    for element in named:
        nearest = next((ancestor for ancestor in element.iterancestors() if ancestor in named_set), None)
        if nearest is not None:
            below.setdefault(nearest, []).append(element)
    threads: set[HtmlElement] = set()
    for box in named:  # document order: a thread's own boxes, dropped with it, are not measured
        items = below.get(box, [])
        if len(items) < 2 or any(ancestor in threads for ancestor in box.iterancestors()):
            continue
        if (
            sum(map(_shown_length, items)) >= THREAD_SHARE * _shown_length(box)
            and (_headless(box) or any(kept(item.text_content()) for item in items))
            and not (story_start and story_start in match_key(box.text_content()))
        ):
            threads.add(box)
    return threads


def story_start_key(lines: list[str]) -> str:
    """The key of trafilatura's first line of a sentence's length (`STORY_LINE_KEY`): where the story
    starts, which no readers' thread under it holds; "" when no line is that long.

    >>> story_start_key(["By Ann Lee", "The harbour reopened on Monday after engineers cleared the debris."])
    'theharbourreopenedonmondayafterengineersclearedthedebris'
    """
    return next((key for line in lines if len(key := match_key(line)) >= STORY_LINE_KEY), "")


def _headless(box: HtmlElement) -> bool:
    """No heading inside: a thread under its own heading ("Visitor comments") is left to `story_cut`
    when trafilatura kept nothing of it."""
    return next(box.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is None


def _shown_length(element: HtmlElement) -> int:
    """The length of the element's text without its scripts' and style sheets' (holdout19's NetEase:
    the comment widget's set-up script, two thirds of its box's text, is no comment)."""
    return len(element.text_content()) - sum(len(code.text_content()) for code in element.iter("script", "style"))


def _name_parts(element: HtmlElement) -> set[str]:
    return set(NAME_PARTS.split(f"{element.get('class', '')} {element.get('id', '')}".lower()))
