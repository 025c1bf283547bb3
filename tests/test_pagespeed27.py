"""Session 27's cuts in the HTML walk (pagespeed27: `l10n/ingest/html.py`), each work done once
instead of once per element, with the output the walk gave before:

- `urls.allowed_attributes` asked once per (tag, attributes) in a walk: a page repeats its links
  and classes. The answer depends on the tag (`hreflang` is an `<a>`'s, not a `<span>`'s; an
  `<img>`'s `src` is read as a picture's, stricter than a link's `href`) and on every value.
- A link's address read only when the link holds blocks (most hold none).
- The run of inline text between two blocks is made anew only when something was read into it:
  a run that held a picture and no word is not the next run.
- The headline known when emitted, not by a scan of the blocks at each `<h1>`: an `<h1>` without
  words makes no headline, and the next one is the headline.
"""

from __future__ import annotations

import lxml.html
import pytest

from l10n import urls
from l10n.ingest import html
from l10n.model import Document

LINKS = (
    '<a href="/abs.png" hreflang="de">one</a> <span hreflang="de" title="t">two</span> '
    '<img src="/abs.png" alt=""> <img src="pic.png" alt=""> <a href="https://x.org/1">three</a> '
    '<a href="https://x.org/2">four</a> <a href="/abs.png" hreflang="de">five</a> '
    '<a href="java\x01script:x" hreflang="de">six</a> <span title="t">seven</span> '
    '<a hreflang="de">eight</a> <span hreflang="de">nine</span>'
)


def walked(body: str) -> Document:
    document = Document(blocks=[], source_format="html")
    html.walk_blocks(lxml.html.document_fromstring(f"<html><body>{body}</body></html>").find("body"), document)
    return document


def test_each_inline_element_keeps_the_attributes_its_tag_and_values_allow() -> None:
    root = lxml.html.document_fromstring(f"<html><body><p>{LINKS}</p></body></html>")
    document = Document(blocks=[], source_format="html")
    html.walk_blocks(root.find("body"), document)
    [block] = document.blocks
    expected = [urls.allowed_attributes(element.tag, element.attrib.items()) for element in root.find(".//p")]
    assert [markup.attrs for markup in block.markup] == expected
    # what a memo keyed on less would mix up
    assert expected[0] == (("href", "/abs.png"), ("hreflang", "de")) and expected[1] == (("title", "t"),)
    assert expected[2] == (("alt", ""),) and expected[3] == (("src", "pic.png"), ("alt", ""))
    assert expected[4] != expected[5] and expected[7] == expected[9] == (("hreflang", "de"),) and expected[10] == ()


def test_allowed_attributes_asked_once_per_tag_and_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def counted(tag: str, attrs: object) -> tuple[tuple[str, str], ...]:
        asked.append(tag)
        return urls.allowed_attributes(tag, attrs)  # type: ignore[arg-type]

    monkeypatch.setattr(html, "allowed_attributes", counted)
    walked(f"<p>{LINKS}</p><p>{LINKS}</p><table><tr><td>{LINKS}</td><td>x</td></tr></table>")
    assert len(asked) == 10  # eleven elements, two of them alike; three copies of them


def test_a_link_holding_no_block_is_not_read_as_a_page_link(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[object] = []
    is_page_link = html.is_page_link

    def counted(link: lxml.html.HtmlElement) -> bool:
        read.append(link)
        return is_page_link(link)

    monkeypatch.setattr(html, "is_page_link", counted)
    document = walked(f'<div>{LINKS}<a href="/story/2"><div><p>Teaser.</p></div></a><a><p>Zoom.</p></a></div>')
    assert len(read) == 2  # the two links around blocks
    # a link to a page around blocks stays one run with the text before it; a placeholder is broken around them
    assert [block.text for block in document.blocks][-2:] == [
        "one two three four five six seven eight nine Teaser.",
        "Zoom.",
    ]


def test_a_run_that_read_a_picture_is_not_the_next_run() -> None:
    document = walked('<div><img src="pic.png" alt="x"><p>Story.</p>Tail words.<span></span><p>More.</p>End.</div>')
    assert [(block.text, block.markup) for block in document.blocks] == [
        ("Story.", []),
        ("Tail words.", []),
        ("More.", []),
        ("End.", []),
    ]


def test_a_run_of_white_space_reads_on_at_the_next_blocks_line() -> None:
    document = walked("<div>\n<p>One.</p>\n\n<p>Two.</p>\n\n\nThree.</div>")
    assert [(block.text, block.line) for block in document.blocks] == [("One.", 2), ("Two.", 4), ("Three.", 4)]


def test_an_h1_without_words_makes_no_headline() -> None:
    document = walked("<h1> <span></span> </h1><h1>Real title</h1><p>Story.</p><h1>Another</h1>")
    assert [(block.role, block.text) for block in document.blocks] == [
        ("headline", "Real title"),
        ("paragraph", "Story."),
        ("heading", "Another"),
    ]
