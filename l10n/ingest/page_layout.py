"""A page laid out in columns: the story's column and the side columns beside it (issue 14, session 33).

Old templates set a page as cells side by side (a `<table>`'s cells and rows, or floated `<div>`s): the story
is one cell, and the cells beside it, above and below are columns of the site's boxes (news in brief, an
encyclopaedia's links, advice teasers, a live-report box, a results table), written in the story's own markup
(`<p>`, `<h3>`, `<ul>`), with no `<aside>` or class the pruning knows; trafilatura keeps them with the story
(holdout29's zdrowiewpodrozy, a Joomla page; gwizdek24's side column after the story's box).

The rule is one of layout, not of words or classes (`side_column_keys`):

- the story's cell is the smallest element holding both the headline (the last element before the story whose
  whole text states a stated title) and the story's first paragraph (the first leaf block after it, of
  `STORY_LETTERS` or more, whose text trafilatura kept);
- a sibling of that cell, or of any element holding it, is a side column when its shown text is almost all
  (`COLUMN_SHARE`) in links, headings and teaser items (elements of `ITEM_LETTERS` or fewer that repeat their
  shape, a tag and class, `MIN_ITEMS` times or more under one parent: a box's titles, blurbs and dates), with
  `MIN_ITEMS` such pieces or more, and trafilatura kept some of its text; no block saying a text of it is kept
  (`page._article_blocks`), the story cell's own texts aside;
- unless the story continues there: a sibling holding a kept paragraph of `PARAGRAPH_LETTERS` or more outside
  links and items stays, and so does a data table (`tables.is_data_table`), whose rows are the story's units,
  not teasers (a story's results or prices beside its text stay as table blocks); paragraphs, a table's rows and
  cells and a box holding a paragraph are no items (`NO_ITEMS`, `PARAGRAPH_SHARE`).

Sizes are characters but spaces (`_size`), counted in one pass from the page's last element (`_shown_sizes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key
from l10n.ingest.page_main import PARAGRAPH_LETTERS, MainText
from l10n.ingest.page_titles import strip_site_name
from l10n.ingest.shown_text import SHOWN_TEXT, UNSHOWN
from l10n.ingest.tables import LAYOUT_BLOCKS, is_data_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.html import HtmlElement

# sizes are characters but spaces (`_size`)
STORY_LETTERS = 60  # of the story's first paragraph (the first kept leaf block under the headline): no date or byline
ITEM_LETTERS = 500  # a teaser item (a title, a blurb, a date) is no longer
MIN_ITEMS = 2  # elements of one shape under one parent that make items; pieces that make a box
COLUMN_SHARE = 0.8  # of a side column's shown text in links, headings and items
# paragraphs one after another are a text, and a table's rows and cells its grid (a layout's columns, a data
# table's units), not a list of boxes
NO_ITEMS = frozenset({"p", "blockquote", "tr", "td", "th"})
PROSE = frozenset({"p", "blockquote"})
PARAGRAPH_SHARE = 0.9  # of a box's text in its paragraphs when it is a paragraph's wrapper
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
LEAF_BLOCKS = frozenset({"p", "td", "th", "li", "dd", "blockquote", "div"})
_INNER_BLOCKS = LAYOUT_BLOCKS | LEAF_BLOCKS  # a block inside one of these makes it no leaf


def side_column_keys(root: HtmlElement, main: MainText, titles: list[str], site_name: str) -> frozenset[str]:
    """The `match_key`s of every text the side columns beside the story's cell hold (see the module docstring),
    but the story cell's own: `page._article_blocks` keeps no block saying one. The columns stay in the page,
    for the rules that read the blocks around the story (a menu's title cell over its links, a box's heading
    that ends the story).

    >>> import lxml.html
    >>> story = "A sentence of the story, long enough to be its first paragraph, as stories' paragraphs are. " * 2
    >>> page = lxml.html.fromstring(
    ...     "<html><body><table><tr><td><h3>News</h3><div class=h>Flu</div><div class=i>Ten ill.</div>"
    ...     "<div class=h>Heat</div><div class=i>Hot days.</div></td>"
    ...     f"<td><h1>Golf</h1><p>{story}</p></td></tr></table></body></html>")
    >>> from l10n.ingest.page_main import MainText
    >>> read = MainText.of(["Golf", "News", "Flu", "Ten ill.", "Heat", "Hot days.", story])
    >>> sorted(side_column_keys(page, read, ["Golf"], ""))
    ['flu', 'heat', 'hotdays', 'news', 'newsflutenillheathotdays', 'tenill']
    """
    body = root.find("body")
    if body is None:
        return frozenset()
    kept = main.kept
    cell = _story_cell(body, kept, titles, site_name)
    if cell is None:
        return frozenset()
    cell_key = match_key(cell.text_content())
    if all(line in cell_key for line in main.lines):  # trafilatura kept nothing outside the story's cell
        return frozenset()
    keys: set[str] = set()
    holder = cell
    while holder is not body and (parent := holder.getparent()) is not None:
        for sibling in parent:
            if sibling is not holder and isinstance(sibling.tag, str) and _is_side_column(sibling, kept):
                keys |= _text_keys(sibling)
        holder = parent
    if not keys:  # no side column: the story cell's own texts, keyed, would take nothing away (pagespeed34)
        return frozenset()
    return frozenset(keys - _text_keys(cell) - {""})


def _text_keys(element: HtmlElement) -> set[str]:
    """The keys of each element's text and of each piece of text in it (a block may be either).

    An element's key is its pieces' keys joined (`_whole_keys`): `match_key` lower-cases and drops
    characters one at a time, so the key of a text is the keys of its parts run together, but where
    a capital sigma's lower case depends on the letter after it ("Σ" → "ς" at a word's end). Keyed
    so, each piece of a column is keyed once; keying each element's `text_content()`, the text of
    an element `depth` levels deep was keyed `depth` times (moderndiplomacy's side columns: 10 ms
    of the page's 67; pagespeed35)."""
    whole = element.text_content()
    inner_keys = (
        set(_whole_keys(element).values())
        if "Σ" not in whole
        else {match_key(inner.text_content()) for inner in element.iter() if isinstance(inner.tag, str)}
    )
    return inner_keys | {match_key(text) for text in SHOWN_TEXT(element)}


def _whole_keys(element: HtmlElement) -> dict[HtmlElement, str]:
    """`match_key(inner.text_content())` of `element` and of every element in it, each the keys of its
    text, its elements' and their tails joined (children before their parent). For a text without a
    capital sigma only (`_text_keys`)."""
    keys: dict[HtmlElement, str] = {}
    for inner in reversed([inner for inner in element.iter() if isinstance(inner.tag, str)]):
        parts = [match_key(inner.text)] if inner.text else []
        for child in inner:
            if isinstance(child.tag, str):
                parts.append(keys[child])
            if child.tail:
                parts.append(match_key(child.tail))
        keys[inner] = "".join(parts)
    return keys


def _story_cell(
    body: HtmlElement, kept: Callable[[str], bool], titles: list[str], site_name: str
) -> HtmlElement | None:
    """The smallest element holding the headline's element and the story's first paragraph."""
    title_keys = {match_key(strip_site_name(title, site_name)) for title in titles} | {
        match_key(title) for title in titles
    }
    title_keys.discard("")
    if not title_keys:
        return None
    longest = 2 * max(len(key) for key in title_keys)  # an element's own text longer than this says no title
    said = " ".join(titles).casefold()  # an element's own text opening with two characters no title has says none
    headline = None
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in UNSHOWN:
            continue
        if headline is not None and _is_story_paragraph(element, kept) and headline not in element.iterancestors():
            return _common_holder(headline, element)
        own = _own_text(element)
        if (
            own
            and own[:2].casefold() in said
            and len(own) <= longest
            and match_key(element.text_content()) in title_keys
        ):
            headline = element
    return None


def _own_text(element: HtmlElement) -> str:
    """Its text and its children's tails, not its children's text (the innermost element that can state a title)."""
    if not len(element):
        return (element.text or "").strip()
    # a loop, not a generator unpacked into a tuple: `_story_cell` and `_holds_kept_text` ask it of most of a page's
    # elements (pagespeed51: 0.3–0.5 % of gumc's, autoindustriya's and isthmus' instructions, callgrind)
    parts = [element.text or ""]
    for child in element:
        tail = child.tail
        if tail:
            parts.append(tail)
    return "".join(parts).strip()


def _is_story_paragraph(element: HtmlElement, kept: Callable[[str], bool]) -> bool:
    """A leaf block (no block inside) of `STORY_LETTERS` or more whose text trafilatura kept."""
    if element.tag not in LEAF_BLOCKS or _holds_block(element):
        return False
    whole = element.text_content()
    if len(whole) < STORY_LETTERS:  # fewer characters than the letters asked for (pagespeed36)
        return False
    text = " ".join(whole.split())
    return len(text) - text.count(" ") >= STORY_LETTERS and kept(text)  # `_size`: its words are parted by one space


def _holds_block(element: HtmlElement) -> bool:
    """A block (`_INNER_BLOCKS`) among the element's descendants: what `next(element.iterdescendants(*names))`
    finds, without lxml's tag filter, which looks the 20 names up in the document's dictionary each call
    (pagespeed36: dailymail's 1,815 leaf-tagged elements 5.8 → 0.8 ms; `html_blocks.has_block_below` alike)."""
    return bool(len(element)) and any(inner.tag in _INNER_BLOCKS for inner in element.iterdescendants())


def _common_holder(first: HtmlElement, second: HtmlElement) -> HtmlElement:
    holders = {first, *first.iterancestors()}
    return next(element for element in (second, *second.iterancestors()) if element in holders)


def _is_side_column(element: HtmlElement, kept: Callable[[str], bool]) -> bool:
    """Almost all links, headings and teaser items, with `MIN_ITEMS` pieces or more; no data table; no
    kept paragraph of the story's outside them (see the module docstring)."""
    if element.tag in UNSHOWN or (element.tag == "table" and is_data_table(element)):
        return False
    if not _holds_kept_text(element, kept):  # asked first: most siblings of a story's holders hold none (pagespeed51)
        return False
    inside = [inner for inner in element.iter() if isinstance(inner.tag, str)]
    sizes, prose = _shown_sizes(inside)
    if not sizes[element]:
        return False
    pieces = _items(sizes, prose) | {link for link in inside if link.tag == "a" and sizes[link]}
    if len(pieces) < MIN_ITEMS:
        return False
    covered: dict[HtmlElement, int] = {}
    for inner in reversed(inside):  # children before their parent
        covered[inner] = (
            sizes[inner]
            if inner in pieces or inner.tag in HEADINGS
            else sum(covered[child] for child in inner if isinstance(child.tag, str))
        )
    if covered[element] < COLUMN_SHARE * sizes[element]:
        return False
    return not any(
        sizes[block] >= PARAGRAPH_LETTERS
        and block.tag in LEAF_BLOCKS
        and _is_story_paragraph(block, kept)
        and not any(holder in pieces for holder in (block, *block.iterancestors()))
        for block in inside
    )


def _shown_sizes(inside: list[HtmlElement]) -> tuple[dict[HtmlElement, int], dict[HtmlElement, int]]:
    """The size of the shown text under each element of `inside` (an element's elements in document order;
    characters but spaces, `_size`) and of the text in its paragraphs (`PROSE`), in one pass from the last."""
    sizes: dict[HtmlElement, int] = {}
    prose: dict[HtmlElement, int] = {}
    for inner in reversed(inside):
        if inner.tag in UNSHOWN:
            sizes[inner] = prose[inner] = 0
            continue
        size, in_prose = _size(inner.text), 0
        for child in inner:
            size += _size(child.tail)
            if isinstance(child.tag, str):
                size += sizes[child]
                in_prose += prose[child]
        sizes[inner] = size
        prose[inner] = size if inner.tag in PROSE else in_prose
    return sizes, prose


def _size(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _holds_kept_text(element: HtmlElement, kept: Callable[[str], bool]) -> bool:
    """Some block or heading of its own text that trafilatura kept: a column it left out reaches no unit, and
    stays for the rules that read it (a menu's title cell, a teaser box's heading that ends the story)."""
    return any(
        _own_text(block) and kept(" ".join(block.text_content().split()))
        for block in element.iter(*LEAF_BLOCKS, *HEADINGS)
    )


def _items(sizes: dict[HtmlElement, int], prose: dict[HtmlElement, int]) -> set[HtmlElement]:
    """Teaser items among the elements `sizes` holds: children of one parent sharing a tag and class `MIN_ITEMS`
    times or more, each of `ITEM_LETTERS` or fewer; not paragraphs nor a table's rows and cells (`NO_ITEMS`: a
    story's next section is `<p>`s; a layout's cells are its columns, a data table's the story's units), nor a
    box whose text is all but a drop cap in paragraphs (`prose`, `PARAGRAPH_SHARE`: a story's builder wraps each
    paragraph so, the Evening Standard's and the Independent's styled `<div>`s)."""
    found: set[HtmlElement] = set()
    for parent, held in sizes.items():
        if not held or len(parent) < MIN_ITEMS:
            continue
        shapes: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in NO_ITEMS and sizes[child]:
                shapes.setdefault((child.tag, " ".join(child.get("class", "").split())), []).append(child)
        for children in shapes.values():
            if len(children) >= MIN_ITEMS:
                found |= {
                    child
                    for child in children
                    if sizes[child] <= ITEM_LETTERS and prose[child] < PARAGRAPH_SHARE * sizes[child]
                }
    return found
