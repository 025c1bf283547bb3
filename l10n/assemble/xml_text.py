"""Text that may go into an XML or HTML page: the characters it must not carry (`l10n.xml_chars`), bidi closed.

Kept apart from the HTML writer (`html.py`, which re-exports it) so that a command that only
cleans a title or a description — `publish` framing the editions assemble built — does not
import the writers and what they bring (the tree, bidi isolates, tables).
"""

from __future__ import annotations

from collections.abc import Iterable

from l10n.xml_chars import xml_clean, xml_safe

_EMBEDDINGS = "\u202a\u202b\u202d\u202e"  # LRE RLE LRO RLO, closed by PDF (U+202C)
_ISOLATES = "\u2066\u2067\u2068"  # LRI RLI FSI, closed by PDI (U+2069)
PDF, PDI = "\u202c", "\u2069"


def placed_text(text: str) -> str:
    r"""A text placed on its own outside the block it came from — a `<title>`, a meta
    description, an index's or a redirect's link: `xml_safe`'s, its bidi embeddings, overrides
    and isolates closed at its end. A headline's unclosed RLO ended at its block in the article,
    but in a link it reorders the date after it, and `<title>` holds no markup (`<bdi>`) to stop
    it. The closers are those UAX #9 (X6a, X7) matches: a PDI closes its isolate and every
    embedding opened inside it, a PDF the last embedding opened inside the innermost open
    isolate; stray closers are left (they do nothing).

    >>> placed_text("Rivers ‮ide"), placed_text("a ⁧b ‫c⁩ d ‭")
    ('Rivers ‮ide‬', 'a ⁧b ‫c⁩ d ‭‬')
    """
    text = xml_safe(text)
    if text.isprintable():  # every bidi control is a format character (Cf): not printable
        return text
    stack: list[str] = []  # open openers: "e" an embedding or override, "i" an isolate
    for char in text:
        if char in _EMBEDDINGS:
            stack.append("e")
        elif char in _ISOLATES:
            stack.append("i")
        elif char == PDI and "i" in stack:
            del stack[len(stack) - 1 - stack[::-1].index("i") :]
        elif char == PDF and stack and stack[-1] == "e":
            stack.pop()
    return text + "".join(PDF if opener == "e" else PDI for opener in reversed(stack))


def clean_pieces(pieces: Iterable[object]) -> bool:
    r"""Whether no text piece (`str`) of `pieces` holds what `xml_safe` drops (`xml_clean`), so
    that `xml_safe` of any concatenation of them (with clean separators) is that text: the check
    a sentence's writers share (`LocalizedSegment.xml_clean`) instead of each searching its own
    join of it.

    >>> clean_pieces(("a ", object(), "b\xa0c")), clean_pieces(("a", "\x0b"))
    (True, False)
    """
    for piece in pieces:
        if isinstance(piece, str) and not xml_clean(piece):
            return False
    return True
