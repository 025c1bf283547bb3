"""What a right-to-left edition isolates, decided once for every writer (Unicode UAX #9).

On a right-to-left page the bidi algorithm lays out the neutral characters between runs by their
neighbours, so a value ("US$15.2", "10 مليار CN¥"), a Latin name between Arabic words or an
English sentence left untranslated can come out reordered ("$US", names swapped around a comma).
Isolating each such span makes it one neutral unit for the text around it and gives it its own
direction inside. The HTML writer isolates with elements (`<bdi>`, `dir="ltr"`, HTML §4.5.24);
Markdown and plain text have no elements, so they carry the characters UAX #9 defines for the same
thing (§2.7, "Explicit Directional Isolates"): FSI…PDI where HTML has `<bdi>` (direction from
the first strong character, like `dir="auto"`), LRI…PDI where HTML has `dir="ltr"`. Both come
from the decisions here, so an edition in any format isolates the same spans.

The isolates go into editions only, never into catalogs: a PO keeps the translator's text as
written (QA's `bidi-control` check refuses isolates in a msgstr).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from l10n.assemble.article import LocalizedSegment
from l10n.assemble.pieces import Code, Piece, Value
from l10n.locales import TargetLocale
from l10n.placeables.code import CODE_ELEMENTS

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"

_RIGHT_TO_LEFT = r"\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff"
_LTR_LETTER = rf"(?![{_RIGHT_TO_LEFT}])[^\W\d_]"  # a letter of a left-to-right script: Latin, Cyrillic, Greek, Han…
_LATIN_WORD = (
    rf"{_LTR_LETTER}(?:{_LTR_LETTER}|[0-9'’\u0300-\u036f-]|\.(?={_LTR_LETTER}|[0-9]))*"
    rf"[^\s\w{_RIGHT_TO_LEFT}.,;:!?()\[\]«»\"“”'’،؛؟-]*"
)
_WEB_ADDRESS = r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]»”’،؛؟]"
LATIN_RUN = re.compile(rf"{_WEB_ADDRESS}|{_LATIN_WORD}(?:\.? {_LATIN_WORD})*")  # "Shanghai Pharma", "Dr. Zhang"
"""A web address whole, or a run of words in a left-to-right script ("controller-v1.2.0" one
word, "Zürich", "Мариуполь") with the spaces between them, plus any symbol glued to its end
("US$"). An address shown as text is one run: cut at its dots, slashes and colons, it came out
with isolate characters inside, which a reader who copies it takes along. (ASCII letters alone cut
"Zürich" into two isolates an RTL paragraph lays out right to left, "richZü", and left a Russian
name kept in an Arabic translation to the bidi algorithm: chain46.)"""


def isolates_values(segment: LocalizedSegment, locale: TargetLocale) -> bool:
    """True when `segment`'s values and Latin runs are isolated: a sentence shown in the language
    of a right-to-left edition (a fallback sentence is isolated whole instead)."""
    return locale.direction == "rtl" and segment.lang == locale.bcp47


def block_language(segments: Sequence[LocalizedSegment], locale: TargetLocale) -> str:
    """The language a paragraph-like block is marked with: its sentences' one language, else the
    edition's. A wholly untranslated block is marked once, on the block, not per sentence: LTR
    sentences isolated one by one inside an RTL paragraph would be laid out right to left."""
    languages = {segment.lang for segment in segments}
    return languages.pop() if len(languages) == 1 else locale.bcp47


def source_line(text: str, locale: TargetLocale) -> str:
    r"""A line every edition shows in the source's words (the article's section, which is no
    translation unit) in LRI…PDI on a right-to-left edition, as HTML marks it `dir="ltr"`.

    >>> from l10n.locales import TargetLocale as T
    >>> source_line("News / Metro", T("ar")) == "\u2066News / Metro\u2069", source_line("News / Metro", T("de"))
    (True, 'News / Metro')
    """
    return LRI + text + PDI if text and locale.direction == "rtl" else text


def latin_runs(text: str) -> Iterator[tuple[str, bool]]:
    """`text` cut into (piece, is a left-to-right run: `LATIN_RUN`) in order, nothing dropped.

    >>> list(latin_runs("شركة Shanghai Pharma، و Baoji"))
    [('شركة ', False), ('Shanghai Pharma', True), ('، و ', False), ('Baoji', True)]
    >>> [run for run, ltr in latin_runs("مدينة Zürich و «ТСН».") if ltr]
    ['Zürich', 'ТСН']
    """
    position = 0
    for match in LATIN_RUN.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], False
        yield match.group(), True
        position = match.end()
    if position < len(text):
        yield text[position:], False


def isolated_segments(
    segments: Sequence[LocalizedSegment], locale: TargetLocale, *, block: bool = False
) -> list[LocalizedSegment]:
    r"""`segments` with UAX #9 isolate characters where the HTML writer puts `<bdi>` or `dir="ltr"`:
    in a right-to-left edition each value of a translated sentence in FSI…PDI and each Latin run
    in LRI…PDI, and a fallback (English) sentence whole in LRI…PDI unless the block it is in is
    all English (`block=True`: a paragraph-like block, marked once; see `block_language`).
    Left-to-right editions are returned unchanged.

    >>> from l10n.locales import TargetLocale as T
    >>> arabic = LocalizedSegment(("دفع ", Value("US$15"), " إلى Baoji."), "mt", "ar")
    >>> english = LocalizedSegment(("He paid.",), "untranslated", "en", " ")
    >>> ["".join(s.pieces) for s in isolated_segments([arabic, english], T("ar"))] == [
    ...     "دفع \u2068\u2066US$\u206915\u2069 إلى \u2066Baoji\u2069.", "\u2066He paid.\u2069"]
    True
    """
    if locale.direction != "rtl":
        return list(segments)
    context = block_language(segments, locale) if block else locale.bcp47
    shown = []
    for segment in segments:
        if isolates_values(segment, locale):
            pieces: tuple[Piece, ...] = _code_isolated(tuple(_isolated(piece) for piece in segment.pieces))
        elif segment.lang != context:
            pieces = (LRI, *segment.pieces, PDI)
        else:
            pieces = segment.pieces
        if pieces is segment.pieces or _same_pieces(pieces, segment.pieces):
            shown.append(segment)  # nothing isolated: the sentence itself (frozen), not a copy
        else:
            shown.append(dataclasses.replace(segment, pieces=pieces))
    return shown


def _same_pieces(pieces: tuple[Piece, ...], before: tuple[Piece, ...]) -> bool:
    """Whether isolating left every piece as it was: equal, and each of the same kind (a `Value`
    and a plain `str` of the same text compare equal, but only a `Value` is isolated in HTML)."""
    return pieces == before and all(type(a) is type(b) for a, b in zip(pieces, before, strict=True))


def _code_isolated(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Each inline code span (its tags and `Code` text) in LRI…PDI, outside its tags: the code
    keeps every character as written, and reads left to right as one unit (HTML: `<bdi dir="ltr">`
    inside `<code>`, the writer's)."""
    if not any(type(piece) is Code for piece in pieces):
        return pieces
    shown: list[Piece] = []
    depth = 0  # tags opened since the code span's opening tag
    for index, piece in enumerate(pieces):
        if depth == 0 and not isinstance(piece, str) and not piece.closing and _opens_code(pieces, index):
            shown.append(LRI)
            depth = 1
        elif depth and not isinstance(piece, str) and not piece.void:
            depth += -1 if piece.closing else 1
            if depth == 0:
                shown.extend((piece, PDI))
                continue
        shown.append(piece)
    return tuple(shown)


def _opens_code(pieces: tuple[Piece, ...], index: int) -> bool:
    """Whether the tag at `index` is a code span's own outer tag: a `CODE_ELEMENTS` element (the
    only kind `placeables.code` makes a span of) whose first text, past opening tags, is `Code`
    (`<code><b>x</b></code>` too). A link or emphasis that opens on the code is no part of it:
    `[`--check-cfg` العلم](…)` isolates the code, and the word stays right to left."""
    tag = pieces[index]
    if isinstance(tag, str) or tag.name.lower() not in CODE_ELEMENTS:
        return False
    for piece in pieces[index + 1 :]:
        if isinstance(piece, str):
            return type(piece) is Code
        if piece.closing or piece.void:
            return False
    return False


def _isolated(piece: Piece) -> Piece:
    if not isinstance(piece, str) or type(piece) is Code:
        return piece
    text = "".join(LRI + run + PDI if latin else run for run, latin in latin_runs(piece))
    return Value(FSI + text + PDI) if isinstance(piece, Value) else text
