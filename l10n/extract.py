"""Segments → translator-facing units (the msgctxt/msgid/#: /#. of a PO entry, gettext manual §3).

`msgctxt` is set only where a block's role changes how one translates it: a headline is
terse, a credit is a name list, a caption describes a photo. Everything else shares the
empty context so identical body sentences merge into one unit, as `xgettext` merges identical
strings and lists every `#:` reference. Near-identical sentences (the seed's summary "700-old"
and lead "700-year-old") stay separate units: extraction never "fixes" the source.
"""

from __future__ import annotations

from l10n.model import Document, Reference, Unit
from l10n.msgctxt import context_for_role
from l10n.placeables.describe import describe
from l10n.placeables.variety import document_number_symbols
from l10n.segment import document_variety, segment_block

ROLE_NOTES: dict[str, str] = {
    "alt": "the image's text alternative, read aloud by screen readers",
}


def extract_units(doc: Document, *, reference_path: str) -> list[Unit]:
    """One `Unit` per distinct (msgctxt, msgid), in order of first appearance.

    Every occurrence adds a `Reference(reference_path, block.line)`; `comments` hold one
    `describe()` line per placeholder, and for merged units each distinct original value too.
    Blocks not yet segmented are segmented here (without changing `doc`). Linear in the
    article: what a unit already lists is kept in a set beside it (one sentence repeated through
    a 4 MB article cost 30 s of list scans before).

    >>> from l10n.model import Block
    >>> doc = Document(blocks=[Block("credit", "Ti Gong", line=8), Block("credit", "Ti Gong", line=26)])
    >>> [(u.msgctxt, u.msgid, [str(r) for r in u.references]) for u in extract_units(doc, reference_path="a.txt")]
    [('credit', 'Ti Gong', ['a.txt:8', 'a.txt:26'])]
    """
    units: dict[tuple[str | None, str], Unit] = {}
    listed: dict[tuple[str | None, str], set[Reference | str]] = {}  # a unit's references and comments
    reference_date = doc.published.date() if doc.published else None  # as segment_document does
    variety = None if all(block.segments for block in doc.blocks) else document_variety(doc)
    symbols = document_number_symbols(doc)
    for block in doc.blocks:
        msgctxt = context_for_role(block.role)
        segments = block.segments or segment_block(
            block,
            reference_date=reference_date,
            english_variety=variety,
            number_symbols=symbols,
            language=doc.source_locale,
            path=doc.source_path or reference_path,
        )
        for segment in segments:
            if not segment.text.strip():
                continue
            unit = units.get((msgctxt, segment.text))
            if unit is None:
                unit = Unit(msgid=segment.text, msgctxt=msgctxt, placeables=list(segment.placeables))
                if block.role in ROLE_NOTES:
                    unit.comments.append(ROLE_NOTES[block.role])
                units[unit.key] = unit
                listed[unit.key] = set(unit.comments)
            seen = listed[unit.key]
            reference = Reference(reference_path, block.line)
            if reference not in seen:
                seen.add(reference)
                unit.references.append(reference)
            for placeable in segment.placeables:
                comment = describe(placeable)
                if comment not in seen:
                    seen.add(comment)
                    unit.comments.append(comment)
    return list(units.values())
