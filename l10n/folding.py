"""Text folded for comparison: accents taken off, one rule for every layer that compares words.

Ingest compares a page's short lines with labels in many languages (`ingest.chrome_lines`); QA
compares a name's letters in the source and its translation (`qa.checks`). Both mean the same
thing by "the same letters, accents aside", so the rule lives here, below both layers.
"""

from __future__ import annotations

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
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))
