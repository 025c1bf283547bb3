"""Ingest: read an article file (plain text, HTML, Markdown or Word) into a `Document`.

The first stage of the pipeline. One module per source format (`text`, `html` with `page` and
`metadata` for whole saved web pages, `markdown`, `docx`). The text formats share `decode`
(bytes → text, per the HTML standard's encoding sniffing order); `docx` reads the ZIP's bytes
itself. Shared helpers: `fields` (footers, times, locale tags), `byline` (bylines reduced to
names), `inline` (inline markup offsets); `tables` tells HTML data tables from layout.
Ingest does not segment: every `Block.segments` is left empty for `l10n.segment`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from l10n.errors import IngestError
from l10n.ingest.decode import SourceFormat, decode_article
from l10n.ingest.tables import oversized_tables_as_paragraphs
from l10n.limits import MAX_ARTICLE_BYTES, describe
from l10n.model import Document

SUFFIX_FORMATS: dict[str, SourceFormat | Literal["docx"]] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
}


def ingest_file(path: Path, *, data: bytes | None = None) -> Document:
    """Read, decode and parse the article at `path`, choosing the parser by file suffix.
    `data`: the file's bytes when the caller read them already (to key a kept parse on exactly
    the bytes parsed: `memory.documents`)."""
    path = Path(path)
    source_format = SUFFIX_FORMATS.get(path.suffix.lower())
    if source_format is None:
        known = ", ".join(SUFFIX_FORMATS)
        raise IngestError(f"unknown article format {path.suffix or '(no suffix)'!r}; use one of {known}", path=path)
    if data is None:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_ARTICLE_BYTES + 1)  # bounded even for a device or a pipe
        except OSError as error:
            raise IngestError(f"cannot read article: {error.strerror or error}", path=path) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise IngestError(f"article is larger than the {describe(MAX_ARTICLE_BYTES)} limit (l10n.limits)", path=path)
    from l10n.ingest.text_language import read_language  # the language of an article that states none

    if source_format == "docx":
        from l10n.ingest.docx import ingest_docx

        document = refuse_control_characters(ingest_docx(data, source_path=str(path)))
    else:
        text = decode_article(data, path=str(path), source_format=source_format)
        document = refuse_control_characters(
            refuse_hostile_inline_code(parser_for(source_format)(text, source_path=str(path)))
        )
    read_language(document)
    return oversized_tables_as_paragraphs(document)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Unicode Bidirectional Algorithm (UAX #9) embeddings, overrides and isolates: they reorder how a
line is shown, so a sentence can display one thing and say another (CVE-2021-42574 "Trojan Source").
QA holds a translation that has one (`qa.invisible`); code that has one, a block or inline, is refused here."""
_CODE_HOSTILE = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "\x00-\x08\x0e-\x1f\x7f-\x9f]")
CODE_ELEMENTS = frozenset({"code", "kbd", "samp"})
"""Inline elements whose content is code, never prose (HTML §4.5.15 code, §4.5.17 kbd, §4.5.16
samp; CommonMark renders a code span as `<code>`): `placeables.code` makes each one placeable,
and their text is held to the code rule here (`refuse_hostile_inline_code`)."""


def warn(message: str) -> None:
    """A reader's warning (`FILE[:LINE]: warning: …`) as one line on stderr: logging's
    last-resort handler when the CLI sets none up. logging is imported here, not at start-up
    (issue 16: a replayed stage imports none of it)."""
    import logging

    logging.getLogger(__name__).warning(message)


def refuse_control_characters(document: Document) -> Document:
    """A control character (C0 but whitespace, DEL, C1) left in the article's text — raw, or as
    an HTML character reference — is refused with its line: XML 1.0 (XLIFF, TMX, the pages)
    cannot carry it, a terminal runs it (ESC), and U+0085 is a line break to some readers. Tab,
    line feed, vertical tab (Word's manual line break), form feed and CR are whitespace.

    Code is stricter (`refuse_hostile_code`, `refuse_hostile_inline_code`): it reaches every
    edition as written, never text of a unit, so nothing downstream would look at it.

    >>> from l10n.model import Block
    >>> refuse_control_characters(Document(blocks=[Block("paragraph", "a\x1b[31m", line=4)], source_path="a.txt"))
    Traceback (most recent call last):
    l10n.errors.IngestError: a.txt:4: control character U+001B in the text; remove it
    """
    fields = [(block.text, block.line) for block in document.blocks]
    fields += [
        (value, 1) for value in (document.headline, document.author, document.section, document.source, document.editor)
    ]
    for text, line in fields:
        found = _CONTROL.search(text or "")
        if found:
            raise IngestError(
                f"control character U+{ord(found.group()):04X} in the text; remove it",
                path=document.source_path,
                line=line or 1,
            )
    return document


def refuse_hostile_code(text: str, *, path: str, line: int, where: str = "a code block") -> None:
    r"""Code holding a bidi control (`BIDI_CONTROLS`) or a control character (as in
    `refuse_control_characters`) is refused, naming the line of the character (`line`: the
    line of the code's first text line; `where`: what the message calls the code).

    Why refused and not held: the rule for a unit is that a bidi control in a translation is a QA
    error and the unit is held; code is no text of a unit — a code block is no unit, inline code is
    one placeholder (`{code_1}`) — so QA never reads it, holding it would drop the code from every
    edition, and its text goes to every edition as written, where an override is the Trojan Source
    attack on exactly what a reader copies (compilers refuse it too: rustc's
    `text_direction_codepoint_in_literal` lint is deny-by-default). Prose keeps bidi controls
    (right-to-left copy needs them; QA warns on them in a source).

    >>> refuse_hostile_code("int x;\nif (admin) { /*\u202e } \u2066*/", path="a.md", line=7)
    Traceback (most recent call last):
    l10n.errors.IngestError: a.md:8: bidi control U+202E in a code block; remove it (it can make code read as other code)
    """
    found = _CODE_HOSTILE.search(text)
    if found is None:
        return
    char = found.group()
    kind = "bidi control" if char in BIDI_CONTROLS else "control character"
    raise IngestError(
        f"{kind} U+{ord(char):04X} in {where}; remove it (it can make code read as other code)",
        path=path,
        line=(line or 1) + text.count("\n", 0, found.start()),
    )


def refuse_hostile_inline_code(document: Document) -> Document:
    r"""The code rule (`refuse_hostile_code`) for every inline code element (`CODE_ELEMENTS`: a
    Markdown code span, `<code>`/`<kbd>`/`<samp>` in HTML or in Markdown) of the article's prose,
    naming the line its block starts on (a paragraph's text has its line breaks collapsed).
    Without it a msgid holds only `{code_1}`, so QA's bidi check never sees the override, and the
    edition carries it inside `<code>`, reordering the rest of the line. Code blocks are refused
    by their parser, which knows their lines.

    >>> from l10n.model import Block, InlineMarkup
    >>> refuse_hostile_inline_code(Document(blocks=[Block("paragraph", "Run if \u202e{ ok } now.", line=3,
    ...     markup=[InlineMarkup(4, 15, "code")])], source_path="a.html"))
    Traceback (most recent call last):
    l10n.errors.IngestError: a.html:3: bidi control U+202E in inline code; remove it (it can make code read as other code)
    """
    for block in document.blocks:
        if block.role == "code":
            continue  # its parser held it to the rule with the line of the character
        for element in block.markup:
            if element.tag in CODE_ELEMENTS:
                code = block.text[element.start : element.end].replace("\n", " ")  # one line: the block's
                refuse_hostile_code(code, path=document.source_path, line=block.line, where="inline code")
    return document


def parser_for(source_format: SourceFormat) -> Callable[..., Document]:
    """The `ingest_<format>(text, *, source_path)` function for a format (imported on demand)."""
    if source_format == "html":
        from l10n.ingest.html import ingest_html

        return ingest_html
    if source_format == "md":
        from l10n.ingest.markdown import ingest_markdown

        return ingest_markdown
    from l10n.ingest.text import ingest_text

    return ingest_text


__all__ = ["SUFFIX_FORMATS", "ingest_file", "parser_for"]
