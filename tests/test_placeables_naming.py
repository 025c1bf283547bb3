"""Placeholder names (`l10n/placeables/naming.py`): numbered per kind, tags paired, renames lossless."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from l10n.model import InlineTag, Placeable
from l10n.placeables.naming import assign_names, placeholder_text, renamed


def test_names_count_per_kind_in_sentence_order() -> None:
    items = [
        Placeable("?", "money", "$5", Decimal(5), 0, 2),
        Placeable("?", "date", "Nov. 28", dt.date(2020, 11, 28), 3, 10),
        Placeable("?", "money", "$6", Decimal(6), 11, 13),
    ]
    assert [p.name for p in assign_names(items)] == ["money_1", "date_1", "money_2"]


def test_a_closing_tag_takes_its_opening_tags_number() -> None:
    a_open, a_close = InlineTag("a", (("href", "/x"),)), InlineTag("a", closing=True)
    items = [
        Placeable("?", "tag", "<a>", a_open, 0, 0),
        Placeable("?", "tag", "<a>", a_open, 1, 1),
        Placeable("?", "tag", "</a>", a_close, 2, 2),
        Placeable("?", "tag", "</a>", a_close, 3, 3),
    ]
    assert [p.name for p in assign_names(items)] == ["a_1", "a_2", "a_2_end", "a_1_end"]


def test_renamed_keeps_every_other_field() -> None:
    original = Placeable("number_9", "number", "1,200", Decimal(1200), 4, 9)
    assert renamed(original, "number_1") == dataclasses.replace(original, name="number_1")
    assert [f.name for f in dataclasses.fields(Placeable)] == ["name", "kind", "original", "value", "start", "end"], (
        "a new Placeable field must be copied by renamed()"
    )


def test_placeholder_text_replaces_each_original_and_keeps_other_braces() -> None:
    source = "Over 200 {guests} came on Saturday"
    items = assign_names(
        [Placeable("?", "number", "200", Decimal(200), 5, 8), Placeable("?", "weekday", "Saturday", 5, 26, 34)]
    )
    assert placeholder_text(source, items) == "Over {number_1} {guests} came on {weekday_1}"
