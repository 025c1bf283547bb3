"""Build a block's plain text and its inline markup offsets from a stream of text and tags.

HTML (lxml) and Markdown (markdown-it tokens) both describe a block as text interleaved with
inline elements; this builder turns either into `Block.text` plus `InlineMarkup` spans. Spaces
are collapsed the way CSS `white-space: normal` renders them (one space per run, none at the
ends), and the spans are shifted to match, so `text[m.start:m.end]` is exactly the words the
element wrapped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from l10n.model import InlineMarkup


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
    _open: list[_OpenElement] = field(default_factory=list)
    _done: list[tuple[int, InlineMarkup]] = field(default_factory=list)
    _order: int = 0

    def add_text(self, text: str) -> None:
        # the words at once, not one at a time (str.split's whitespace is a str pattern's `\s`)
        words = text.split()
        if text[:1].isspace():
            self._pending_space = self._length > 0
        if not words:
            return
        self._flush_space()
        for element in self._open:
            if element.start is None:
                element.start = self._length
        joined = " ".join(words)
        self._parts.append(joined)
        self._length += len(joined)
        self._pending_space = text[-1].isspace()

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
        if separates_words:
            self._pending_space = self._length > 0

    def is_empty(self) -> bool:
        """No word added yet: `finish` would give no text."""
        return not self._parts

    def finish(self) -> tuple[str, list[InlineMarkup]]:
        while self._open:
            self.close()
        text = "".join(self._parts)
        ordered = sorted(self._done, key=lambda item: (item[1].start, item[0]))
        return text, [markup for _, markup in ordered if not _is_edge_break(markup, len(text))]

    def _flush_space(self) -> None:
        if self._pending_space:
            self._parts.append(" ")
            self._length += 1
            self._pending_space = False

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
