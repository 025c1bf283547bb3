"""Another story's credit beside the story: a teaser's byline is not this story's writer.

Pages list other stories around the story, each a card: a linked headline, often a picture and a
blurb, and the card's byline ("<span>Por </span><a>El Planeta Urbano</a>" under a partner magazine's
teasers on pagina12; "By Lisa Kubota" in hawaiinewsnow's cards beside the story; "Par Sylvain Fort"
under an opinion teaser on lexpress; the Telegraph's cards, each with its writer's `rel="author"` link).
A byline element is a teaser's (`in_teaser`) when, climbing from it through boxes of a card's few words,
the first box that holds a headline's link to another page (`_story_link`: three words or more, set in or
around a heading or alone in its line) does not hold the page's `<h1>`, and that box or one around it
stands among siblings of the same shape (same tag and class: a list of cards), or holds only a linked sentence and the
byline and stands before every `<h1>` of the page (a card of the page's header: Главред's quote box, a columnist's
linked sentence and his name over the menu, holdout47). The story's own byline sits by its `<h1>` or under it, in a
box that is one of a kind.

`teaser_credits` reads, before pruning, the labelled byline lines the page prints only inside teasers,
so a block the walk kept with that text is not read as the byline (`page_authors.author_names`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from l10n.ingest.byline_lines import label_length
from l10n.ingest.byline_shape import MAX_BY_LINE_WORDS
from l10n.ingest.fields import match_key, normalise_space
from l10n.ingest.figure_credits import class_names

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_TEASER_DEPTH = 8  # boxes climbed from a byline to its card's headline link
MAX_SHAPE_DEPTH = 4  # boxes climbed from the card to the list whose entries share its shape
MIN_TEASERS = 2  # the card and a sibling of its shape (hawaiinewsnow lists two cards in its right rail)
MAX_TEASER_WORDS = 80  # a card's words: headline, blurb, credit, date
MIN_HEADLINE_WORDS = 3  # a link's words that read as a story's headline, not "Home" or a writer's name
BYLINE_BOX_CLASSES = frozenset(
    {"byline", "author"}
)  # the classes the walk reads a byline block of (`html.BYLINE_CLASSES`)
# any of those words in a class attribute, lower-cased: the one string search `_may_name_byline_box` makes
_BYLINE_BOX_WORD = re.compile("|".join(sorted(BYLINE_BOX_CLASSES)))
_NOT_STORIES = ("author", "autor", "/tag/", "/category/", "mailto:", "javascript:")


def in_teaser(element: HtmlElement, headed: set[HtmlElement]) -> bool:
    """Whether the byline `element` is a teaser's (see the module docstring); `headed` holds the
    elements around the page's `<h1>`s (`heading_boxes`)."""
    box = element
    for _ in range(MAX_TEASER_DEPTH):
        parent = box.getparent()
        if parent is None or parent in headed or parent.tag in ("body", "html"):
            return False
        box = parent
        if len(box.text_content().split(maxsplit=MAX_TEASER_WORDS)) > MAX_TEASER_WORDS:
            return False  # a card is a headline, a blurb and a credit; this box holds a story's text
        if _story_link(box, element):
            return any(_repeated(outer) for outer in _outwards(box, headed)) or _over_headings(box, element)
    return False


MIN_QUOTE_WORDS = 6  # a header card's linked sentence (`_over_headings`), not a day ("May 14, 2020") or a section


def _over_headings(box: HtmlElement, byline: HtmlElement) -> bool:
    """The card is a linked sentence of `MIN_QUOTE_WORDS` or more and the byline, nothing else, and stands before every
    `<h1>` of the page, outside their boxes: a box of the page's header (misses47, Главред's quote box, a columnist's
    linked sentence and his `rel="author"` name over the site's menu), one of a kind. The story's byline stands by its
    headline or under it, or over it with its day and labels ("By <a>Madison Weil</a> Published <a>May 14, 2020</a>",
    kesq) or in a column of other boxes (informationweek's author box over a webinar's teaser)."""
    links = [link for link in box.iter("a") if link is not byline and byline not in link.iterancestors()]
    if len(links) != 1 or len(links[0].text_content().split()) < MIN_QUOTE_WORDS:
        return False
    shown = len(match_key(box.text_content()))
    if shown != len(match_key(links[0].text_content())) + len(match_key(byline.text_content())):
        return False  # words beside the sentence and the name: a byline's labels and day, a column's other boxes
    return bool(box.xpath("boolean(following::h1) and not(preceding::h1)"))


def heading_boxes(root: HtmlElement) -> set[HtmlElement]:
    """The elements holding one of the page's `<h1>`s, and the `<h1>`s: the story's own boxes."""
    return {box for heading in root.iter("h1") for box in [heading, *heading.iterancestors()]}


def _outwards(box: HtmlElement, headed: set[HtmlElement]) -> list[HtmlElement]:
    boxes = [box]
    for outer in box.iterancestors():
        if len(boxes) > MAX_SHAPE_DEPTH or outer in headed or outer.tag in ("body", "html"):
            break
        boxes.append(outer)
    return boxes


def _story_link(box: HtmlElement, byline: HtmlElement) -> bool:
    """The box holds a link to another page with a headline's words: not around the byline, unless the
    link holds a heading too (paz.de's cards, each one `<a>` around its day, `<h6>` and "Von René Nehring")."""
    for link in box.iter("a"):
        href = (link.get("href") or "").strip().lower()
        if not href or href.startswith("#") or any(word in href for word in _NOT_STORIES):
            continue
        if link is byline or byline in link.iterancestors():
            continue
        if link in byline.iterancestors() and not any(True for _ in link.iter(*_HEADINGS)):
            continue  # the byline's own link (to the writer's page); a card set as one link holds its heading
        if len(link.text_content().split()) >= MIN_HEADLINE_WORDS and _is_headline_link(link):
            return True
    return False


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# misses32: a link its class names a title, whatever stands beside it in the card (holdout29's gwizdek24: `<div
# class="opinion">` cards of a "worth reading" box, each `<span class="author">Samochody</span><a class="title">…</a>`,
# the date and the blurb run on in the same box)
_TITLE_CLASS_WORDS = frozenset({"title", "headline"})


def _is_headline_link(link: HtmlElement) -> bool:
    """A link set as a headline: in or around a heading, classed a title, or the whole text of its parent
    (a card's title line), not words linked inside a sentence."""
    if any(True for _ in link.iter(*_HEADINGS)) or next(link.iterancestors(*_HEADINGS), None) is not None:
        return True
    if class_names(link, _TITLE_CLASS_WORDS):
        return True
    parent = link.getparent()
    if parent is None:
        return False
    if normalise_space(parent.text_content()) == normalise_space(link.text_content()):
        return True
    # misses39: alone on its line among the card's boxes (glavcom's `<div class="author">…</div><a class="zag">Femen
    # будуть мотать срок…</a><div class="text">…`): block boxes or nothing on either side, no words around it
    before, after = link.getprevious(), link.getnext()
    return (
        not (link.tail or "").strip()
        and ((parent.text or "").strip() == "" if before is None else not (before.tail or "").strip())
        and all(side is None or side.tag in _BLOCK_BOXES for side in (before, after))
    )


_BLOCK_BOXES = frozenset({"div", "p", "ul", "ol", "table", "section", "figure", "h2", "h3", "h4", "h5", "h6"})


def _repeated(box: HtmlElement) -> bool:
    """The box stands among siblings of its shape: its tag and class names, or those names and a modifier after them
    (the last card's "mod no_border" beside "mod", glavcom's; a page builder's boxes, "elementor-element
    elementor-element-3f2a …", differ in their second name and are not alike)."""
    parent = box.getparent()
    if parent is None or not box.get("class"):
        return False
    classes = box.get("class", "").split()
    return sum(child.tag == box.tag and _same_shape(classes, child.get("class")) for child in parent) >= MIN_TEASERS


def _same_shape(classes: list[str], other: str | None) -> bool:
    """One's class names open the other's."""
    names = (other or "").split()
    shorter, longer = sorted((classes, names), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def _may_name_byline_box(element: HtmlElement) -> bool:
    """An element whose class attribute, lower-cased, holds a word of `BYLINE_BOX_CLASSES` ("byline", "author"): of the
    page's elements, the only ones `class_names(element, BYLINE_BOX_CLASSES)` can say yes of (it reads a class word as a
    piece of a name lower-cased; cost39: one string test for each of the page's elements instead of a call)."""
    classes = element.get("class") if isinstance(element.tag, str) else None
    return classes is not None and _BYLINE_BOX_WORD.search(classes.lower()) is not None


_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class")


def _byline_boxes(root: HtmlElement) -> list[HtmlElement]:
    """The elements `_may_name_byline_box` says yes of, in the page's order: read from the page's class values, an
    element's object made only for those (kulu-media: 484 elements a read, 15 such classes)."""
    return [value.getparent() for value in _CLASS_VALUES(root) if _BYLINE_BOX_WORD.search(value.lower())]


def teaser_credits(root: HtmlElement) -> frozenset[str]:
    """The labelled byline lines (an element whose text opens with a byline label, or that element and
    the name beside it in its parent: "Por " + "El Planeta Urbano") the page prints only in teasers."""
    headed = heading_boxes(root)
    inside: set[str] = set()
    outside: set[str] = set()
    # pagespeed51b: the two readings apart, each on the elements it can say yes of (the sets gathered are the same in
    # any order): the class-named boxes from the page's class values (`_byline_boxes`), the labels from its elements
    for element in _byline_boxes(root):
        if class_names(element, BYLINE_BOX_CLASSES) and in_teaser(element, headed):
            # misses39: a card's writer box (glavcom's columnists, `<div class="author"><a>Олег Лурье</a><div
            # class="when">Сегодня, в 11:51</div>…`), each of its lines a byline block of the walk
            inside.update(normalise_space(box.text_content()) for box in element.iter() if isinstance(box.tag, str))
    for element in root.iter(etree.Element):  # elements only, as `isinstance(element.tag, str)` kept
        text = element.text
        if not text or not label_length(text.lstrip()):
            continue
        lines = {normalise_space(box.text_content()) for box in (element, element.getparent()) if box is not None}
        lines = {line for line in lines if len(line.split(maxsplit=MAX_BY_LINE_WORDS)) <= MAX_BY_LINE_WORDS}
        (inside if in_teaser(element, headed) else outside).update(lines)
    return frozenset(inside - outside)
