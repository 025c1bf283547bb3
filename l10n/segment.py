"""Split block text into sentences and turn each into a `Segment` with named placeholders.

Where a sentence begins and ends is `l10n.sentences` (BlingFire's cuts and a few abbreviation
rules): the segment is always a slice of the block text, so no character is lost or normalised.
Here each slice gets its placeables (`l10n.placeables`: values, inline tags, note marks, inline
code) named in order, cached per block text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Sequence

from l10n.errors import SegmentError
from l10n.model import Block, Document, InlineMarkup, Placeable, Segment
from l10n.placeables.code import code_placeables, has_code, joined_over_code, with_code
from l10n.placeables.detect import find_placeables
from l10n.placeables.marks import note_mark_spans, with_marks
from l10n.placeables.naming import assign_names, placeholder_text
from l10n.placeables.patterns import ENGLISH_NUMBERS, NumberSymbols
from l10n.placeables.tags import clip_markup, markup_by_sentence, merge_with_tags
from l10n.placeables.variety import EnglishVariety, document_number_symbols
from l10n.placeables.variety import english_variety as guess_variety
from l10n.sentences import cut_at_breaks, sentence_spans, spans_around_marks, trimmed

UNSPLIT_ROLES: frozenset[str] = frozenset({"headline", "credit", "byline", "alt"})
SEGMENT_CACHE_SIZE = 1024  # block texts per process; a MB or two


def _segment(
    text: str,
    start: int,
    end: int,
    markup: Sequence[InlineMarkup],
    points: tuple[int, int],
    reference_date: dt.date | None,
    english_variety: EnglishVariety | None,
    marks: Sequence[tuple[int, int]],
    elements: Sequence[int],
    *,
    code: bool = False,
    number_symbols: NumberSymbols = ENGLISH_NUMBERS,
) -> Segment:
    source = text[start:end]
    codes: list[Placeable] = []
    if code:  # inline code: one placeable each, the elements inside it taken in (`placeables.code`)
        codes, taken = code_placeables(text, markup, start, end, elements)
        elements = [index for index in elements if index not in taken]
    tags = clip_markup(markup, start=start, end=end, point_range=points, indices=elements)
    cuts = frozenset(tag.start for _, tag in tags)
    if codes:
        cuts |= {edge for placeable in codes for edge in (placeable.start, placeable.end)}
    values = find_placeables(
        source,
        reference_date=reference_date,
        english_variety=english_variety,
        boundaries=cuts,
        number_symbols=number_symbols,
    )
    if marks:
        values = with_marks(values, source, marks, start, cuts)
    if codes:
        values = with_code(values, codes)
    placeables = assign_names(merge_with_tags(values, tags))
    return Segment(placeholder_text(source, placeables), source, placeables, start, end)


def _check_markup(text: str, markup: Sequence[InlineMarkup]) -> None:
    for element in markup:
        if not 0 <= element.start <= element.end <= len(text):
            raise SegmentError(f"markup <{element.tag}> at {element.start}-{element.end} is outside the text")


def segment_text(
    text: str,
    *,
    markup: Sequence[InlineMarkup] = (),
    reference_date: dt.date | None = None,
    english_variety: EnglishVariety | None = None,
    number_symbols: NumberSymbols = ENGLISH_NUMBERS,
    language: str = "en",
) -> list[Segment]:
    """Sentences of `text` as segments; `markup` offsets index `text` (see `InlineMarkup`);
    `reference_date` (publication date) dates month-days written without a year;
    `english_variety` (the article's) says what "tons" are (`l10n.placeables.variety`);
    `number_symbols`, the source locale's thousands separator and decimal mark; `language`, the
    article's (where its sentences end: `sentences.sentence_spans`).

    >>> [s.text for s in segment_text("Over 200 came on Saturday. It rained.")]
    ['Over {number_1} came on {weekday_1}.', 'It rained.']
    """
    _check_markup(text, markup)
    return _fresh(
        _segments_of(
            text,
            tuple(markup),
            reference_date,
            english_variety,
            split=True,
            number_symbols=number_symbols,
            language=language,
        )
    )


def _point_range(
    spans: list[tuple[int, int]], index: int, length: int, lines: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """The offsets whose zero-width elements sentence `index` owns: from its start to the next one's, but a `<br>`
    (`lines`) where one sentence ends and the next starts with no space between (Chinese, Japanese: `inline.
    joins_at_break`) ends the first's line, as it does where a space follows it."""
    low = 0 if index == 0 else spans[index][0] + _ends_line(spans, index, lines)
    high = length + 1 if index == len(spans) - 1 else spans[index + 1][0] + _ends_line(spans, index + 1, lines)
    return low, high


def _ends_line(spans: list[tuple[int, int]], index: int, lines: frozenset[int]) -> int:
    """1 when sentence `index` starts at a `<br>` right where the one before it ends."""
    start = spans[index][0]
    return int(start in lines and spans[index - 1][1] == start)


_FrozenSegment = tuple[str, str, tuple[Placeable, ...], int, int]


@functools.lru_cache(maxsize=SEGMENT_CACHE_SIZE)
def _segments_of(
    text: str,
    markup: tuple[InlineMarkup, ...],
    reference_date: dt.date | None,
    english_variety: EnglishVariety | None,
    *,
    split: bool,
    number_symbols: NumberSymbols = ENGLISH_NUMBERS,
    language: str = "en",
) -> tuple[_FrozenSegment, ...]:
    """The segments of a block text, as immutable tuples (the caller gets fresh `Segment`s).

    Cached per process: a corpus repeats whole paragraphs (credits, captions, editor and source
    lines, boilerplate), and the result depends on these arguments alone. Detection is most of
    segmentation's time; the cache is bounded, so memory stays flat over any corpus.
    """
    marks = note_mark_spans(text, markup) if markup else []
    code = bool(markup) and has_code(markup)
    if split:
        spans = spans_around_marks(text, marks, language=language) if marks else sentence_spans(text, language=language)
        spans = cut_at_breaks(text, spans, _paragraph_breaks(text, markup)) if markup else spans
        spans = joined_over_code(spans, markup) if code else spans
        lines = frozenset(element.start for element in markup if element.tag == "br")
        ranges = [_point_range(spans, index, len(text), lines) for index in range(len(spans))]
    else:
        start, end = trimmed(text, 0, len(text))
        spans, ranges = ([(start, end)], [(0, len(text) + 1)]) if start < end else ([], [])
    lows = [low for low, _ in marks]  # sorted: each sentence gets only the marks that start in it
    touching = markup_by_sentence(markup, spans, ranges)  # and only the elements that touch it
    segments = (
        _segment(
            text,
            start,
            end,
            markup,
            points,
            reference_date,
            english_variety,
            marks[bisect.bisect_left(lows, start) : bisect.bisect_right(lows, end)],
            elements,
            code=code,
            number_symbols=number_symbols,
        )
        for (start, end), points, elements in zip(spans, ranges, touching)
    )
    return tuple((s.text, s.source, tuple(s.placeables), s.start, s.end) for s in segments)


def _paragraph_breaks(text: str, markup: Sequence[InlineMarkup]) -> list[int]:
    """Where two or more `<br>` stand together (white space alone between them): the paragraph
    break of pages that write paragraphs as `…。<br><br>…` inside one element, which never falls
    inside a sentence ("[편집자주]<br><br>지난 70년간…", "（陳奕華報導）<br><br>根據…" were one unit).

    >>> br = InlineMarkup(4, 4, "br", void=True)
    >>> _paragraph_breaks("One. Two.", [br, br]), _paragraph_breaks("One. Two.", [br])
    ([4], [])
    """
    lines = sorted(element.start for element in markup if element.tag == "br")
    return sorted({after for before, after in zip(lines, lines[1:]) if not text[before:after].strip()})


def _fresh(frozen: tuple[_FrozenSegment, ...]) -> list[Segment]:
    return [Segment(text, source, list(placeables), start, end) for text, source, placeables, start, end in frozen]


def segment_block(
    block: Block,
    *,
    reference_date: dt.date | None = None,
    english_variety: EnglishVariety | None = None,
    number_symbols: NumberSymbols = ENGLISH_NUMBERS,
    language: str = "en",
    path: object = None,
) -> list[Segment]:
    """The segments of one block; headline, credit, byline and alt text stay one segment each.
    A code block has none: it is never translated (the assembler shows it as written). A block
    that cannot be segmented is a `SegmentError` naming `path` (its article; `<string>` for text
    without one, as `ingest_text` names it) and the block's line."""
    if block.role == "code":
        return []
    try:
        _check_markup(block.text, block.markup)
        split = block.role not in UNSPLIT_ROLES
        frozen = _segments_of(
            block.text,
            tuple(block.markup),
            reference_date,
            english_variety,
            split=split,
            number_symbols=number_symbols,
            language=language,
        )
        return _fresh(frozen)
    except SegmentError as error:
        raise SegmentError(error.message, path="<string>" if path is None else path, line=block.line) from error


def segment_document(doc: Document) -> Document:
    """Fill every block's `segments` in place and return `doc`.

    The publication date, in the source's own zone, is the reference year for month-days
    written without one ("on Dec. 14"); see `l10n.placeables.detect`. The article's English
    variety (a `variety` the document declares, else read from its spelling) says whether
    "tons" are short tons or tonnes. The source locale's number symbols
    (`document_number_symbols`) say what "3 700" or "81.000" is, and its language where a
    sentence ends ("am 9. Oktober" is one date in German: `sentences.sentence_spans`).
    """
    reference_date = doc.published.date() if doc.published else None
    variety = document_variety(doc)
    symbols = document_number_symbols(doc)
    for block in doc.blocks:
        block.segments = segment_block(
            block,
            reference_date=reference_date,
            english_variety=variety,
            number_symbols=symbols,
            language=doc.source_locale,
            path=doc.source_path or None,
        )
    return doc


def document_variety(doc: Document) -> EnglishVariety | None:
    """The article's English variety: the one it declares, else the one its spelling shows."""
    return _declared_variety(doc) or guess_variety(" ".join(block.text for block in doc.blocks))


def _declared_variety(doc: Document) -> EnglishVariety | None:
    """The document's declared English variety (`Document.source_variant` from the page, front
    matter or Word file: "en_GB", "en_US", "en_AU" …), if it has one: American English is en-US;
    every other region writes tonnes."""
    declared = doc.source_variant.replace("_", "-")
    if not declared.lower().startswith("en-"):
        return None
    return "en-US" if declared[3:].upper() == "US" else "en-GB"
