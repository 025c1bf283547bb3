"""The QA checks' fast paths find what a plain walk over every character finds.

`_depth` and `_open_quotes` walk only the marks they count, `_invisible` and `bidi-control`
search with one regex: each is compared here with the character-by-character walk it replaced,
on real text — every paragraph of the Wikinews corpus (`bench/data/wikinews`, CC BY 2.5), every
msgid and msgstr of the project's real catalogs (`locales/`) — and on the same text cut at every
bracket and quote, so unbalanced cases are covered as well as balanced ones.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest

from l10n.ingest import BIDI_CONTROLS
from l10n.qa import checks, invisible
from l10n.qa.checks import BRACKET_PAIRS, QUOTE_CLOSINGS, QUOTE_OPENINGS
from l10n.qa.invisible import ZERO_WIDTH

REPO = Path(__file__).resolve().parent.parent
MARKS = "".join(BRACKET_PAIRS) + QUOTE_OPENINGS + QUOTE_CLOSINGS + '"'


def _texts() -> Iterator[str]:
    for path in sorted((REPO / "bench" / "data" / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                yield from (p for p in row["text"].split("\n") if p.strip())
    for path in sorted((REPO / "locales").rglob("*.po")):
        for entry in polib.pofile(str(path)):
            yield entry.msgid
            yield entry.msgstr


def _cuts(text: str) -> Iterator[str]:
    """The text, and the text up to and after each of its first few marks."""
    yield text
    marks = [i for i, char in enumerate(text) if char in MARKS][:6]
    for index in marks:
        yield text[: index + 1]
        yield text[index:]


TEXTS = [cut for text in _texts() for cut in _cuts(text)]


def _depth_walk(text: str, opening: str, closing: str) -> int:
    depth = 0
    for char in text:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return -1
    return depth


def _open_quotes_walk(text: str, language: str) -> int:
    closings = QUOTE_CLOSINGS + ("“" if language in checks.LOW_OPENING_QUOTE_LANGUAGES else "")
    openings = "".join(mark for mark in QUOTE_OPENINGS if mark not in closings)
    balance = 0
    for index, char in enumerate(text):
        if char == '"':
            balance += 1 if index == 0 or text[index - 1] in " \t([{—–-" else -1
        else:
            balance += (char in openings) - (char in closings)
    return (balance > 0) - (balance < 0)


def _invisible_walk(text: str) -> list[str]:
    found = {c for c in text if c in BIDI_CONTROLS or c in ZERO_WIDTH or ord(c) < 0x20 and c not in "\t\n"}
    found |= {c for c in text if 0x7F <= ord(c) <= 0x9F}
    return [f"U+{ord(char):04X}" for char in sorted(found)]


def test_the_corpus_has_the_cases():
    assert len(TEXTS) > 5000
    assert sum(1 for t in TEXTS if _depth_walk(t, "(", ")") not in (0, t.count("("))) > 20  # a ")" first
    assert sum(1 for t in TEXTS if _open_quotes_walk(t, "en") != 0) > 100


@pytest.mark.parametrize("pair", BRACKET_PAIRS)
def test_depth_counts_as_the_walk(pair):
    assert [checks._depth(t, *pair) for t in TEXTS] == [_depth_walk(t, *pair) for t in TEXTS]


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_open_quotes_counts_as_the_walk(language):
    assert [checks._open_quotes(t, language) for t in TEXTS] == [_open_quotes_walk(t, language) for t in TEXTS]


def test_invisible_characters_found_as_the_walk():
    hidden = "".join(sorted(BIDI_CONTROLS | ZERO_WIDTH)) + "\x00\x07\x1b\x7f\x85\x9f"
    samples = TEXTS[:2000] + [t[:40] + hidden[i::5] + t[40:] for i, t in enumerate(TEXTS[:200])]
    assert [invisible._invisible(t) for t in samples] == [_invisible_walk(t) for t in samples]
    assert any(invisible._invisible(t) for t in samples)
