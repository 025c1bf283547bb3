"""Note marks: the "1", "ii", "*" or "[1]" in a `sup` element that ties a sentence to its note.

A note mark is a value of the source, not text: it must match the mark its note starts with
(Word prints both, `l10n.ingest.docx_notes`; a web page links "[1]" to its footnote), so it is a
placeable of kind "mark" kept verbatim in every locale — no engine may translate "a" or "i",
drop "*", or write "1" in other digits while the note keeps "1". The rule is decided by what the
`sup` holds and what it is glued to, wherever the markup came from (Word, HTML, Markdown's inline
HTML), in this one place; the segmenter asks it both for placeables and for sentence ends.

A mark is the whole text of a `sup` (outer spaces aside) that is:

- digits ("1", "12", a list "1,2" or span "1–3"), a Roman numeral ("iv", "XII", Word's
  `lowerRoman`/`upperRoman`), or one or two letters ("a", "aa": `lowerLetter` past z);
- note symbols — * † ‡ § ¶ ‖ # — alone or repeated (Word's `chicago` format: "**", "††");
- any of these in square or round brackets ("[1]", "(a)", as pages and Word authors write them).

Bare digits or letters are *not* a mark where they are glued (no space between) to what shows
they are part of a word or a formula, and stay text to translate or numbers to format:

- after a digit: an exponent ("10<sup>6</sup> cells") or an ordinal indicator ("1<sup>st</sup>",
  French "2<sup>e</sup>");
- after a token of one or two letters: a variable or unit ("x<sup>2</sup>", "km<sup>2</sup>") or
  an abbreviation ("M<sup>me</sup>", "D<sup>r</sup>");
- after a token with a math sign (= + ^ / × −): a formula ("E=mc<sup>2</sup>");
- letters after an upper-case Roman numeral: a century ordinal ("XIX<sup>e</sup> siècle").

Symbols and bracketed marks are never a word or an exponent, so they are marks anywhere. A
`sub` never holds a note mark (chemistry "CO<sub>2</sub>", indices): it stays text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from l10n.model import NOTE_REFERENCE, InlineMarkup, NoteMark, Placeable

MARK_ELEMENT = "sup"
_ROMAN = r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_BARE = re.compile(
    rf"(?:\d{{1,3}}(?:\s?[,–-]\s?\d{{1,3}})*|[a-z]{{1,2}}|[A-Z]{{1,2}}|(?=[ivxlcdm])(?:{_ROMAN})"
    rf"|(?=[IVXLCDM])(?:{_ROMAN.upper()}))"
)
_SYMBOLS = re.compile(r"(?:\*+|†+|‡+|§+|¶+|‖+|#+)")
_MARK = re.compile(rf"(?P<mark>\[(?:{_BARE.pattern}|{_SYMBOLS.pattern})\]|\((?:{_BARE.pattern}|{_SYMBOLS.pattern})\)"
                   rf"|{_SYMBOLS.pattern}|(?P<bare>{_BARE.pattern}))")  # fmt: skip
_GLUED = re.compile(r"\S*$")
_GLUE_REACH = 64  # characters before a `sup` that can hold the token it is glued to
_FORMULA_SIGNS = frozenset("=+^/×−")
_UPPER_ROMAN = re.compile(rf"(?=[IVXLCDM])(?:{_ROMAN.upper()})")


def is_note_mark(content: str, before: str) -> bool:
    """Whether `content`, the whole text of a `sup`, is a note mark; `before` is the text
    before the element (only its last, unspaced token counts).

    >>> [is_note_mark(mark, "the harbour.") for mark in ("1", "ii", "*", "††", "[1]", "(a)", "note")]
    [True, True, True, True, True, True, False]
    >>> [is_note_mark(mark, before) for mark, before in (("6", "10"), ("2", "E=mc"), ("st", "1"), ("e", "XIX"))]
    [False, False, False, False]
    """
    match = _MARK.fullmatch(content.strip())
    if match is None:
        return False
    if match["bare"] is None:
        return True
    glued = _GLUED.search(before)
    token = glued.group() if glued else ""
    if not token:
        return True
    if token[-1].isdigit() or _FORMULA_SIGNS.intersection(token):
        return False
    if token.isalpha() and len(token) <= 2:
        return False
    return not (content.strip().isalpha() and _UPPER_ROMAN.fullmatch(token) is not None)


def note_mark_spans(text: str, markup: Sequence[InlineMarkup]) -> list[tuple[int, int]]:
    """Offsets `(start, end)` in `text` of each note mark (outer spaces in the `sup` excluded),
    in order; `markup` indexes `text` as `Block.markup` does. A `sup` its reader knew to be a
    note's reference (`NOTE_REFERENCE`: Word's) is one whatever it is glued to. A mark right after another
    ("rained.<sup>1</sup><sup>2</sup>") is glued to what that one is glued to."""
    spans: list[tuple[int, int]] = []
    glued_to: dict[int, int] = {}  # element end → where the text it is glued to ends
    elements = (m for m in markup if m.tag.lower() == MARK_ELEMENT and not m.void and m.start < m.end)
    for element in sorted(elements, key=lambda m: (m.start, m.end)):
        content = text[element.start : element.end]
        cut = glued_to.get(element.start, element.start)
        if NOTE_REFERENCE in element.attrs or is_note_mark(content, text[max(0, cut - _GLUE_REACH) : cut]):
            lead = len(content) - len(content.lstrip())
            spans.append((element.start + lead, element.start + len(content.rstrip())))
            glued_to[element.end] = cut
    return sorted(set(spans))


def with_marks(
    values: Sequence[Placeable], source: str, marks: Sequence[tuple[int, int]], start: int, cuts: Collection[int]
) -> list[Placeable]:
    """`values` detected in one sentence (`source`, at block offset `start`) plus the marks in
    it as "mark" placeables, a value inside a mark ("1" as a number) giving way to it; offsets
    relative to the sentence, names assigned later. A mark that inline markup cuts
    (`<sup>[<a>1</a>]</sup>`, `cuts` are the tag positions) cannot be one piece and stays text."""
    end = start + len(source)
    found = [
        Placeable("mark", "mark", source[low:high], NoteMark(source[low:high]), low, high)
        for low, high in ((low - start, high - start) for low, high in marks if start <= low and high <= end)
        if not any(low < point < high for point in cuts)
    ]
    if not found:
        return list(values)
    kept = [value for value in values if not any(value.start < mark.end and mark.start < value.end for mark in found)]
    return sorted([*kept, *found], key=lambda placeable: placeable.start)
