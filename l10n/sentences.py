"""Where the sentences of a block text begin and end: character offsets, never a changed text.

Sentence boundaries come from BlingFire (`text_to_sentences_and_offsets`), used only for *where*
to cut: a sentence is always a slice of the block text, so no character is lost or normalised
(no-break spaces and curly quotes stay; `l10n.segment` makes each slice a `Segment`). BlingFire
gets wire copy right nearly always; the few exceptions below were each added for a failing case in
`tests/test_segment.py`: a title before a name ("Rep. Jim Jordan") never ends a sentence, and
abbreviations such as "Inc." or "a.m." only end one before a capitalised word.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from l10n.ingest.text import CLOSING_MARKS_ONLY
from l10n.placeables.variety import day_month_names

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    "Dr. Mr. Mrs. Ms. Prof. Rep. Sen. Gov. Gen. Lt. Col. Capt. Sgt. Rev. Pres. St. Mt. Ft. vs.".split()
)
MIDSENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    "No. Nos. Inc. Ltd. Co. Corp. Jr. Sr. etc. a.m. p.m. U.S. U.K. U.N. U.S.A. E.U. approx. "
    "i.e. e.g. al. Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec.".split()
)
US_STATE_ABBREVIATIONS: frozenset[str] = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. "
    "Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.".split()
)
"""AP Stylebook state abbreviations (datelines, "Valhalla, N.Y."): after "Place," they end a
sentence only before a capitalised word that is not a weekday, month or "(AP)"."""
_LAST_WORD = re.compile(r"(?:^|\s)(\S+)$")
_SINGLE_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")
_PLACE_AND_STATE = re.compile(r"[A-Z][\w.'’-]*,\s(\S+)$")
_QUOTED_QUESTION = re.compile(r"[?!][\"”’']$")
_DATE_WORDS = re.compile(
    r"(?:\(|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)


_DAY_NUMBER = re.compile(r"(?:^|[\s(])(?:0?[1-9]|[12]\d|3[01])\.$")
_FIRST_WORD = re.compile(r"[^\W\d_]+\.?")


def _day_before_month(before: str, after: str, language: str) -> bool:
    """`before` ends with a day's number and its dot and `after` starts with a month name of
    `language`, which writes its dates so: one date, "Ab dem 24. Januar 2022 können…" (BlingFire
    ends a sentence after any "24." before a capital)."""
    if not _DAY_NUMBER.search(before[-4:]):
        return False
    word = _FIRST_WORD.match(after)
    if word is None:
        return False
    names = day_month_names(language)
    return word.group() in names or word.group().rstrip(".") in names


_ENUMERATOR = re.compile(r"\(?\d{1,3}[.)]")
"""A list's number alone ("1.", "12.", "(3)"): it opens the item after it ("1. Eat less"), in any language."""
_ORDINAL = re.compile(r"(?:^|\s)(?P<word>[^\s\d]\S*)\s+\d{1,3}\.$")
"""A number of one to three digits and its dot after a word: a dotted ordinal's place ("im 19.", "Die 2.")."""


def _ordinal_before_noun(before: str, after: str, language: str) -> bool:
    """`before` ends with a number and its dot that is an ordinal, `after` starts with the noun it counts, in a
    language that writes ordinals so ("im 19. Jahrhundert", "zum 3. Mal", "Die 19. FINA-Weltmeisterschaften"):

    - the language writes its days so (`day_month_names`: CLDR's "d." before the month; German, Danish, Czech…);
    - the number has one to three digits (four are a year: "… im Jahr 2019. Das …" ends there);
    - the word before it is a lower-case word (an article, preposition or adjective: "des", "zum", "ihrem",
      "ehemalige") or a sentence's first ("Im", "Die", also after a sentence end BlingFire made no cut at: "… in
      Rom. Die 19. FINA-Weltmeisterschaften …" is then one unit of two sentences, never "Die 19." alone); after a
      capitalised noun or a figure the number is a
      count or a label that may end the sentence ("auf Platz 4. Haben …", "Seite 49. Leser …", "Bahncard 100 1.");
    - the word after it is not one the language writes in lower case inside a sentence (`_lower_case_words`: "Das",
      "Und", "Während" open the next sentence: "bis zu 150. Einen …", "10 oder 15. Das …"); a noun is
      ("Jahrhundert", "Mal", "Platz").

    BlingFire cuts before any capital after "19." (leftovers49)."""
    tail = before[-64:]
    found = _ORDINAL.search(tail)
    if found is None or not after[:1].isupper() or not day_month_names(language):
        return False
    word = found.group("word").lstrip("(“„\"‘‚'«»")
    if not word[:1].isalpha():
        return False
    # the sentence's first word: nothing before it, or a sentence's end BlingFire did not cut at ("… in Rom. Die 19.")
    prefix = before[: len(before) - len(tail) + found.start("word")].rstrip("(“„\"‘‚'«» ")
    opening = not prefix or prefix[-1] in ".!?…"
    if not (word[:1].islower() or opening):
        return False
    next_word = _FIRST_WORD.match(after)
    return next_word is None or next_word.group().rstrip(".").lower() not in _lower_case_words(language)


@functools.cache
def _lower_case_words(language: str) -> frozenset[str]:
    """The words of `language`'s jusText stoplist (its most frequent words, in frequency order, as written: "die"
    and "Die", "Jahrhundert") that it writes in lower case: the function words a German sentence may open with,
    capitalised, where its nouns are capitalised everywhere. Empty for a language jusText has no list for."""
    import pkgutil

    from l10n.ingest.scripts import stoplist_name

    name = stoplist_name(language)
    data = pkgutil.get_data("justext", f"stoplists/{name}.txt") if name else None
    return frozenset(word for word in (data or b"").decode("utf-8").split() if word[:1].islower())


def _continues_sentence(before: str, after: str, language: str = "en") -> bool:
    """True when BlingFire's cut between `before` and `after` falls inside a sentence: after an
    abbreviation, a US state after its place ("Valhalla, N.Y. Tuesday"), a quoted question or
    exclamation the sentence goes on from ("asked “Why?” and left"), a colon ("'Fix It?': a"),
    or a day's number before its month in a language that writes dates so ("am 9. Oktober",
    `_day_before_month`); or when `after` is only closing marks: the outer quote of a quotation
    that ends in a quote set off by a space (real Wikinews copy: `said, 'Let's talk about it
    tomorrow.' "`)."""
    if CLOSING_MARKS_ONLY.fullmatch(after):
        return True
    if _day_before_month(before, after, language) or _ENUMERATOR.fullmatch(before):
        return True
    if _ordinal_before_noun(before, after, language):
        return True
    last = _LAST_WORD.search(before)
    word = last.group(1).lstrip("(“\"‘'") if last else ""
    first = after[:1]
    if word in TITLE_ABBREVIATIONS or before.endswith(":"):
        return True
    if word in MIDSENTENCE_ABBREVIATIONS and (first.islower() or first.isdigit()):
        return True
    state = _PLACE_AND_STATE.search(before)
    if state and state.group(1) in US_STATE_ABBREVIATIONS:
        if first.islower() or first.isdigit() or _DATE_WORDS.match(after):
            return True
    if _QUOTED_QUESTION.search(before) and (first.islower() or after[:1] in ":;,"):
        return True
    return bool(_SINGLE_INITIAL.search(before)) and first.isupper()


_WORD = re.compile(r"\w")
_LEADING_CLOSERS = re.compile(r"\s*[”’»›]+(?=\s|$)")
_CJK_STOPS = frozenset("。！？")
_CJK_CLOSERS = re.compile(r"[”’」』）》〉】〕]+")


def _past_closers(text: str, cut: int) -> int:
    """`cut` moved past curly closing quotes BlingFire left at the start of the next sentence
    ("‘wait.’ ” Then" is cut before the ”): they close the sentence before it. Chinese and
    Japanese write no space after them, so after a full stop, "!" or "?" of those scripts the
    closing quotes and brackets are passed whatever follows ("“先看5个跌停板吧。”一位人士预测。"
    is cut after the ”, as the common splitters of Chinese text do, never before it)."""
    closers = _LEADING_CLOSERS.match(text, cut)
    if closers:
        return closers.end()
    if cut and text[cut - 1] in _CJK_STOPS:
        closers = _CJK_CLOSERS.match(text, cut)
        if closers:
            return closers.end()
    return cut


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` moved inward past the white space at either end of `text[start:end]`."""
    piece = text[start:end]
    return start + (len(piece) - len(piece.lstrip())), end - (len(piece) - len(piece.rstrip()))


def _sentence_starts(text: str) -> list[int]:
    """Where BlingFire starts each sentence of `text` (character offsets, first one included).

    Same cuts as `blingfire.text_to_sentences_and_offsets`, by its C function: the package's
    wrapper imports NumPy (0.2 s per process) and maps byte offsets to characters in a Python
    loop over every byte, a third of segmentation time; only start offsets are needed here.

    >>> import blingfire
    >>> text = "Prices rose 5 % in Zürich. “Why?” she asked… 中文。 Done 😀. Dr. Li left."
    >>> _sentence_starts(text) == [start for start, _ in blingfire.text_to_sentences_and_offsets(text)[1]]
    True
    """
    import ctypes

    breaker = _blingfire_sentence_breaker()
    if breaker is None:
        import blingfire

        return [start for start, _ in blingfire.text_to_sentences_and_offsets(text)[1]]
    data = text.encode("utf-8")
    if not data:
        return []
    capacity, out, starts, ends = _breaker_buffers(len(data) * 2)
    length = breaker(data, len(data), out, starts, ends, capacity)
    if length == -1 or length > capacity:
        return []
    byte_starts = starts[: ctypes.string_at(out, length).count(b"\n") + 1]
    if len(data) == len(text):
        return byte_starts
    char_offset, previous, position = {}, 0, 0
    for byte_start in sorted(set(byte_starts)):  # UTF-8 byte offsets → str offsets, decoding the gaps
        position += len(data[previous:byte_start].decode("utf-8", errors="replace"))
        char_offset[byte_start], previous = position, byte_start
    return [char_offset[byte_start] for byte_start in byte_starts]


_buffers = threading.local()


def _breaker_buffers(capacity: int) -> tuple[int, Any, Any, Any]:
    """(size, output, starts, ends) buffers of at least `capacity`, reused by this thread: a
    new ctypes array type and three zeroed buffers per paragraph were half the call's time."""
    import ctypes

    held = getattr(_buffers, "held", None)
    if held is None or held[0] < capacity:
        size = 1 << max(capacity, 1024).bit_length()
        held = (size, ctypes.create_string_buffer(size), (ctypes.c_int32 * size)(), (ctypes.c_int32 * size)())
        _buffers.held = held
    return held


@functools.cache
def _blingfire_sentence_breaker() -> Callable[..., int] | None:
    """`TextToSentencesWithOffsets` from BlingFire's shared library; None where it is not a .so."""
    import ctypes
    import importlib.util

    spec = importlib.util.find_spec("blingfire")
    folder = Path(spec.origin).parent if spec and spec.origin else None
    library = folder / "libblingfiretokdll.so" if folder else None
    if library is None or not library.is_file():
        return None
    function = ctypes.CDLL(str(library)).TextToSentencesWithOffsets
    pointer = ctypes.POINTER(ctypes.c_int32)
    function.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, pointer, pointer, ctypes.c_int]
    function.restype = ctypes.c_int
    return function


def sentence_spans(text: str, *, language: str = "en") -> list[tuple[int, int]]:
    """Offsets `(start, end)` of each sentence in `text` (written in `language`, the article's),
    outer whitespace excluded.

    A piece without a letter or digit is no sentence of its own: closing marks end the sentence
    before them (`_continues_sentence`), anything else — an elision "[...]", an opening quote and
    elision `"[...]` (real Wikinews copy) — starts the sentence after it, or ends the paragraph's
    last sentence (":-)").

    >>> text = "Dr. Li met Rep. Jim Jordan. They talked."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Dr. Li met Rep. Jim Jordan.', 'They talked.']
    >>> text = "It was over. [...] We passed. Thanks. :-)"
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['It was over.', '[...] We passed.', 'Thanks. :-)']
    """
    if not text.strip():
        return []
    cuts = sorted({_past_closers(text, start) for start in _sentence_starts(text)[1:] if 0 < start < len(text)})
    spans: list[tuple[int, int]] = []
    wordless: tuple[int, int] | None = None  # a piece waiting to start the next sentence
    for start, end in zip([0, *cuts], [*cuts, len(text)]):
        start, end = trimmed(text, start, end)
        if start >= end:
            continue
        if wordless is not None:
            start, wordless = wordless[0], None
        if spans and _continues_sentence(text[spans[-1][0] : spans[-1][1]], text[start:end], language):
            start = spans.pop()[0]
        elif not _WORD.search(text, start, end):
            wordless = (start, end)
            continue
        spans.append((start, end))
    if wordless is not None:
        spans.append((spans.pop()[0], wordless[1]) if spans else wordless)
    return spans


def cut_at_breaks(text: str, spans: list[tuple[int, int]], breaks: Sequence[int]) -> list[tuple[int, int]]:
    """`spans` cut again at each of `breaks` (sorted offsets where a sentence must end: a paragraph
    break a page wrote as line breaks inside one paragraph) that falls inside one, where both
    sides hold a letter or digit; each side trimmed of white space.

    >>> text = "[Editor’s note] The council met."
    >>> [text[a:b] for a, b in cut_at_breaks(text, [(0, len(text))], [15])]
    ['[Editor’s note]', 'The council met.']
    """
    if not breaks:
        return spans
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for point in breaks[bisect.bisect_right(breaks, start) : bisect.bisect_left(breaks, end)]:
            left, right = trimmed(text, start, point), trimmed(text, point, end)
            if _WORD.search(text, *left) and _WORD.search(text, *right):
                cut.append(left)
                start = right[0]
        cut.append((start, end))
    return cut


def spans_around_marks(text: str, marks: Sequence[tuple[int, int]], *, language: str = "en") -> list[tuple[int, int]]:
    """`sentence_spans` of a text with note marks (`l10n.placeables.marks`), read as a reader
    reads them: unseen. The splitter gets the text with each mark blanked, so "the harbour.¹
    The council" ends a sentence where "the harbour.1 The council" would not; then a mark between
    two sentences belongs to the one before it (a note mark follows what it annotates), and a
    mark before the first sentence (a note's own mark) to the first.

    >>> text = "Test footnote.1 Test endnote.i"
    >>> [text[a:b] for a, b in spans_around_marks(text, [(14, 15), (29, 30)])]
    ['Test footnote.1', 'Test endnote.i']
    """
    blanked = list(text)
    for low, high in marks:
        blanked[low:high] = " " * (high - low)
    spans = sentence_spans("".join(blanked), language=language)
    ends = [end for _, end in spans]  # sorted, and stay so: a mark outside every span ends before the next
    for low, high in marks:  # bisected, as a paragraph may hold thousands of marks
        holder = bisect.bisect_left(ends, high)  # the one span that can hold the mark
        if holder < len(spans) and spans[holder][0] <= low:
            continue
        before = bisect.bisect_right(ends, low) - 1  # the last span ending before the mark
        if before >= 0:
            spans[before], ends[before] = (spans[before][0], high), high
        elif spans:
            spans[0] = (low, spans[0][1])
        else:
            spans, ends = [(low, high)], [high]
    return spans
