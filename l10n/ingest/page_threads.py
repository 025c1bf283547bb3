"""Readers' comment threads in a saved page's tree (`page_prune.prune_boilerplate` drops them with the
furniture; moved here from `page_prune.py` in session 19, when holdout19's NetEase thread needed two more
tests): a box a class or id word names "comment" or "comments" whose like-named boxes hold most of its
text, and of which trafilatura kept something. Measured with `bench/pages.py`.
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


def comment_threads(root: HtmlElement, kept: Callable[[str], bool]) -> set[HtmlElement]:
    """The boxes of readers' comments (holdout11's androidcentral: 27 comments under a five-paragraph
    story, twice its length, which trafilatura kept): an element a class or id word names "comment"
    or "comments" holding two or more such elements, the nearest below it, that together hold
    `THREAD_SHARE` of its text (its scripts' not counted: `_shown_length`). A story's wrapper that a "has-comments" class names holds the story
    beside its one comments box: not a thread. One XPath finds the named elements, each walks its
    ancestors once (at most 256 levels: lxml's parse depth), and only the boxes with two named
    elements below them measure their text. Only a thread of which trafilatura kept a comment
    (`kept`: an item's text, or a sentence's worth in an element inside one) goes here: one it left out is the story's end for `story_edges.story_cut` (its
    "Comments" heading), which a box dropped here would hide."""
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
        texts = [item.text_content() for item in items]
        if sum(map(_shown_length, items)) >= THREAD_SHARE * _shown_length(box) and (
            any(map(kept, texts)) or (_headless(box) and any(_holds_kept_line(item, kept) for item in items))
        ):
            threads.add(box)
    return threads


def _headless(box: HtmlElement) -> bool:
    """No heading inside: a thread under its own heading ("Visitor comments") is left to `story_cut`,
    which ends the story there (holdout6's accountancyage: dropped here, the teasers under it came in)."""
    return next(box.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is None


def _holds_kept_line(item: HtmlElement, kept: Callable[[str], bool]) -> bool:
    """An element without children inside `item` whose text trafilatura kept, a sentence's worth
    (holdout19's NetEase: its "post_comment" box holds the toolbar and one box of the whole thread,
    of which trafilatura kept four comments and the site's disclaimer, "网友评论仅供其表达个人看法…")."""
    return any(
        len(element) == 0 and len(match_key(text := element.text_content())) >= KEPT_LINE_KEY and kept(text)
        for element in item.iter("p", "div", "span", "li")
    )


def _shown_length(element: HtmlElement) -> int:
    """The length of the element's text without its scripts' and style sheets' (holdout19's NetEase:
    the comment widget's set-up script, two thirds of its box's text, is no comment)."""
    return len(element.text_content()) - sum(len(code.text_content()) for code in element.iter("script", "style"))


KEPT_LINE_KEY = 8  # letters and digits of a kept text inside a thread: a comment, not a button's label


def _name_parts(element: HtmlElement) -> set[str]:
    return set(NAME_PARTS.split(f"{element.get('class', '')} {element.get('id', '')}".lower()))
