"""The numbers of an ordered list's items, as each format states them (`Block.number`).

HTML numbers an `<ol>`'s items from its `start` (down from it when `reversed`), an item's
`value` restarting the count (HTML §4.4.5–4.4.8); Markdown writes each item's number
(CommonMark §5.2: the first one is the list's start); Word numbers a paragraph through its
numbering definition (`w:numPr` → `w:num` → `w:abstractNum`, ECMA-376 Part 1 §17.9): a level
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

from l10n.model import list_number

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
        return list_number(shown)


@dataclass
class ListNumbers:
    """Where an HTML walk is in its lists: the `<ol>`s open, innermost last, and the number of
    the `<li>` being read (None in a `<ul>`, or in an `<li>` outside any list)."""

    lists: list[OrderedList] = field(default_factory=list)
    number: int | None = None

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
        outer = self.number
        ordered = self.lists and self.lists[-1].element is element.getparent()
        self.number = self.lists[-1].next(element) if ordered else None
        try:
            yield
        finally:
            self.number = outer


def html_integer(value: str | None, default: int) -> int:
    """HTML's "valid integer" (§2.3.4.1) at the start of an attribute, `default` when there is
    none (or a longer run of digits than any list shows).

    >>> html_integer(" 3", 1), html_integer("-2", 1), html_integer("x", 7), html_integer(None, 1)
    (3, -2, 7, 1)
    """
    found = re.match(r"\s*([-+]?[0-9]{1,10})(?![0-9])", value or "")
    return int(found.group(1)) if found else default


def markdown_number(info: str) -> int | None:
    """The number a Markdown ordered item shows (markdown-it's `list_item_open.info`, the digits
    as written); None for a bullet item (empty `info`).

    >>> markdown_number("3"), markdown_number("007"), markdown_number("")
    (3, 7, None)
    """
    return list_number(int(info)) if info.isascii() and info.isdigit() else None


@dataclass
class WordNumbering:
    """Word's numbered paragraphs, counted in reading order: `number(num_id, level)` is what the
    paragraph shows, None for a bullet (or a list this package does not define)."""

    formats: dict[tuple[str, int], tuple[str, int]]  # (numId, level) → (numFmt, start)
    counts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → level → last number

    @classmethod
    def of(cls, numbering: Any, w: str) -> WordNumbering:
        """From the numbering part's root element (`w:numbering`; None when the package has none)."""
        if numbering is None:
            return cls({})
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        for definition in numbering.iter(w + "abstractNum"):
            abstract[definition.get(w + "abstractNumId", "")] = _levels(definition, w)
        formats: dict[tuple[str, int], tuple[str, int]] = {}
        for num in numbering.iter(w + "num"):
            based = num.find(w + "abstractNumId")
            levels = dict(abstract.get(based.get(w + "val", "") if based is not None else "", {}))
            for override in num.iter(w + "lvlOverride"):
                level = html_integer(override.get(w + "ilvl"), 0)
                start = override.find(w + "startOverride")
                own = override.find(w + "lvl")
                if own is not None:
                    levels.update(_levels(override, w, level))
                if start is not None and level in levels:
                    levels[level] = (levels[level][0], html_integer(start.get(w + "val"), 1))
            for level, value in levels.items():
                formats[(num.get(w + "numId", ""), level)] = value
        return cls(formats)

    def number(self, num_id: str, level: int) -> int | None:
        kind, start = self.formats.get((num_id, level), ("bullet", 1))
        counts = self.counts.setdefault(num_id, {})
        shown = counts.get(level, start - 1) + 1
        counts[level] = shown
        for deeper in [deeper for deeper in counts if deeper > level]:
            del counts[deeper]  # a shallower item restarts the levels under it (`w:lvlRestart` default)
        return None if kind in UNORDERED_FORMATS else list_number(shown)


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
