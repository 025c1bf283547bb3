"""Decoding article bytes: BOMs, declared charsets, strict UTF-8 with the line of the bad byte."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from l10n.errors import IngestError
from l10n.ingest import ingest_file
from l10n.ingest.decode import decode_article

ARTICLES = Path(__file__).parent / "data" / "articles"


def test_undeclared_latin1_is_refused_with_the_line_of_the_first_bad_byte() -> None:
    path = ARTICLES / "latin1_notice.txt"
    with pytest.raises(IngestError) as caught:
        ingest_file(path)
    error = caught.value
    assert (error.path, error.line) == (str(path), 3)
    assert str(error) == (f"{path}:3: not valid UTF-8 (byte 0xe9 at line 3); declare a charset or convert")


def test_a_page_declaring_utf8_over_a_latin1_byte_is_asked_to_correct_its_declaration() -> None:
    """sweep46: 4 of trafilatura's 903 evaluation pages declare UTF-8 and hold a Latin-1 byte; the
    refusal told them to declare a charset, which they do."""
    data = b'<html><head><meta charset="utf-8"></head>\n<body><p>Caf\xe9 du commerce.</p></body></html>'
    with pytest.raises(IngestError) as caught:
        decode_article(data, path="page.html", source_format="html")
    assert str(caught.value) == (
        "page.html:2: not valid UTF-8, the charset it declares (byte 0xe9 at line 2); correct the declaration or "
        "convert the file"
    )


def test_bad_byte_line_counts_cr_and_crlf_as_one_break() -> None:
    data = b"one\r\ntwo\rthree\n\xff"
    with pytest.raises(IngestError) as caught:
        decode_article(data, path="x.txt", source_format="txt")
    assert caught.value.line == 4


def test_declared_windows_1252_in_html_meta_is_honoured() -> None:
    doc = ingest_file(ARTICLES / "windows1252_declared.html")
    assert doc.headline == "Ticket prices rise at Lisbon\u2019s opera house"
    texts = [block.text for block in doc.blocks]
    assert "costs \u20ac95, up from \u20ac80, the S\u00e3o Carlos" in texts[1]
    assert texts[2] == "\u201cWe had no choice,\u201d the director said."


def test_declared_charset_in_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "notice.md"
    path.write_bytes("---\ncharset: iso-8859-1\n---\n# Caf\u00e9 closes\n\nThe caf\u00e9 shuts.\n".encode("latin-1"))
    doc = ingest_file(path)
    assert doc.headline == "Caf\u00e9 closes"
    assert doc.blocks[1].text == "The caf\u00e9 shuts."


def test_declared_charset_that_does_not_fit_the_bytes_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "wrong.html"
    path.write_bytes(b'<meta charset="utf-8">\n<h1>Caf\xe9</h1>')
    with pytest.raises(IngestError) as caught:
        ingest_file(path)
    assert caught.value.line == 2


@pytest.mark.parametrize("label", ["klingon-8", "base64", "rot13"])
def test_unknown_or_non_text_charset_is_an_error(label: str) -> None:
    with pytest.raises(IngestError, match="unknown charset"):
        decode_article(f'<meta charset="{label}"><p>x'.encode(), path="a.html", source_format="html")


def test_utf16_label_in_ascii_bytes_means_utf8() -> None:
    data = '<meta charset="utf-16"><p>\u00e9t\u00e9'.encode("utf-8")
    assert decode_article(data, path="a.html", source_format="html").endswith("\u00e9t\u00e9")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_mark_is_stripped_and_chooses_the_encoding(tmp_path: Path, encoding: str) -> None:
    text = (ARTICLES / "weather_alert.txt").read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "weather_alert.txt"
    path.write_bytes(data)
    doc = ingest_file(path)
    assert doc.headline == "Typhoon In-Fa brings gales and heavy rain to Shanghai"
    assert doc.blocks == ingest_file(ARTICLES / "weather_alert.txt").blocks


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("gb2312", "gb18030", "腾讯网 𠀀 — DeepMind"),  # beyond GB2312: what browsers decode under the label
        ("shift_jis", "cp932", "①髙橋"),  # NEC/IBM extensions of windows-31j
        ("euc-kr", "cp949", "똠방각하"),  # UHC syllables outside KS X 1001
        ("iso-8859-9", "cp1254", "‘Türkçe’ €"),
        ("big5", "big5hkscs", "香港 𨋢"),
    ],
)
def test_a_declared_label_decodes_as_the_whatwg_encoding_standard_reads_it(label: str, codec: str, text: str) -> None:
    """Each text holds characters the label's narrow Python codec misreads or refuses and its WHATWG decoder reads."""
    data = f'<meta charset="{label}"><p>{text}</p>'.encode(codec)
    try:
        assert data.decode(label) != data.decode(codec)
    except UnicodeDecodeError:
        pass
    assert decode_article(data, path="a.html", source_format="html") == f'<meta charset="{label}"><p>{text}</p>'


def test_a_page_resaved_as_utf8_that_kept_its_old_meta_is_read_as_utf8(tmp_path: Path) -> None:
    """A re-saved page's bytes contradict its <meta> and are valid UTF-8: UTF-8; bytes that fit
    neither still name the line of the first bad byte."""
    page = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<h1>腾讯网</h1>\n<p>人工智能迈上新台阶。</p>'
    path = tmp_path / "resaved.html"
    path.write_bytes(page.encode("utf-8"))
    assert ingest_file(path).headline == "腾讯网"
    path.write_bytes(page.encode("utf-8") + b"\n<p>\xff\xfe</p>")
    with pytest.raises(IngestError) as caught:
        ingest_file(path)
    assert caught.value.line == 2 and "not valid gb2312" in str(caught.value)  # the first byte gb2312 (GBK) refuses
    # a declaration the bytes fit wins even when they would also be valid UTF-8
    fits_both = b'<meta charset="koi8-r"><p>\xd0\xbf'  # UTF-8 for "п", KOI8-R for "п©"
    assert decode_article(fits_both, path="a.html", source_format="html").endswith("п©")


@pytest.mark.parametrize(("label", "codec"), [("x-gbk", "gbk"), ("windows-31j", "cp932"), ("x-x-big5", "big5")])
def test_whatwg_labels_python_does_not_know_are_read(label: str, codec: str) -> None:
    data = f'<meta charset="{label}"><p>漢字</p>'.encode(codec)
    assert decode_article(data, path="a.html", source_format="html").endswith("<p>漢字</p>")
