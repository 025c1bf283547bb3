"""A story paragraph whose first line is the byline: the byline line is cut, the story kept.

A page that sets its whole story as one `<p>` of `<br>`-parted lines may print the byline as that
paragraph's first line (holdout27's NOWnews: `<p>記者陳鈞凱／台北報導<br><br>流感疫情燒不停…<br><br>…</p>`).
`page.py` drops a block that says the byline again; this block says it and the whole story after
it, so only its first line goes (`after_byline_line`), and the rest is the story as any paragraph.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from l10n.ingest.fields import marks_from
from l10n.ingest.furniture import first_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from l10n.model import Block


def after_byline_line(block: Block, is_byline: Callable[[str], bool]) -> Block | None:
    """The block from its second line on, when its first line (up to its first `<br>`) is a byline
    (`is_byline`) and lines follow it; None for any other block (a byline alone, no line break).

    >>> from l10n.model import Block, InlineMarkup
    >>> breaks = [InlineMarkup(10, 10, "br", void=True)] * 2  # `<br><br>`: one space in the text
    >>> story = Block("paragraph", "記者陳鈞凱／台北報導 流感疫情燒不停。", markup=breaks)
    >>> after_byline_line(story, lambda line: line.startswith("記者")).text
    '流感疫情燒不停。'
    >>> after_byline_line(story, lambda line: False), after_byline_line(Block("paragraph", "記者陳鈞凱"), bool)
    (None, None)
    """
    lead = first_line(block)
    if not lead.strip() or not is_byline(lead):
        return None
    rest = block.text[len(lead) :].lstrip()
    if not rest:
        return None
    cut = len(block.text) - len(rest)
    return replace(block, text=rest, markup=marks_from(block.markup, cut))
