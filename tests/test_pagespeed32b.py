"""Session 32's cuts of the writers' search (writers32b; speed only, every realworld page's dump byte-identical
to main bc878116), each held to the reading it replaces (copied here as it was).

- `page_authors._is_control` reads a class's words only when the class, lower-cased, holds "btn" or "button";
- `page_authors._shown_name_text` asks `_is_by_label` only of parts whose class, lower-cased, holds "by";
- `page_authors.split_label_line` reads no text of an element with children;
- `author_elements` and `korean_byline_line` ask XPaths compiled once (`etree.XPath`), not the expression's
  text at each element;
- `page_authors.meta_line_byline` reads a text once (an element nested in one of the same text is not read
  again) and splits a line at CJK fields only when it holds a colon;
- `author_names` reduces each source's lines once (`reduced_bylines` answers by its arguments alone: the dumps
  show it).
"""

from __future__ import annotations

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given
from hypothesis import strategies as st
from test_pagespeed20_gates import parsed

from l10n.ingest import page_authors
from l10n.ingest.byline import is_picture_label
from l10n.ingest.byline_lines import is_label_only
from l10n.ingest.byline_shape import is_labelled_byline
from l10n.ingest.byline_teasers import heading_boxes, in_teaser
from l10n.ingest.fields import normalise_space
from l10n.ingest.figure_credits import class_words
from l10n.ingest.page_prune import is_style_hidden

PAGES = sorted(path.name for path in measured_pages())


def _is_control_before(element: lxml.html.HtmlElement) -> bool:
    """writers32b's reading, with the rule added since beside it (misses49: a box of account links is no writer)."""
    if element.tag == "button" or page_authors._is_account_box(element):
        return True
    return any({"btn", "button"} & set(class_words(name)) for name in (element.get("class") or "").split())


def _says_by_before(element: lxml.html.HtmlElement) -> bool:
    """Whether `_shown_name_text` dropped a label before writers32b (every part asked)."""
    return any(page_authors._is_by_label(part) for part in element.iterdescendants())


def _meta_line_byline_before(root: lxml.html.HtmlElement) -> list[str]:
    lines = [e for e in root.iter("small", "span", "p", "li", "div") if len(e) <= page_authors.MAX_META_LINE_CHILDREN]
    texts = page_authors.short_texts(lines, page_authors.MAX_META_LINE_WORDS)
    for element in lines:
        if not (text := normalise_space(texts.get(element, ""))):
            continue
        parts, first = page_authors._META_LINE_SEPARATOR.split(text), 1
        if len(parts) == 1:
            parts = page_authors._CJK_FIELD.split(text)
            first = 0 if page_authors._CJK_LABEL.match(text) else 1  # misses42's rule: a first field read too
        found = next((part for part in parts[first:] if is_labelled_byline(part)), None) if len(parts) > 1 else None
        if found and not is_style_hidden(element):  # misses34's rule: a line an inline style hides is read apart
            return [found]
    return []


def _split_label_line_before(root: lxml.html.HtmlElement) -> list[str]:
    headed = None
    for element in root.iter("span", "div", "p", "strong", "b", "em", "small", "dt"):
        text = element.text or ""
        if len(element) or not text.strip() or len(text) > 20 or not is_label_only(text) or is_picture_label(text):
            continue
        headed = heading_boxes(root) if headed is None else headed
        if in_teaser(element, headed):
            continue
        sibling = page_authors._label_holder(element).getnext()
        name = normalise_space(sibling.text_content()) if sibling is not None else ""
        if 0 < len(name.split()) <= page_authors.MAX_NAME_ELEMENT_WORDS:
            return [f"{normalise_space(text)} {name}"]
    return []


@pytest.mark.parametrize("name", PAGES)
def test_the_writers_readings_as_before(name: str) -> None:
    root = parsed(name)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert page_authors._is_control(element) == _is_control_before(element)
        assert any(
            page_authors._is_by_label(part) for part in element.iterdescendants() if page_authors._may_say_by(part)
        ) == _says_by_before(element)
    for element in page_authors._maybe_author_named(root):
        assert page_authors._IS_ELSEWHERE(element) == element.xpath(page_authors._ELSEWHERE)
        assert page_authors._IN_LIST_OR_LINK(element) == element.xpath("ancestor::li|ancestor::a")
    assert all(path(root) == root.xpath(path.path) for path in page_authors._NAMED_BY)  # one a name since pagespeed37
    assert page_authors.split_label_line(root) == _split_label_line_before(root)
    assert page_authors.meta_line_byline(root) == _meta_line_byline_before(root)


CLASS_PARTS = st.sampled_from(
    ["btn", "Btn", "BTN", "button", "Button", "by", "By", "BY", "-", "_", " ", "x", "İ", "K", "author", "td"]
)


@given(st.lists(CLASS_PARTS, max_size=6).map("".join), st.sampled_from(["span", "div", "button", "a"]))
def test_a_class_reads_as_before(class_: str, tag: str) -> None:
    box = lxml.html.fragment_fromstring(f"<div><{tag}>Nga</{tag}> Ann Lee</div>")
    part = box[0]
    part.set("class", class_)
    assert page_authors._is_control(part) == _is_control_before(part)
    assert page_authors._may_say_by(part) or not page_authors._is_by_label(part)
    assert page_authors._shown_name_text(box) == (" Ann Lee" if _says_by_before(box) else " ".join(box.itertext()))
