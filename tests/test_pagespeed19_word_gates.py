"""What ingest no longer works out on a page, and why each answer stays the one it was (pagespeed19).

- `page_authors.meta_line_byline` counts an element's words with a split that stops one word past
  its limit (`MAX_META_LINE_WORDS`): a box holding the whole page is not split and rejoined to learn
  that it is longer than a line of facts. The answer is the one of the whole split, at the limit
  and one word past it, for whitespace of any kind, and for every element of real pages.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from l10n.ingest.byline_shape import is_labelled_byline
from l10n.ingest.decode import decode_article
from l10n.ingest.fields import normalise_space
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_authors import (
    _META_LINE_SEPARATOR,
    MAX_META_LINE_CHILDREN,
    MAX_META_LINE_WORDS,
    meta_line_byline,
)

REALWORLD = Path(__file__).parent / "data" / "realworld"
# nested boxes of the whole page (the cost), a line of facts that is read, and others
PAGES = (
    "kentnews-online-prison.html",
    "kulu-media-com-outage.html",
    "pikabu-ru-matrix.html",
    "jaraguadosul-com-br-arrombamento.html",  # holdout4: "… - Publicado por: … - Categoria: …"
)
LINE = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde"


def whole_split_meta_line(root: lxml.html.HtmlElement) -> list[str]:
    """`meta_line_byline` as it answered before the bounded split: every element's whole text split."""
    for element in root.iter("small", "span", "p", "li", "div"):
        if len(element) > MAX_META_LINE_CHILDREN:
            continue
        text = normalise_space(element.text_content())
        if not 0 < len(text.split()) <= MAX_META_LINE_WORDS:
            continue
        parts = _META_LINE_SEPARATOR.split(text)
        found = next((part for part in parts[1:] if is_labelled_byline(part)), None) if len(parts) > 1 else None
        if found:
            return [found]
    return []


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


@pytest.mark.parametrize("extra", range(MAX_META_LINE_WORDS - len(LINE.split()) - 2, MAX_META_LINE_WORDS))
@pytest.mark.parametrize("space", [" ", "\u00a0", "\n\t ", "\u3000"])
def test_a_line_of_facts_is_read_up_to_the_word_limit_and_not_past_it(extra: int, space: str) -> None:
    padding = space.join(["word"] * extra)
    html = f"<div><p>{space}{LINE}{space}<b>{padding}</b>{space}</p></div>"
    root = lxml.html.document_fromstring(html)
    words = len(LINE.split()) + extra
    assert meta_line_byline(root) == whole_split_meta_line(root)
    assert meta_line_byline(root) == (["Publicado por: Clarissa Borba"] if words <= MAX_META_LINE_WORDS else [])


def test_an_element_of_whitespace_only_is_no_line() -> None:
    root = lxml.html.document_fromstring(f"<div><span> \u00a0\n</span><p>{LINE}</p></div>")
    assert meta_line_byline(root) == whole_split_meta_line(root) == ["Publicado por: Clarissa Borba"]


@pytest.mark.parametrize("name", PAGES)
def test_the_answer_is_the_whole_splits_on_real_pages_and_each_of_their_boxes(name: str) -> None:
    root = parsed(name)
    assert meta_line_byline(root) == whole_split_meta_line(root)
    for element in root.iter("div", "li"):  # each box alone, as if the page were that box
        box = lxml.html.fromstring(lxml.html.tostring(element, encoding="unicode"))
        assert meta_line_byline(box) == whole_split_meta_line(box)
