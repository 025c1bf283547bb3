"""Session 33's cuts of `author_elements` (pagespeed33; speed only, every realworld page's dump byte-identical to
main), each held to the reading it replaces (copied here as it was).

- `page_authors._maybe_author_named` gates the page's class, id and itemprop values by one scan of them joined
  (`regex_gate.GatedPattern.may_match_parts`), not a `may_match` call a value;
- `_author_link_text` reads a link's text only when its address names an author;
- `_box_name` counts a box's words in its `text_content()` before joining its texts, and `_shown_name_text`
  (with `most`) joins no texts of a label-less element whose `text_content()` holds more than `most` words:
  the texts joined by spaces never hold fewer words than the same texts run together.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given
from hypothesis import strategies as st
from test_pagespeed20_gates import ODD_LETTERS, parsed

from l10n.ingest import page_authors
from l10n.ingest.byline import ORGANISATION_WORDS, looks_like_name
from l10n.ingest.furniture import _SITE_NOTICE
from l10n.ingest.regex_gate import gated_compile

PAGES = sorted(path.name for path in measured_pages())
NUL = "\0"
# the class, itemprop and id values as one path read them before pagespeed37 (`page_authors._NAMED_BY`: one a name)
_NAMES = lxml.etree.XPath("descendant-or-self::*/@class|descendant-or-self::*/@itemprop|descendant-or-self::*/@id")


def _maybe_author_named_before(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    values = _NAMES(root)
    gate = page_authors._BYLINE_CLASS_WORD
    return list(dict.fromkeys(value.getparent() for value in values if gate.may_match(value.lower())))


def _author_link_text_before(element: lxml.html.HtmlElement) -> str:
    for link in element.iter("a"):
        text = " ".join(link.itertext()).strip(page_authors._NAME_BRACKETS)
        if (
            "author" in (link.get("href") or "").lower()
            and 0 < len(text.split()) <= page_authors.MAX_NAME_ELEMENT_WORDS
            and not page_authors._LINK_LABEL.search(text)
            and looks_like_name(text)
            and not ORGANISATION_WORDS & set(re.split(r"\W+", text.lower()))
        ):
            return text
    return ""


def _box_name_before(box: lxml.html.HtmlElement) -> str:
    most = page_authors.MAX_WRITERS_BOX_WORDS
    if len(" ".join(box.itertext()).split(maxsplit=most)) > most:
        return ""
    return page_authors._box_name(box)  # the rest is unchanged; the early "" is what changed


def _step_one_before(element: lxml.html.HtmlElement) -> str:
    """The text `author_elements` read first of a candidate before pagespeed33 ("" when it was too long to read)."""
    text = page_authors._shown_name_text(element).strip(page_authors._NAME_BRACKETS)
    return text if 0 < len(text.split()) <= page_authors.MAX_NAME_ELEMENT_WORDS else ""


def _step_one(element: lxml.html.HtmlElement) -> str:
    most = page_authors.MAX_NAME_ELEMENT_WORDS
    text = page_authors._shown_name_text(element, most=most).strip(page_authors._NAME_BRACKETS)
    return text if 0 < len(text.split()) <= most else ""


def _parts_before(gate, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    return [at for at, part in enumerate(text.split(NUL)) if gate.may_match(part)]


@pytest.mark.parametrize("name", PAGES)
def test_the_author_readings_as_before(name: str) -> None:
    root = parsed(name)
    values = _NAMES(root)
    assert all(NUL not in value for value in values)  # no parsed value holds one: the joined values part there
    lowered = NUL.join(values).lower()
    gate = page_authors._BYLINE_CLASS_WORD
    assert gate.may_match_parts(lowered, NUL) == _parts_before(gate, lowered)
    candidates = page_authors._maybe_author_named(root)
    assert candidates == _maybe_author_named_before(root)
    for element in candidates:  # every author-named element, the page's `<body>` among them on WordPress blogs
        assert page_authors._author_link_text(element) == _author_link_text_before(element)
        assert page_authors._box_name(element) == _box_name_before(element)
        assert _step_one(element) == _step_one_before(element)


PIECES = st.text(alphabet=f"ab AUTHOR《》【】「」\t\n{ODD_LETTERS}", max_size=8)
TAGS = st.sampled_from(["span", "b", "a", "p"])


@given(st.lists(st.tuples(TAGS, PIECES, PIECES), max_size=10), PIECES, st.integers(0, 8))
def test_a_long_elements_words_as_before(parts: list[tuple[str, str, str]], head: str, most: int) -> None:
    """Texts run together (`text_content()`) never hold more words than joined by spaces, brackets stripped or not:
    the element is dropped as too long only when it is."""
    box = lxml.html.fragment_fromstring("<div></div>")
    box.text = head
    for tag, text, tail in parts:
        child = lxml.html.fragment_fromstring(f"<{tag}></{tag}>")
        child.text, child.tail = text, tail
        box.append(child)
    joined = " ".join(box.itertext())
    shown = page_authors._shown_name_text(box, most=most)
    assert shown in ("", joined)
    if shown != joined:  # dropped: too long to be read
        assert len(joined.strip(page_authors._NAME_BRACKETS).split()) > most
    assert _box_name_before(box) == page_authors._box_name(box)


WORDS = ["author", "AUTHOR", "Writer", "wrİter", "byline", "By Line", "LINE", "firma", "ALL RIGHTS RESERVED", "x", " "]


@given(st.lists(st.sampled_from([*WORDS, "-", NUL, *ODD_LETTERS]), max_size=16).map("".join))
def test_parts_may_match_as_each_part(text: str) -> None:
    for gate in (page_authors._BYLINE_CLASS_WORD, _SITE_NOTICE, gated_compile("writer|by ?line", re.IGNORECASE)):
        assert gate.may_match_parts(text, NUL) in (None, _parts_before(gate, text))
    assert page_authors._BYLINE_CLASS_WORD.may_match_parts(text, NUL) is not None
