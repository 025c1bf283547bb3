"""What ingest no longer works out on a page, and why each answer stays the one it was (pagespeed21).

- `page_main.is_body_match`: whether one of trafilatura's body expressions picks an element is
  first asked of the element alone (a shallow copy under an empty parent); only an element that
  passes there is looked for on the whole page. The answer is the whole page's for every element
  of real pages and of a small page holding each way an expression picks or passes over an
  element: a second box of a picked class (the expressions take the first), a class an
  expression names in another case, an attribute name a copy cannot take.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from trafilatura.xpaths import BODY_XPATH

from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_main import is_body_match

REALWORLD = Path(__file__).parent / "data" / "realworld"
SLOW_PAGES = ("thekenyatimes-com-kisumu.html", "usatoday-com-epstein.html", "economist-com-thinking.html")


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


def picked_on_the_page(root: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """Every element one of the body expressions picks on the page, as `_later_sections` asked before."""
    return {element for expression in BODY_XPATH for element in expression(root)}


# (page, the text of the paragraph whose box is asked, whether an expression picks that box)
CASES = (
    ("<div class='col-md-4'><p>a</p></div>", "a", False),  # no expression names its class
    ("<div class='text'><p>a</p></div><div class='text'><p>b</p></div>", "a", True),  # the first of a class
    ("<div class='text'><p>a</p></div><div class='text'><p>b</p></div>", "b", False),  # alone it would be
    ("<div class='FullText'><p>a</p></div>", "a", True),  # re:test(@class, 'fulltext', 'i')
    ("<section id='main-story'><p>a</p></section>", "a", True),  # starts-with(@id, 'main')
    ("<span class='text'><p>a</p></span>", "a", False),  # a tag no expression takes
    ("<div v-on:click='go' class='post'><p>a</p></div>", "a", True),  # a name lxml refuses to set: the page asked
    ("<div v-on:click='go' class='col'><p>a</p></div>", "a", False),
    ("<div><div itemprop='articleBody'><p>a</p></div><div itemprop='articleBody'><p>b</p></div></div>", "b", False),
    ("<div><div itemprop='articleBody'><p>a</p></div></div><div itemprop='articleBody'><p>b</p></div>", "b", True),
)


@pytest.mark.parametrize(("body", "text", "picked"), CASES)
def test_each_way_of_picking_an_element_is_answered_as_on_the_page(body: str, text: str, picked: bool) -> None:
    """The cases a shallow copy could get wrong: a box of a picked class after the first (the
    expressions take the first match), a class named in another case, a name a copy cannot take;
    `.//*[…][1]` takes the first match among each element's children."""
    root = parse_html(f"<html><body>{body}</body></html>", source_path="page.html")
    box = next(p for p in root.iter("p") if p.text == text).getparent()
    assert (box in picked_on_the_page(root)) is picked
    assert is_body_match(box) is picked


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_element_of_real_pages_is_answered_as_on_the_page(name: str) -> None:
    root = parsed(name)
    picked = picked_on_the_page(root)
    elements = [element for element in root.iter() if isinstance(element.tag, str)]
    assert picked and all(is_body_match(element) == (element in picked) for element in elements)
