"""`fields.match_key` keeps the keys of a page's long texts while the page is read (pagespeed16:
`fields.page_keys`): a paragraph's key is asked by up to eight rules of ingest. The memo fails
closed: an answer it gives is the key of that very text, whatever was asked before (texts alike but
for a letter far in, or of the same length); a page reads the same with the memo as without it;
it is bounded while a page is read and holds nothing once the page is read.
"""

from __future__ import annotations

import contextlib
import gc
import tracemalloc
from pathlib import Path

import lxml.html
import pytest

from l10n.ingest import fields, html, page
from l10n.ingest.fields import (
    MATCH_KEY_CACHED_CHARS,
    MATCH_KEY_PAGE_BUDGET,
    MATCH_KEY_PAGE_CHARS,
    MATCH_KEY_PAGE_TEXTS,
    match_key,
)

REALWORLD = Path(__file__).parent / "data" / "realworld"
PAGES = ("kenya-today-com-itumbi.html", "economist-com-thinking.html")  # many long texts, asked by many rules


def long_texts() -> list[str]:
    """Every element's `text_content()` longer than the short-key cache takes, of two real pages."""
    texts: list[str] = []
    for name in PAGES:
        root = lxml.html.document_fromstring((REALWORLD / name).read_bytes())
        texts += [str(element.text_content()) for element in root.iter() if isinstance(element.tag, str)]
    return [text for text in texts if MATCH_KEY_CACHED_CHARS < len(text) <= MATCH_KEY_PAGE_CHARS]


def test_kept_key_is_the_texts_own_even_for_texts_alike() -> None:
    texts = long_texts()
    assert len(texts) > 50
    base = "word " * 100
    # same start, or same length: a memo keyed on a prefix or a length answers wrong
    alike = [base + "Alpha end", base + "Omega end", base + "alpha-END!", "Omega end " + base]
    with fields.page_keys():
        for text in [*texts, *alike, *texts, *reversed(alike)]:  # asked, then asked again
            assert match_key(text) == fields._key(text)
    assert match_key(alike[0]) == match_key(alike[2]) != match_key(alike[1])


def test_a_page_reads_the_same_with_the_memo_as_without(monkeypatch: pytest.MonkeyPatch) -> None:
    def read(name: str) -> list[tuple[str, str]]:
        document = html.ingest_html((REALWORLD / name).read_text(encoding="utf-8"), source_path=name)
        return [(block.role, block.text) for block in document.blocks] + [("author", document.author)]

    kept = {name: read(name) for name in PAGES}
    monkeypatch.setattr(page, "page_keys", contextlib.nullcontext)  # every long text keyed afresh
    assert {name: read(name) for name in PAGES} == kept


def test_memo_is_bounded_while_a_page_is_read_and_let_go_after() -> None:
    """600 distinct 8,000-character texts: at most MATCH_KEY_PAGE_TEXTS kept while the page is read
    (~4 MB with their keys), none once it is read; a text longer than MATCH_KEY_PAGE_CHARS is never kept, and
    texts up to it only to MATCH_KEY_PAGE_BUDGET characters in all (pagespeed50b)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        with fields.page_keys():
            for number in range(600):
                match_key(f"box {number:04} " + "x" * 7991)
            match_key("y" * (MATCH_KEY_PAGE_CHARS + 1))
            kept = fields._page_long_keys.get()
            assert kept is not None and len(kept) == MATCH_KEY_PAGE_TEXTS
            assert all(len(text) <= MATCH_KEY_PAGE_CHARS for text in kept)
            del kept  # the test's own hold on it
        with fields.page_keys():
            for number in range(100):
                match_key(f"box {number:04} " + "z" * (MATCH_KEY_PAGE_CHARS - 9))
            kept = fields._page_long_keys.get()
            assert kept is not None and 0 < sum(map(len, kept)) <= MATCH_KEY_PAGE_BUDGET
            assert len(kept) == MATCH_KEY_PAGE_BUDGET // MATCH_KEY_PAGE_CHARS
            del kept
        assert fields._page_long_keys.get() is None
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 1_000_000
