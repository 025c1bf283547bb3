"""A reader's comment form in the page: its box and the heading over it (`page.py` calls this).

A comment form is built around a `<textarea>`, the field the reader writes in; the box around it holds the form's
labels, its instruction ("Войдите на сайт или зарегистрируйтесь, чтобы оставить комментарий…"), a note on a field
("（本网将保密您的联系方式，为便于联系，请准确填写。）") and the site's disclaimer on what readers write ("Содержание
комментариев … не имеет никакого отношения к редакционной политике …"), and a heading set right over it names it
("Отправить комментарий"): all the site's, whatever the box's classes say (holdout39's Day.Az, a `<div
class="add-comment">` under an `<h2>`; jmnews, tables in a table). `page_prune.drop_signup_boxes` reads a box
around an e-mail field the same way; a comment form often asks for no e-mail address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_FORM_CHARS = 500  # the box's shown characters but spaces: labels, an instruction, a note, a disclaimer
MAX_HEADING_WORDS = 6  # a heading naming the form ("Оставить комментарий", "Leave a Reply")
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "option", "textarea"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def drop_comment_forms(root: HtmlElement, story_start: str = "") -> None:
    """Remove the largest element around each `<textarea>` that shows at most `MAX_FORM_CHARS` characters and holds
    no part of the story (`_holds_story`), and a short heading right before it: a short story over a comment form
    stays, and so does a field set in the story's own box."""
    start_key = match_key(story_start)
    for area in list(root.iter("textarea")):
        if root not in area.iterancestors():
            continue  # inside a box dropped already
        box = area
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
            if _shown_chars(parent, MAX_FORM_CHARS) > MAX_FORM_CHARS or _holds_story(parent, start_key):
                break
            box = parent
        if box is area:
            continue
        heading = _shown_before(box)
        if (
            heading is not None
            and heading.tag in _HEADINGS
            and len(heading.text_content().split()) <= MAX_HEADING_WORDS
        ):
            heading.drop_tree()
        box.drop_tree()


def _holds_story(box: HtmlElement, start_key: str) -> bool:
    """The box holds the page's `<h1>`, a `<time>`, an `<article>` or the story's first line (`start_key`)."""
    if box.xpath("self::h1 | self::time | self::article | .//h1 | .//time | .//article"):
        return True
    return bool(start_key) and start_key in match_key(box.text_content())


def _shown_chars(element: HtmlElement, limit: int) -> int:
    """The characters but spaces of the element's text outside scripts, styles and the like, up to `limit` + 1."""
    count = 0
    stack = [element]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in _UNSHOWN:
            if node is not element:
                count += len("".join((node.tail or "").split()))
            continue
        count += len("".join((node.text or "").split()))
        if node is not element:
            count += len("".join((node.tail or "").split()))
        if count > limit:
            return count
        stack.extend(reversed(node))
    return count


def _shown_before(box: HtmlElement) -> HtmlElement | None:
    """The element before the box a reader sees: comments, scripts and empty elements (an anchor, `<a name>`)
    between them skipped."""
    found = box.getprevious()
    while found is not None and (
        not isinstance(found.tag, str) or found.tag in _UNSHOWN or not found.text_content().strip()
    ):
        found = found.getprevious()
    return found
