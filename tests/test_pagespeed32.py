"""Session 32's cuts of whole-page passes (pagespeed32; speed only, every realworld page's dump byte-identical
to main a2493a7b), each held to the reading it replaces (copied here as it was).

- `share_lists.drop_share_lists` stops reading a list once two of its items name no share button (such a
  list is no bar), and asks its pattern only of a class holding "share" (`regex_gate`: the pattern reads
  the class with hyphens put at its case changes, which split no "share" the class holds).
- `site_makers.without_site_makers` takes the page's texts by one XPath (`.//text()`), the texts
  `itertext()` gives, in a list made in C.
- `page_figures.story_numbers` and `figures_by_caption`'s loose captions and figures take their elements
  by lxml's tag iteration, tested in Python, where `//link[…] | //meta[…]` and `//figure[…]` were asked.
"""

from __future__ import annotations

import re

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given
from hypothesis import strategies as st
from test_pagespeed20_gates import parsed

from l10n.ingest import page_figures, share_lists

PAGES = sorted(path.name for path in measured_pages())
_SHARE_BEFORE = re.compile(r"(?:^|[\s_-])share(?:button|btn|link|icon|s)?(?:$|[\s_-])", re.IGNORECASE)


def _names_share_before(element: lxml.html.HtmlElement) -> bool:
    return bool(_SHARE_BEFORE.search(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", element.get("class") or "")))


def _share_lists_before(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The lists `drop_share_lists` dropped before pagespeed32 (every item read), found, not dropped."""
    found = []
    for listing in root.xpath("//ul | //ol"):
        items = [item for item in listing if item.tag == "li"]
        shared = [
            item
            for item in items
            if any(_names_share_before(part) for part in item.iter() if isinstance(part.tag, str))
        ]
        others = [item for item in items if not any(item is one for one in shared)]
        if (
            len(shared) >= share_lists.MIN_SHARE_ITEMS
            and len(others) <= 1
            and all(map(share_lists._icon_label, others))
        ):
            found.append(listing)
    return found


CLASS_PARTS = st.sampled_from(
    [
        "share",
        "Share",
        "SHARE",
        "ſhare",
        "sHare",
        "shAre",
        "x__",
        "Button",
        "btn",
        "s",
        "-",
        "_",
        " ",
        "link",
        "icons",
        "İ",
    ]
)


@given(st.lists(CLASS_PARTS, max_size=6).map("".join))
def test_a_class_names_share_as_before(class_: str) -> None:
    element = lxml.html.fragment_fromstring("<span></span>")
    element.set("class", class_)
    assert share_lists._names_share(element) == _names_share_before(element)


def test_a_menu_is_let_go_after_its_second_item_naming_no_share(monkeypatch: pytest.MonkeyPatch) -> None:
    menu = "<ul>" + "".join(f'<li><a href="/s{n}" class="nav">Section {n}</a></li>' for n in range(20)) + "</ul>"
    root = lxml.html.document_fromstring(f"<html><body>{menu}<p>Text.</p></body></html>")
    read: list[str] = []
    names_share = share_lists._names_share

    def watched(element: lxml.html.HtmlElement) -> bool:
        read.append(element.text_content())
        return names_share(element)

    monkeypatch.setattr(share_lists, "_names_share", watched)
    share_lists.drop_share_lists(root)
    assert root.find(".//ul") is not None  # a menu stays
    assert set(read) == {"Section 0", "Section 1"}  # each item's <li> and <a>: two items read


@pytest.mark.parametrize("name", PAGES)
def test_share_bars_and_the_page_texts_as_before(name: str) -> None:
    root = parsed(name)
    assert root.xpath(".//text()", smart_strings=False) == list(root.itertext())  # site_makers' texts
    listings = list(root.iter("ul", "ol"))
    bars = _share_lists_before(root)
    share_lists.drop_share_lists(root)
    assert set(root.iter("ul", "ol")) == {
        listing for listing in listings if not any(listing is bar or _inside(listing, bar) for bar in bars)
    }


def _inside(element: lxml.html.HtmlElement, box: lxml.html.HtmlElement) -> bool:
    return any(ancestor is box for ancestor in element.iterancestors())


@pytest.mark.parametrize("name", PAGES)
def test_story_numbers_and_loose_figures_as_the_xpaths_picked_them(name: str) -> None:
    root = parsed(name)
    addresses = root.xpath("//link[contains(@rel, 'canonical')]/@href | //meta[@property='og:url']/@content")
    before = frozenset(found[-1] for address in addresses if (found := page_figures._STORY_NUMBER.findall(address)))
    assert page_figures.story_numbers(root) == before
    page = root.getroottree().getroot()
    assert root.xpath("//figcaption[not(ancestor::figure)]") == [
        caption for caption in page.iter("figcaption") if next(caption.iterancestors("figure"), None) is None
    ]
    assert root.xpath("//figure[not(.//figcaption)]") == [
        figure for figure in page.iter("figure") if next(figure.iter("figcaption"), None) is None
    ]
    assert root.xpath("//figure[.//h1]") == [
        figure for figure in page.iter("figure") if next(figure.iter("h1"), None) is not None
    ]


def test_story_numbers_reads_links_and_meta_in_the_body_in_page_order() -> None:
    root = lxml.html.document_fromstring(
        '<html><head><meta property="og:url" content="https://x.jp/a/1234567"><link rel="alternate canonical"'
        ' href="https://x.jp/b/7654321"><link rel="canonical"></head><body><meta property="og:url"'
        ' content="/c/5555555"><link rel="CANONICAL" href="/d/9999999"></body></html>'
    )
    assert page_figures.story_numbers(root) == frozenset({"1234567", "7654321", "5555555"})
