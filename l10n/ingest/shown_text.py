"""The text of a page a reader sees: an element's text outside the elements a browser shows no text of.

One definition for the rules that read "the words shown" (`page_figures`' credit under a caption, `page_layout`'s
columns, `page_marks`' widget under a label, `page_htmldate`'s day written on the page, `byline_shown`'s name printed
on it); a rule that leaves out more (links, a menu's choices) names those beside them (`shown_text`), and one that
reads a `<noscript>`'s text says why where it does.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from lxml import etree

UNSHOWN = frozenset({"script", "style", "noscript", "template"})
"""Elements whose text no reader sees: a script's code, a style sheet, what shows only where scripts are off (lxml
parses a `<noscript>` as elements: a fallback picture, "Turn on JavaScript"; `page.open_noscript` has opened the one
holding the story), a template's content (rendered only by a script)."""


def outside(tags: Collection[str] = UNSHOWN) -> str:
    """An XPath test of a text node: in none of the `tags` elements (`UNSHOWN`)."""
    return "not(" + " or ".join(f"ancestor::{tag}" for tag in sorted(tags)) + ")"


def shown_text(*also: str) -> etree.XPath:
    """The XPath of an element's pieces of text a reader sees (`UNSHOWN` left out), and out of the `also` elements."""
    return etree.XPath(f"descendant::text()[{outside(UNSHOWN.union(also))}]")


SHOWN_TEXT = shown_text()
"""An element's pieces of text a reader sees, in document order."""


def shown_amount(element: etree._Element, limit: int, unshown: Collection[str], measure: Callable[[str], int]) -> int:
    """How much of the element's text a reader sees, outside the `unshown` elements (their tails count): `measure`
    of each piece of text summed, the walk stopped once past `limit` (the sum then is at most one piece over).
    `page_prune` counts words with it, `reader_boxes` characters (each had its own copy of this walk)."""
    count = 0
    stack = [element]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in unshown:
            if node is not element:
                count += measure(node.tail or "")
            continue
        count += measure(node.text or "")
        if node is not element:
            count += measure(node.tail or "")
        if count > limit:
            return count
        stack.extend(reversed(node))
    return count
