"""Inline markup in translated sentences, made safe and well nested before any writer sees it.

A translator (or an MT engine) may drop, duplicate or reorder `{a_1}`/`{a_1_end}`; QA reports
that, but the page must still be well formed. Only HTML phrasing elements (WHATWG HTML
§3.2.5.2.5 "Phrasing content") pass, with the attributes `l10n.urls` allows for each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from l10n.model import InlineTag
from l10n.urls import allowed_attributes

PHRASING_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    }
)  # fmt: skip
VOID_TAGS = frozenset({"br", "wbr"})


def safe_attributes(tag: InlineTag) -> tuple[tuple[str, str], ...]:
    """The tag's attributes that pass the allow-list of `l10n.urls` (per element; URLs through
    its one URL policy), checked again here because a tag may come from an older catalog.

    >>> safe_attributes(InlineTag("a", (("href", "javascript:alert(1)"), ("onclick", "x"), ("title", "t"))))
    (('title', 't'),)
    """
    return allowed_attributes(tag.name, tag.attrs)


def balanced_pieces(pieces: Iterable[str | InlineTag]) -> Iterator[str | InlineTag]:
    """Text and phrasing tags, every open tag closed in order, stray closings dropped.

    >>> open_em, close_em = InlineTag("em"), InlineTag("em", closing=True)
    >>> [p if isinstance(p, str) else ("/" if p.closing else "") + p.name
    ...  for p in balanced_pieces([close_em, "a", open_em, "b", InlineTag("script"), "c"])]
    ['a', 'em', 'b', 'c', '/em']
    """
    stack: list[InlineTag] = []
    for piece in pieces:
        if isinstance(piece, str):
            if piece:
                yield piece
            continue
        if piece.name.lower() not in PHRASING_TAGS:
            continue
        if piece.void or piece.name.lower() in VOID_TAGS:
            if not piece.closing:
                yield InlineTag(piece.name, piece.attrs, void=True)
        elif not piece.closing:
            stack.append(piece)
            yield piece
        elif any(open_tag.name == piece.name for open_tag in stack):
            while stack:
                open_tag = stack.pop()
                yield InlineTag(open_tag.name, closing=True)
                if open_tag.name == piece.name:
                    break
    while stack:
        yield InlineTag(stack.pop().name, closing=True)
