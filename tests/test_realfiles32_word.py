"""Word leftovers of the real-file rounds (issue 14, realfiles29 / blind2): each rule on a document
python-docx builds here, then on the real file that showed it (tests/data/blind2, sources in its
SOURCES.md), read against that file's XML with lxml, not with l10n's reader.

- a Title-styled paragraph below the story's first text is a heading, not the headline; without a
  styled headline the first heading-like paragraph is it (the WGIG report);
- a labelled Chinese byline ("文 / 李梓峰", "文/…", "文｜…") is the byline, under a standfirst too;
  a 【date，place】 dateline opening the lead dates the article (the golf-club press release);
- a table's first row is a header only when Word styles it so (`w:tblHeader`, `w:tblLook`); the
  Markdown edition shows the first row as its header either way, never an empty header row;
- a picture described by a name Word or Office gave it ("图片 1", "j0395699", the shape's own
  name, a file's stem) has no alt text unit; an author's description stays one.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from lxml import html as lxml_html

from l10n.assemble import assemble_article, render_article
from l10n.ingest.docx import ingest_docx
from l10n.locales import parse_locale
from l10n.segment import segment_document

BLIND2 = Path(__file__).parent / "data" / "blind2" / "docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
LEAD = "The council approved the new budget on Tuesday after a debate that lasted most of the night."


def read(document: docx.document.Document):
    buffer = io.BytesIO()
    document.save(buffer)
    return ingest_docx(buffer.getvalue(), source_path="built.docx")


def real(name: str):
    return ingest_docx((BLIND2 / name).read_bytes(), source_path=name)


def paragraphs_xml(name: str) -> list[tuple[str, str]]:
    """(style id, text) of each body paragraph, read with lxml."""
    with zipfile.ZipFile(BLIND2 / name) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    out = []
    for paragraph in body.iter(W + "p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        text = "".join(node.text or "" for node in paragraph.iter(W + "t"))
        out.append((style.get(W + "val") if style is not None else "", text))
    return out


# --- Title deep in the file, the first heading-like paragraph


def test_a_title_styled_paragraph_below_the_story_is_a_heading_not_the_headline() -> None:
    document = docx.Document()
    document.add_paragraph(LEAD)
    document.add_paragraph("Secretariat of the budget committee", style="Title")
    document.add_paragraph("The committee meets again in March.")
    article = read(document)
    assert article.headline != "Secretariat of the budget committee"
    roles = {block.text: block.role for block in article.blocks}
    assert roles["Secretariat of the budget committee"] == "heading"


def test_a_title_under_a_short_line_is_still_the_headline() -> None:
    document = docx.Document()
    document.add_paragraph("March 3, 2021")
    document.add_paragraph("Council passes the budget", style="Title")
    document.add_paragraph(LEAD)
    assert read(document).headline == "Council passes the budget"


def test_without_a_styled_headline_the_first_heading_of_any_rank_is_the_headline() -> None:
    document = docx.Document()
    document.add_heading("Annual report", level=4)
    document.add_paragraph(LEAD)
    document.add_heading("Finances", level=2)
    document.add_paragraph("Spending rose by four per cent.")
    article = read(document)
    assert article.headline == "Annual report"
    assert [block.role for block in article.blocks[:3]] == ["headline", "paragraph", "heading"]


def test_the_wgig_reports_deep_title_is_a_heading_and_its_cover_line_the_headline() -> None:
    name = "openxmlsdk-BackgroundReport_WGIG.docx"
    paragraphs = paragraphs_xml(name)
    titled = [(index, text) for index, (style, text) in enumerate(paragraphs) if style == "Title" and text.strip()]
    first_text = next(index for index, (_, text) in enumerate(paragraphs) if text.strip())
    assert titled and titled[0][0] > first_text + 100  # the Title style is used deep in the report
    cover = paragraphs[first_text][1].strip()
    article = real(name)
    assert article.headline == cover
    titles = {text.strip() for _, text in titled}  # a box's title in a table cell, the secretariat's line
    roles = {block.role for block in article.blocks if block.text in titles}
    assert "heading" in roles and roles <= {"heading", "cell"}


# --- Chinese bylines and the bracketed dateline


@pytest.mark.parametrize("line", ["文 / 李梓峰", "文/李梓峰", "文｜李梓峰"])
def test_a_labelled_chinese_byline_under_the_standfirst_is_the_byline(line: str) -> None:
    document = docx.Document()
    document.add_paragraph("我是如何成为世界第一的", style="Title")
    document.add_paragraph("在他十五年的汽车销售生涯中，他以零售的方式销售了一万三千辆汽车，创造了吉尼斯世界纪录。")
    document.add_paragraph(line)
    document.add_paragraph("他出生于美国底特律市的一个贫民家庭，九岁时开始给人擦鞋、送报，赚钱补贴家用。")
    article = read(document)
    assert article.author == "李梓峰"
    assert [block.role for block in article.blocks if block.text == "李梓峰"] == ["byline"]


def test_prose_that_mentions_the_label_is_no_byline() -> None:
    document = docx.Document()
    document.add_paragraph("我是如何成为世界第一的", style="Title")
    document.add_paragraph("这篇文/李梓峰写的报道在杂志上发表后，引起了读者的广泛讨论，编辑部收到了很多来信。")
    assert read(document).author == ""


def test_the_indent_spacing_profiles_byline_is_its_writer() -> None:
    name = "openxmlsdk-Indent_Spacing.docx"
    line = next(text for _, text in paragraphs_xml(name) if re.match(r"\s*文\s*/", text))
    assert real(name).author == line.split("/", 1)[1].strip()


def test_a_bracketed_dateline_opening_the_lead_dates_the_article() -> None:
    document = docx.Document()
    document.add_paragraph("挑战高球极限 体验果岭马拉松", style="Title")
    document.add_paragraph(
        "【2007年4月20日，东莞】今天，第四届高尔夫马拉松大赛在球会东莞赛事广场进行了隆重的开球仪式。"
    )
    assert read(document).published == dt.datetime(2007, 4, 20)


def test_a_bracketed_note_without_a_day_dates_nothing() -> None:
    document = docx.Document()
    document.add_paragraph("挑战高球极限 体验果岭马拉松", style="Title")
    document.add_paragraph(
        "【编者按】今天，第四届高尔夫马拉松大赛在球会东莞赛事广场进行了隆重的开球仪式，吸引了很多球手。"
    )
    assert read(document).published is None


def test_the_golf_club_release_is_dated_by_its_bracketed_dateline() -> None:
    name = "openxmlsdk-pageBorders.docx"
    lead = next(text for _, text in paragraphs_xml(name) if text.startswith("【"))
    year, month, day = map(int, re.match(r"【(\d{4})年(\d{1,2})月(\d{1,2})日", lead).groups())
    assert real(name).published == dt.datetime(year, month, day)


# --- Table header rows


def table_document(*, look: bool, repeat: bool) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Council results", style="Title")
    document.add_paragraph(LEAD)
    table = document.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, (("Ward", "Seats"), ("North", "4"), ("South", "5"))):
        for cell, value in zip(row.cells, values):
            cell.text = value
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblLook")):
        properties.remove(old)
    look_element = properties.makeelement(qn("w:tblLook"), {qn("w:val"): "04A0" if look else "0400"})
    properties.append(look_element)
    if repeat:
        row_properties = table.rows[0]._tr.get_or_add_trPr()
        row_properties.append(row_properties.makeelement(qn("w:tblHeader"), {}))
    return document


def editions(document: docx.document.Document) -> tuple[str, str]:
    article = assemble_article(segment_document(read(document)), {}, parse_locale("de"), domain="built")
    return render_article(article, "html"), render_article(article, "md")


@pytest.mark.parametrize(
    ("look", "repeat", "header"), [(True, False, True), (False, True, True), (False, False, False)]
)
def test_the_first_row_is_a_header_only_when_word_styles_it_so(look: bool, repeat: bool, header: bool) -> None:
    page, markdown = editions(table_document(look=look, repeat=repeat))
    table = lxml_html.document_fromstring(page).find(".//table")
    assert [cell.text_content() for cell in table.iter("th")] == (["Ward", "Seats"] if header else [])
    rows = [line for line in markdown.splitlines() if line.startswith("|")]
    assert rows[0] == "| Ward | Seats |" and re.fullmatch(r"\| -+ \| -+ \|", rows[1])
    assert len(rows) == 4  # no empty header row over a headerless table


def test_a_real_headerless_word_table_has_no_empty_header_row_in_markdown() -> None:
    name = "openxmlsdk-complexity_part_1.docx"
    with zipfile.ZipFile(BLIND2 / name) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    table = body.find(f".//{W}tbl")
    first_row = table.find(f"{W}tr")
    assert first_row.find(f"{W}trPr/{W}tblHeader") is None
    look = table.find(f"{W}tblPr/{W}tblLook")
    assert look is None or not int(look.get(W + "val", "0"), 16) & 0x20
    article = assemble_article(segment_document(real(name)), {}, parse_locale("de"), domain="complexity")
    markdown = render_article(article, "md")
    header_rows = [line for line in markdown.splitlines() if re.fullmatch(r"\|(?:\s*\|)+", line.strip())]
    assert header_rows == []
    assert "<th" not in render_article(article, "html")


# --- Pictures named by Word


def png() -> bytes:
    """A 1×1 PNG, built here."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("description", "unit"),
    [("图片 1", False), ("Рисунок 7", False), ("j0395699", False), ("j0123456.wmf", False),
     ("IASWR-PosterMasthead2", False), ("<name>", False), ("The mayor opens the new library", True)],
)  # fmt: skip
def test_a_picture_named_by_word_has_no_alt_text_unit(description: str, unit: bool) -> None:
    document = docx.Document()
    document.add_paragraph("Library opens", style="Title")
    document.add_paragraph(LEAD)
    document.add_picture(io.BytesIO(png()))
    properties = next(document.element.body.iter(WP_DOC_PR))
    properties.set("descr", properties.get("name") if description == "<name>" else description)
    alts = [block.text for block in read(document).blocks if block.role == "alt"]
    assert alts == ([description] if unit else [])


def test_the_newsletters_clip_art_names_are_no_alt_text() -> None:
    name = "openxmlsdk-May_12_04.docx"
    with zipfile.ZipFile(BLIND2 / name) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    described = [node.get("descr") for node in body.iter(WP_DOC_PR) if node.get("descr")]
    assert described.count("j0395699") >= 4
    assert [block.text for block in real(name).blocks if block.role == "alt"] == []
