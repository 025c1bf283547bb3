"""How an article's blocks group on a page, shared by the HTML, Markdown and text writers.

A credit and its caption form one figure (same `Block.figure` number), consecutive list
items form one list — bulleted, or numbered on from its first item's number (an item's
further paragraph, `continued`, joins it; any other number starts a new list) — and the
headline and byline belong to the header. Deciding this once keeps the three writers from
disagreeing about the article's shape.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, cast

from l10n.assemble.article import LocalizedArticle, LocalizedBlock

GroupKind = Literal["figure", "list", "table", "block"]
HEADER_ROLES = frozenset({"headline", "byline"})
FIGURE_ROLES = frozenset({"credit", "caption", "alt"})  # "alt": a figure that is only an image


@dataclass(frozen=True)
class BlockGroup:
    """One unit of the page body: a figure (credit + caption), a list, a table's cells, or a
    single block."""

    kind: GroupKind
    blocks: tuple[LocalizedBlock, ...]

    def with_role(self, role: str) -> list[LocalizedBlock]:
        return [block for block in self.blocks if block.role == role]

    @property
    def start(self) -> int | None:
        """The number of an ordered list's first item; None for a bulleted list and other groups."""
        return self.blocks[0].number if self.kind == "list" else None

    @property
    def counts_down(self) -> bool:
        """An ordered list whose numbers go down (3, 2, 1)."""
        numbers = [block.number for block in self.blocks if not block.continued]
        return self.kind == "list" and len(numbers) > 1 and (numbers[1] or 0) < (numbers[0] or 0)

    def items(self) -> list[tuple[int | None, list[LocalizedBlock]]]:
        """A list's items in order: each item's number (None: a bullet) and its paragraphs (a
        `continued` one joins the item before it)."""
        items: list[tuple[int | None, list[LocalizedBlock]]] = []
        for block in self.blocks:
            if items and block.continued:
                items[-1][1].append(block)
            else:
                items.append((block.number, [block]))
        return items

    @property
    def figure(self) -> int | None:
        """The figure number (`Block.figure`) of a figure group, None for other groups."""
        return self.blocks[0].figure if self.kind == "figure" else None


def headline_block(article: LocalizedArticle) -> LocalizedBlock | None:
    return next((block for block in article.blocks if block.role == "headline"), None)


def byline_blocks(article: LocalizedArticle) -> list[LocalizedBlock]:
    return [block for block in article.blocks if block.role == "byline"]


def body_groups(article: LocalizedArticle) -> Iterator[BlockGroup]:
    """The blocks after the header, grouped: figure credit+caption pairs, list runs and the
    cells of one table."""
    pending: list[LocalizedBlock] = []
    pending_kind: GroupKind | None = None
    pending_figure: int | None = None
    for block in article.blocks:
        if block.role in HEADER_ROLES or not block.segments:
            continue
        kind = _kind(block)
        if kind == "list" and block.continued and not (pending_kind == "list" and _same_item(pending, block)):
            kind = "block"  # an item's paragraph after its code block or its nested list: a paragraph
        joins = (
            pending
            and kind == pending_kind
            and kind != "block"
            and (
                (kind == "list" and _continues(pending, block))
                or (kind == "table" and _same_table(pending[-1], block))
                or (kind == "figure" and block.figure == pending_figure and not _has_role(pending, block.role))
            )
        )
        if not joins and pending:
            yield BlockGroup(pending_kind or "block", tuple(pending))
            pending = []
        pending.append(block)
        pending_kind, pending_figure = kind, block.figure
    if pending:
        yield BlockGroup(pending_kind or "block", tuple(pending))


GroupPlan = tuple[int, list[tuple[GroupKind, list[int]]]]
"""A document's body groups (`article_groups`): its editions' block count, and each group's kind
and its blocks' places in `LocalizedArticle.blocks`."""


def article_groups(article: LocalizedArticle) -> tuple[BlockGroup, ...]:
    """`body_groups(article)`, grouped once per document: how blocks group depends on the
    document alone (roles, figures, list numbers, table cells, which blocks have sentences: the
    same in every edition, `LocalizedArticle.blocks` holding one block per document block in
    the document's order, its alt blocks dropped by the same rule), so the first edition that
    shares the article's `layout` (`EditionShares`) keeps each group's kind and its blocks'
    places, and the next ones take their own blocks from those places (an edition without a
    `layout` groups its blocks itself)."""
    blocks = article.blocks
    kept = article.layout
    plan = cast("GroupPlan | None", None if kept is None else kept.get("groups"))
    if plan is not None and plan[0] == len(blocks):  # (the same document: the same count)
        return tuple([BlockGroup(kind, tuple([blocks[index] for index in places])) for kind, places in plan[1]])
    groups = tuple(body_groups(article))
    if kept is not None:
        place = {id(block): index for index, block in enumerate(blocks)}
        made: GroupPlan = (
            len(blocks),
            [(group.kind, [place[id(block)] for block in group.blocks]) for group in groups],
        )
        kept["groups"] = made
    return groups


def shared_body(groups: Sequence[BlockGroup]) -> list[LocalizedBlock] | None:
    """The blocks of a body each group of which is one block that editions share (in the
    source's words: `EditionShares`, `LocalizedBlock.shown`), not code, all in one language;
    None for any other body. Such a body is the same in every edition that shows it, for a
    writer that reads nothing else of the edition for it than what it reads for each block
    (`article.kept_body`): a locale nobody translated yet, or one the gate holds back whole."""
    blocks: list[LocalizedBlock] = []
    for group in groups:
        block = group.blocks[0]
        if group.kind != "block" or block.shown is None or block.role == "code":
            return None
        blocks.append(block)
    if not blocks or len({block.segments[0].lang for block in blocks}) != 1:
        return None
    return blocks


def paragraphs_text(paragraphs: list[str]) -> str:
    """Paragraphs, those not empty, with a blank line between (the Markdown and plain-text writers)."""
    return "\n\n".join([paragraph for paragraph in paragraphs if paragraph])


def _kind(block: LocalizedBlock) -> GroupKind:
    if block.role in FIGURE_ROLES:
        return "figure"
    if block.role == "list_item":
        return "list"
    return "table" if block.role == "cell" and block.cell is not None else "block"


def _continues(pending: list[LocalizedBlock], block: LocalizedBlock) -> bool:
    """Whether `block` belongs to the list `pending` holds: a further paragraph of its last item,
    both bullets, or numbered on — up, or down (a countdown, HTML's `<ol reversed>`) when that
    is how the list goes."""
    previous = pending[-1]
    if block.continued:
        return _same_item(pending, block)
    if pending[0].number is None or previous.number is None or block.number is None:
        return pending[0].number is None and previous.number is None and block.number is None
    numbers = [item.number for item in pending if not item.continued and item.number is not None]
    step = block.number - previous.number
    return step in (1, -1) if len(numbers) < 2 else step == numbers[1] - numbers[0]


def _same_item(pending: list[LocalizedBlock], block: LocalizedBlock) -> bool:
    """Whether a `continued` block goes on the last item of `pending`: one with its number (not
    an item of a list nested in its item, which ended)."""
    return next((item.number for item in reversed(pending) if not item.continued), -1) == block.number


def _same_table(previous: LocalizedBlock, block: LocalizedBlock) -> bool:
    return previous.cell is not None and block.cell is not None and previous.cell.table == block.cell.table


def _has_role(blocks: list[LocalizedBlock], role: str) -> bool:
    """A figure holds one credit and one caption; a second one starts the next figure."""
    return any(block.role == role for block in blocks)
