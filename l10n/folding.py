"""Text folded for comparison: accents taken off, one rule for every layer that compares words.

Ingest compares a page's short lines with labels in many languages (`ingest.chrome_lines`); QA
compares a name's letters in the source and its translation (`qa.checks`). Both mean the same
thing by "the same letters, accents aside", so the rule lives here, below both layers.
"""

from __future__ import annotations

import re
import unicodedata


def without_accents(text: str) -> str:
    """`text` decomposed (NFD) with its combining marks taken off: "Άλλα" → "Αλλα", "ṽ" → "v";
    a letter with no decomposition ("ŧ", "ø") stays itself. ASCII text is returned as it is
    (NFD leaves it unchanged), without a pass per character.

    >>> without_accents("Άλλα άρθρα"), without_accents("Ṽerizon"), without_accents("Øresund"), without_accents("plain")
    ('Αλλα αρθρα', 'Verizon', 'Øresund', 'plain')
    """
    if text.isascii():
        return text
    return without_marks(unicodedata.normalize("NFD", text))


def without_marks(text: str) -> str:
    """`text` with every combining mark (`unicodedata.combining`) taken out: each distinct mark by
    `str.replace`, the marks found among the non-word characters (every combining character is one:
    `tests/test_pagespeed29.py` checks all code points), not the text read a character at a time in
    Python — 2× faster on a page's whole text (pagespeed29).

    >>> without_marks("Pa\u0301gina"), without_marks("Øre")
    ('Pagina', 'Øre')
    """
    for mark in {char for char in "".join(_NON_WORD_RUN.findall(text)) if unicodedata.combining(char)}:
        text = text.replace(mark, "")
    return text


_NON_WORD_RUN = re.compile(r"\W+")
