"""What ingest no longer works out on a page, and why each answer stays the one it was (pagespeed19).

- `page_authors.meta_line_byline` counts an element's words with a split that stops one word past
  its limit (`MAX_META_LINE_WORDS`): a box holding the whole page is not split and rejoined to learn
  that it is longer than a line of facts. The answer is the one of the whole split, at the limit
  and one word past it, for whitespace of any kind, and for every element of real pages.
- `page_main._nfc` normalises a long text (a page's script) in pieces cut before ASCII characters:
  the string is NFC's of the whole, for marks that compose, reorder or decompose and Hangul jamo
  at any cut, and on nymag's 830 kB script.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

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
from l10n.ingest.page_main import NFC_PIECE, _nfc

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


# NFC read in pieces (`page_main._nfc`): marks that compose, reorder or decompose, Hangul jamo that
# compose into syllables, and ASCII letters they may follow or precede
_MARKS = "\u0300\u0301\u0308\u0327\u0338\u0344\u0345\u0f73\u1039\u103a\u20d2\u302a\u3099"
_LETTERS = "aeouAZ<=>n \n" + "\u00e9\u0130\u1100\u1161\u11a8\uac00\u212b\u2126\u0387\u4e2d\U0001f600\u00ad"


@given(st.text(alphabet=_MARKS + _LETTERS, max_size=200), st.integers(min_value=1, max_value=12))
def test_nfc_read_in_pieces_is_the_whole_texts(text: str, piece: int) -> None:
    assert _nfc(text, piece) == unicodedata.normalize("NFC", text)


def test_no_canonical_decomposition_holds_an_ascii_character_after_its_first() -> None:
    """What `_nfc`'s cut before an ASCII character rests on, for the Unicode data this Python has."""
    for code in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            assert all(int(part, 16) >= 0x80 for part in decomposition.split()[1:]), hex(code)


def test_nymags_script_normalised_in_pieces_is_the_whole_of_it() -> None:
    root = parsed("nymag-com-polarization.html")
    script = max((element.text or "" for element in root.iter("script")), key=len)
    assert len(script) > 100 * NFC_PIECE and sum(map(unicodedata.combining, script)) > 0  # marks: the slow path
    for piece in (NFC_PIECE, 64):
        assert _nfc(script, piece) == unicodedata.normalize("NFC", script)
    marked = "e" * NFC_PIECE + "\u0301" + "x" * NFC_PIECE  # the mark right where the first piece ends
    assert _nfc(marked) == "e" * (NFC_PIECE - 1) + "\u00e9" + "x" * NFC_PIECE
