"""Word footnotes and endnotes (l10n/ingest/docx_notes.py, ECMA-376 Part 1 §17.11): a reference
shows its mark in `sup`, the note becomes "note" blocks after the story, in every output.

The real files (tests/data/docx, SOURCES.md) are checked against the notes parts read here with
lxml: for each visible reference of the body in document order, its note's paragraphs, with
`w:footnoteRef` as the mark (`test_ingest_docx_real.number_note_references` numbers them).
Small packages built from pandoc-notes.docx with XML edits cover what no real file has.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from test_ingest_docx_real import CORPUS, READ, W, ingested, key, own_text, part

from l10n.assemble import assemble_article, render_article
from l10n.errors import IngestError
from l10n.extract import extract_units
from l10n.ingest import docx_notes, ingest_file
from l10n.locales import parse_locale
from l10n.model import Document
from l10n.placeables.marks import note_mark_spans
from l10n.segment import segment_document

REFERENCES = (W + "footnoteReference", W + "endnoteReference")
WITH_NOTES = [path for path in READ if next(part(path).iter(*REFERENCES), None) is not None]


def expected_notes(path: Path) -> list[str]:
    """The paragraphs of every note referred to, footnotes then endnotes, in reference order."""
    body = part(path)
    shown: dict[str, list[tuple[str, str, bool]]] = {"footnote": [], "endnote": []}
    for reference in body.iter(*REFERENCES):
        kind = "footnote" if reference.tag == W + "footnoteReference" else "endnote"
        custom = reference.get(W + "customMarkFollows") in ("1", "true", "on")
        mark = (
            "".join(t.text or "" for t in reference.itersiblings(W + "t")).strip() if custom else reference.get("mark")
        )
        if mark is not None and reference.get(W + "id") not in {n for _, n, _ in shown[kind]}:
            shown[kind].append((mark, reference.get(W + "id"), custom))
    paragraphs = []
    for kind, references in shown.items():
        if not references:
            continue
        notes = part(path, f"word/{kind}s.xml")
        for mark, note_id, _ in references:
            note = next(n for n in notes.iter(W + kind) if n.get(W + "id") == note_id)
            for own_mark in note.iter(W + kind + "Ref"):
                own_mark.set("mark", mark)
            texts = [" ".join(own_text(p, p).split()) for p in note.iter(W + "p")]
            texts = [text for text in texts if text]
            if not any(True for _ in note.iter(W + kind + "Ref")) and not texts[0].startswith(mark):
                texts[0] = f"{mark} {texts[0]}"
            paragraphs += texts
    return paragraphs


def notes_of(document: Document) -> list[str]:
    return [block.text for block in document.blocks if block.role == "note"]


def sup_marks(text: str, document: Document) -> list[str]:
    block = next(block for block in document.blocks if block.text == text)
    return [block.text[m.start : m.end] for m in block.markup if m.tag == "sup"]


def test_the_corpus_has_footnotes_and_endnotes() -> None:
    names = {path.name for path in WITH_NOTES}
    assert {"poi-stress008.docx", "poi-stress011.docx", "pandoc-notes.docx", "mammoth-endnotes.docx"} <= names
    assert sum(len(notes_of(ingested(path))) for path in WITH_NOTES) >= 230


@pytest.mark.parametrize("path", WITH_NOTES, ids=lambda path: path.name)
def test_every_note_is_read_in_reference_order(path: Path) -> None:
    document = ingested(path)
    assert [key(text) for text in notes_of(document)] == [key(text) for text in expected_notes(path)]
    assert all(block.role == "note" for block in document.blocks[-len(notes_of(document)) :])
    for block in (block for block in document.blocks if block.role == "note" and block.markup):
        assert not any(m.tag == "sup" and block.text[m.start : m.end].strip() == "" for m in block.markup)


def test_a_footnote_and_an_endnote_as_word_shows_them() -> None:
    """pandoc's notes.docx: "Test footnote.¹ Test endnote.ⁱ" — the endnote in lower-case Roman,
    Word's default; the notes after the story, footnotes first."""
    document = ingested(CORPUS / "pandoc-notes.docx")
    assert notes_of(document) == ["1 My note.", "i This is an endnote at the end of the document."]
    assert sup_marks("Test footnote.1 Test endnote.i", document) == ["1", "i"]
    assert [sup_marks(text, document) for text in notes_of(document)] == [["1"], ["i"]]
    assert {block.line for block in document.blocks if block.role == "note"} == {3}  # the paragraph referring


def test_endnotes_numbered_by_the_sections_format() -> None:
    document = ingested(CORPUS / "mammoth-endnotes.docx")
    assert notes_of(document) == ["i A tachyon walks into a bar.", "ii Fin."]
    assert sup_marks("Ouchi.ii", document) == ["i", "ii"]


def test_a_custom_mark_takes_no_number_and_leads_its_note() -> None:
    """The UN report's symbol carries a custom "*" (`w:customMarkFollows`); its note starts with a
    typed "*" and no `w:footnoteRef`. The numbered notes start at 1 and put their mark in brackets."""
    document = ingested(CORPUS / "poi-stress011.docx")
    notes = notes_of(document)
    assert notes[0] == "* أُعيد إصدارها لأسباب فنية في 24 نيسان/أبريل 2017."
    assert notes[1] == "(1) انظر www.who.int/maternal_child_adolescent/topics/adolescence/dev/en/."
    assert notes[-1].startswith("(39) ") and len(notes) == 40
    assert sup_marks("CRC/C/GC/20*", document) == ["*"] and sup_marks(notes[0], document) == ["*"]


def test_a_link_in_a_note_is_a_relationship_of_the_notes_part() -> None:
    """footnote-hyperlink.docx: the note's `r:id` is rId1 of footnotes.xml.rels; rId1 of the
    document part is custom XML, so the link is only right when the notes part's rels are read."""
    (note,) = [block for block in ingested(CORPUS / "mammoth-footnote-hyperlink.docx").blocks if block.role == "note"]
    links = [(note.text[m.start : m.end], m.attrs) for m in note.markup if m.tag == "a"]
    assert note.text == "1 Example" and links == [("Example", (("href", "http://www.example.com"),))]


def test_a_field_in_a_content_control_in_a_note_shows_its_result() -> None:
    """sdt_in_footnote.docx: a Citavi citation, a field whose instruction is kilobytes of base64."""
    (note,) = notes_of(ingested(CORPUS / "pandoc-sdt_in_footnote.docx"))
    assert note.startswith("1 Vgl. Bitzios u. a.: Dissonance in the food traceability regulatory environment")
    assert note.endswith("hier S. 100-105.") and "ADDIN" not in note and "Citavi" not in note


@pytest.mark.parametrize("name", ["pandoc-notes.docx", "poi-stress011.docx"])
def test_notes_follow_the_story_in_every_output(name: str) -> None:
    document = segment_document(ingested(CORPUS / name))
    article = assemble_article(document, {}, parse_locale("de"), domain="notes")
    page = lxml_html.document_fromstring(render_article(article, "html"))
    body = page.find(".//article")
    shown = [element for element in body.iter("p", "h2", "table", "ul", "blockquote", "figure")]
    notes = [element for element in shown if element.get("class") == "note"]
    assert [key(n.text_content()) for n in notes] == [key(text) for text in notes_of(document)]
    assert shown[-len(notes) :] == notes and all(n.find(".//sup") is not None for n in notes)
    assert any(element.find(".//sup") is not None for element in shown if element.get("class") != "note")
    story = [block.text for block in document.blocks if block.role != "note"]
    for fmt in ("md", "txt"):  # each note is a paragraph of its own, in order, after the story's last
        paragraphs = [plain(paragraph) for paragraph in render_article(article, fmt).split("\n\n")]
        places = [paragraphs.index(plain(note)) for note in notes_of(document)]
        assert places == sorted(places) and places[0] > max(
            i for i, p in enumerate(paragraphs) if plain(story[-1]) in p
        )


def plain(text: str) -> str:
    """Text compared without spaces or Markdown's links, emphasis, HTML tags and escapes."""
    return key(re.sub(r"</?[a-z]+>|[*_\\]", "", re.sub(r"\[([^]]*)\]\(<[^>]*>\)", r"\1", text)))


def test_a_note_is_a_unit_and_its_mark_a_placeholder() -> None:
    document = segment_document(ingested(CORPUS / "pandoc-notes.docx"))
    msgids = [unit.msgid for unit in extract_units(document, reference_path="notes.docx")]
    notes = [msgid for msgid in msgids if msgid.endswith(("My note.", "end of the document."))]
    assert len(notes) == 2 and all(msgid.startswith("{sup_1}{mark_1}{sup_1_end} ") for msgid in notes)
    assert "Test footnote.{sup_1}{mark_1}{sup_1_end}" in msgids  # the mark ends its sentence
    assert "Test endnote.{sup_1}{mark_1}{sup_1_end}" in msgids


# --- built packages: pandoc-notes.docx with its body, notes and settings replaced ---------------


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def ref(kind: str, note_id: str, custom: str = "", hidden: bool = False) -> str:
    properties = "<w:rPr><w:vanish/></w:rPr>" if hidden else ""
    follows = ' w:customMarkFollows="1"' if custom else ""
    mark = f"<w:t>{custom}</w:t>" if custom else ""
    return f'<w:r>{properties}<w:{kind}Reference{follows} w:id="{note_id}"/>{mark}</w:r>'


def para(*pieces: str) -> str:
    return "<w:p>" + "".join(pieces) + "</w:p>"


def note(kind: str, note_id: str, *paragraphs: str, own_mark: bool = True) -> str:
    first = para(f"<w:r><w:{kind}Ref/></w:r>" if own_mark else "", run(" " + paragraphs[0]))
    return f'<w:{kind} w:id="{note_id}">' + first + "".join(para(run(text)) for text in paragraphs[1:]) + f"</w:{kind}>"


def package(
    tmp_path: Path, body: str, *, footnotes: str = "", endnotes: str = "", settings: str = "", raw: dict | None = None
) -> Path:
    """pandoc-notes.docx with `body` as its body, `footnotes`/`endnotes` after the separators,
    `settings` first in settings.xml's `w:footnotePr` and `w:endnotePr` (e.g. a `w:numFmt`)."""
    path = tmp_path / "built.docx"
    with zipfile.ZipFile(CORPUS / "pandoc-notes.docx") as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            if not item.filename.startswith("word/") or not item.filename.endswith(".xml"):
                copy.writestr(item, (raw or {}).get(item.filename, original.read(item)))
                continue
            data = original.read(item).decode("utf-8")
            if item.filename == "word/document.xml":
                data = re.sub(r"<w:body>.*</w:body>", lambda _: f"<w:body>{body}</w:body>", data, flags=re.DOTALL)
            for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
                if item.filename == f"word/{kind}s.xml":
                    pattern = rf'(w:type="continuationSeparator".*?</w:{kind}>).*(</w:{kind}s>)'
                    data = re.sub(pattern, lambda m, n=notes: m.group(1) + n + m.group(2), data, flags=re.DOTALL)
            if item.filename == "word/settings.xml":
                data = data.replace("<w:footnotePr>", "<w:footnotePr>" + settings)
                data = data.replace("<w:endnotePr>", "<w:endnotePr>" + settings.replace("foot", "end"))
            copy.writestr(item, (raw or {}).get(item.filename, data))
    return path


def test_a_custom_mark_in_a_built_note_and_numbers_after_it(tmp_path: Path) -> None:
    body = para(run("Budget approved"), ref("footnote", "1", custom="†"), run(" on Monday"), ref("footnote", "2"))
    footnotes = note("footnote", "1", "Ministry figures.", own_mark=False) + note("footnote", "2", "Unaudited.")
    document = ingest_file(package(tmp_path, body, footnotes=footnotes))
    assert sup_marks("Budget approved† on Monday1", document) == ["†", "1"]
    assert notes_of(document) == ["† Ministry figures.", "1 Unaudited."]


def test_a_note_without_its_own_mark_gets_it_before_its_first_words(tmp_path: Path) -> None:
    """No `w:footnoteRef` in the note and an empty first paragraph: the mark leads the first
    paragraph with text, once."""
    body = para(run("Claim"), ref("footnote", "1"))
    document = ingest_file(package(tmp_path, body, footnotes=note("footnote", "1", "", "Wire copy.", own_mark=False)))
    assert notes_of(document) == ["1 Wire copy."] and sup_marks("1 Wire copy.", document) == ["1"]


def test_a_mark_on_a_headline_typed_without_its_style_stays_a_mark(tmp_path: Path) -> None:
    """A bold first line with a correction's footnote is the headline: its mark stays `sup`
    (not glued text), and a core title saying the same words matches without it."""
    bold = "<w:r><w:rPr><w:b/></w:rPr><w:t>Budget passes</w:t></w:r>"
    body = para(bold, ref("footnote", "1")) + para(run("The council approved the budget on Monday."))
    document = ingest_file(package(tmp_path, body, footnotes=note("footnote", "1", "Corrected on 3 May.")))
    headline = document.blocks[0]
    assert (headline.role, headline.text, sup_marks(headline.text, document)) == ("headline", "Budget passes1", ["1"])
    assert [m.tag for m in headline.markup] == ["sup"] and notes_of(document) == ["1 Corrected on 3 May."]
    assert document.headline == "Budget passes"  # the metadata (the page's <title>, its slug) has no mark
    article = assemble_article(segment_document(document), {}, parse_locale("de"), domain="notes")
    assert article.headline == "Budget passes"
    # near miss: Word's superscript that is no note (an area's "2") stays in the title
    area = "<w:r><w:rPr><w:b/></w:rPr><w:t>Budget area in km</w:t></w:r>"
    area += '<w:r><w:rPr><w:b/><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>'
    squared = para(area) + para(run("The council approved the budget on Monday."))
    document = ingest_file(package(tmp_path, squared))
    assert assemble_article(segment_document(document), {}, parse_locale("de"), domain="x").headline == (
        "Budget area in km2"
    )
    plain = para(run("Budget passes"), ref("footnote", "1")) + para(run("The council approved the budget."))
    titled = package(tmp_path, plain, footnotes=note("footnote", "1", "Corrected."))
    with zipfile.ZipFile(titled) as original:
        core = original.read("docProps/core.xml").decode("utf-8")
    core = re.sub(r"<dc:title>.*?</dc:title>|<dc:title/>", "", core).replace(
        "</cp:coreProperties>", "<dc:title>Budget passes</dc:title></cp:coreProperties>"
    )
    document = ingest_file(
        package(tmp_path, plain, footnotes=note("footnote", "1", "Corrected."), raw={"docProps/core.xml": core})
    )
    assert document.blocks[0].role == "headline" and document.blocks[0].text == "Budget passes1"


def test_a_note_on_the_byline_is_no_part_of_the_authors_name(tmp_path: Path) -> None:
    """Word's byline "By Ann Lee" under a Title-styled headline, with a custom "*" or a numbered
    reference: the author is Ann Lee."""
    with zipfile.ZipFile(CORPUS / "pandoc-notes.docx") as original:
        styles = original.read("word/styles.xml").decode("utf-8")
    title_style = '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    raw = {"word/styles.xml": styles.replace("</w:styles>", title_style + "</w:styles>")}
    title = '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Budget passes</w:t></w:r></w:p>'
    for mark in ("*", ""):
        body = title + para(run("By Ann Lee"), ref("footnote", "1", custom=mark))
        body += para(run("The council approved the budget on Monday."))
        document = ingest_file(package(tmp_path, body, footnotes=note("footnote", "1", "Staff writer."), raw=raw))
        assert document.author == "Ann Lee", mark
        assert [block.text for block in document.blocks if block.role == "byline"] == ["Ann Lee"], mark


def test_words_references_are_marks_whatever_they_are_glued_to(tmp_path: Path) -> None:
    """Word knows a w:footnoteReference is a note's: glued to an acronym, a year or a short
    word it is still a mark (on a web page "UN<sup>3</sup>" could be a power, in Word it is not)."""
    body = para(run("Said the UN"), ref("footnote", "1"), run(" in 2019"), ref("footnote", "2"))
    body += para(run("Made by AI"), ref("footnote", "3", custom="i"), run(" and Xi"), ref("footnote", "4"))
    body += para(run("Area in km"), run_sup("2"), run(" and 10"), run_sup("6"))  # Word's superscript: no note
    footnotes = "".join(note("footnote", str(n), f"Note {n}.") for n in (1, 2, 4))
    footnotes += note("footnote", "3", "Note 3.", own_mark=False)
    document = ingest_file(package(tmp_path, body, footnotes=footnotes, settings='<w:numFmt w:val="lowerRoman"/>'))
    marks = {block.text: note_mark_spans(block.text, block.markup) for block in document.blocks}
    assert [[text[a:b] for a, b in spans] for text, spans in marks.items() if text.startswith(("Said", "Made"))] == [
        ["i", "ii"],
        ["i", "iii"],
    ]
    assert marks["Area in km2 and 106"] == []


def run_sup(text: str) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{text}</w:t></w:r>'


def test_a_start_that_is_no_decimal_number_is_ignored_not_refused(tmp_path: Path) -> None:
    """w:numStart w:val="²" (a typo `str.isdigit` accepts and `int` refuses): numbering starts at 1."""
    body = para(run("A"), ref("footnote", "1"))
    document = ingest_file(
        package(tmp_path, body, footnotes=note("footnote", "1", "One."), settings='<w:numStart w:val="²"/>')
    )
    assert notes_of(document) == ["1 One."]


def test_formats_and_starts_from_settings_and_the_section(tmp_path: Path) -> None:
    """Settings ask for upper-case letters from 3; the body's section overrides the endnotes'
    format with "chicago" (*, †, ‡, §), its start still settings' 3."""
    body = para(run("A"), ref("footnote", "1"), run(" B"), ref("footnote", "2"), run(" C"), ref("endnote", "1"))
    body += '<w:sectPr><w:endnotePr><w:numFmt w:val="chicago"/></w:endnotePr></w:sectPr>'
    footnotes = note("footnote", "1", "One.") + note("footnote", "2", "Two.")
    settings = '<w:numFmt w:val="upperLetter"/><w:numStart w:val="3"/>'
    document = ingest_file(
        package(tmp_path, body, footnotes=footnotes, endnotes=note("endnote", "1", "Three."), settings=settings)
    )
    assert notes_of(document) == ["C One.", "D Two.", "‡ Three."]
    assert sup_marks("AC BD C‡", document) == ["C", "D", "‡"]


def test_a_reference_to_a_missing_note_is_dropped_with_a_warning(tmp_path: Path, caplog) -> None:
    """w:id 7 names no footnote and -1 is the separator, which is no note: both marks dropped,
    a warning each naming the file and paragraph; the real note is still number 1."""
    body = para(run("Intro.")) + para(run("Claim"), ref("footnote", "7"), run(" and more"), ref("footnote", "-1"))
    body += para(run("Sourced"), ref("footnote", "1"))
    with caplog.at_level(logging.WARNING):
        document = ingest_file(package(tmp_path, body, footnotes=note("footnote", "1", "Agency report.")))
    assert [block.text for block in document.blocks] == ["Intro.", "Claim and more", "Sourced1", "1 Agency report."]
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 2 and all("built.docx:2: warning: footnote reference" in w for w in warnings)
    assert "'7'" in warnings[0] and "'-1'" in warnings[1]


def test_a_field_ending_after_a_dropped_custom_mark_still_ends(tmp_path: Path) -> None:
    """A custom-marked reference to no note, then the w:fldChar ending a link field in the same
    run: the mark goes, the field still ends, and the text after it is not part of the link."""
    field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    field += '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/report" </w:instrText></w:r>'
    field += '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("the report")
    field += '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="7"/><w:t>*</w:t>'
    field += '<w:fldChar w:fldCharType="end"/></w:r>'
    body = para(run("Intro.")) + para(run("We read "), field, run(" on Monday.")) + para(run("The council met."))
    document = ingest_file(package(tmp_path, body))
    texts = {block.text: [block.text[m.start : m.end] for m in block.markup] for block in document.blocks}
    assert texts == {"Intro.": [], "We read the report on Monday.": ["the report"], "The council met.": []}


def test_a_document_without_a_notes_part_drops_its_reference(tmp_path: Path, caplog) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("Markets closed higher.")
    word.paragraphs[0]._p.append(etree.fromstring(f'<w:r xmlns:w="{W[1:-1]}"><w:endnoteReference w:id="1"/></w:r>'))
    path = tmp_path / "plain.docx"
    word.save(str(path))
    with caplog.at_level(logging.WARNING):
        document = ingest_file(path)
    assert [block.text for block in document.blocks] == ["Markets closed higher."]
    assert "plain.docx:1: warning: endnote reference" in caplog.text and "word/endnotes.xml" in caplog.text


def test_a_second_reference_repeats_the_mark_not_the_note(tmp_path: Path) -> None:
    body = para(
        run("First"), ref("footnote", "1"), run(" again"), ref("footnote", "1"), run(" other"), ref("footnote", "2")
    )
    body += para(run("Hidden"), ref("footnote", "3", hidden=True))
    footnotes = note("footnote", "1", "Once.", "Second paragraph.") + note("footnote", "2", "Two.")
    footnotes += note("footnote", "3", "Never shown.")
    document = ingest_file(package(tmp_path, body, footnotes=footnotes))
    assert notes_of(document) == ["1 Once.", "Second paragraph.", "2 Two."]
    assert sup_marks("First1 again1 other2", document) == ["1", "1", "2"]


def test_an_entity_in_a_notes_part_is_neither_fetched_nor_expanded(tmp_path: Path) -> None:
    with zipfile.ZipFile(CORPUS / "pandoc-notes.docx") as original:
        footnotes_xml = original.read("word/footnotes.xml").decode("utf-8")
    doctype = '<!DOCTYPE w:footnotes [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
    hostile = footnotes_xml.replace("?>", "?>" + doctype, 1).replace(" My note.", " My &secret; note.")
    document = ingest_file(
        package(tmp_path, para(run("Text"), ref("footnote", "1")), raw={"word/footnotes.xml": hostile})
    )
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "localhost"
    (text,) = notes_of(document)  # the unexpanded reference is no text, as in the body
    assert text.startswith("1 My") and hostname not in text and "secret" not in text


def test_a_broken_notes_part_or_too_many_references_is_refused_in_one_line(tmp_path: Path, monkeypatch) -> None:
    body = para(run("Text"), ref("footnote", "1"))
    path = package(tmp_path, body, raw={"word/footnotes.xml": "<w:footnotes><w:footnote"})
    with pytest.raises(IngestError, match="footnotes.xml cannot be parsed") as error:
        ingest_file(path)
    assert "\n" not in str(error.value) and "built.docx:1:" in str(error.value)
    monkeypatch.setattr(docx_notes, "MAX_NOTE_REFERENCES", 2)
    body = para(*(run("x") + ref("footnote", str(n)) for n in (1, 2, 3)))
    footnotes = "".join(note("footnote", str(n), f"Note {n}.") for n in (1, 2, 3))
    with pytest.raises(IngestError, match="more than 2 footnotes and endnotes"):
        ingest_file(package(tmp_path, body, footnotes=footnotes))


def test_a_field_that_never_ends_in_a_note_is_refused(tmp_path: Path) -> None:
    begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    broken = (
        '<w:footnote w:id="1">' + para("<w:r><w:footnoteRef/></w:r>", begin, run("Swallowed text")) + "</w:footnote>"
    )
    with pytest.raises(IngestError, match="never ends") as error:
        ingest_file(package(tmp_path, para(run("Text"), ref("footnote", "1")), footnotes=broken))
    assert "built.docx:1:" in str(error.value)
