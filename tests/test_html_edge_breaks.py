"""A `<br>` before a paragraph's first word or after its last only makes space (WordPress's
theme-unit-test posts and old CMS templates write `<p><br>Text<br></p>`): the shared inline
reader drops it (l10n/ingest/inline.py `_is_edge_break`), as the Word reader drops edge breaks,
so translators carry no `{br_n}` that shows nothing; a break between words stays, in the unit
and in every edition."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from l10n.assemble import assemble_article, render_article
from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.segment import segment_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Ferry timetable changes</title></head><body><article>
<h1>Ferry timetable changes</h1>
<p><br><br>The operator published new times on Monday.<br>Sailings start at six.<br><br></p>
<p>Harbour Office<br>1 Quay Street</p>
</article></body></html>
"""


def test_edge_breaks_are_dropped_and_a_break_between_words_kept(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")
    document = segment_document(ingest_file(path))
    units = [unit.msgid for unit in extract_units(document, reference_path=path.name)]
    assert sum(msgid.count("{br_") for msgid in units) == 2  # between the sentences, in the address
    assert not [msgid for msgid in units if msgid.startswith("{br_")]
    assert "Sailings start at six." in units and "Harbour Office{br_1} 1 Quay Street" in units
    article = assemble_article(document, {}, parse_locale("de"), domain=path.stem)
    page = lxml_html.document_fromstring(render_article(article, "html"))
    paragraphs = [p for p in page.iter("p") if "Monday" in p.text_content() or "Harbour" in p.text_content()]
    assert [len(p.findall(".//br")) for p in paragraphs] == [1, 1]  # the break between the sentences, the address's
