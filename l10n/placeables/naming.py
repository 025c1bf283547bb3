"""Placeholder names and the msgid text that carries them (gettext python-brace-format).

One home for the naming rule every stage relies on: `<kind>_<n>` numbered per kind in order of
appearance, tags `<tag>_<n>` / `<tag>_<n>_end` numbered with everything else of that prefix, so an
HTML `<time>` element and a detected time never share a name. Names are identifiers because
msgfmt's python-brace-format check only accepts `{identifier}` fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from l10n.model import InlineTag, Placeable
from l10n.placeables.placeholder import PLACEHOLDER_PATTERN  # defined there, with no data model

__all__ = ["PLACEHOLDER_PATTERN", "assign_names", "name_prefix", "placeholder_text", "renamed"]


def name_prefix(placeable: Placeable) -> str:
    """`money` for a money value, the sanitised element name (`a`, `my_widget`) for a tag."""
    if isinstance(placeable.value, InlineTag):
        prefix = re.sub(r"\W", "_", placeable.value.name.lower())
        return prefix if prefix[:1].isalpha() else f"tag_{prefix}"
    return placeable.kind


def assign_names(placeables: Sequence[Placeable]) -> list[Placeable]:
    """Rename placeables given in sentence order; a closing tag takes its opening tag's number.

    >>> from decimal import Decimal
    >>> items = [Placeable("x", "number", "2", Decimal(2)), Placeable("x", "number", "3", Decimal(3))]
    >>> [p.name for p in assign_names(items)]
    ['number_1', 'number_2']
    """
    counters: Counter[str] = Counter()
    open_numbers: dict[str, list[int]] = {}
    named: list[Placeable] = []
    for placeable in placeables:
        prefix = name_prefix(placeable)
        tag = placeable.value if isinstance(placeable.value, InlineTag) else None
        if tag is not None and tag.closing:
            number = open_numbers[prefix].pop()
            name = f"{prefix}_{number}_end"
        else:
            counters[prefix] += 1
            number = counters[prefix]
            name = f"{prefix}_{number}"
            if tag is not None and not tag.void:
                open_numbers.setdefault(prefix, []).append(number)
        if placeable.name != name:  # frozen, so one already named right is shared, not copied
            placeable = renamed(placeable, name)
        named.append(placeable)
    return named


def renamed(placeable: Placeable, name: str) -> Placeable:
    """`placeable` under another name (what `dataclasses.replace` does, at a fifth of its cost:
    every detected value is renamed once)."""
    return Placeable(name, placeable.kind, placeable.original, placeable.value, placeable.start, placeable.end)


def placeholder_text(source: str, placeables: Sequence[Placeable]) -> str:
    """`source` with each placeable's original replaced by `{name}`; placeables in sentence order.

    Other braces stay as written: the project's rule (see `render_text`) is that braces not
    forming a `{name}` placeholder are literal text, and `msgfmt -c` accepts them.

    >>> from decimal import Decimal
    >>> placeholder_text("Over 200 {guests}", [Placeable("number_1", "number", "200", Decimal(200), 5, 8)])
    'Over {number_1} {guests}'
    """
    pieces: list[str] = []
    position = 0
    for placeable in placeables:
        pieces.append(source[position : placeable.start])
        pieces.append(placeable.placeholder)
        position = placeable.end
    pieces.append(source[position:])
    return "".join(pieces)
