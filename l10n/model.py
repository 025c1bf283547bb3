"""The one data model every stage shares: document, block, segment, placeable, unit.

Plain dataclasses with no file-format knowledge (the split Babel makes between `Catalog` and
`read_po`/`write_po`): ingest builds a `Document`, segment fills each `Block`'s `Segment`s,
extract turns segments into translator-facing `Unit`s, and serializers at the edges (PO, XLIFF,
TMX, HTML) read and write these objects.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, TypeVar, Union

BlockRole = Literal[
    "headline",
    "summary",
    "lead",
    "paragraph",
    "heading",  # a subheading inside the body (HTML <h2>, Markdown ##)
    "credit",  # photo credit: an agency or photographer name, not prose
    "caption",
    "alt",  # an image's text alternative: translated, then written back as the image's alt
    "byline",
    "quote",  # a block quotation
    "list_item",
    "cell",  # one table cell (`Block.cell` says where): numbers in it are placeables
    "note",  # a footnote or endnote, after the story, starting with its mark in `sup` (Word's notes)
    "code",  # a code block (Markdown fence): never translated, shown in every edition as written
]

PlaceableKind = Literal[
    "date",  # value: datetime.date; YearlessDate (month-day, year inferred); MonthYear ("October 2023")
    "datetime",  # value: aware datetime.datetime
    "time",  # value: TimeOfDay
    "weekday",  # value: Weekday
    "money",  # value: Money
    "quantity",  # value: Quantity
    "range",  # value: NumberRange
    "percent",  # value: Decimal (12.5 for "12.5%")
    "ordinal",  # value: int (6 for "6th")
    "number",  # value: Decimal
    "tag",  # value: InlineTag (HTML inline markup kept through translation)
    "mark",  # value: NoteMark (a note's mark in `sup`, kept verbatim: l10n.placeables.marks)
    "code",  # value: CodeSpan (inline code — `x`, <code>, <kbd>, <samp> — tags and text as one marker: l10n.placeables.code)
]


@dataclass(frozen=True)
class Money:
    """An amount in an ISO 4217 currency; `amount` is the full value (10 billion = 10000000000)."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Quantity:
    """A measured value; `unit` is a CLDR unit id such as "area-square-meter" or "length-kilometer"."""

    value: Decimal
    unit: str


@dataclass(frozen=True)
class NumberRange:
    """An inclusive range such as the years "1279-1368"; `is_years` picks year formatting (no grouping).

    `unit` is the CLDR unit id written once after the range ("150-200 mm" → "length-millimeter";
    "10-15 percent" → "concentr-percent"), None for a bare range. `currency` (ISO 4217) makes it
    a money range ("$10-15 million", "10-15 billion yuan"): `start` and `end` are then full
    amounts, the scale word applied to both ends as the writer meant.
    """

    start: Decimal
    end: Decimal
    is_years: bool = False
    unit: str | None = None
    currency: str | None = None


@dataclass(frozen=True)
class YearlessDate:
    """A month and day the source wrote without a year ("on Dec. 14"); the year in `date` was
    inferred (from a later date in the sentence or the publication date), so it is rendered
    with the CLDR month-day skeleton, never with a year the writer did not state."""

    date: dt.date


@dataclass(frozen=True)
class MonthYear:
    """A month of a year with no day ("October 2023", "in March 2019"), rendered with the CLDR
    skeleton "yMMMM" ("2023年10月", "Oktober 2023")."""

    year: int
    month: int


@dataclass(frozen=True)
class DateRange:
    """Consecutive days written as one span ("Dec. 14-16", "Nov. 30-Dec. 2, 2020"), rendered with
    CLDR's interval formats ("12月14日至16日"). `has_year` is False when the writer gave none: the
    year was inferred as for `YearlessDate` and is not shown."""

    start: dt.date
    end: dt.date
    has_year: bool = True


@dataclass(frozen=True)
class TimeOfDay:
    """A clock time, with its UTC offset when the source gave one ("18:59 UTC+8")."""

    time: dt.time
    utc_offset: dt.timedelta | None = None


@dataclass(frozen=True)
class Weekday:
    """A weekday name; `index` follows `datetime.date.weekday()` (Monday = 0)."""

    index: int


@dataclass(frozen=True)
class NoteMark:
    """A note's mark as written ("1", "ii", "*", "[1]"): shown unchanged in every locale, so it
    still matches the mark its note starts with (`l10n.placeables.marks`)."""

    text: str


NOTE_REFERENCE = ("role", "doc-noteref")
"""The attribute of a `sup` that a reader knows for certain is a note's reference (DPUB-ARIA 1.0
`doc-noteref`; Word's w:footnoteReference): a mark whatever it is glued to."""


@dataclass(frozen=True)
class InlineTag:
    """One HTML inline element boundary. A paired element yields two placeables (open, close)."""

    name: str
    attrs: tuple[tuple[str, str], ...] = ()
    closing: bool = False
    void: bool = False  # <br>, <img>: no closing partner


@dataclass(frozen=True)
class CodeSpan:
    """Inline code as one placeable: the element's boundaries and everything inside them, in
    order (`InlineTag`s and text), so every edition rebuilds it as written and no engine or
    translator sees its text (`l10n.placeables.code`)."""

    pieces: tuple[str | InlineTag, ...]

    @property
    def text(self) -> str:
        return "".join(piece for piece in self.pieces if isinstance(piece, str))


PlaceableValue = Union[  # noqa: UP007  (a runtime alias of many types: Union reads better)
    dt.date,
    dt.datetime,
    TimeOfDay,
    Weekday,
    Money,
    Quantity,
    NumberRange,
    Decimal,
    int,
    InlineTag,
    YearlessDate,
    DateRange,
    MonthYear,
    NoteMark,
    CodeSpan,
]


@dataclass(frozen=True)
class Placeable:
    """A value in a sentence that translators must not retype: shown as `{name}` in the msgid.

    `name` is `<kind>_<n>` numbered per segment in order of appearance (`money_1`, `money_2`);
    tags are `<tag>_<n>` / `<tag>_<n>_end`. `start`/`end` are offsets of `original` in the
    segment's source text.
    """

    name: str
    kind: PlaceableKind
    original: str
    value: PlaceableValue
    start: int = 0
    end: int = 0

    @property
    def placeholder(self) -> str:
        return "{" + self.name + "}"


@dataclass
class Segment:
    """One sentence: `text` has `{name}` placeholders where `source` has the original values."""

    text: str
    source: str
    placeables: list[Placeable] = field(default_factory=list)
    start: int = 0  # offset of `source` in the block text
    end: int = 0


@dataclass(frozen=True)
class InlineMarkup:
    """An HTML inline element spanning block.text[start:end] (e.g. <a href=…>, <em>)."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    void: bool = False


@dataclass(frozen=True)
class TableCell:
    """Where a "cell" block sits: table `table` (numbered from 1 in the article), 0-based `row`
    and `column`, and whether it is a header cell (HTML `<th>`, a GFM table's first row).
    Empty cells have no block; a writer fills the grid up to the largest row and column. A cell
    of several paragraphs (Word's) is one block per paragraph with the same `TableCell`, in
    reading order, so each paragraph is a unit of its own. A merged cell (HTML `colspan` /
    `rowspan`) sits at its top-left place and covers `rows` × `columns` places of the grid (HTML
    §4.9.12, the table-forming algorithm): the places it covers hold no cell, so every later cell
    keeps the column its header names."""

    table: int
    row: int
    column: int
    header: bool = False
    rows: int = 1
    columns: int = 1


@dataclass
class Block:
    """A structural piece of the article. `text` is plain text with normalised spaces.

    `figure` groups a credit with its caption (same number); `line` is the 1-based source line
    where the block starts, for error messages and PO references. `number` is the number an
    ordered list's item shows (HTML `<ol start>`, Markdown `3.`, a Word numbered paragraph), None
    for a bulleted item and every other block: the marker is structure, not text, so it is in no
    unit. `continued` marks a list item's further paragraph (a second `<p>` in an `<li>`): it
    carries its item's number and joins that item in every edition. `level` is a "heading"'s
    rank as its source wrote it (HTML `<h3>`, Markdown `###`, Word "Heading 3": 3), 0 when none
    is stated (a table's caption); editions print it with `numbering.heading_level`.
    """

    role: BlockRole
    text: str
    line: int = 0
    segments: list[Segment] = field(default_factory=list)
    markup: list[InlineMarkup] = field(default_factory=list)
    figure: int | None = None
    cell: TableCell | None = None
    number: int | None = None
    continued: bool = False
    level: int = 0


@dataclass
class Document:
    """A parsed article: metadata plus ordered blocks. Values stay in the source; POs hold text."""

    blocks: list[Block]
    source_path: str = ""  # as given to ingest, for messages and references
    source_format: Literal["txt", "html", "md", "docx"] = "txt"
    source_locale: str = "en"
    # True when the article itself states its language (front matter, `<html lang>`, Word's language):
    # one read as the default is checked against its letters' script (`ingest.scripts`).
    language_stated: bool = False
    # True when the article states none and its language was read from its text
    # (`ingest.text_language.read_language`): `source_locale` is that language.
    language_read: bool = False
    # The source locale with its territory when the article states one ("en_GB", "en_US"):
    # detection reads English conventions from it (British "tons" are metric). "" = not stated.
    source_variant: str = ""
    headline: str = ""
    published: dt.datetime | None = None  # aware when the source gave a zone
    section: str = ""
    author: str = ""
    author_role: str = ""  # a job title that came with the byline ("Education editor")
    modified: dt.datetime | None = None  # last update, when the page states one
    source: str = ""  # the news agency line of the footer ("SHINE")
    editor: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def blocks_with_role(self, role: BlockRole) -> list[Block]:
        return [block for block in self.blocks if block.role == role]


@dataclass(frozen=True)
class Reference:
    """Where a unit occurs: `#: path:line` in PO."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Unit:
    """What a translator sees: one msgctxt + msgid, with everywhere it occurs.

    Identical segments with the same context collapse into one unit with several references;
    `placeables` holds the first occurrence's values (their names are what matters) and
    `comments` the `#.` lines describing every placeholder.
    """

    msgid: str
    msgctxt: str | None = None
    references: list[Reference] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    placeables: list[Placeable] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def id(self) -> str:
        return unit_id(self.msgctxt, self.msgid)


def unit_id(msgctxt: str | None, msgid: str) -> str:
    """A stable id from context and source only, so unchanged units keep their XLIFF id. An empty
    msgctxt is a context of its own in gettext, distinct from none: its unit gets another id (it
    had the context-less unit's, so an XLIFF file of a catalog holding both had one id twice)."""
    import hashlib  # here: OpenSSL's load is a few ms of every command's start

    context = "\x04" if msgctxt == "" else msgctxt or ""  # EOT: no msgctxt nor msgid holds one (MO's separator)
    digest = hashlib.sha1(f"{context}\x04{msgid}".encode()).hexdigest()
    return "u" + digest[:12]


TranslationOrigin = Literal["human", "mt", "tm", "none"]


@dataclass(frozen=True)
class Translation:
    """A unit's msgstr as read from a catalog, with enough state to decide who may change it."""

    msgstr: str
    fuzzy: bool = False
    origin: TranslationOrigin = "human"
    provenance: str = ""  # e.g. "mt: argos en->zh translate-en_zh 1.9 2026-11-26"
    source_changed: bool = False  # msgmerge kept it for an older msgid (`#|` lines)

    @property
    def is_reviewed(self) -> bool:
        return bool(self.msgstr) and not self.fuzzy


Frozen = TypeVar("Frozen")


def frozen_maker(
    cls: type[Frozen], fields: tuple[str, ...], *, computed: bool = False
) -> Callable[[dict[str, Any]], Frozen]:
    """A maker of `cls` (a frozen dataclass) from its fields' values, a dict of `fields` in that
    order (which becomes the instance's `__dict__`: set at once), where `cls(...)` sets each
    through `object.__setattr__` in its `__init__` (and `__post_init__`): for the objects made
    by the ten thousand (`memory.compiled.decode_translations`, `assemble.article`'s
    sentences). The same object `cls(...)` makes, as long as `cls` is what the caller was
    written for, which is checked here, once, when the caller's module is imported: its fields
    are `fields` in order (a field added, renamed or moved fails there, not on a page), it has
    no `__slots__`, and no `__post_init__` unless the caller sets what that computes
    (`computed`: such fields are among `fields`).

    The maker takes the dict itself, one positional argument, written as a display at the call
    site where a reader sees the fields named. Its cost is one Python call an object: for a
    sentence none more than the function it replaced; for the ~40,000 compiled translations of a
    cold `assemble` at 200 × 10, where the two steps were written out in the loop, ~11–12 M
    instructions (+0.12 %, callgrind). Tried and dropped: keywords (`**state`, +30 M) and a
    batch maker through `map` (+31 M)."""
    named = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    params = getattr(cls, "__dataclass_params__", None)
    if (
        named != fields
        or params is None
        or not params.frozen
        or "__slots__" in vars(cls)
        or (hasattr(cls, "__post_init__") and not computed)
    ):
        raise ImportError(
            f"{cls.__module__}.{cls.__qualname__} changed: its maker must be written anew (`frozen_maker`)"
        )
    new, set_fields = object.__new__, object.__setattr__

    def made(state: dict[str, Any]) -> Frozen:
        instance = new(cls)
        set_fields(instance, "__dict__", state)
        return instance

    made.__qualname__ = made.__name__ = f"made_{cls.__name__}"
    return made


@dataclass(frozen=True)
class Suggestion:
    """A machine or TM proposal for one unit; always written as fuzzy with provenance."""

    msgctxt: str | None
    msgid: str
    msgstr: str
    origin: Literal["mt", "tm"]
    provenance: str
    score: float | None = None
