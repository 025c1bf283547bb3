"""Word ingest (l10n/ingest/docx.py) on real .docx files nobody here wrote: tests/data/docx, their
sources and licences in its SOURCES.md (Word 2007–2016 for Windows and Mac, LibreOffice, Google
Docs, Apache POI; English, German, Russian, Arabic, Japanese, Chinese, Portuguese, Danish).

Every file either ingests or is refused with a one-line IngestError naming it. For every file
that ingests, its body text is compared with an independent reading of `word/document.xml` done
here with lxml, following ECMA-376 Part 1 rather than the product's code:

- the text of a paragraph is its `w:t`, with `w:tab`/`w:br`/`w:cr`/`w:ptab` as spaces and
  `w:noBreakHyphen` as "-"; every `w:p` under `w:body` counts, text boxes and cells included;
- not text: `w:delText` and `w:instrText` (they are not `w:t`), anything inside a tracked deletion
  or the origin of a move (`w:del`, `w:moveFrom`, §17.13.5), a ruby's phonetic guide (`w:rt`),
  a run hidden with `w:vanish`, and the `mc:Fallback` copy of a Markup Compatibility choice;
- a footnote or endnote reference shows its mark (`number_note_references`); the notes
  themselves are in their own parts, compared in tests/test_ingest_docx_notes.py;
- not article text, so not in document.xml's body at all and not compared: headers, footers,
  comments (their own parts).

The document is translated as it reads with its tracked changes accepted.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from test_hostile_input import extract

from l10n.assemble import assemble_article, render_article
from l10n.errors import IngestError
from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.model import Document
from l10n.segment import segment_document

CORPUS = Path(__file__).parent / "data" / "docx"
FILES = sorted(CORPUS.glob("*.docx"))
REFUSED = {  # file → what its one-line error must say
    "tika-testAltChunkHTML.docx": "w:altChunk",
    "poi-OPCCompliance_CoreProperties_OnlyOneCorePropertiesPartFAIL.docx": "core-properties",
    "poi-stress025.docx": "themeManager+xml, not a Word document",
}
READ = [path for path in FILES if path.name not in REFUSED]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
NOT_TEXT = {W + "del", W + "moveFrom", W + "rt", MC + "Fallback"}
SPACES = {W + "tab", W + "ptab", W + "br", W + "cr"}
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
# what a field instruction looks like when it leaks into text (ECMA-376 §17.16.5 field names, switches)
FIELD_CODE = re.compile(
    r"^\s*(HYPERLINK|PAGEREF|PAGE|NUMPAGES|TOC|MERGEFIELD|REF|SEQ|DOCPROPERTY|FORMTEXT|FORMCHECKBOX|INCLUDEPICTURE|ADDIN)"
    r"\s|\\[hlo*pz] |MERGEFORMAT",
    re.MULTILINE,
)


def part(path: Path, name: str | None = None) -> etree._Element:
    """A part of the package parsed without entities; by default the main document, found the
    way OPC says (the officeDocument relationship of `_rels/.rels`), not by its usual name, with
    its note references numbered."""
    with zipfile.ZipFile(path) as archive:
        if name is not None:
            return etree.fromstring(archive.read(name.lstrip("/")), PARSER)
        rels = etree.fromstring(archive.read("_rels/.rels"), PARSER)
        name = next(r.get("Target") for r in rels.iter(PACKAGE_RELS) if r.get("Type") == OFFICE_DOCUMENT)
        root = etree.fromstring(archive.read(name.lstrip("/")), PARSER)
        settings = (
            etree.fromstring(archive.read("word/settings.xml"), PARSER)
            if "word/settings.xml" in archive.namelist()
            else None
        )
    number_note_references(root, settings)
    return root


def number_note_references(root: etree._Element, settings: etree._Element | None) -> None:
    """Each visible `w:footnoteReference`/`w:endnoteReference` gets its mark as attribute `mark`
    (ECMA-376 §17.11): footnotes and endnotes counted apart from 1 in document order, footnotes in
    decimal, endnotes in lower-case Roman unless `w:numFmt` (settings, then the body's `w:sectPr`)
    says "decimal"; one with `w:customMarkFollows` shows the `w:t` after it, already text."""
    counts = {"footnote": 0, "endnote": 0}
    formats = {"footnote": "decimal", "endnote": "lowerRoman"}
    for holder in (settings, root.find(f"{W}body/{W}sectPr")):
        for kind in formats:
            found = holder.find(f"{W}{kind}Pr/{W}numFmt") if holder is not None else None
            formats[kind] = found.get(W + "val") if found is not None else formats[kind]
    assert set(formats.values()) <= {"decimal", "lowerRoman"}, formats  # all this corpus uses
    roman = "i ii iii iv v vi vii viii ix x".split()
    for reference in root.iter(W + "footnoteReference", W + "endnoteReference"):
        kind = "footnote" if reference.tag == W + "footnoteReference" else "endnote"
        run = reference.getparent()
        if hidden(run) or any(a.tag in NOT_TEXT for a in reference.iterancestors()):
            continue
        if reference.get(W + "customMarkFollows") in ("1", "true", "on"):
            continue
        counts[kind] += 1
        reference.set("mark", str(counts[kind]) if formats[kind] == "decimal" else roman[counts[kind] - 1])


def hidden(run: etree._Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val", "true") not in ("0", "false", "off")


def own_text(node: etree._Element, paragraph: etree._Element) -> str:
    """The visible text under `node` that belongs to `paragraph` (not to a paragraph nested in it)."""
    pieces = []
    for child in node:
        if not isinstance(child.tag, str) or child.tag in NOT_TEXT or (child.tag == W + "p" and child is not paragraph):
            continue
        if child.tag == W + "r" and hidden(child):
            continue
        if child.tag == W + "t":
            pieces.append(child.text or "")
        elif child.tag in SPACES:
            pieces.append(" ")
        elif child.tag == W + "noBreakHyphen":
            pieces.append("-")
        elif child.tag in (W + "footnoteReference", W + "endnoteReference", W + "footnoteRef", W + "endnoteRef"):
            pieces.append(child.get("mark", ""))
        else:
            pieces.append(own_text(child, paragraph))
    return "".join(pieces)


def visible_paragraphs(root: etree._Element) -> list[str]:
    body = root.find(W + "body")
    found = []
    for paragraph in body.iter(W + "p"):
        if any(ancestor.tag in NOT_TEXT for ancestor in paragraph.iterancestors()):
            continue
        text = " ".join(own_text(paragraph, paragraph).split())
        if text:
            found.append(text)
    return found


def key(text: str) -> str:
    """Text compared without spaces and optional hyphens (both are layout, not words)."""
    return re.sub(r"[\s\u00ad]", "", text)


@cache
def ingested(path: Path) -> Document:
    return ingest_file(path)


def all_text(document: Document) -> str:
    return key("".join(block.text for block in document.blocks))


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_file_ingests_or_is_refused_in_one_line(path: Path, tmp_path: Path, capsys) -> None:
    assert path.stat().st_size <= 300 * 1024
    if path.name not in REFUSED:
        assert ingested(path).blocks
        return
    with pytest.raises(IngestError) as error:
        ingest_file(path)
    message = str(error.value)
    assert "\n" not in message and path.name in message and REFUSED[path.name] in message
    status, _, err = extract(path, tmp_path, capsys)
    assert status != 0 and len(err.strip().splitlines()) == 1 and path.name in err


def test_the_corpus_is_recorded_and_varied() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{path.name}`" in sources for path in FILES)
    assert len(READ) >= 12
    languages = {ingested(path).source_locale for path in READ}
    scripts = {
        name
        for path in READ
        for name, pattern in (("cyrillic", "[а-я]"), ("arabic", "[ء-ي]"), ("cjk", "[一-鿿]"), ("latin", "[a-z]"))
        if re.search(pattern, all_text(ingested(path)))
    }
    assert scripts == {"cyrillic", "arabic", "cjk", "latin"} and len(languages) >= 2


@pytest.mark.parametrize("path", READ, ids=lambda path: path.name)
def test_no_body_text_is_lost(path: Path) -> None:
    document = ingested(path)
    text = all_text(document)
    names = [key(name) for name in (document.author or "").split(", ") if name]
    lost = []
    for paragraph in visible_paragraphs(part(path)):
        if key(paragraph) in text:
            continue
        if names and all(name in key(paragraph) for name in names):
            continue  # the byline, reduced to its names on purpose (ingest/byline.py)
        lost.append(paragraph)
    assert lost == []


@pytest.mark.parametrize("path", READ, ids=lambda path: path.name)
def test_no_unit_is_field_code_or_deleted_text(path: Path) -> None:
    root = part(path)
    units = [unit.msgid for unit in extract_units(segment_document(ingested(path)), reference_path=path.name)]
    assert [msgid for msgid in units if FIELD_CODE.search(msgid)] == []
    instructions = [" ".join((e.text or "").split()) for e in root.iter(W + "instrText")]
    instructions += [" ".join((e.get(W + "instr") or "").split()) for e in root.iter(W + "fldSimple")]
    text, visible = all_text(ingested(path)), key("".join(visible_paragraphs(root)))
    for instruction in (i for i in instructions if len(key(i)) > 6):
        assert not any(key(instruction) in key(msgid) for msgid in units)
    deleted = [key(e.text or "") for e in root.iter(W + "delText")]
    deleted += [key(own_text(e, e)) for e in root.iter(W + "moveFrom")]
    for piece in deleted:
        if len(piece) > 6 and piece not in visible:
            assert piece not in text


@pytest.mark.parametrize("path", READ, ids=lambda path: path.name)
def test_round_trip_to_every_output(path: Path) -> None:
    segmented = segment_document(ingested(path))
    article = assemble_article(segmented, {}, parse_locale("de"), domain=path.stem)
    outputs = {fmt: render_article(article, fmt) for fmt in ("html", "md", "txt")}
    page = lxml_html.document_fromstring(outputs["html"])
    shown = {"html": page.text_content(), "txt": outputs["txt"]}  # Markdown adds its own syntax: it must only render
    shown_keys = {fmt: key(text) for fmt, text in shown.items()}
    for block in segmented.blocks:  # untranslated, every block is shown in the source language
        if block.role == "alt":
            continue  # the picture is not extracted, so no edition has an <img> to carry its alt text
        for fmt, text in shown_keys.items():
            assert key(block.text) in text, (fmt, block.text)
    for fmt in ("html", "txt"):
        assert not FIELD_CODE.search(shown[fmt]) and "instrText" not in shown[fmt]


def blocks_text(name: str) -> list[str]:
    return [block.text for block in ingested(CORPUS / name).blocks]


def test_tracked_changes_read_as_accepted() -> None:
    """A paragraph with insertions and deletions (LibreOffice 24.2) reads exactly as accepted;
    a moved paragraph (Word 2011) appears once, at its destination."""
    root = part(CORPUS / "tika-testWORD_features.docx")
    changed = next(
        p for p in root.iter(W + "p") if p.find(f".//{W}ins") is not None and p.find(f".//{W}del") is not None
    )
    accepted = " ".join(own_text(changed, changed).split())
    assert accepted in blocks_text("tika-testWORD_features.docx")
    moved = "Here is the text to be moved."
    assert blocks_text("pandoc-track_changes_move.docx").count(moved) == 1


def test_a_hyperlink_field_is_a_link_and_its_instruction_is_not_text() -> None:
    root = part(CORPUS / "pandoc-instrText_hyperlink.docx")
    instruction = "".join(e.text or "" for e in root.iter(W + "instrText"))
    url = re.search(r'HYPERLINK\s+"([^"]+)"', instruction).group(1)
    [block] = ingested(CORPUS / "pandoc-instrText_hyperlink.docx").blocks
    assert ("href", url) in [attr for markup in block.markup if markup.tag == "a" for attr in markup.attrs]
    assert "HYPERLINK" not in block.text and url not in block.text


@pytest.mark.parametrize(
    "name", ["pandoc-nested_smart_tags.docx", "poi-stress001.docx", "poi-55966.docx", "docx4j-decracdiscrim1.docx"]
)
def test_smart_tags_custom_xml_and_content_controls_read_through(name: str) -> None:
    """Paragraphs whose runs sit in w:smartTag, w:customXml or w:sdt read, in order, as Word shows them."""
    document = ingested(CORPUS / name)
    body = [block.text for block in document.blocks if block.line > 0 and block.role != "cell"]
    outside_tables = [
        " ".join(own_text(p, p).split())
        for p in part(CORPUS / name).find(W + "body").iter(W + "p")
        if not any(a.tag == W + "tbl" for a in p.iterancestors())
    ]
    assert body == [text for text in outside_tables if text]


def test_a_text_box_is_read_once_after_the_paragraph_that_anchors_it() -> None:
    assert blocks_text("mammoth-text-box.docx") == ["Datum plane"]  # mc:Choice read, its VML mc:Fallback not
    blocks = ingested(CORPUS / "tika-testWORD_various.docx").blocks
    box = next(index for index, block in enumerate(blocks) if block.text == "Here is a text box")
    assert blocks[box - 1].line == blocks[box].line


def test_ruby_reads_its_base_not_its_phonetic_guide() -> None:
    root = part(CORPUS / "poi-stress019.docx")
    guides = {key(own_text(rt, rt)) for rt in root.iter(W + "rt")}
    bases = {key(own_text(base, base)) for base in root.iter(W + "rubyBase")}
    visible, text = key("".join(visible_paragraphs(root))), all_text(ingested(CORPUS / "poi-stress019.docx"))
    assert guides and bases and all(text.count(base) == visible.count(base) > 0 for base in bases)
    assert not any(guide + base in text for guide in guides for base in bases)


def test_optional_hyphens_are_dropped_and_words_stay_whole() -> None:
    root = part(CORPUS / "poi-stress008.docx")
    assert len(list(root.iter(W + "softHyphen"))) > 50
    assert not any("\u00ad" in text for text in blocks_text("poi-stress008.docx"))
    hyphenated = next(p for p in root.iter(W + "p") if p.find(f".//{W}softHyphen") is not None)
    assert " ".join(own_text(hyphenated, hyphenated).split()) in blocks_text("poi-stress008.docx")


def test_hidden_text_is_not_read() -> None:
    root = part(CORPUS / "tika-testWORD_features.docx")
    hidden_text = "".join(t.text for r in root.iter(W + "r") if hidden(r) for t in r.iter(W + "t"))
    assert hidden_text.strip() and key(hidden_text) not in all_text(ingested(CORPUS / "tika-testWORD_features.docx"))


def test_a_nested_table_becomes_its_own_table_after_the_one_holding_it() -> None:
    cells = [block for block in ingested(CORPUS / "poi-bug65738.docx").blocks if block.cell is not None]
    outer = {block.text: block.cell.table for block in cells}
    assert outer["Nested table"] == outer["This is a table"] + 1
    assert [block.cell.table for block in cells] == sorted(block.cell.table for block in cells)


@pytest.mark.parametrize("name", ["poi-stress019.docx", "pandoc-table_gridbefore.docx"])
def test_cells_sit_on_words_grid(name: str) -> None:
    """Columns count w:gridBefore and w:gridSpan (ECMA-376 §17.4), as read here from the first
    table; pandoc's table starts every row after one empty grid column, which is dropped."""
    root = part(CORPUS / name)
    table = next(
        t for t in root.find(W + "body").iter(W + "tbl") if not any(a.tag == W + "tbl" for a in t.iterancestors())
    )
    expected = set()
    for row, tr in enumerate(table.iterchildren(W + "tr")):
        before = tr.find(f"{W}trPr/{W}gridBefore")
        column = int(before.get(W + "val")) if before is not None else 0
        for tc in tr.iterchildren(W + "tc"):
            if key("".join(own_text(p, p) for p in tc.iter(W + "p"))):
                expected.add((row, column))
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            column += int(span.get(W + "val")) if span is not None else 1
    left = min(column for _, column in expected)  # a grid column empty in every row is not shown
    placed = {(b.cell.row, b.cell.column) for b in ingested(CORPUS / name).blocks if b.cell and b.cell.table == 1}
    assert placed == {(row, column - left) for row, column in expected} and any(column > row for row, column in placed)


@pytest.mark.parametrize(
    ("name", "part_name"),
    [
        ("poi-HeaderFooterUnicode.docx", "word/header2.xml"),
        ("poi-HeaderFooterUnicode.docx", "word/footer2.xml"),
        ("pandoc-comments.docx", "word/comments.xml"),
    ],
)
def test_headers_footers_and_comments_are_not_article_text(name: str, part_name: str) -> None:
    root = part(CORPUS / name, part_name)
    texts = [key(" ".join(own_text(p, p).split())) for p in root.iter(W + "p")]
    texts = [text for text in texts if len(text) > 3]
    body = all_text(ingested(CORPUS / name))
    assert texts and not any(text in body for text in texts)


def test_an_external_entity_is_neither_fetched_nor_expanded() -> None:
    with zipfile.ZipFile(CORPUS / "poi-ExternalEntityInText.docx") as archive:
        assert b"<!ENTITY testent SYSTEM" in archive.read("word/document.xml")
    assert blocks_text("poi-ExternalEntityInText.docx") == visible_paragraphs(
        part(CORPUS / "poi-ExternalEntityInText.docx")
    )


def test_a_field_that_never_ends_is_refused_not_swallowed(tmp_path: Path) -> None:
    """delins.docx with every field's `separate` and `end` removed: its text would vanish into
    a field instruction, so the file is refused in one line instead."""
    source = CORPUS / "poi-delins.docx"
    broken = tmp_path / "unended.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(broken, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                data = re.sub(rb'<w:fldChar w:fldCharType="(separate|end)"[^>]*/>', b"", data)
            copy.writestr(item, data)
    with pytest.raises(IngestError, match="never ends") as error:
        ingest_file(broken)
    message = str(error.value)
    assert "\n" not in message and "unended.docx:" in message and ":1:" not in message


def test_a_headline_typed_without_its_style_is_the_headline() -> None:
    """The BBC story's first paragraph is set larger (`w:sz` 32) than the one after it: the
    headline, as in the Word window; a bold lead-in ending in ":" (delins.docx) is not."""
    story = ingested(CORPUS / "tika-NullHeader.docx")
    first = visible_paragraphs(part(CORPUS / "tika-NullHeader.docx"))[0]
    assert (story.blocks[0].role, story.blocks[0].text, story.headline) == ("headline", first, first)
    article = assemble_article(segment_document(story), {}, parse_locale("de"), domain="yemen")
    assert lxml_html.document_fromstring(render_article(article, "html")).find(".//h1").text_content() == first
    assert ingested(CORPUS / "poi-delins.docx").blocks_with_role("headline") == []


def test_a_small_first_line_set_against_an_unset_size_is_no_headline(tmp_path: Path) -> None:
    """A first paragraph with a size set (8 pt) before one that sets none is not "larger": its
    size against the style's is unknown, so a photo credit does not become the headline."""
    import docx
    from docx.shared import Pt

    made = docx.Document()
    made.add_paragraph().add_run("Photo: Reuters").font.size = Pt(8)
    made.add_paragraph("The harbour reopened on Monday after engineers cleared the debris left by the storm.")
    path = tmp_path / "credit.docx"
    made.save(str(path))
    assert ingest_file(path).blocks_with_role("headline") == []
    made.paragraphs[1].runs[0].font.size = Pt(7)  # near miss: set against a smaller size, it is the headline
    made.save(str(path))
    assert [block.text for block in ingest_file(path).blocks_with_role("headline")] == ["Photo: Reuters"]


def test_a_first_paragraph_saying_the_core_title_is_the_headline_not_a_copy() -> None:
    """decracdiscrim1.docx's core properties title is its first paragraph's text: one headline."""
    document = ingested(CORPUS / "docx4j-decracdiscrim1.docx")
    assert document.blocks[0].role == "headline" and document.blocks[0].line == 1
    assert [block.text for block in document.blocks].count(document.headline) == 1


def test_the_word_benchmark_runs_and_prints_load_and_spread() -> None:
    bench = Path(__file__).resolve().parents[1] / "bench" / "docx_ingest.py"
    done = subprocess.run([sys.executable, str(bench), "--repeat", "1"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{len(READ)} files" in done.stdout and "load average" in done.stdout and "×" in done.stdout
    assert re.search(r"ours +\d\.\d+–\d\.\d+ CPU s", done.stdout)


@pytest.mark.parametrize("name", ["poi-61787.docx", "pandoc-lists.docx", "poi-delins.docx"])
def test_paragraphs_numbered_by_w_numpr_are_list_items(name: str) -> None:
    """Google Docs, LibreOffice and Word's list buttons number a plain paragraph (`w:numPr`,
    numId 0 meaning none) rather than give it a "List …" style: still a list item."""
    root = part(CORPUS / name)
    numbered = set()
    for paragraph in root.find(W + "body").iter(W + "p"):
        number = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        style_id = (style.get(W + "val") if style is not None else "").lower()
        if number is not None and number.get(W + "val") != "0" and not style_id.startswith(("heading", "title")):
            numbered.add(" ".join(own_text(paragraph, paragraph).split()))
    roles = {block.text: block.role for block in ingested(CORPUS / name).blocks}
    assert len(numbered) > 3 and {text: roles[text] for text in numbered if text} == dict.fromkeys(
        numbered - {""}, "list_item"
    )


@pytest.mark.parametrize("depth", [250, 5000])
def test_deeply_nested_wrappers_are_read_or_refused_in_one_line(depth: int, tmp_path: Path) -> None:
    """The walk through wrappers recurses; the XML parser's depth bound (libxml2's 256 without
    XML_PARSE_HUGE, which python-docx does not set) keeps it far from Python's recursion limit."""
    nested = b'<w:smartTag w:uri="u" w:element="e">' * depth + b"<w:r><w:t>deep</w:t></w:r>" + b"</w:smartTag>" * depth
    path = tmp_path / "deep.docx"
    with zipfile.ZipFile(CORPUS / "pandoc-nested_smart_tags.docx") as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                body = b"<w:body><w:p><w:r><w:t>Top</w:t></w:r></w:p><w:p>" + nested + b"</w:p></w:body>"
                data = re.sub(rb"<w:body>.*</w:body>", body, data, flags=re.DOTALL)
            copy.writestr(item, data)
    if depth < 256:
        assert [block.text for block in ingest_file(path).blocks] == ["Top", "deep"]
        return
    with pytest.raises(IngestError, match="depth") as error:
        ingest_file(path)
    assert "\n" not in str(error.value) and "deep.docx" in str(error.value)
