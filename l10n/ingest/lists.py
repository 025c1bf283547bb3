"""The numbers of an ordered list's items, as each format states them (`Block.number`).

HTML numbers an `<ol>`'s items from its `start` (down from it when `reversed`), an item's
`value` restarting the count (HTML §4.4.5–4.4.8); Markdown counts on from its first item's
number (CommonMark §5.3: "1." written on every item shows 1, 2, 3); Word numbers a paragraph through its
numbering definition (`w:numPr`, its own or its style's → `w:num` → `w:abstractNum`, ECMA-376
Part 1 §17.9): a level
whose format is a number (decimal, letters, roman…) is ordered, a bullet or "none" is not,
and each level counts from its `w:start`, restarting when a shallower level of its list
moves on. Every format's count is written back as decimal numbers (`assemble`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from l10n.numbering import list_number

NESTED = "nested"
"""The model has one level of list (`Block.number`, no depth): an item nested in another item
(an `<ol>` in an `<li>`, an indented Markdown list, a Word level above 0) shows no number, so a
sub-step's restarted 1, 2 is never read as the steps' own numbers (or as their continuing
paragraphs); its list is bulleted, between the numbered steps, which keep theirs."""

UNORDERED_FORMATS = frozenset({"bullet", "none"})
"""Word's `w:numFmt` values that show no number (ECMA-376 Part 1 §17.18.59)."""


@dataclass
class OrderedList:
    """An HTML `<ol>` being read: the number its next `<li>` shows."""

    element: Any  # held, so that an `<li>`'s `getparent()` is this very lxml proxy
    following: int
    step: int

    @classmethod
    def of(cls, element: Any) -> OrderedList:
        step = -1 if element.get("reversed") is not None else 1
        count = sum(1 for child in element if child.tag == "li") if step < 0 else 1
        return cls(element, html_integer(element.get("start"), count), step)

    def next(self, item: Any) -> int | None:
        shown = html_integer(item.get("value"), self.following)
        self.following = shown + self.step
        return list_number(shown) if shown >= 0 else None  # a reversed list counted below 0


@dataclass
class ListNumbers:
    """Where an HTML walk is in its lists: the `<ol>`s open, innermost last, and the number of
    the `<li>` being read (None in a `<ul>`, in an `<li>` outside any list, and in one nested in
    another item: see `NESTED`)."""

    lists: list[OrderedList] = field(default_factory=list)
    number: int | None = None
    depth: int = 0  # the `<li>`s open around the one being read
    said: bool = False  # whether the `<li>` being read gave a block already

    def item_block(self) -> tuple[int | None, bool]:
        """The number and `continued` of a block of the `<li>` being read."""
        continued, self.said = self.said, True
        return self.number, continued

    @contextmanager
    def reading(self, element: Any, tag: str) -> Iterator[None]:
        """While an `<ol>` or an `<li>` (`tag`) is read."""
        if tag == "ol":
            self.lists.append(OrderedList.of(element))
            try:
                yield
            finally:
                self.lists.pop()
            return
        outer, said = self.number, self.said
        ordered = self.lists and self.lists[-1].element is element.getparent()
        shown = self.lists[-1].next(element) if ordered else None
        self.number = shown if self.depth == 0 else None
        self.depth, self.said = self.depth + 1, False
        try:
            yield
        finally:
            self.number, self.depth, self.said = outer, self.depth - 1, said or self.depth > 1


def html_integer(value: str | None, default: int) -> int:
    """HTML's "valid integer" (§2.3.4.1) at the start of an attribute, `default` when there is
    none (or a longer run of digits than any list shows).

    >>> html_integer(" 3", 1), html_integer("-2", 1), html_integer("x", 7), html_integer(None, 1)
    (3, -2, 7, 1)
    """
    found = re.match(r"\s*([-+]?[0-9]{1,10})(?![0-9])", value or "")
    return int(found.group(1)) if found else default


def list_start(start: Any) -> int | None:
    """A Markdown ordered list's start (markdown-it's `start` attribute of `ordered_list_open`, set
    when the first item's number is not 1), as `list_number` keeps it.

    >>> list_start(None), list_start(3), list_start("007")
    (1, 3, 7)
    """
    return list_number(int(start)) if start is not None and str(start).isascii() and str(start).isdigit() else 1


@dataclass
class WordNumbering:
    """Word's numbered paragraphs, counted in reading order (`paragraph`). A paragraph is in a
    list by its own `w:numPr` or its style's (Word's "List Number" style names list 5), its own
    numId 0 taking it out; lists (`w:num`) of one definition (`w:abstractNum`) share their count
    unless one restarts it (`w:lvlOverride`), as Word counts them."""

    formats: dict[tuple[str, int], tuple[str, int]]  # (numId, level) → (numFmt, start)
    counters: dict[str, str]  # numId → whose count it goes on: its definition's, or its own
    styles: dict[str, tuple[str, str]]  # paragraph styleId → its numPr's (numId, ilvl), through `w:basedOn`
    counts: dict[str, dict[int, int]] = field(default_factory=dict)  # counter → level → last number

    @classmethod
    def of(cls, numbering: Any, styles: Any, w: str) -> WordNumbering:
        """From the numbering part's root (`w:numbering`, None when the package has none) and
        the styles part's (`w:styles`)."""
        formats: dict[tuple[str, int], tuple[str, int]] = {}
        counters: dict[str, str] = {}
        if numbering is not None:
            abstract = {d.get(w + "abstractNumId", ""): _levels(d, w) for d in numbering.iter(w + "abstractNum")}
            for num in numbering.iter(w + "num"):
                based = num.find(w + "abstractNumId")
                definition = based.get(w + "val", "") if based is not None else ""
                levels = dict(abstract.get(definition, {}))
                num_id = num.get(w + "numId", "")
                counters[num_id] = "a" + definition
                for override in num.iter(w + "lvlOverride"):
                    counters[num_id] = "n" + num_id
                    level = html_integer(override.get(w + "ilvl"), 0)
                    if override.find(w + "lvl") is not None:
                        levels.update(_levels(override, w, level))
                    start = override.find(w + "startOverride")
                    if start is not None and level in levels:
                        levels[level] = (levels[level][0], html_integer(start.get(w + "val"), 1))
                formats.update({(num_id, level): value for level, value in levels.items()})
        return cls(formats, counters, _style_numbering(styles, w) if styles is not None else {})

    def paragraph(self, properties: Any, w: str) -> tuple[bool, int | None]:
        """Whether a paragraph (its `w:pPr`, or None) is a list item, and the number it shows
        (None for a bullet); each numbered paragraph counts, an empty one too."""
        own = properties.find(w + "numPr") if properties is not None else None
        style = properties.find(w + "pStyle") if properties is not None else None
        num_id, level = self.styles.get(style.get(w + "val", "") if style is not None else "", ("", ""))
        if own is not None:
            own_id, own_level = own.find(w + "numId"), own.find(w + "ilvl")
            num_id = own_id.get(w + "val", "") if own_id is not None else num_id
            level = own_level.get(w + "val", "") if own_level is not None else level
        if num_id in ("", "0"):
            return False, None
        depth = html_integer(level, 0)
        number = self._number(num_id, depth)  # counted at every level: a deeper one restarts on
        return True, number if depth == 0 else None  # NESTED

    def _number(self, num_id: str, level: int) -> int | None:
        kind, start = self.formats.get((num_id, level), ("bullet", 1))
        counts = self.counts.setdefault(self.counters.get(num_id, "n" + num_id), {})
        shown = counts.get(level, start - 1) + 1
        counts[level] = shown
        for deeper in [deeper for deeper in counts if deeper > level]:
            del counts[deeper]  # a shallower item restarts the levels under it (`w:lvlRestart` default)
        return None if kind in UNORDERED_FORMATS else list_number(shown)


def _style_numbering(styles: Any, w: str) -> dict[str, tuple[str, str]]:
    """Each paragraph style's list (`w:numPr` in its `w:pPr`, or its `w:basedOn` style's)."""
    own: dict[str, tuple[str, str]] = {}
    based: dict[str, str] = {}
    for style in styles.iter(w + "style"):
        style_id = style.get(w + "styleId", "")
        parent = style.find(w + "basedOn")
        if parent is not None:
            based[style_id] = parent.get(w + "val", "")
        numbering = style.find(f"{w}pPr/{w}numPr")
        if numbering is not None:
            num_id, level = numbering.find(w + "numId"), numbering.find(w + "ilvl")
            own[style_id] = (
                num_id.get(w + "val", "") if num_id is not None else "",
                level.get(w + "val", "") if level is not None else "",
            )
    resolved: dict[str, tuple[str, str]] = {}
    for style_id in based.keys() | own.keys():
        seen, current = set(), style_id
        while current not in own and current in based and current not in seen:  # a loop is no list
            seen.add(current)
            current = based[current]
        if current in own:
            resolved[style_id] = own[current]
    return resolved


def _levels(definition: Any, w: str, only: int | None = None) -> dict[int, tuple[str, int]]:
    levels: dict[int, tuple[str, int]] = {}
    for level in definition.iter(w + "lvl"):
        number = html_integer(level.get(w + "ilvl"), 0) if only is None else only
        kind, start = level.find(w + "numFmt"), level.find(w + "start")
        levels[number] = (
            kind.get(w + "val", "decimal") if kind is not None else "decimal",
            html_integer(start.get(w + "val"), 0) if start is not None else 0,
        )
    return levels
