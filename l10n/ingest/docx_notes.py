"""Footnotes and endnotes of a Word file (ECMA-376 Part 1, §17.11): kept, marked, after the story.

A newsroom Word file puts a source, a correction or a translator's note in a footnote; dropping it
would drop text the reader of the edition is meant to see, with nobody told. Each reference in the
body (`w:footnoteReference`, `w:endnoteReference`) shows its mark as `sup` inline markup, and each
note becomes "note" blocks after the story, its first paragraph starting with the same mark in
`sup`, read by the body's run reader (`docx_runs.RunReader`: links through the notes part's own
relationships, bold, italic, fields, content controls). Footnotes come first, then endnotes, each
in the order of their references, as Word prints them: footnotes at the foot of their pages,
endnotes at the end of the document. The line of a note's blocks is the paragraph number of its
reference, where a reviewer finds it in Word.

Marks follow Word: footnotes and endnotes are numbered separately in order of reference from
`w:numStart` (1 by default), footnotes in decimal and endnotes in lower-case Roman numerals unless
`w:numFmt` says otherwise (`w:footnotePr`/`w:endnotePr` of settings.xml, overridden by the body's
final `w:sectPr`; `decimal`, `lowerRoman`, `upperRoman`, `lowerLetter`, `upperLetter` and
`chicago` are followed, any other format is shown as decimal). Restarting per section or per
page (`w:numRestart`) is not followed: an edition has no pages, and the count runs on. A
reference with `w:customMarkFollows` takes no number: the text after it in its run is its mark
(an asterisk on a headline, say), and its note, which then carries no `w:footnoteRef`, starts
with that text. Inside a note, `w:footnoteRef` is where its own mark is printed ("(1)" when the
author put it in brackets); a note without one gets its mark in front.

Not notes: the separator and continuation notes (`w:type` other than "normal"). A reference to a
note that does not exist (or to a missing notes part) is dropped with a warning naming the file
and paragraph, never a crash; a second reference to one note shows the same mark and does not
repeat it. The notes parts are parsed as the body is (python-docx's parser: no entity
resolution, lxml's default depth and size limits) and the references a document may hold are
bounded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from l10n.errors import IngestError
from l10n.ingest import warn
from l10n.ingest.docx_runs import Inline, RunReader, W, block_items, children, custom_mark, decimal_value
from l10n.model import Block
from l10n.terminal import printable_path

MAX_NOTE_REFERENCES = 5_000  # a 367,000-character journal (poi-stress008) has 182
NoteKind = Literal["footnote", "endnote"]
_DEFAULT_FORMAT: dict[NoteKind, str] = {"footnote": "decimal", "endnote": "lowerRoman"}
_PART_NAME: dict[NoteKind, str] = {"footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml"}


@dataclass
class _NotesPart:
    """One notes part: its notes by `w:id`, its relationships, how its marks are written."""

    notes: dict[str, Any]
    relationships: Any
    number_format: str
    start: int
    count: int = 0


@dataclass
class _Shown:
    kind: NoteKind
    note_id: str
    mark: str
    custom: bool
    line: int


@dataclass
class WordNotes:
    """The notes a document refers to, in order of reference; `reference` is the run reader's
    `note_reference` callback, `blocks` the notes as "note" blocks once the body is read."""

    word: Any
    source_path: str
    parts: dict[NoteKind, _NotesPart | None] = field(default_factory=dict, init=False)
    shown: dict[tuple[NoteKind, str], _Shown] = field(default_factory=dict, init=False)

    def reference(self, element: Any, line: int) -> str | None:
        """The mark a reference shows ("" when a custom mark follows it), or None when its note
        does not exist (the reference is then dropped, with a warning)."""
        kind: NoteKind = "footnote" if element.tag == W + "footnoteReference" else "endnote"
        note_id = element.get(W + "id") or ""
        if (kind, note_id) in self.shown:
            earlier = self.shown[(kind, note_id)]
            return "" if earlier.custom else earlier.mark
        part = self._part(kind)
        if part is None or note_id not in part.notes:
            where = f"{printable_path(self.source_path)}:{line}"
            warn(
                f"{where}: warning: {kind} reference (w:id {note_id[:40]!r}) names no note in {_PART_NAME[kind]}; dropped"
            )
            return None
        if len(self.shown) >= MAX_NOTE_REFERENCES:
            message = f"more than {MAX_NOTE_REFERENCES:,} footnotes and endnotes; refused"
            raise IngestError(message, path=self.source_path, line=line)
        custom = custom_mark(element)
        if custom:
            mark = _custom_text(element)
        else:
            part.count += 1
            mark = note_mark(part.start + part.count - 1, part.number_format)
        self.shown[(kind, note_id)] = _Shown(kind, note_id, mark, custom, line)
        return "" if custom else mark

    def blocks(self) -> list[Block]:
        """Every note referred to, footnotes first, then endnotes, each in reference order."""
        found: list[Block] = []
        for kind in ("footnote", "endnote"):
            for shown in (shown for shown in self.shown.values() if shown.kind == kind):
                part = self.parts[kind]
                assert part is not None  # a note was shown from it
                found += self._note(part, shown)
        return found

    def _note(self, part: _NotesPart, shown: _Shown) -> list[Block]:
        runs = RunReader(part.relationships, note_mark=shown.mark)
        inlines = [
            inline
            for inline in self._inlines(part.notes[shown.note_id], runs, shown)
            if any(piece.strip() for _, piece in inline.pieces)  # an empty paragraph is no note text
        ]
        if runs.unended_field_line():
            message = f"a field (w:fldChar) in the {shown.kind} marked {shown.mark!r} begins but never ends"
            raise IngestError(message, path=self.source_path, line=shown.line)
        if inlines and not runs.note_mark_shown and shown.mark:
            _lead_with_mark(inlines[0], shown.mark, custom=shown.custom)
        blocks = []
        for inline in inlines:
            text, markup = inline.build()
            if text:
                blocks.append(Block(role="note", text=text, line=shown.line, markup=markup))
        return blocks

    def _inlines(self, container: Any, runs: RunReader, shown: _Shown) -> Iterator[Inline]:
        """The paragraphs of a note in reading order: its own, a table's cell by cell, a text
        box's after the paragraph that anchors it. Pictures in a note are not read."""
        for element in block_items(container):
            if element.tag == W + "p":
                inline = runs.paragraph(element, line=shown.line)
                yield inline
                for box in inline.text_boxes:
                    yield from self._inlines(box, runs, shown)
            elif element.tag == W + "tbl":
                for row in children(element, (W + "tr",)):
                    for cell in children(row, (W + "tc",)):
                        yield from self._inlines(cell, runs, shown)
            else:
                message = f"an imported part (w:altChunk) in the {shown.kind} marked {shown.mark!r} cannot be read"
                raise IngestError(message, path=self.source_path, line=shown.line)

    def _part(self, kind: NoteKind) -> _NotesPart | None:
        if kind not in self.parts:
            self.parts[kind] = self._load(kind)
        return self.parts[kind]

    def _load(self, kind: NoteKind) -> _NotesPart | None:
        """The notes part related to the document part (OPC: by relationship type, not by name),
        parsed with python-docx's parser as document.xml is; None when the document has none."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml.parser import parse_xml

        relationship = RELATIONSHIP_TYPE.FOOTNOTES if kind == "footnote" else RELATIONSHIP_TYPE.ENDNOTES
        try:
            part = self.word.part.part_related_by(relationship)
        except KeyError:
            return None
        try:
            root = parse_xml(part.blob)
        except Exception as error:  # lxml's XMLSyntaxError: keep the message one line
            raise IngestError(f"{part.partname} cannot be parsed: {error}", path=self.source_path, line=1) from None
        notes = {
            note.get(W + "id") or "": note
            for note in root
            if note.tag == W + kind and (note.get(W + "type") or "normal") == "normal"
        }
        number_format, start = self._numbering(kind)
        return _NotesPart(notes, part.rels, number_format, start)

    def _numbering(self, kind: NoteKind) -> tuple[str, int]:
        """`w:numFmt` and `w:numStart` of the kind's properties: settings.xml's, then the body's
        final section's, which wins (§17.11.11, §17.11.4)."""
        from docx.opc.constants import RELATIONSHIP_TYPE

        number_format, start = _DEFAULT_FORMAT[kind], 1
        try:
            settings = self.word.part.part_related_by(RELATIONSHIP_TYPE.SETTINGS).element
        except (KeyError, AttributeError):
            settings = None
        for holder in (settings, self.word.element.body.find(W + "sectPr")):
            properties = holder.find(f"{W}{kind}Pr") if holder is not None else None
            if properties is None:
                continue
            number_format = _value(properties.find(W + "numFmt")) or number_format
            start_value = decimal_value(properties.find(W + "numStart"))
            start = min(start_value, 32_767) if start_value is not None else start
        return number_format, start


def note_mark(number: int, number_format: str) -> str:
    """A note's number as Word writes it in `number_format` (ST_NumberFormat, §17.18.59); the
    letter and Chicago formats repeat their symbol past the end of the set (27 → "aa").

    >>> [note_mark(n, "lowerRoman") for n in (1, 4, 9, 14, 40)]
    ['i', 'iv', 'ix', 'xiv', 'xl']
    >>> note_mark(27, "lowerLetter"), note_mark(3, "upperLetter"), note_mark(5, "chicago")
    ('aa', 'C', '**')
    >>> note_mark(12, "decimalEnclosedCircle"), note_mark(0, "upperRoman")
    ('12', '0')
    """
    if number <= 0:
        return str(number)
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter if number_format == "lowerLetter" else letter.upper()
    if number_format == "chicago":
        return "*†‡§"[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return str(number)


def _roman(number: int) -> str:
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    written = []
    for value, numeral in numerals:
        count, number = divmod(number, value)
        written.append(numeral * count)
    return "".join(written)


def _custom_text(reference: Any) -> str:
    """The custom mark: the text that follows the reference in its run."""
    return "".join(sibling.text or "" for sibling in reference.itersiblings() if sibling.tag == W + "t").strip()


def _lead_with_mark(inline: Inline, mark: str, *, custom: bool) -> None:
    """A note without `w:footnoteRef` gets its mark in front; a custom mark the author typed at
    its start (stress011's "*") is set as the mark instead of repeated."""
    text = "".join(piece for _, piece in inline.pieces)
    if custom and text.lstrip().startswith(mark):
        left, pieces = len(text) - len(text.lstrip()) + len(mark), []
        for tags, piece in inline.pieces:
            taken, left = piece[:left], left - len(piece[:left])
            pieces += [(tags + ("sup",), taken), (tags, piece[len(taken) :])]
        inline.pieces = [(tags, piece) for tags, piece in pieces if piece]
    else:
        inline.pieces[:0] = [(("sup",), mark), ((), " ")]


def _value(element: Any) -> str:
    return (element.get(W + "val") or "") if element is not None else ""
