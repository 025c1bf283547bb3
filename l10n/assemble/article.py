"""A localised article: the source `Document`'s structure and values + a catalog's text.

Assembly is where DESIGN.md decision 1 pays off: the PO gives sentences with `{money_1}`
placeholders, the source document gives the values, and `l10n.placeables.render` writes
them for the target locale with CLDR (`pieces.py` cuts a sentence into what writers print). A sentence is rendered in the language it is written
in (product rule 8): a unit nobody translated — or one the publish gate holds back
(`gate.py`: a QA error, or a source that changed since it was translated) — is shown as the
source sentence with the source's own wording of every value ("on Saturday", "€2.4 billion"),
counted, and marked `lang="en"`, so a page is never silently half-English and never mixes
two languages in one sentence. Rendered values are `Value` pieces, so a right-to-left page
can isolate them (`<bdi>`, Unicode UAX #9) and digits or Latin names never get reordered.

The result is a plain model (like Babel's `Catalog`) that knows no output syntax; the
writers in `html.py`, `markdown.py` and `text.py` serialise it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from l10n import numbering
from l10n.assemble.dateline import dateline
from l10n.assemble.figures import FigureImage, figure_images
from l10n.assemble.machine_time import machine_datetime
from l10n.assemble.pieces import Piece, split_tags
from l10n.assemble.xml_text import clean_pieces, xml_clean
from l10n.locales import TargetLocale, parse_locale
from l10n.model import (
    NOTE_REFERENCE,
    Block,
    BlockRole,
    Document,
    InlineTag,
    Segment,
    TableCell,
    Translation,
    frozen_maker,
)
from l10n.msgctxt import context_for_role
from l10n.placeables.marks import is_note_mark

SegmentStatus = Literal["reviewed", "fuzzy", "mt", "untranslated", "held"]


_CODE_LANGUAGE = re.compile(r"language-[\w+#.-]{1,40}")

SourcePieces = dict[int, tuple[tuple[Piece, ...], bool]]
"""A source sentence's pieces (`split_tags` without a locale) and whether they are clean
(`xml_text.clean_pieces`, the pieces' part of `LocalizedSegment.xml_clean`), by the `id` of its
`Segment`: the same in every edition of an article, where every untranslated or held unit
shows them (a cold `assemble` split each again per locale, and checked them again per edition
until session 42). Made per document by the caller and dropped with it, so an `id` always
names a segment of that document."""

SharedBlockKey = tuple[int, tuple[tuple[str, str, str], ...]]
"""A document block's `id` and, per sentence, its (status, held reason, separator)."""

STATUS_COUNT_KEYS: dict[SegmentStatus, str] = {
    "reviewed": "translated",
    "fuzzy": "fuzzy",
    "mt": "mt",
    "untranslated": "untranslated",
    "held": "held",
}
SOURCE_SHOWN: frozenset[SegmentStatus] = frozenset({"untranslated", "held"})  # the source's words


@dataclass(frozen=True)
class LocalizedSegment:
    """One sentence as shown: rendered text runs and inline tag boundaries, in order.

    `lang` is the BCP 47 tag of the text actually shown ("en" when the unit fell back to the
    source); `held` says why a translation was held back ("" when it was not); `separator` is
    what goes between the previous sentence and this one ("" inside
    Chinese or Japanese text, a space elsewhere).
    """

    pieces: tuple[Piece, ...]
    status: SegmentStatus
    lang: str
    separator: str = ""
    held: str = ""
    xml_clean: bool = field(init=False, compare=False, repr=False)
    """Whether neither its separator nor any text piece holds what `xml_safe` drops
    (`xml_text.clean_pieces`): then `xml_safe` leaves any join of them with clean separators
    as it is, and the writers skip its search of the sentence (each of the three searched its
    own join of it, and a sentence with a CLDR value's no-break space was searched whole by
    each: ~3 % of a cold `assemble`'s instructions). Found once, as the sentence is made (its
    pieces are frozen)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "xml_clean", _clean_sentence(self.separator, self.pieces))

    @property
    def text(self) -> str:
        """The sentence without markup, for titles, plain text and search. (A list, not a
        generator, into the join: the text writer asks for every sentence of an edition.)"""
        return "".join([piece for piece in self.pieces if isinstance(piece, str)])


def _clean_sentence(separator: str, pieces: tuple[Piece, ...]) -> bool:
    """`LocalizedSegment.xml_clean` of a sentence with this separator and these pieces."""
    return xml_clean(separator) and clean_pieces(pieces)


_made_segment = frozen_maker(
    LocalizedSegment, ("pieces", "status", "lang", "separator", "held", "xml_clean"), computed=True
)
"""`LocalizedSegment(pieces, status, lang, separator, held)` with its fields set at once, its
`xml_clean` given (`_clean_sentence`, what `__post_init__` sets): the frozen dataclass's
`__init__` sets each of six through `object.__setattr__`, for every sentence of every edition
(`model.frozen_maker`, which checks the class at import)."""


@dataclass
class LocalizedBlock:
    """A block of the article (`role` from the source) with its sentences localised."""

    role: BlockRole
    figure: int | None
    segments: list[LocalizedSegment]
    cell: TableCell | None = None
    number: int | None = None  # an ordered list item's number (`Block.number`)
    continued: bool = False  # a list item's further paragraph (`Block.continued`)
    level: int = 2  # a heading's level in the editions, 2–6 (`numbering.heading_level`)
    shown: dict[tuple[object, ...], str | None] | None = field(default=None, compare=False, repr=False)
    """None, or (a block shared by editions, `EditionShares.blocks`) what the writers made of it,
    by format and what else of the edition they read (`shared_rendering`)."""

    @property
    def text(self) -> str:
        return "".join([segment.separator + segment.text for segment in self.segments])


@dataclass
class EditionShares:
    """What an article's editions share, made per document by the caller and dropped with it (so
    an `id` always names a segment or block of that document):

    - `pieces`: each source sentence's pieces (`SourcePieces`);
    - `blocks`: each block every sentence of which an edition shows as the source wrote it
      (untranslated or held back), by `SharedBlockKey`. Two editions that show a block so, with
      the same statuses, reasons and separators, show the same `LocalizedBlock`: one object,
      whose `shown` keeps what each writer made of it for the editions after the first (a
      locale that nobody has translated yet, or whose units the gate holds, is the source's
      words in every block). The writers key what they keep by what they read of the edition
      besides the block (`shared_rendering`);
    - `layout`: what depends on the article alone, made by the first edition that asks and taken
      by the others (`LocalizedArticle.layout`): how its body's blocks group on a page
      (`layout.body_groups`, by their places in `LocalizedArticle.blocks`, the same in every
      edition of one document).
    """

    pieces: SourcePieces = field(default_factory=dict)
    blocks: dict[SharedBlockKey, LocalizedBlock] = field(default_factory=dict)
    layout: dict[str, object] = field(default_factory=dict)


def _edition_key(block: LocalizedBlock, kind: str, locale: TargetLocale) -> tuple[str, str, bool]:
    """What a writer reads of an edition for a block shared by editions, with the writer's `kind`
    of rendering: the `locale`'s direction and whether it is the block's language. Every sentence
    of a shared block is in one language (the source's), so that is one answer for the block."""
    return (kind, locale.direction, block.segments[0].lang == locale.bcp47)


def shared_rendering(
    block: LocalizedBlock, kind: str, locale: TargetLocale, make: Callable[[], str | None]
) -> str | None:
    """`make()`, kept on a block shared by editions (`EditionShares`) under the writer's `kind` of
    rendering and what it reads of the edition (`_edition_key`), and taken from there the next
    time; made each time for a block of one edition."""
    if block.shown is None:
        return make()
    key = _edition_key(block, kind, locale)
    if key in block.shown:
        return block.shown[key]
    made = block.shown[key] = make()
    return made


def kept_body(blocks: Sequence[LocalizedBlock], kind: str, locale: TargetLocale, make: Callable[[], str]) -> str:
    """`make()`, a writer's whole body when every block of it is shared by editions
    (`layout.shared_body`): kept on the first block under the writer's `kind` of body, what a
    writer reads of the edition for each block (`_edition_key`) and the blocks' `id`s, and taken from there by the next edition that shows the same blocks. The blocks are
    the document's (`EditionShares.blocks` holds them while the document is assembled), so an
    `id` names one of them. Each block's own rendering is still kept on it (`make` asks for it
    through `shared_rendering`): an edition whose body differs by one block renders only that
    one. An untranslated or held-back edition then writes its body once per article and
    direction instead of walking every block again per edition."""
    kept = blocks[0].shown
    if kept is None:  # (`shared_body` gives shared blocks only)
        return make()
    whole = (*_edition_key(blocks[0], kind, locale), tuple([id(block) for block in blocks]))
    found = kept.get(whole)
    if found is None:
        found = kept[whole] = make()
    return found


@dataclass
class LocalizedArticle:
    """Everything a writer needs to print one article in one locale."""

    locale: TargetLocale
    domain: str
    headline: str
    published_text: str
    published: dt.datetime | None
    section: str
    author: str
    source: str
    editor: str
    blocks: list[LocalizedBlock]
    counts: dict[str, int] = field(default_factory=dict)
    source_lang: str = "en"  # the source language as a BCP 47 tag (`zh-Hans`): the `lang` of its words
    figures: dict[int, FigureImage] = field(default_factory=dict)  # Block.figure → its image
    held: dict[str, int] = field(default_factory=dict)  # why units were held back → how many
    source_variant: str = ""  # `Document.source_variant` ("en_GB"), for the source edition's `lang`
    layout: dict[str, object] | None = field(default=None, compare=False, repr=False)
    """None, or (an edition of a document whose editions share `EditionShares`) its `layout`:
    what the writers made of the article alone, for its other editions."""

    @property
    def published_datetime(self) -> str:
        """The dateline's `<time datetime>` value (`machine_time.machine_datetime`); "" without a
        date. Made once per document (its `layout`, which the article's editions share: the
        date is the document's), where each edition asked twice (its facts, its HTML header)."""
        if self.published is None:
            return ""
        kept = self.layout
        if kept is None:
            return machine_datetime(self.published)
        found = kept.get("published_datetime")
        if not isinstance(found, str):
            found = kept["published_datetime"] = machine_datetime(self.published)
        return found

    @property
    def lang(self) -> str:
        """The page's BCP 47 tag (`<html lang>`): the locale's, except that the source edition
        of an article that states its region is that region's (`en-GB`, BCP 47 §2.2.4), as the
        editor wrote it; translations and fallback sentences keep the bare tags.

        >>> from l10n.locales import parse_locale
        >>> LocalizedArticle(parse_locale("en"), "d", "", "", None, "", "", "", "", [], source_variant="en_GB").lang
        'en-GB'
        >>> LocalizedArticle(parse_locale("de"), "d", "", "", None, "", "", "", "", [], source_variant="en_GB").lang
        'de'
        """
        variant = self.source_variant.split("_")
        if self.locale.bcp47 == self.source_lang and variant[0] == self.locale.code and len(variant) == 2:
            return "-".join(variant)
        return self.locale.bcp47

    @property
    def fully_reviewed(self) -> bool:
        """True when every sentence shown is a reviewed translation (nothing fuzzy, MT or English)."""
        return all(count == 0 for key, count in self.counts.items() if key != "translated")

    @property
    def units(self) -> int:
        return sum(self.counts.values())

    @property
    def title(self) -> str:
        """The page's title (`<title>`, which HTML §4.2.2 wants non-empty): the headline; without
        one (plain-text stories, Word files), the story's first sentence as shown in this edition;
        the article's name only when it has no sentence either."""
        if self.headline:
            return self.headline
        for role in ("summary", "lead", "paragraph"):
            for block in self.blocks:
                first = next((segment.text.strip() for segment in block.segments if segment.text.strip()), "")
                if block.role == role and first:
                    return first
        return self.domain

    @property
    def summary_text(self) -> str:
        """The summary (else the lead, else the first paragraph) as shown, for a meta description."""
        for role in ("summary", "lead", "paragraph"):
            for block in self.blocks:
                if block.role == role and block.text.strip():
                    return block.text.strip()
        return ""


def assemble_article(
    doc: Document,
    translations: Mapping[tuple[str | None, str], Translation],
    locale: TargetLocale,
    *,
    domain: str,
    include_fuzzy: bool = True,
    held: Mapping[tuple[str | None, str], str] | None = None,
    shared: EditionShares | None = None,
) -> LocalizedArticle:
    """Build the `locale` edition of `doc` from `translations` keyed by (msgctxt, msgid).

    A reviewed translation is always used, a fuzzy one (MT, TM) only with `include_fuzzy`;
    a unit in `held` (key → reason, from `gate.held_units`) is never shown translated;
    anything else falls back to the source segment, written as the source wrote it.
    `counts` holds catalog units (msgctxt + msgid) by status, each once however often it
    occurs; `held` on the result counts held units by reason. `shared`: see `EditionShares`
    (one per document, shared by its editions).
    """
    held_units = held or {}  # (one empty mapping, not one per sentence)
    source_lang = parse_locale(doc.source_locale).bcp47  # `lang` of the source's words: `zh-Hans`, not `zh_Hans`
    counts = {key: 0 for key in STATUS_COUNT_KEYS.values()}
    held_counts: dict[str, int] = {}
    counted: set[tuple[str | None, str]] = set()
    blocks: list[LocalizedBlock] = []
    shift = numbering.heading_shift(doc.blocks)
    for block in doc.blocks:
        if block.role == "code":
            blocks.append(LocalizedBlock(role="code", figure=None, segments=[code_segment(block, source_lang)]))
            continue
        context = context_for_role(block.role)
        if shared is not None and block.segments:
            found = _shared_block_shown(
                shared, block, context, translations, held_units, locale, source_lang, include_fuzzy
            )
            if found is not None:  # shown as the source wrote it, as an earlier edition showed it
                for key, segment_shown in zip(found[1], found[0].segments, strict=True):
                    if key not in counted:
                        counted.add(key)
                        counts[STATUS_COUNT_KEYS[segment_shown.status]] += 1
                        if segment_shown.held:
                            held_counts[segment_shown.held] = held_counts.get(segment_shown.held, 0) + 1
                blocks.append(found[0])
                continue
        segments: list[LocalizedSegment] = []
        source_only = shared is not None  # every sentence in the source's words so far (`EditionShares`)
        for segment in block.segments:
            key = (context, segment.text)
            localized = localize_segment(
                segment,
                translations.get(key),
                locale,
                source_lang=source_lang,
                include_fuzzy=include_fuzzy,
                previous=segments[-1] if segments else None,
                held=held_units.get(key, ""),
                source_pieces=None if shared is None else shared.pieces,
            )
            if key not in counted:  # a unit repeated in the article (a credit) counts once
                counted.add(key)
                counts[STATUS_COUNT_KEYS[localized.status]] += 1
                if localized.held:
                    held_counts[localized.held] = held_counts.get(localized.held, 0) + 1
            segments.append(localized)
            source_only = source_only and localized.status in SOURCE_SHOWN  # shown in `source_lang`
        level = numbering.heading_level(block.level, shift=shift)
        shown = LocalizedBlock(block.role, block.figure, segments, block.cell, block.number, block.continued, level)
        if source_only and segments and shared is not None:
            shown = _shared_block(shared, block, shown)
        blocks.append(shown)
    blocks, images = _alt_texts_on_images(blocks, figure_images(doc.extra))
    return LocalizedArticle(
        locale=locale,
        domain=domain,
        headline=_headline_text(doc, blocks, translations, locale, held_units),
        published_text=dateline(doc, locale),
        published=doc.published,
        section=doc.section,
        author=doc.author,
        source=doc.source,
        editor=doc.editor,
        blocks=blocks,
        counts=counts,
        source_lang=source_lang,
        source_variant=doc.source_variant,
        figures=images,
        held=held_counts,
        layout=None if shared is None else shared.layout,
    )


def _shared_block_shown(
    shared: EditionShares,
    block: Block,
    context: str | None,
    translations: Mapping[tuple[str | None, str], Translation],
    held: Mapping[tuple[str | None, str], str],
    locale: TargetLocale,
    source_lang: str,
    include_fuzzy: bool,
) -> tuple[LocalizedBlock, list[tuple[str | None, str]]] | None:
    """The `LocalizedBlock` an earlier edition of the article made of `block` (`EditionShares`),
    when this edition shows every sentence of it in the source's words with the same statuses,
    reasons and separators (`_shared_block`'s key, worked out from the catalog's answers without
    localising a sentence), with each sentence's unit key; None otherwise. An article's
    untranslated and held editions (a locale nobody translated yet, one whose units the gate
    holds) then cost a look-up per block instead of a `LocalizedSegment` per sentence."""
    shown: list[tuple[str, str, str]] = []
    keys: list[tuple[str | None, str]] = []
    separator = _separator_between(source_lang, source_lang, locale)  # between source sentences
    for segment in block.segments:
        key = (context, segment.text)
        status, reason = shown_status(translations.get(key), held.get(key, ""), include_fuzzy=include_fuzzy)
        if status not in SOURCE_SHOWN:
            return None
        shown.append((status, reason, separator if shown else ""))
        keys.append(key)
    found = shared.blocks.get((id(block), tuple(shown)))
    return None if found is None else (found, keys)


def _shared_block(shared: EditionShares, block: Block, shown: LocalizedBlock) -> LocalizedBlock:
    """The `LocalizedBlock` an earlier edition made of `block` shown as `shown` is, in the
    source's words (`EditionShares`), else `shown`, kept for the next. What else than the
    document's block it is made of: each sentence's status, held reason and separator (the
    pieces are the block's own sentences', the language the source's)."""
    key: SharedBlockKey = (id(block), tuple([(s.status, s.held, s.separator) for s in shown.segments]))
    found = shared.blocks.get(key)
    if found is None:
        shown.shown = {}
        found = shared.blocks[key] = shown
    return found


def _alt_texts_on_images(
    blocks: list[LocalizedBlock], images: dict[int, FigureImage]
) -> tuple[list[LocalizedBlock], dict[int, FigureImage]]:
    """An "alt" block is no text of the page: it becomes its figure image's `alt`, translated
    (or the source's, marked with its language, until someone translates it). A figure that is
    only an image (no caption, no credit) keeps its alt block as the figure's one block, so
    the writers still place the image where it stood."""
    described = {block.figure for block in blocks if block.role in ("caption", "credit")}
    shown: list[LocalizedBlock] = []
    for block in blocks:
        if block.role != "alt":
            shown.append(block)
            continue
        image = images.get(block.figure) if block.figure is not None else None
        if image is not None and block.segments:
            images[block.figure] = dataclasses.replace(  # type: ignore[index]
                image, alt=block.text, alt_lang=block.segments[0].lang
            )
            if block.figure not in described:
                shown.append(block)
    return shown, images


def text_only(pieces: Sequence[object]) -> bool:
    """Whether a sentence's pieces hold no inline tag (text, values and code alone), so a writer
    may join them as they are.

    >>> text_only(("a ", "b")), text_only(("a ", InlineTag("em"), "b", InlineTag("em", closing=True)))
    (True, False)
    """
    return InlineTag not in map(type, pieces)


def all_clean(segments: Sequence[LocalizedSegment]) -> bool:
    """Whether no sentence holds what `xml_safe` drops (`LocalizedSegment.xml_clean`): then a join
    of them is not searched by the writer (HTML, Markdown and text ask it alike)."""
    return all([segment.xml_clean for segment in segments])  # a list: quicker than a generator here


def code_segment(block: Block, source_lang: str) -> LocalizedSegment:
    """A code block as every edition shows it: its text as written between the `code` element's
    boundaries (with the `class="language-…"` ingest gave it). Not a unit: counted nowhere."""
    attrs = block.markup[0].attrs if block.markup else ()
    pieces = (InlineTag("code", attrs), block.text, InlineTag("code", closing=True))
    return LocalizedSegment(pieces=pieces, status="untranslated", lang=source_lang)


def code_language(block: LocalizedBlock) -> str:
    """The language a code block's fence named (`class="language-py"` → "py"), "" when none or
    when it is not a plain name (letters, digits, `+ # . _ -`: it goes into a class and a fence).

    >>> tag = InlineTag("code", (("class", "language-c++"),))
    >>> code_language(LocalizedBlock("code", None, [LocalizedSegment((tag, "x"), "untranslated", "en")]))
    'c++'
    """
    for piece in block.segments[0].pieces if block.segments else ():
        for name, value in piece.attrs if isinstance(piece, InlineTag) else ():
            if name == "class" and _CODE_LANGUAGE.fullmatch(value):
                return value.removeprefix("language-")
    return ""


def localize_segment(
    segment: Segment,
    translation: Translation | None,
    locale: TargetLocale,
    *,
    source_lang: str = "en",
    include_fuzzy: bool = True,
    previous: LocalizedSegment | None = None,
    held: str = "",
    source_pieces: SourcePieces | None = None,
) -> LocalizedSegment:
    """One sentence: pick the translation or the source, render values, split out tags.

    A non-fuzzy msgstr counts as reviewed whatever machine first proposed it (a person
    cleared the flag, DESIGN.md decision 4); fuzzy MT output is "mt", other fuzzy is "fuzzy".
    A `held` unit (the reason, from the publish gate) shows the source, whatever its msgstr.
    The source sentence keeps the source's own text of every value (`Placeable.original`);
    only a translated sentence gets values rendered for `locale`. `source_pieces` remembers
    the source sentence's pieces for the document's other editions (`SourcePieces`).
    """
    status, held = shown_status(translation, held, include_fuzzy=include_fuzzy)
    if status in SOURCE_SHOWN or translation is None:
        kept = None if source_pieces is None else source_pieces.get(id(segment))
        if kept is None:
            pieces = split_tags(segment.text, segment.placeables, None)
            clean = clean_pieces(pieces)
            if source_pieces is not None:
                source_pieces[id(segment)] = (pieces, clean)
        else:
            pieces, clean = kept
        lang = source_lang
    else:
        pieces, lang = split_tags(translation.msgstr, segment.placeables, locale), locale.bcp47
        clean = clean_pieces(pieces)
    separator = _separator(previous, lang, locale) if previous is not None else ""
    return _made_segment(
        {
            "pieces": pieces,
            "status": status,
            "lang": lang,
            "separator": separator,
            "held": held,
            "xml_clean": clean and xml_clean(separator),  # `_clean_sentence`, the pieces' part kept
        }
    )


def shown_status(
    translation: Translation | None, held: str, *, include_fuzzy: bool = True
) -> tuple[SegmentStatus, str]:
    """How a unit is shown (`segment_status`, or "held" when the gate holds a unit that has a
    translation) and the reason it is held ("" unless it is)."""
    status = segment_status(translation, include_fuzzy=include_fuzzy)
    if held and status != "untranslated":
        return "held", held
    return status, ""


def segment_status(translation: Translation | None, *, include_fuzzy: bool = True) -> SegmentStatus:
    """How a unit's catalog entry is shown: reviewed, fuzzy, mt, or untranslated (source)."""
    if translation is None or not translation.msgstr:
        return "untranslated"
    if not translation.fuzzy:
        return "reviewed"
    if not include_fuzzy:
        return "untranslated"
    return "mt" if translation.origin == "mt" else "fuzzy"


def _separator(previous: LocalizedSegment, lang: str, locale: TargetLocale) -> str:
    """No space between two sentences both in Chinese/Japanese; a space otherwise."""
    return _separator_between(previous.lang, lang, locale)


def _separator_between(previous_lang: str, lang: str, locale: TargetLocale) -> str:
    """No space between two sentences both in Chinese or Japanese — translated, or the source's
    shown in its own words (a Chinese article's edition nobody translated yet): a space otherwise.

    >>> from l10n.locales import parse_locale
    >>> [_separator_between(a, b, parse_locale("de")) for a, b in [("zh-Hans", "zh-Hans"), ("de", "de"), ("zh-Hans", "de")]]
    ['', ' ', ' ']
    >>> _separator_between("ja", "ja", parse_locale("ja")), _separator_between("en", "en", parse_locale("ja"))
    ('', ' ')
    """
    if previous_lang != lang:
        return " "
    joins = locale.joins_without_space if lang == locale.bcp47 else parse_locale(lang).joins_without_space
    return "" if joins else " "


def _headline_text(
    doc: Document,
    blocks: Sequence[LocalizedBlock],
    translations: Mapping[tuple[str | None, str], Translation],
    locale: TargetLocale,
    held: Mapping[tuple[str | None, str], str],
) -> str:
    """The headline as plain text (for `<title>` and the page's slug): the headline block
    without its note marks (a correction's "1" belongs to the page, not its title), else the
    metadata."""
    for block in blocks:
        if block.role == "headline":
            return block.text if "sup" not in _tag_names(block) else _without_marks(block)
    if not doc.headline:
        return ""
    segment = Segment(text=doc.headline, source=doc.headline)
    key = (context_for_role("headline"), doc.headline)
    return localize_segment(segment, translations.get(key), locale, held=held.get(key, "")).text


def _tag_names(block: LocalizedBlock) -> set[str]:
    return {piece.name for segment in block.segments for piece in segment.pieces if isinstance(piece, InlineTag)}


def _without_marks(block: LocalizedBlock) -> str:
    """`block.text` without the text of each `sup` that is a note mark (`note_mark_spans`' rule:
    Word's reference, or a mark by what the `sup` holds and is glued to)."""
    shown: list[str] = []
    for segment in block.segments:
        text: list[str] = [segment.separator]
        inside: list[str] | None = None
        for piece in segment.pieces:
            if isinstance(piece, str):
                (text if inside is None else inside).append(piece)
            elif piece.name == "sup" and not piece.void:
                if not piece.closing:
                    inside = []
                elif inside is not None:
                    content = "".join(inside)
                    if NOTE_REFERENCE not in piece.attrs and not is_note_mark(content, "".join(text)):
                        text.append(content)
                    inside = None
        shown.append("".join(text + (inside or [])))
    return "".join(shown)
