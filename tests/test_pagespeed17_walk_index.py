"""Two things ingest now works out once per parse or walk instead of once per element (pagespeed17).

- The walker's index of the elements holding an `<a rel="author">` (`html_parse.author_link_holders`,
  once per walk, where each element walked searched below itself): a block is a byline exactly when
  it was one with the search, on real pages and when the page changes between two walks (a stale
  index would answer for the page walked before).
- The parser's element classes, looked up in C (`html_parse._class_lookup`): every element of a
  real page gets the class lxml.html's own lookup gives it (`FormElement` for a `<form>`…).
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from conftest import measured_pages

from l10n.ingest import html
from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.model import Document

REALWORLD = Path(__file__).parent / "data" / "realworld"
# pages with forms, labels, inputs, and with `<a rel="author">` links (counted in the test)
PAGES = ("kenya-today-com-itumbi.html", "nymag-com-polarization.html", "economist-com-thinking.html")


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


def roles(root: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    document = Document(blocks=[], source_format="html")
    html.walk_blocks(root, document)
    return [(block.role, block.text) for block in document.blocks]


class Searched:
    """Answers as the walker did before the index: a search below the element asked about."""

    def __contains__(self, element: lxml.html.HtmlElement) -> bool:
        return element.find(".//a[@rel='author']") is not None


def searched_roles(root: lxml.html.HtmlElement, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    with monkeypatch.context() as patched:
        patched.setattr(html, "author_link_holders", lambda element: Searched())
        return roles(root)


def author_pages() -> list[str]:
    found = [path.name for path in measured_pages() if b'rel="author"' in path.read_bytes()]
    return found[:6]


def test_real_pages_walk_to_the_same_roles_with_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    names = author_pages()
    assert len(names) >= 3
    bylines = 0
    for name in names:
        root = parsed(name)
        assert roles(root) == searched_roles(root, monkeypatch), name
        bylines += sum(role == "byline" for role, _ in roles(root))
    assert bylines > 0  # the pages exercise the rule, not only its "no"


def test_index_answers_for_the_tree_walked_not_the_one_before() -> None:
    page = "<body><div><p>Story text here.</p><p><a rel='author' href='/ann'>Ann Lee</a></p></div></body>"
    root = lxml.html.document_fromstring(page)
    assert ("byline", "Ann Lee") in roles(root)
    link = next(root.iter("a"))
    link.set("rel", "nofollow")  # the same tree, changed: no author link any more
    assert ("byline", "Ann Lee") not in roles(root)
    assert ("paragraph", "Ann Lee") in roles(root)
    link.set("rel", "author")
    moved = lxml.html.document_fromstring("<body><div><p>Other.</p><p>Ann Lee</p></div></body>")
    assert ("byline", "Ann Lee") not in roles(moved)  # a new page: the first page's links are not its
    assert ("byline", "Ann Lee") in roles(root)


@pytest.mark.parametrize("name", PAGES)
def test_every_element_gets_lxml_htmls_own_class(name: str) -> None:
    ours = parsed(name)
    data = (REALWORLD / name).read_bytes()
    text = decode_article(data, path=name, source_format="html")
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    theirs = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    our_classes = [type(element) for element in ours.iter()]
    assert our_classes == [type(element) for element in theirs.iter()]
    assert {lxml.html.FormElement, lxml.html.InputElement} <= set(our_classes)  # the tag-named classes too
    assert all(isinstance(element, lxml.html.HtmlElement) for element in ours.iter())
