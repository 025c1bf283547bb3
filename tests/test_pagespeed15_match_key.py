"""`fields.match_key` keeps its last answers for short texts (pagespeed15): the keys were 4 % of a
page's time, four asks in five for a text asked before. The cache fails closed: an answer it gives
is the one the key gives for that very text (a function of the text alone, so never stale), whatever
was asked in between; it stays bounded over a run of many pages, in entries and in memory (a long
text, a box's whole `text_content()`, is keyed afresh and not kept: review15's finding).
"""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import lxml.html

from l10n.ingest import fields
from l10n.ingest.fields import MATCH_KEY_CACHE, match_key

REALWORLD = Path(__file__).parent / "data" / "realworld"
PAGES = ("247sports-com-applewhite.html", "247wallst-com-djia.html")


def page_texts() -> list[str]:
    """Every text node of two real pages, as lxml hands them (str subclasses), in document order."""
    texts: list[str] = []
    for name in PAGES:
        root = lxml.html.document_fromstring((REALWORLD / name).read_bytes())
        texts += [text for text in root.xpath("//text()") if text.strip()]
    return texts


def test_cached_key_is_the_functions_key_for_every_text_even_after_eviction() -> None:
    texts = page_texts()
    distinct = list(dict.fromkeys(map(str, texts)))
    filler = [f"filler text {number}" for number in range(MATCH_KEY_CACHE + 1)]
    for text in [*texts, *filler, *texts]:  # asked, evicted by more texts than the cache holds, asked again
        assert match_key(text) == fields._key(text)
    # texts that differ only where the key does not look (case, punctuation) share a key; others do not
    assert match_key("Read MORE: the story") == match_key("read more — the story!") == "readmorethestory"
    assert match_key("Ann Lee") != match_key("Ann Leigh")
    assert len({match_key(text) for text in distinct}) > 1


def test_cache_stays_bounded_over_many_pages_worth_of_texts() -> None:
    for number in range(3 * MATCH_KEY_CACHE):
        match_key(f"another block of text {number}")
    info = fields._short_key.cache_info()
    assert info.maxsize == MATCH_KEY_CACHE
    assert info.currsize <= MATCH_KEY_CACHE


def test_long_texts_are_not_kept_after_they_are_keyed() -> None:
    """200 distinct 20,000-character texts (a hostile page's nested boxes, each keyed whole) leave
    no memory held once their caller lets go; kept, they and their keys would hold ~8 MB."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for number in range(200):
            match_key(f"box {number} " + "word " * 4_000)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 1_000_000
