"""Build a block's plain text and its inline markup offsets from a stream of text and tags.

HTML (lxml) and Markdown (markdown-it tokens) both describe a block as text interleaved with
inline elements; this builder turns either into `Block.text` plus `InlineMarkup` spans. Spaces
are collapsed the way CSS `white-space: normal` renders them (one space per run, none at the
ends; a line break between two Chinese or Japanese characters none at all: `joins_at_break`), and
the spans are shifted to match, so `text[m.start:m.end]` is exactly the words the element wrapped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from l10n.model import InlineMarkup

_WIDE = frozenset("FWH")  # East Asian Width: Fullwidth, Wide, Halfwidth (not Ambiguous)
_COLLAPSIBLE = frozenset(" \t\n\r")  # CSS's collapsible white space; NBSP, U+3000 … show as a space
_BR = "\u2028"  # a `<br>`'s place in a pending white-space run (the line break it renders)
# … but U+3000 beside a `<br>` is a Chinese or Japanese line's indent ("<br>\u3000\u3000据统计"): layout, as the
# paragraph's own first-line indent is, so no unit holds it (leftovers49); beside a newline of the markup it stays
# a space, as a browser shows it mid-line (ttv's title lines "疫苗\n\u3000春節")
_INDENTED_BREAK = _COLLAPSIBLE | {_BR, "\u3000"}
# a white-space run holding a line break (or a `<br>`'s place), whole: the only runs `_collapsed_run` may remove
# (the look-behind starts a match only at a run's first character: each run is scanned once, not from each place)
_BREAK_RUN = re.compile(r"(?<!\s)[^\S\n\r\u2028]*[\n\r\u2028]\s*")


def joins_at_break(before: str, after: str) -> bool:
    """Whether a line break between the characters `before` and `after` is removed rather than shown
    as a space: CSS Text 3's segment break transformation, which browsers apply to a newline in an
    HTML file's text — removed next to a zero-width space, or when both neighbours are East Asian
    Fullwidth, Wide or Halfwidth and neither is Hangul (Chinese and Japanese put no space between
    words; Korean does). A `<br>` inside a sentence ends a word the same way (`InlineTextBuilder`).

    >>> joins_at_break("但", "受"), joins_at_break("。", "ア"), joins_at_break("ｶ", "ﾅ")
    (True, True, True)
    >>> joins_at_break("但", "a"), joins_at_break("한", "국"), joins_at_break("a", "b"), joins_at_break("“", "中")
    (False, False, False, False)
    """
    if before == "\u200b" or after == "\u200b":
        return True
    return _is_wide(before) and _is_wide(after)


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in _WIDE and "HANGUL" not in unicodedata.name(char, "")


def collapse_space(text: str) -> str:
    """`text` as a browser shows it with `white-space: normal`: each white-space run one space (a
    line break between Chinese or Japanese characters none: `joins_at_break`), none at the ends.

    >>> collapse_space(" 煤炭供需将保持基本平衡，但\\n  受各种\\u00a0不利因素影响 "), collapse_space("one\\n two")
    ('煤炭供需将保持基本平衡，但受各种 不利因素影响', 'one two')
    """
    if "\n" not in text and "\r" not in text:  # no line break to weigh: the words at once
        return " ".join(text.split())
    # the runs holding a line break weighed one by one, then the others at once (pagespeed50b: `_collapsed_run`
    # was called for every space between two words, thespacereview's 1,984 a read); an ASCII text has no
    # character a line break joins at (`joins_at_break`)
    stripped = text.strip()
    return " ".join((stripped if stripped.isascii() else _BREAK_RUN.sub(_collapsed_run, stripped)).split())


def _collapsed_run(match: re.Match[str]) -> str:
    """One white-space run inside a stripped text: "" for a removed line break, else a space."""
    run, text = match.group(), match.string
    if _is_break_run(run) and joins_at_break(text[match.start() - 1], text[match.end()]):
        return ""
    return " "


def _is_break_run(run: str) -> bool:
    """A run holding a line break and only collapsible white space (an NBSP or U+3000 shows), or a `<br>`
    (`_BR`) and only those or U+3000: the next line's indent, or the last one's trailing space.

    >>> _is_break_run("\\n "), _is_break_run("\\u2028\\u3000\\u3000"), _is_break_run("\\n\\u3000"), _is_break_run("\\u3000")
    (True, True, False, False)
    """
    if _BR in run:
        return _INDENTED_BREAK.issuperset(run)
    return ("\n" in run or "\r" in run) and _COLLAPSIBLE.issuperset(run)


@dataclass
class _OpenElement:
    order: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    start: int | None  # set by the first word inside it, so spaces around it stay outside


@dataclass
class InlineTextBuilder:
    """Accumulates text and inline elements; `finish()` returns `(text, markup)`.

    >>> builder = InlineTextBuilder()
    >>> builder.add_text("  Shares\\u00a0 fell ")
    >>> builder.open("em", ())
    >>> builder.add_text("sharply ")
    >>> builder.close()
    >>> builder.add_text(" on Friday.")
    >>> text, markup = builder.finish()
    >>> text, text[markup[0].start:markup[0].end]
    ('Shares fell sharply on Friday.', 'sharply')
    """

    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _pending_space: bool = False
    _pending_run: list[str] = field(default_factory=list)  # that space's white space, a `<br>` as "\n"
    _open: list[_OpenElement] = field(default_factory=list)
    _done: list[tuple[int, InlineMarkup]] = field(default_factory=list)
    _order: int = 0

    def add_text(self, text: str) -> None:
        # the words at once, not one at a time (str.split's whitespace is a str pattern's `\s`)
        words = text.split()
        if not words:
            if text and self._length > 0:
                self._pend(text)
            return
        if text[0].isspace() and self._length > 0:
            start = 1
            while text[start].isspace():
                start += 1
            self._pend(text[:start])
        self._flush_space(words[0][0])
        for element in self._open:
            if element.start is None:
                element.start = self._length
        if len(words) == 1 or ("\n" not in text and "\r" not in text):  # no line break to weigh
            joined = " ".join(words)
        else:
            joined = collapse_space(text)
        self._parts.append(joined)
        self._length += len(joined)
        if text[-1].isspace():
            end = len(text) - 1
            while text[end - 1].isspace():
                end -= 1
            self._pend(text[end:])

    def open(self, tag: str, attrs: tuple[tuple[str, str], ...]) -> None:
        """Start an element; it spans from the next word, so a space before it stays outside."""
        self._open.append(_OpenElement(self._next_order(), tag, attrs, None))

    def close(self) -> None:
        """End the innermost open element; empty elements are dropped (nothing to translate)."""
        if not self._open:
            return
        element = self._open.pop()
        if element.start is not None:
            markup = InlineMarkup(start=element.start, end=self._length, tag=element.tag, attrs=element.attrs)
            self._done.append((element.order, markup))

    def void(self, tag: str, attrs: tuple[tuple[str, str], ...], *, separates_words: bool) -> None:
        """A void element (`<br>`, `<img>`) at the current offset; a line break also ends a word."""
        markup = InlineMarkup(start=self._length, end=self._length, tag=tag, attrs=attrs, void=True)
        self._done.append((self._next_order(), markup))
        if separates_words and self._length > 0:
            self._pend(_BR)  # a line break: between Chinese or Japanese words no space (`joins_at_break`)

    def is_empty(self) -> bool:
        """No word added yet: `finish` would give no text."""
        return not self._parts

    def finish(self) -> tuple[str, list[InlineMarkup]]:
        while self._open:
            self.close()
        text = "".join(self._parts)
        ordered = sorted(self._done, key=lambda item: (item[1].start, item[0]))
        return text, [markup for _, markup in ordered if not _is_edge_break(markup, len(text))]

    def _pend(self, run: str) -> None:
        """White space read after a word: one space before the next, unless it is a removed break."""
        self._pending_space = True
        self._pending_run.append(run)

    def _flush_space(self, after: str) -> None:
        if self._pending_space:
            before = self._parts[-1][-1]
            if not (joins_at_break(before, after) and _is_break_run("".join(self._pending_run))):
                self._parts.append(" ")
                self._length += 1
            self._pending_space = False
            self._pending_run.clear()

    def _next_order(self) -> int:
        self._order += 1
        return self._order


def _is_edge_break(markup: InlineMarkup, length: int) -> bool:
    """A line break before a block's first word or after its last: it only makes space (a CMS's
    `<p><br>Text<br></p>`), so it is dropped rather than left for translators to carry as a
    `{br_n}` placeholder; a break between words is kept, as the Word reader keeps it
    (`docx_runs`).

    >>> builder = InlineTextBuilder()
    >>> builder.void("br", (), separates_words=True)
    >>> builder.add_text("Line one")
    >>> builder.void("br", (), separates_words=True)
    >>> builder.add_text("line two")
    >>> builder.void("br", (), separates_words=True)
    >>> [(m.tag, m.start) for m in builder.finish()[1]]
    [('br', 8)]
    """
    return markup.void and markup.tag == "br" and markup.start in (0, length)
