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
- not article text, so not in document.xml's body at all and not compared: headers, footers,
  comments, footnotes and endnotes (their own parts).

The document is translated as it reads with its tracked changes accepted.
"""

from __future__ import annotations

import io
import re
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
    r"(\s|$)|\\[hlo*pz] |MERGEFORMAT"
)


def part(path: Path, name: str | None = None) -> etree._Element:
    """A part of the package parsed without entities; by default the main document, found the
    way OPC says (the officeDocument relationship of `_rels/.rels`), not by its usual name."""
    with zipfile.ZipFile(path) as archive:
        if name is None:
            rels = etree.fromstring(archive.read("_rels/.rels"), PARSER)
            name = next(r.get("Target") for r in rels.iter(PACKAGE_RELS) if r.get("Type") == OFFICE_DOCUMENT)
        return etree.fromstring(archive.read(name.lstrip("/")), PARSER)


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
    instructions = [" ".join("".join(e.text or "" for e in root.iter(W + "instrText")).split())]
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
    assert page.find(".//article") is not None or page.find(".//body") is not None
    for fmt, output in outputs.items():
        assert "w:instrText" not in output and "HYPERLINK" not in output, fmt
