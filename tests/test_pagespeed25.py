"""Session 25's speed cut (issue 14, per page), held to the reading it replaces.

An equivalence guard for output-identical work, as `tests/test_pagespeed23.py`'s: the new reading is
compared with the one it replaces (the pattern `fields._key` ran before), on the realworld pages'
texts and on generated ones, so on main it fails only for want of the name it imports.

- `fields._key`: a non-ASCII text whose words are parted by spaces drops its ASCII non-word
  characters as UTF-8 bytes before the pattern drops the rest (`SPACED_SHARE`); a text of a script
  parting no words by spaces goes to the pattern alone.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_pagespeed21 import parsed

from l10n.ingest.fields import SPACED_SHARE, _key

# pages whose boxes' long texts are keyed: readers' comments with curly quotes and emoji (kenya-today),
# Cyrillic, Japanese, Korean
PAGES = (
    "kenya-today-com-itumbi.html",
    "pikabu-ru-matrix.html",
    "nikkan-gendai-com-fuji.html",
    "chosun-com-nokyungeun.html",
)


def reference_key(text: str) -> str:
    """`fields._key` before pagespeed25: lower case, then every `\\W` character dropped."""
    return re.sub(r"\W+", "", text.lower())


# words of any script parted by ASCII spaces and signs, and the characters whose lower case changes
# length or depends on the next one (İ, final sigma), lone surrogates, no-break and ideographic spaces
_WORDS = st.text(min_size=1, max_size=12) | st.sampled_from(["İSTANBUL", "ΟΔΟΣ", "\ud800", "\u00a0", "\u3000", "😀"])
_SPACED = st.lists(st.tuples(_WORDS, st.sampled_from([" ", ", ", " — ", "“ ", " ” ", ". "])), max_size=30).map(
    lambda parts: "".join(word + sign for word, sign in parts)
)


@given(_SPACED | st.text())
def test_a_texts_key_is_the_patterns_whatever_its_script(text: str) -> None:
    assert _key(text) == reference_key(text)


def test_both_readings_are_asked_of_the_generated_texts() -> None:
    """The guard above reaches the bytes pass (a spaced non-ASCII text) and the pattern alone."""
    spaced, unspaced = "“Quoted,” she said — ok.", "東京都は２０日、新たに感染。"
    assert spaced.count(" ") * SPACED_SHARE >= len(spaced) and not spaced.isascii()
    assert unspaced.count(" ") * SPACED_SHARE < len(unspaced)
    assert (_key(spaced), _key(unspaced)) == (reference_key(spaced), reference_key(unspaced))


@pytest.mark.parametrize("name", PAGES)
def test_real_pages_box_keys_are_the_patterns(name: str) -> None:
    """Every element's whole text on pages in four scripts, as `comment_threads` and the other
    passes key boxes."""
    for element in parsed(name).iter():
        text = element.text_content()
        assert _key(text) == reference_key(text)
