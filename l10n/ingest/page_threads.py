"""Readers' comment threads in a saved page's tree (`page_prune.prune_boilerplate` drops them with the
furniture; moved here from `page_prune.py` in session 19, when holdout19's NetEase thread needed two more
tests): a box a class or id word names "comment" or "comments" whose like-named boxes hold most of its
text, not the story's own box; of one under its own heading that trafilatura left out, the comments
but not the heading. Measured with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.etree import Element

from l10n.ingest.fields import match_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.html import HtmlElement

NAME_PARTS = re.compile(r"[^a-z0-9]+")  # the words of a class or id ("post_comment_area": post, comment, area)
_COMMENT_NAMES = frozenset({"comment", "comments"})
THREAD_SHARE = 0.7  # of a box's text its comments hold before the box is the thread, not a story with comments
STORY_LINE_KEY = 60  # letters and digits of trafilatura's line that starts the story (a sentence's worth)


def comment_threads(root: HtmlElement, kept: Callable[[str], bool], story_start: str = "") -> set[HtmlElement]:
    """The boxes of readers' comments (holdout11's androidcentral: 27 comments under a five-paragraph
    story, twice its length, which trafilatura kept): an element a class or id word names "comment"
    or "comments" holding two or more such elements, the nearest below it (its items), that together
    hold `THREAD_SHARE` of its text (its scripts' not counted: `_shown_length`). A story's wrapper that
    a "has-comments" class names holds the story beside its one comments box: not a thread; nor is a
    box that holds the story's first line (`story_start`: trafilatura's first line of a sentence's
    length, `story_line`), the story set in boxes a CMS names "comment" (an opinion desk's section).

    A thread without a heading inside goes whatever trafilatura kept of it (comments21): none of its
    blocks could end the story, and one of which trafilatura kept nothing was walked and dropped block
    by block (kenya-today: 54 comments, a third of the page's text, half of our time on it). Under its
    own heading ("Comments", "Visitor comments") the whole box goes when trafilatura kept a comment
    of it (`kept`: an item's text); when it kept none, the heading is the story's end for
    `story_edges.story_cut` (holdout6's accountancyage: the box dropped here, the teasers trafilatura
    kept under it came in), and only its items without a heading of their own go: the comments.

    Cost: one pass over the tree finds the named elements (`_comment_named`), each walks its
    ancestors once (at most 256 levels: lxml's parse depth); only the boxes with two named elements
    below them measure their text, each element's once, and none inside a thread found above it; the
    story's line is looked for by its longest word in the box's lower-cased text before the box is
    keyed (`_holds_line`; kenya-today's 65,000 characters of comments, most not ASCII: keyed in
    2.4 ms, searched so in 0.8)."""
    named = _comment_named(root)
    if len(named) < 2:
        return set()
    named_set = set(named)
    below: dict[HtmlElement, list[HtmlElement]] = {}
    for element in named:
        nearest = next((ancestor for ancestor in element.iterancestors() if ancestor in named_set), None)
        if nearest is not None:
            below.setdefault(nearest, []).append(element)
    shown: dict[HtmlElement, int] = {}  # each element's text measured once, as a box or as another's item
    texts: dict[HtmlElement, str] = {}  # and read once: measured, looked in for the story, asked if kept (pagespeed29)
    threads: set[HtmlElement] = set()
    inside: set[HtmlElement] = set()  # the named elements below a thread, dropped with it: not measured
    for box in named:  # document order: a box comes before the named elements below it
        items = below.get(box, [])
        if len(items) < 2 or box in inside:
            continue
        held = sum(_shown_length(item, shown, texts) for item in items)
        if held < THREAD_SHARE * _shown_length(box, shown, texts) or _holds_line(texts[box], story_start):
            continue  # a box with comments in it, or the story's own
        if _headless(box) or any(kept(texts[item]) for item in items):
            dropped = [box]
        else:  # under its own heading, which story_cut reads: the comments go, the heading stays
            dropped = [item for item in items if _headless(item)]
        threads.update(dropped)
        inside.update(dropped)
        for thread in dropped:
            inside.update(_named_below(thread, below))
    return threads


def _named_below(box: HtmlElement, below: dict[HtmlElement, list[HtmlElement]]) -> list[HtmlElement]:
    """Every named element inside `box`: each one's nearest named ancestor is the box or one of these."""
    found = list(below.get(box, []))
    for element in found:  # grows as it goes: the items' items, down the thread
        found.extend(below.get(element, []))
    return found


def story_line(lines: list[str]) -> str:
    """trafilatura's first line of a sentence's length (`STORY_LINE_KEY` letters and digits): where
    the story starts, which no readers' thread under it holds; "" when no line is that long.

    >>> story_line(["By Ann Lee", "The harbour reopened on Monday after engineers cleared the storm's debris."])
    "The harbour reopened on Monday after engineers cleared the storm's debris."
    """
    return next((line for line in lines if len(match_key(line)) >= STORY_LINE_KEY), "")


def _holds_line(text: str, line: str) -> bool:
    """`text` holds `line` as `match_key` compares texts. The line's longest word is looked for first,
    in the text lower-cased, less the characters trafilatura drops from its lines (neither printable
    nor a space: zero-width spaces and joiners, soft hyphens; review21), which may split a word of
    the text it wrote the line from: a box whose text lacks the word is not keyed. Those characters are
    taken out only when the word is not in the text as it is (the word's letters are none of them: where
    it stands, it stays), and looked for among what is left of the text without its letters, digits and
    spaces (`_PLAIN`, none of them such a character): a set of every character of a thread's text was a
    third of this test's instructions (pagespeed29)."""
    if not line:
        return False
    word = max(_WORD.findall(line.lower()), key=len, default="")
    shown = text.lower()
    if word not in shown:
        for char in set(_PLAIN.sub("", shown)):
            if not (char.isprintable() or char.isspace()):
                shown = shown.replace(char, "")
    return word in shown and match_key(line) in match_key(text)


_WORD = re.compile(r"\w+")
_PLAIN = re.compile(r"[\w\s]+")  # letters, digits, "_" and spaces: printable or spaces, all (str.isalnum, str.isspace)


def _headless(box: HtmlElement) -> bool:
    """No heading inside: a thread under its own heading ("Visitor comments") is left to `story_cut`
    when trafilatura kept nothing of it."""
    return next(box.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is None


def _shown_length(element: HtmlElement, shown: dict[HtmlElement, int], texts: dict[HtmlElement, str]) -> int:
    """The length of the element's text without its scripts' and style sheets' (holdout19's NetEase:
    the comment widget's set-up script, two thirds of its box's text, is no comment); kept in `shown`,
    its text in `texts`."""
    if element not in shown:
        scripts = sum(len(code.text_content()) for code in element.iter("script", "style"))
        texts[element] = element.text_content()
        shown[element] = len(texts[element]) - scripts
    return shown[element]


def _comment_named(root: HtmlElement) -> list[HtmlElement]:
    """The elements a class or id word names "comment" or "comments", in document order: the class or
    id holding "omment" first (one `in` each), then its words, read once per class-and-id string.
    (An XPath with `contains()` picked them before: libxml2's string tests, 0.7 µs an element, cost twice
    this loop on pikabu's 6,800 elements.)"""
    words: dict[str, bool] = {}
    found = []
    for element in root.iter(Element):
        class_, id_ = element.get("class"), element.get("id")
        if (class_ is not None and "omment" in class_) or (id_ is not None and "omment" in id_):
            names = f"{class_ or ''} {id_ or ''}"
            if names not in words:
                words[names] = not _COMMENT_NAMES.isdisjoint(NAME_PARTS.split(names.lower()))
            if words[names]:
                found.append(element)
    return found
