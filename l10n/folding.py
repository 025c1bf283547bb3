"""Text folded for comparison: accents taken off, one rule for every layer that compares words.

Ingest compares a page's short lines with labels in many languages (`ingest.chrome_lines`); QA
compares a name's letters in the source and its translation (`qa.checks`). Both mean the same
thing by "the same letters, accents aside", so the rule lives here, below both layers. So does the
spelling of Latin letters in ASCII that names a file: an article's id from its file name (`project`) and its
pages' names from its headline (`publish.pages.headline_slug`) spell "ß" and "ø" alike (`latin_in_ascii`).
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


FOLDED_LATIN = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}
    | {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t"}
    | {"Ŧ": "T", "ŋ": "ng", "Ŋ": "NG", "ĸ": "q", "ſ": "s"}
)
"""The Latin letters Unicode gives no decomposition to ASCII (NFKD leaves them whole): spelled
as German, Danish, Polish, Icelandic and Sami writers spell them in ASCII. No library in the
lock transliterates (Unidecode, anyascii are not in it), and these are all Latin-1 and
Latin Extended-A hold."""


def latin_in_ascii(text: str) -> str:
    """`text` (NFKC) with its Latin letters spelled in ASCII: `FOLDED_LATIN`'s letters as their writers spell
    them, then NFKD with the combining marks taken off; letters of other scripts stay as they are.

    >>> latin_in_ascii("Łódź — Smørrebrød, Straße, Þórshöfn"), latin_in_ascii("Путин ﬁnal")
    ('Lodz — Smorrebrod, Strasse, Thorshofn', 'Путин final')
    """
    return without_marks(unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).translate(FOLDED_LATIN)))
