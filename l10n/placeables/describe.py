"""The `#.` comment a translator reads for each placeholder: what `{name}` stands for.

One line per placeable, "name: original = value", the value in a plain machine form (ISO dates,
ISO 4217 codes, CLDR unit ids), so a translator sees exactly what the edition will render.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from l10n.model import (
    CodeSpan,
    DateRange,
    InlineTag,
    Money,
    MonthYear,
    NoteMark,
    NumberRange,
    Placeable,
    PlaceableValue,
    Quantity,
    TimeOfDay,
    Weekday,
    YearlessDate,
)
from l10n.placeables.vocabulary import PERCENT_UNIT


def _plain(number: Decimal) -> str:
    return format(number, "f")


def _describe_value(value: PlaceableValue) -> str:
    if isinstance(value, NoteMark):
        return f"note mark {value.text}, kept as written"
    if isinstance(value, CodeSpan):
        return "inline code, kept as written (never translated)"
    if isinstance(value, Money):
        return f"{value.currency} {_plain(value.amount)}"
    if isinstance(value, Quantity):
        return f"{_plain(value.value)} {value.unit}"
    if isinstance(value, NumberRange):
        span = f"{_plain(value.start)}–{_plain(value.end)}"
        if value.currency:
            return f"{value.currency} {span}"
        if value.unit:
            return f"{span} {'percent' if value.unit == PERCENT_UNIT else value.unit}"
        return f"years {span}" if value.is_years else span
    if isinstance(value, DateRange):
        span = f"{value.start.isoformat()}/{value.end.isoformat()}"  # an ISO 8601 interval
        return span if value.has_year else f"{span} (year inferred, not shown)"
    if isinstance(value, MonthYear):
        return f"{value.year:04d}-{value.month:02d}"  # ISO 8601 calendar month
    if isinstance(value, YearlessDate):
        return f"--{value.date:%m-%d} (year {value.date.year} inferred, not shown)"
    if isinstance(value, TimeOfDay):
        clock = value.time.strftime("%H:%M")
        if value.utc_offset is None:
            return clock
        return f"{clock} UTC{dt.timezone(value.utc_offset).tzname(None)[3:] or '+00:00'}"
    if isinstance(value, Weekday):
        return f"ISO weekday {value.index + 1}"
    if isinstance(value, InlineTag):
        if value.closing:
            return f"</{value.name}>"
        attrs = "".join(f' {key}="{val.replace(chr(34), "&quot;")}"' for key, val in value.attrs)
        return f"<{value.name}{attrs}{' /' if value.void else ''}>"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return _plain(value)
    return str(value)


def describe_value(placeable: Placeable) -> str:
    """The value part of `describe`: what the edition renders, in a plain machine form.

    >>> from l10n.placeables.detect import find_placeables
    >>> describe_value(find_placeables("up 12 per cent")[0])
    '12 percent'
    """
    value = _describe_value(placeable.value)
    if placeable.kind == "percent":
        return value + " percent"
    if placeable.kind == "ordinal":
        return f"ordinal {value}"
    return value


def describe(placeable: Placeable) -> str:
    """The `#.` extracted-comment line telling the translator what `{name}` stands for.

    >>> from l10n.placeables.detect import find_placeables
    >>> describe(find_placeables("over 530,000 square meters")[0])
    'quantity_1: 530,000 square meters = 530000 area-square-meter'
    >>> describe(find_placeables("the Yuan Dynasty (1279-1368)")[0])
    'range_1: 1279-1368 = years 1279–1368'
    """
    value = describe_value(placeable)
    shown = placeable.original if placeable.original else "(markup)"
    line = f"{placeable.name}: {shown} = {value}" if placeable.kind != "tag" else f"{placeable.name}: {value}"
    return " ".join(line.split())
