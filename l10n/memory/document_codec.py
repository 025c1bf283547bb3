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
from decimal import Decimal
from typing import Any

from l10n.ingest.tables import MAX_CELLS, oversized_tables
from l10n.limits import MAX_ARTICLE_BYTES
from l10n.memory.codec_fields import (
    Refused,
    Unencodable,
    bool_field,
    clock_json,
    delta_json,
    int_field,
    list_field,
    moment_json,
    read_clock,
    read_date,
    read_delta,
    read_moment,
    str_field,
)
from l10n.model import (
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
from l10n.numbering import MAX_HEADING_RANK, MAX_LIST_NUMBER

FORMAT = "l10n-document-6"  # 2: a block's list `number` and `continued`; 3: a heading's `level`; 4: a cell's spans; 5: `language_stated`; 6: `language_read`
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


def encode_document(document: Document) -> bytes | None:
    """The document as `[FORMAT, fields…, blocks]` JSON; None when some value has no encoding."""
    try:
        fields = [
            document.source_format,
            document.source_locale,
            document.source_variant,
            document.headline,
            moment_json(document.published),
            document.section,
            document.author,
            document.author_role,
            moment_json(document.modified),
            document.source,
            document.editor,
            dict(document.extra),
            [_block(block) for block in document.blocks],
            document.language_stated,
            document.language_read,
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
        None if cell is None else [cell.table, cell.row, cell.column, cell.header, cell.rows, cell.columns],
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
        return "datetime", moment_json(value)  # type: ignore[arg-type]
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
        offset = None if t.utc_offset is None else delta_json(t.utc_offset)
        return "timeofday", [clock_json(t.time), offset]
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


def decode_document(data: bytes, *, source_path: str) -> Document | None:
    """The document `encode_document` wrote, its `source_path` the one given (the path the
    caller read the article from, as ingest would record it); None for anything else."""
    try:
        decoded = json.loads(data)
        if type(decoded) is not list or len(decoded) != 16 or decoded[0] != FORMAT:
            return None
        (_, fmt, locale, variant, headline, published, section, author, role, modified, source, editor) = decoded[:12]
        extra, blocks, stated, read_from_text = decoded[12], decoded[13], decoded[14], decoded[15]
        if fmt not in SOURCE_FORMATS or type(extra) is not dict or type(blocks) is not list:
            return None
        if type(stated) is not bool or type(read_from_text) is not bool:
            return None
        read = [_read_block(block) for block in blocks]
        if oversized_tables(block.cell for block in read if block.cell is not None):
            return None  # a grid ingest reads as paragraphs: a forged cache (`tables.grid` would allocate it)
        return Document(
            blocks=read,
            source_path=source_path,
            source_format=fmt,
            source_locale=str_field(locale),
            source_variant=str_field(variant),
            headline=str_field(headline),
            published=read_moment(published),
            section=str_field(section),
            author=str_field(author),
            author_role=str_field(role),
            modified=read_moment(modified),
            source=str_field(source),
            editor=str_field(editor),
            extra={str_field(key): str_field(value) for key, value in extra.items()},
            language_stated=stated,
            language_read=read_from_text,
        )
    except (Refused, ArithmeticError, LookupError, OSError, TypeError, ValueError, RecursionError):
        return None  # (OSError: a zone key naming a folder of the zone data, "America")


def _attrs(value: Any) -> tuple[tuple[str, str], ...]:
    return tuple(
        (str_field(pair[0]), str_field(pair[1])) for pair in (list_field(item, 2) for item in list_field(value))
    )


def _read_block(value: Any) -> Block:
    role, text, line, segments, markup, figure, cell, number, continued, level = list_field(value, 10)
    if role not in ROLES:
        raise Refused(role)
    text = str_field(text)
    return Block(
        role=role,
        text=text,
        line=int_field(line, 0, MAX_ARTICLE_BYTES),
        segments=[_read_segment(segment, len(text)) for segment in list_field(segments)],
        markup=[
            InlineMarkup(*_span(m[0], m[1], len(text)), str_field(m[2]), _attrs(m[3]), bool_field(m[4]))
            for m in (list_field(item, 5) for item in list_field(markup))
        ],
        figure=None if figure is None else int_field(figure, 0, MAX_ARTICLE_BYTES),
        cell=None if cell is None else _read_cell(cell),
        number=None if number is None else int_field(number, 0, MAX_LIST_NUMBER),
        continued=bool_field(continued),
        level=int_field(level, 0, MAX_HEADING_RANK),
    )


def _read_cell(value: Any) -> TableCell:
    """A cell whose numbers are each within `MAX_CELLS`; the grid they make together is checked
    by `decode_document` (`tables.oversized_tables`, the rule ingest applies)."""
    table, row, column, header, rows, columns = list_field(value, 6)
    return TableCell(
        int_field(table, 0, MAX_CELLS),
        int_field(row, 0, MAX_CELLS),
        int_field(column, 0, MAX_CELLS),
        bool_field(header),
        int_field(rows, 1, MAX_CELLS),
        int_field(columns, 1, MAX_CELLS),
    )


def _read_segment(value: Any, block_length: int) -> Segment:
    text, source, placeables, start, end = list_field(value, 5)
    source = str_field(source)
    return Segment(
        str_field(text),
        source,
        [_read_placeable(p, len(source)) for p in list_field(placeables)],  # offsets into the source text
        *_span(start, end, block_length),
    )


def _read_placeable(value: Any, source_length: int) -> Placeable:
    name, kind, original, tag, raw, start, end = list_field(value, 7)
    if kind not in KINDS or tag not in KIND_VALUES[kind]:
        raise Refused(kind, tag)
    return Placeable(str_field(name), kind, str_field(original), _READERS[tag](raw), *_span(start, end, source_length))


def _span(start: Any, end: Any, length: int) -> tuple[int, int]:
    """Offsets a fresh parse gives: `0 <= start <= end <= length` of the text they index."""
    start, end = int_field(start, 0, length), int_field(end, 0, length)
    if start > end:
        raise Refused(start, end)
    return start, end


def _read_decimal(value: Any) -> Decimal:
    if not _DECIMAL.fullmatch(str_field(value)):
        raise Refused(value)
    return Decimal(value)


def _read_range(value: Any) -> NumberRange:
    start, end, years, unit, currency = list_field(value, 5)
    return NumberRange(
        _read_decimal(start),
        _read_decimal(end),
        bool_field(years),
        None if unit is None else str_field(unit),
        None if currency is None else str_field(currency),
    )


def _read_timeofday(value: Any) -> TimeOfDay:
    clock, offset = list_field(value, 2)
    return TimeOfDay(read_clock(clock), None if offset is None else read_delta(offset))


def _read_tag(value: Any) -> InlineTag:
    name, attrs, closing, void = list_field(value, 4)
    return InlineTag(str_field(name), _attrs(attrs), bool_field(closing), bool_field(void))


def _read_daterange(value: Any) -> DateRange:
    start, end, has_year = list_field(value, 3)
    return DateRange(read_date(start), read_date(end), bool_field(has_year))


def _read_monthyear(value: Any) -> MonthYear:
    year, month = list_field(value, 2)
    return MonthYear(int_field(year, dt.MINYEAR, dt.MAXYEAR), int_field(month, 1, 12))


_READERS: dict[str, Any] = {
    "decimal": _read_decimal,
    "int": int_field,
    "datetime": lambda v: read_moment(list_field(v, 2)),
    "date": read_date,
    "tag": _read_tag,
    "money": lambda v: Money(_read_decimal(list_field(v, 2)[0]), str_field(v[1])),
    "quantity": lambda v: Quantity(_read_decimal(list_field(v, 2)[0]), str_field(v[1])),
    "range": _read_range,
    "timeofday": _read_timeofday,
    "weekday": lambda v: Weekday(int_field(v, 0, 6)),
    "yearless": lambda v: YearlessDate(read_date(v)),
    "monthyear": _read_monthyear,
    "daterange": _read_daterange,
    "mark": lambda v: NoteMark(str_field(v)),
    "code": lambda v: CodeSpan(tuple(piece if isinstance(piece, str) else _read_tag(piece) for piece in list_field(v))),
}
