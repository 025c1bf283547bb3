"""A segmented `Document` as JSON and back, exactly: what `memory.documents` keeps of an article.

Why JSON of plain lists and not pickle: the file it lands in lives under `locales/` and is
hostile input like every file there (design rule: everything outside is hostile), and
unpickling runs whatever the bytes name. Here the decoder builds only the model's own types
(`l10n.model`), checks every field's type, each block's role and each placeable's kind
against the model's vocabularies and the value types that kind may carry, and answers None
for anything else — the caller then ingests the article. Nothing here raises to its caller.

Exact means the decoded document is equal to the encoded one *and* prints the same `repr`:
two aware datetimes of one instant are equal but show their own offsets, and the writers and
`article.rendered_value` read `repr`. So a time zone is kept as what it is (`timezone.utc`, a
fixed offset with or without its own name, an IANA zone by key), a `Decimal` as its string
(sign, digits and exponent), and a value of any type not listed here is not encoded at all
(`encode_document` gives None: that article is simply parsed again).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
import zoneinfo
from decimal import Decimal
from typing import Any

from l10n.ingest.tables import MAX_CELLS, oversized_tables
from l10n.limits import MAX_ARTICLE_BYTES
from l10n.model import (
    MAX_HEADING_RANK,
    MAX_LIST_NUMBER,
    Block,
    BlockRole,
    CodeSpan,
    DateRange,
    Document,
    InlineMarkup,
    InlineTag,
    Money,
    MonthYear,
    NoteMark,
    NumberRange,
    Placeable,
    PlaceableKind,
    Quantity,
    Segment,
    TableCell,
    TimeOfDay,
    Weekday,
    YearlessDate,
)

FORMAT = "l10n-document-3"  # 2: a block's list `number` and `continued`; 3: a heading's `level`
ROLES = frozenset(typing.get_args(BlockRole))
KINDS = frozenset(typing.get_args(PlaceableKind))
SOURCE_FORMATS = frozenset({"txt", "html", "md", "docx"})

# Which value types each placeable kind carries (`l10n.model`'s notes, `placeables.render`'s
# dispatch); a pair outside this table is neither written nor accepted.
KIND_VALUES: dict[str, frozenset[str]] = {
    "date": frozenset({"date", "datetime", "yearless", "monthyear", "daterange"}),
    "datetime": frozenset({"datetime"}),
    "time": frozenset({"timeofday"}),
    "weekday": frozenset({"weekday"}),
    "money": frozenset({"money"}),
    "quantity": frozenset({"quantity"}),
    "range": frozenset({"range", "daterange"}),
    "percent": frozenset({"decimal"}),
    "ordinal": frozenset({"int"}),
    "number": frozenset({"decimal", "int"}),
    "tag": frozenset({"tag"}),
    "mark": frozenset({"mark"}),
    "code": frozenset({"code"}),
}
_DECIMAL = re.compile(r"-?[0-9]{1,60}(\.[0-9]{1,60})?(E[+-][0-9]{1,3})?")
_ZONE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")


class Unencodable(Exception):
    """A value this format does not hold (the article is then parsed again, never guessed)."""


class Refused(Exception):
    """Decoded data that is not exactly what `encode_document` writes."""


def encode_document(document: Document) -> bytes | None:
    """The document as `[FORMAT, fields…, blocks]` JSON; None when some value has no encoding."""
    try:
        fields = [
            document.source_format,
            document.source_locale,
            document.source_variant,
            document.headline,
            _moment(document.published),
            document.section,
            document.author,
            document.author_role,
            _moment(document.modified),
            document.source,
            document.editor,
            dict(document.extra),
            [_block(block) for block in document.blocks],
        ]
    except Unencodable:
        return None
    return json.dumps([FORMAT, *fields], ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _block(block: Block) -> list[Any]:
    cell = block.cell
    return [
        block.role,
        block.text,
        block.line,
        [[s.text, s.source, [_placeable(p) for p in s.placeables], s.start, s.end] for s in block.segments],
        [[m.start, m.end, m.tag, [list(a) for a in m.attrs], m.void] for m in block.markup],
        block.figure,
        None if cell is None else [cell.table, cell.row, cell.column, cell.header],
        block.number,
        block.continued,
        block.level,
    ]


def _placeable(placeable: Placeable) -> list[Any]:
    tag, value = _value(placeable.value)
    if tag not in KIND_VALUES.get(placeable.kind, ()):
        raise Unencodable(placeable.kind, tag)
    return [placeable.name, placeable.kind, placeable.original, tag, value, placeable.start, placeable.end]


def _value(value: object) -> tuple[str, Any]:
    kind = type(value)
    if kind is Decimal:
        return "decimal", _decimal(value)  # type: ignore[arg-type]
    if kind is int:
        return "int", value
    if kind is dt.datetime:
        return "datetime", _moment(value)  # type: ignore[arg-type]
    if kind is dt.date:
        return "date", value.isoformat()  # type: ignore[attr-defined]
    if kind is InlineTag:
        return "tag", [value.name, [list(a) for a in value.attrs], value.closing, value.void]  # type: ignore[attr-defined]
    if kind is Money:
        return "money", [_decimal(value.amount), value.currency]  # type: ignore[attr-defined]
    if kind is Quantity:
        return "quantity", [_decimal(value.value), value.unit]  # type: ignore[attr-defined]
    if kind is NumberRange:
        v: NumberRange = value  # type: ignore[assignment]
        return "range", [_decimal(v.start), _decimal(v.end), v.is_years, v.unit, v.currency]
    if kind is TimeOfDay:
        t: TimeOfDay = value  # type: ignore[assignment]
        offset = None if t.utc_offset is None else _delta(t.utc_offset)
        return "timeofday", [_clock(t.time), offset]
    if kind is Weekday:
        return "weekday", value.index  # type: ignore[attr-defined]
    if kind is YearlessDate:
        return "yearless", value.date.isoformat()  # type: ignore[attr-defined]
    if kind is MonthYear:
        return "monthyear", [value.year, value.month]  # type: ignore[attr-defined]
    if kind is DateRange:
        r: DateRange = value  # type: ignore[assignment]
        return "daterange", [r.start.isoformat(), r.end.isoformat(), r.has_year]
    if kind is NoteMark:
        return "mark", value.text  # type: ignore[attr-defined]
    if kind is CodeSpan:  # its pieces: text as a string, a tag as "tag" writes it
        return "code", [piece if type(piece) is str else _value(piece)[1] for piece in value.pieces]  # type: ignore[attr-defined]
    raise Unencodable(kind)


def _decimal(value: Decimal) -> str:
    text = str(value)
    if not _DECIMAL.fullmatch(text):
        raise Unencodable(text)
    return text


def _delta(delta: dt.timedelta) -> list[int]:
    return [delta.days, delta.seconds, delta.microseconds]


def _clock(time: dt.time) -> list[Any]:
    return [time.hour, time.minute, time.second, time.microsecond, time.fold, _zone(time.tzinfo)]


def _moment(moment: dt.datetime | None) -> list[Any] | None:
    if moment is None:
        return None
    if type(moment) is not dt.datetime:
        raise Unencodable(type(moment))
    return [moment.date().isoformat(), _clock(moment.timetz())]


def _zone(zone: dt.tzinfo | None) -> list[Any] | None:
    """None, ["utc"], ["offset", delta, name or None] or ["zone", IANA key]."""
    if zone is None:
        return None
    if zone is dt.UTC:
        return ["utc"]
    if type(zone) is dt.timezone:
        offset = zone.utcoffset(None)
        plain = dt.timezone(offset)
        if repr(plain) == repr(zone):
            return ["offset", _delta(offset), None]
        named = dt.timezone(offset, zone.tzname(None))
        if repr(named) != repr(zone):
            raise Unencodable(zone)
        return ["offset", _delta(offset), zone.tzname(None)]
    if type(zone) is zoneinfo.ZoneInfo and isinstance(zone.key, str) and _ZONE_KEY.fullmatch(zone.key):
        return ["zone", zone.key]
    raise Unencodable(zone)


def decode_document(data: bytes, *, source_path: str) -> Document | None:
    """The document `encode_document` wrote, its `source_path` the one given (the path the
    caller read the article from, as ingest would record it); None for anything else."""
    try:
        decoded = json.loads(data)
        if type(decoded) is not list or len(decoded) != 14 or decoded[0] != FORMAT:
            return None
        (_, fmt, locale, variant, headline, published, section, author, role, modified, source, editor) = decoded[:12]
        extra, blocks = decoded[12], decoded[13]
        if fmt not in SOURCE_FORMATS or type(extra) is not dict or type(blocks) is not list:
            return None
        read = [_read_block(block) for block in blocks]
        if oversized_tables(block.cell for block in read if block.cell is not None):
            return None  # a grid ingest reads as paragraphs: a forged cache (`tables.grid` would allocate it)
        return Document(
            blocks=read,
            source_path=source_path,
            source_format=fmt,
            source_locale=_str(locale),
            source_variant=_str(variant),
            headline=_str(headline),
            published=_read_moment(published),
            section=_str(section),
            author=_str(author),
            author_role=_str(role),
            modified=_read_moment(modified),
            source=_str(source),
            editor=_str(editor),
            extra={_str(key): _str(value) for key, value in extra.items()},
        )
    except (Refused, ArithmeticError, LookupError, OSError, TypeError, ValueError, RecursionError):
        return None  # (OSError: a zone key naming a folder of the zone data, "America")


def _str(value: Any) -> str:
    if type(value) is not str:
        raise Refused(value)
    return value


def _int(value: Any, low: int | None = None, high: int | None = None) -> int:
    if type(value) is not int or (low is not None and value < low) or (high is not None and value > high):
        raise Refused(value)
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise Refused(value)
    return value


def _list(value: Any, length: int | None = None) -> list[Any]:
    if type(value) is not list or (length is not None and len(value) != length):
        raise Refused(value)
    return value


def _attrs(value: Any) -> tuple[tuple[str, str], ...]:
    return tuple((_str(pair[0]), _str(pair[1])) for pair in (_list(item, 2) for item in _list(value)))


def _read_block(value: Any) -> Block:
    role, text, line, segments, markup, figure, cell, number, continued, level = _list(value, 10)
    if role not in ROLES:
        raise Refused(role)
    text = _str(text)
    return Block(
        role=role,
        text=text,
        line=_int(line, 0, MAX_ARTICLE_BYTES),
        segments=[_read_segment(segment, len(text)) for segment in _list(segments)],
        markup=[
            InlineMarkup(*_span(m[0], m[1], len(text)), _str(m[2]), _attrs(m[3]), _bool(m[4]))
            for m in (_list(item, 5) for item in _list(markup))
        ],
        figure=None if figure is None else _int(figure, 0, MAX_ARTICLE_BYTES),
        cell=None if cell is None else _read_cell(cell),
        number=None if number is None else _int(number, 0, MAX_LIST_NUMBER),
        continued=_bool(continued),
        level=_int(level, 0, MAX_HEADING_RANK),
    )


def _read_cell(value: Any) -> TableCell:
    """A cell whose numbers are each within `MAX_CELLS`; the grid they make together is checked
    by `decode_document` (`tables.oversized_tables`, the rule ingest applies)."""
    table, row, column, header = _list(value, 4)
    return TableCell(_int(table, 0, MAX_CELLS), _int(row, 0, MAX_CELLS), _int(column, 0, MAX_CELLS), _bool(header))


def _read_segment(value: Any, block_length: int) -> Segment:
    text, source, placeables, start, end = _list(value, 5)
    source = _str(source)
    return Segment(
        _str(text),
        source,
        [_read_placeable(p, len(source)) for p in _list(placeables)],  # offsets into the source text
        *_span(start, end, block_length),
    )


def _read_placeable(value: Any, source_length: int) -> Placeable:
    name, kind, original, tag, raw, start, end = _list(value, 7)
    if kind not in KINDS or tag not in KIND_VALUES[kind]:
        raise Refused(kind, tag)
    return Placeable(_str(name), kind, _str(original), _READERS[tag](raw), *_span(start, end, source_length))


def _span(start: Any, end: Any, length: int) -> tuple[int, int]:
    """Offsets a fresh parse gives: `0 <= start <= end <= length` of the text they index."""
    start, end = _int(start, 0, length), _int(end, 0, length)
    if start > end:
        raise Refused(start, end)
    return start, end


def _read_decimal(value: Any) -> Decimal:
    if not _DECIMAL.fullmatch(_str(value)):
        raise Refused(value)
    return Decimal(value)


def _read_date(value: Any) -> dt.date:
    text = _str(value)
    if len(text) != 10:
        raise Refused(text)
    return dt.date.fromisoformat(text)


def _read_delta(value: Any) -> dt.timedelta:
    days, seconds, micro = _list(value, 3)
    return dt.timedelta(days=_int(days), seconds=_int(seconds), microseconds=_int(micro))


def _read_clock(value: Any) -> dt.time:
    hour, minute, second, micro, fold, zone = _list(value, 6)
    return dt.time(_int(hour), _int(minute), _int(second), _int(micro), _read_zone(zone), fold=_int(fold))


def _read_moment(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    day, clock = _list(value, 2)
    return dt.datetime.combine(_read_date(day), _read_clock(clock))


def _read_zone(value: Any) -> dt.tzinfo | None:
    if value is None:
        return None
    kind = _str(_list(value)[0])
    if kind == "utc" and len(value) == 1:
        return dt.UTC
    if kind == "offset" and len(value) == 3:
        offset = _read_delta(value[1])
        return dt.timezone(offset) if value[2] is None else dt.timezone(offset, _str(value[2]))
    if kind == "zone" and len(value) == 2 and _ZONE_KEY.fullmatch(_str(value[1])):
        return zoneinfo.ZoneInfo(value[1])
    raise Refused(value)


def _read_range(value: Any) -> NumberRange:
    start, end, years, unit, currency = _list(value, 5)
    return NumberRange(
        _read_decimal(start),
        _read_decimal(end),
        _bool(years),
        None if unit is None else _str(unit),
        None if currency is None else _str(currency),
    )


def _read_timeofday(value: Any) -> TimeOfDay:
    clock, offset = _list(value, 2)
    return TimeOfDay(_read_clock(clock), None if offset is None else _read_delta(offset))


def _read_tag(value: Any) -> InlineTag:
    name, attrs, closing, void = _list(value, 4)
    return InlineTag(_str(name), _attrs(attrs), _bool(closing), _bool(void))


def _read_daterange(value: Any) -> DateRange:
    start, end, has_year = _list(value, 3)
    return DateRange(_read_date(start), _read_date(end), _bool(has_year))


def _read_monthyear(value: Any) -> MonthYear:
    year, month = _list(value, 2)
    return MonthYear(_int(year, dt.MINYEAR, dt.MAXYEAR), _int(month, 1, 12))


_READERS: dict[str, Any] = {
    "decimal": _read_decimal,
    "int": _int,
    "datetime": lambda v: _read_moment(_list(v, 2)),
    "date": _read_date,
    "tag": _read_tag,
    "money": lambda v: Money(_read_decimal(_list(v, 2)[0]), _str(v[1])),
    "quantity": lambda v: Quantity(_read_decimal(_list(v, 2)[0]), _str(v[1])),
    "range": _read_range,
    "timeofday": _read_timeofday,
    "weekday": lambda v: Weekday(_int(v, 0, 6)),
    "yearless": lambda v: YearlessDate(_read_date(v)),
    "monthyear": _read_monthyear,
    "daterange": _read_daterange,
    "mark": lambda v: NoteMark(_str(v)),
    "code": lambda v: CodeSpan(tuple(piece if isinstance(piece, str) else _read_tag(piece) for piece in _list(v))),
}
