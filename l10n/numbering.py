"""The numbers an article's structure is printed with: a heading's level, an ordered list's numbers.

Why apart from the model (`l10n.model`): a `Block` records what its source stated (`level`, the
rank a heading was written at; `number`, the number a list item showed); what every edition
prints from them — headings moved so the highest is a level 2 and none deeper than 6, list
numbers within what every writer can print — is one rule for ingest, the document cache and
assemble alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l10n.model import Block

MAX_HEADING_RANK = 9  # Word's "Heading 9"


def heading_level(rank: int, *, shift: int = 0) -> int:
    """The level (2–6: HTML's `<h2>`–`<h6>`, Markdown's `##`–`######`) an edition gives a body
    heading of source `rank` (`Block.level`) in an article whose ranks are moved by `shift`
    (`heading_shift`); deeper than 6 is 6, no stated rank is 2.

    >>> heading_level(3), heading_level(1, shift=1), heading_level(4, shift=-1), heading_level(8), heading_level(0)
    (3, 2, 3, 6, 2)
    """
    return max(2, min(6, rank + shift)) if rank > 0 else 2


def heading_shift(blocks: list[Block]) -> int:
    """How far an article's heading ranks move so that its highest body heading is a level 2:
    the headline is the edition's one level 1, so Word's "Heading 1" sections under a "Title"
    (or Markdown `#` sections under front matter's title) become 2 with their subsections 3,
    and a site's `<h3>` sections under its `<h1>` become 2 — the steps between them kept, none
    skipped (WCAG's headings in order)."""
    ranks = [block.level for block in blocks if block.role == "heading" and block.level > 0]
    return 2 - min(ranks) if ranks else 0


MAX_LIST_NUMBER = 999_999_999
"""The largest list number kept (CommonMark §5.2 allows nine digits); a larger or negative start
is read as 1."""


def list_number(start: int, place: int = 0) -> int | None:
    """The number of the item at 0-based `place` of an ordered list starting at `start`, within
    what every writer can print (`MAX_LIST_NUMBER`); None past it.

    >>> list_number(3, 2), list_number(-4), list_number(MAX_LIST_NUMBER, 1)
    (5, 1, None)
    """
    first = start if 0 <= start <= MAX_LIST_NUMBER else 1
    return first + place if first + place <= MAX_LIST_NUMBER else None
