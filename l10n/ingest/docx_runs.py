"""The visible text of WordprocessingML paragraphs (ECMA-376 Part 1, §17), read from the XML itself.

python-docx's `Paragraph.iter_inner_content` yields only the runs and hyperlinks that are direct
children of `w:p`, so text wrapped in anything else was silently lost: tracked insertions
(`w:ins`, `w:moveTo`), smart tags (`w:smartTag`), custom XML (`w:customXml`), content controls
(`w:sdt`), simple fields (`w:fldSimple`), bidirectional embeddings (`w:dir`, `w:bdo`), ruby text
inside a run (`w:ruby`). This module walks the elements instead, as the document reads with its
tracked changes accepted: deletions (`w:del`, `w:moveFrom`) are not text; a field (`w:fldChar`
begin/separate/end, §17.16) shows its result and never its instruction (`w:instrText`), and a
`HYPERLINK` field is a link like `w:hyperlink`; a ruby shows its base, not its phonetic guide
(`w:rt`); an optional hyphen (`w:softHyphen`, U+00AD) is dropped, a non-breaking hyphen is a
hyphen, tabs and page or column breaks are spaces, a line break (Shift+Enter: `w:br`, `w:cr`) is a `br`; hidden text (`w:vanish`) is not shown, so not read; an
equation (`m:oMath`) is its linear text as code (`docx_math.py`). Of a
Markup Compatibility choice (`mc:AlternateContent`, ECMA-376 Part 3) the first `mc:Choice` is
read, never the `mc:Fallback` (the same content again, e.g. a text box as VML). Text boxes
(`w:txbxContent`) are handed back as block containers, for the caller to read after the
paragraph that anchors them, and so is the text of a VML WordArt shape (`v:textpath/@string`). A footnote or endnote reference shows the mark its `note_reference`
callback gives (`docx_notes.py` numbers them) as `sup`, or with `w:customMarkFollows` the rest of
its run as the mark; inside a note, `w:footnoteRef`/`w:endnoteRef` shows that note's own mark.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from l10n.ingest.docx_math import MATH_ELEMENTS, linear_math
from l10n.ingest.fields import is_no_alternative, normalise_space
from l10n.ingest.inline import InlineTextBuilder
from l10n.model import NOTE_REFERENCE
from l10n.urls import safe_url

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTE_REFERENCE_TAG = "sup role=doc-noteref"  # a note reference's mark: `sup` with `NOTE_REFERENCE`
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_TEXT_PATH = "{urn:schemas-microsoft-com:vml}textpath"
_DOC_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
# containers whose content reads as if they were not there (accepted insertions, tags, controls)
_TRANSPARENT = {W + name for name in ("ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "sdtContent")}
_BLOCK_WRAPPERS = {W + name for name in ("customXml", "ins", "moveTo", "sdtContent")}
_SPACE = {W + name for name in ("tab", "ptab", "br", "cr")}
LINE_BREAK = "br"  # a piece's last tag: a text-wrapping break (`<br>`), not text
_LINE_BREAKS = (None, "textWrapping")  # `w:br`'s type (§17.3.3.1); a page or column break is a space
_OFF = ("0", "false", "off")
_NOTE_REFERENCES = {W + "footnoteReference", W + "endnoteReference"}
_NOTE_MARKS = {W + "footnoteRef", W + "endnoteRef"}  # inside a note: where its mark is printed
# the mark a note reference shows: "" when a custom mark follows in the run, None when dropped
NoteReference = Callable[[Any, int], "str | None"]


@dataclass
class Field:
    """A complex field between its `begin` and `end` fldChar: the instruction until
    `separate`, then the result, which is what the reader sees."""

    instruction: str = ""
    showing_result: bool = False
    link: str = ""
    line: int = 0  # the paragraph where it begins


@dataclass
class Inline:
    """One paragraph's pieces of text, each with its inline tags, plus what it anchors."""

    pieces: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # alt text of each picture, in order
    text_boxes: list[Any] = field(default_factory=list)  # w:txbxContent elements
    word_art: list[str] = field(default_factory=list)  # the text of each VML WordArt shape

    def add(self, tags: tuple[str, ...], text: str) -> None:
        self.pieces.append((tags, text))

    def build(self) -> tuple[str, list]:
        """Text and markup; runs that Word split (spell-check, revisions) but that carry the same
        tags are joined into one element."""
        builder = InlineTextBuilder()
        index = 0
        while index < len(self.pieces):
            tags, text = self.pieces[index]
            if tags[-1:] == (LINE_BREAK,):  # Shift+Enter: a line break (one at an edge is dropped: `inline`)
                builder.void("br", (), separates_words=True)
                index += 1
                continue
            while index + 1 < len(self.pieces) and self.pieces[index + 1][0] == tags:
                index += 1
                text += self.pieces[index][1]
            for tag in tags:
                name, _, href = tag.partition(" ")
                if tag == NOTE_REFERENCE_TAG:
                    builder.open("sup", (NOTE_REFERENCE,))
                else:
                    builder.open(name, (("href", href),) if href else ())
            builder.add_text(text.replace("\u00ad", ""))
            for _ in tags:
                builder.close()
            index += 1
        return builder.finish()


class RunReader:
    """Reads paragraphs in document order; a complex field may span paragraphs (a table of
    contents does), so its state lives here, not in one paragraph."""

    def __init__(self, relationships: Any, *, note_reference: NoteReference | None = None, note_mark: str = "") -> None:
        self.relationships = relationships  # the rels of the part read, for w:hyperlink's r:id
        self.note_reference = note_reference  # the mark of a w:footnoteReference (docx_notes.py)
        self.note_mark = note_mark  # reading a note: its own mark, shown where w:footnoteRef stands
        self.note_mark_shown = False
        self.fields: list[Field] = []
        self.unshown = 0  # w:t inside field instructions since the outermost open field began
        self.line = 0

    def paragraph(self, element: Any, *, line: int) -> Inline:
        inline = Inline()
        self.line = line
        self._content(element, (), inline)
        return inline

    def _content(self, element: Any, tags: tuple[str, ...], inline: Inline) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self._run(child, tags, inline)
            elif tag == W + "hyperlink":
                self._content(child, tags + self._hyperlink(child), inline)
            elif tag == W + "fldSimple":
                instruction = child.get(W + "instr") or ""
                self.fields.append(Field(instruction, True, _field_link(instruction), self.line))
                self._content(child, tags, inline)
                self.fields.pop()
            elif tag in _TRANSPARENT or tag == W + "sdt":
                self._content(child, tags, inline)
            elif tag in MATH_ELEMENTS:  # an equation: its linear text, kept as written (docx_math)
                inline.add(tags + ("code",), linear_math(child))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._content(choice, tags, inline)

    def _hyperlink(self, element: Any) -> tuple[str, ...]:
        """`w:hyperlink`: an external target by relationship, plus its `w:anchor`."""
        rel_id = element.get(R_ID)
        relationship = self.relationships.get(rel_id) if rel_id else None
        if relationship is None or not relationship.is_external:
            return ()
        href = relationship.target_ref.strip()
        if element.get(W + "anchor"):
            href += "#" + element.get(W + "anchor")
        href = safe_url(href, relative=False) or ""  # the one URL rule (http, https, mailto), as for HTML links
        return ("a " + href,) if href else ()

    def _run(self, run: Any, tags: tuple[str, ...], inline: Inline) -> None:
        run_tags = tags + _formatting(run)
        hidden = on(run.find(f"{W}rPr/{W}vanish"))
        dropped = False  # a reference to no note: its custom mark goes, the run's fields stay read
        for child in run:
            tag = child.tag
            if tag == W + "fldChar":
                self._field_char(child.get(W + "fldCharType"))
            elif tag == W + "instrText":
                if self.fields and not self.fields[-1].showing_result:
                    self.fields[-1].instruction += child.text or ""
            elif hidden or dropped:
                continue  # hidden text (w:vanish) is not what the author shows readers
            elif self.fields and not self.fields[-1].showing_result:
                self.unshown += tag == W + "t"  # a nested field's result is part of the instruction
            elif tag == W + "t":
                inline.add(run_tags + self._field_tags(run_tags), child.text or "")
            elif tag in _NOTE_REFERENCES:
                mark = self.note_reference(child, self.line) if self.note_reference else None
                if custom_mark(child):
                    if mark is None:
                        dropped = True  # the reference is dropped, and the custom mark that follows it
                        continue
                    run_tags += (NOTE_REFERENCE_TAG,)  # the run's own text after the reference is the mark
                elif mark:
                    inline.add(run_tags + (NOTE_REFERENCE_TAG,) + self._field_tags(run_tags), mark)
            elif tag == W + "cr" or (tag == W + "br" and child.get(W + "type") in _LINE_BREAKS):
                inline.add(run_tags + self._field_tags(run_tags) + (LINE_BREAK,), "")
            elif tag in _SPACE:
                inline.add(run_tags + self._field_tags(run_tags), " ")
            elif tag in _NOTE_MARKS and self.note_mark:
                inline.add(run_tags + ("sup",) + self._field_tags(run_tags), self.note_mark)
                self.note_mark_shown = True
            elif tag == W + "noBreakHyphen":
                inline.add(run_tags + self._field_tags(run_tags), "-")
            elif tag == W + "ruby" and child.find(W + "rubyBase") is not None:
                self._content(child.find(W + "rubyBase"), tags, inline)  # not the w:rt phonetic guide
            elif tag in (W + "drawing", W + "pict"):
                _drawing(child, inline, picture=tag == W + "drawing")
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._run(choice, tags, inline)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(Field(line=self.line))
        elif kind == "separate" and self.fields:
            self.fields[-1].showing_result = True
            self.fields[-1].link = _field_link(self.fields[-1].instruction)
        elif kind == "end" and self.fields:
            self.fields.pop()
            if not self.fields:
                self.unshown = 0

    def unended_field_line(self) -> int:
        """The paragraph where a field begins whose `end` never came, when its instruction
        swallowed text that would otherwise vanish unnoticed; 0 when there is none."""
        return self.fields[0].line if self.fields and self.unshown > 0 else 0

    def _field_tags(self, tags: tuple[str, ...]) -> tuple[str, ...]:
        if any(tag.startswith("a ") for tag in tags):
            return ()
        link = next((f.link for f in reversed(self.fields) if f.link), "")
        return ("a " + link,) if link else ()


def block_items(container: Any) -> Iterator[Any]:
    """The `w:p`, `w:tbl` and `w:altChunk` of a body, cell or text box in reading order."""
    return children(container, (W + "p", W + "tbl", W + "altChunk"))


def children(element: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The children of `element` with one of `tags` (blocks of a body, rows of a table, cells of a
    row), through content controls, custom XML, accepted insertions and the first `mc:Choice`
    around them."""
    for child in element:
        tag = child.tag
        if tag in tags:
            yield child
        elif tag in _BLOCK_WRAPPERS:
            yield from children(child, tags)
        elif tag == W + "sdt" and (content := child.find(W + "sdtContent")) is not None:
            yield from children(content, tags)
        elif tag == MC + "AlternateContent" and (choice := child.find(MC + "Choice")) is not None:
            yield from children(choice, tags)


def _field_link(instruction: str) -> str:
    """The target of a `HYPERLINK "url"` field instruction (§17.16.5), "" for any other field
    or a link inside the document only (`\\l` without a URL).

    >>> _field_link(' HYPERLINK "https://tika.apache.org/" \\\\o "Tika" ')
    'https://tika.apache.org/'
    >>> _field_link(' PAGEREF _Toc123 \\\\h '), _field_link('HYPERLINK \\\\l "_Toc1"')
    ('', '')
    """
    try:
        words = shlex.split(instruction.replace("\\", "\\\\"))
    except ValueError:
        words = instruction.split()
    if not words or words[0].upper() != "HYPERLINK":
        return ""
    target = next((word for word in words[1:] if not word.startswith("\\")), "")
    if words[1:2] and words[1].startswith("\\l"):
        return ""
    return safe_url(target, relative=False) or ""


def _formatting(run: Any) -> tuple[str, ...]:
    """`strong`/`em` for the run's direct bold and italic (`w:b`, `w:i` in `w:rPr`, ST_OnOff)."""
    properties = run.find(W + "rPr")
    if properties is None:
        return ()
    return tuple(tag for name, tag in (("b", "strong"), ("i", "em")) if on(properties.find(W + name)))


def on(element: Any) -> bool:
    """An ST_OnOff toggle property: on when present, unless its w:val says off."""
    return element is not None and (element.get(W + "val") or "true").lower() not in _OFF


def decimal_value(element: Any) -> int | None:
    """A `w:val` decimal number (ST_DecimalNumber), None when absent or not a number: a typo
    ("²", which `str.isdigit` accepts and `int` refuses) is no reason to refuse the document."""
    value = element.get(W + "val") if element is not None else None
    return int(value) if value is not None and value.isdecimal() else None


def custom_mark(reference: Any) -> bool:
    """`w:customMarkFollows` (ST_OnOff, off when absent, §17.11.14): the reference shows no
    number; the text after it in its run is its mark."""
    return (reference.get(W + "customMarkFollows") or "0").lower() not in _OFF


def _drawing(element: Any, inline: Inline, *, picture: bool) -> None:
    """A DrawingML object or VML picture: its text boxes are text (read after the paragraph); a
    DrawingML object without one is a picture whose alt text is `wp:docPr/@descr` — unless that
    is only the file's name or path, which Word writes there when a picture is inserted, or the
    description Word generated (`fields.is_no_alternative`): then it has none."""
    boxes = list(_text_boxes(element))
    inline.text_boxes.extend(boxes)
    if not picture:
        inline.word_art.extend(_word_art(element))
    if picture and not boxes:
        properties = next(element.iter(_DOC_PROPERTIES), None)
        alt = normalise_space((properties.get("descr") or "") if properties is not None else "")
        name = normalise_space((properties.get("name") or "") if properties is not None else "")
        inline.images.append("" if is_no_alternative(alt) or is_word_picture_name(alt, name) else alt)


def is_word_picture_name(alt: str, name: str = "") -> bool:
    """Whether a picture's description is a name Word or Office gave it, no text alternative:
    the shape's own name (`wp:docPr/@name`, "Picture 5"), Word's default shape name in the
    language of the Word that inserted it ("图片 1", "Рисунок 7", "Grafik 3"), an Office
    clip-art id (realfiles29: the May 12 newsletter's four "j0395699", Office clip art
    "j0123456.wmf", "MC900441310"), or an image file's stem in camel case with a digit
    ("IASWR-PosterMasthead2", its masthead), which Word writes there when a picture is
    inserted from a file. A name is a word or two, a digit in it; an author's description is
    words ("F-16 jets", "COVID-19 ward").

    >>> [is_word_picture_name(t) for t in ("图片 1", "Рисунок 7", "j0395699", "IASWR-PosterMasthead2")]
    [True, True, True, True]
    >>> is_word_picture_name("Poster", "Poster"), is_word_picture_name("Picture 5", "Picture 5")
    (True, True)
    >>> [is_word_picture_name(t) for t in ("COVID-19", "F-16 jets", "iPhone", "The mayor, 2019", "宇航员")]
    [False, False, False, False, False]
    """
    return bool(alt) and (
        alt.casefold() == name.casefold() or bool(_DEFAULT_PICTURE_NAME.fullmatch(alt) or _FILE_STEM.fullmatch(alt))
    )


# Office's default names for an inserted picture, by the language of its interface (Word names a
# shape "<word> <number>"), and its clip-art ids ("j0395699", "MC900441310", the file "j0123456.wmf"
# being read by `is_no_alternative`)
_DEFAULT_PICTURE_NAME = re.compile(
    r"(?:picture|image|graphic|图片|圖片|图像|図|画像|그림|рисунок|изображение|малюнок|grafik|bild|abbildung"
    r"|imagen|immagine|afbeelding|figura|obraz|kép|kuva|resim|εικόνα|תמונה|صورة)\s*\d+"
    r"|(?-i:j|MC|mc)\d{6,9}",
    re.IGNORECASE,
)
_FILE_STEM = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[a-z][A-Z])[A-Za-z][\w-]*", re.ASCII)  # "IASWR-PosterMasthead2"


def _word_art(element: Any) -> Iterator[str]:
    """The text of each WordArt shape of a VML picture (`w:pict`): Word 97–2003's WordArt, which
    Word keeps as VML, holds its words in `v:textpath/@string` (VML, ECMA-376 Part 4 §19.1.2.22)
    and nowhere else — a headline set as WordArt was lost with it. Its shape type's `v:textpath`
    has no string; `mc:Fallback` copies are skipped as for text boxes."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag == MC + "Fallback":
            continue
        if child.tag == _TEXT_PATH and normalise_space(child.get("string") or ""):
            yield normalise_space(child.get("string") or "")
        else:
            yield from _word_art(child)


def _text_boxes(element: Any) -> Iterator[Any]:
    """The outermost `w:txbxContent` under `element`, skipping `mc:Fallback` copies."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag == MC + "Fallback":
            continue
        if child.tag == W + "txbxContent":
            yield child
        else:
            yield from _text_boxes(child)
