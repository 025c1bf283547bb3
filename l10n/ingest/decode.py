"""Turn article bytes into text: BOM, declared charset, else strict UTF-8; CR/CRLF become LF; a
NUL is read in HTML as its tokenizer reads it (`_nul_rule`) and refused in text and Markdown.

The order follows the HTML Living Standard's encoding sniffing ("determining the character
encoding"): a byte order mark wins, then a declaration inside the document (`<meta charset>`,
`<meta http-equiv="Content-Type" content="…; charset=…">`, or `charset:` in Markdown front
matter), then our default, UTF-8. A declared label is read as the WHATWG Encoding Standard reads
it, so a page decodes as browsers show it: "gb2312" means GBK (whose decoder is gb18030's),
"iso-8859-1" windows-1252, "shift_jis" windows-31J, "euc-kr" windows-949, "big5" Big5-HKSCS.
We never guess: bytes that are not valid in the chosen encoding raise an `IngestError` naming
the line of the first bad byte, so the user converts the file instead of publishing mojibake.
One exception, which is a check and not a guess: a declaration the bytes contradict while they
are valid UTF-8 with at least one multi-byte sequence is a page re-saved as UTF-8 that kept its
old `<meta>` (browsers' and archivers' "save as" do this); it is read as UTF-8. Random text in
a legacy encoding is practically never valid UTF-8 once it has a byte over 0x7F. windows-1252
(which the labels iso-8859-1, latin1 and ascii mean) decodes every byte but five, so UTF-8 bytes
read as it rarely fail: they turn into mojibake ("danskernes daglige fÃ¦rden", sn.dk's re-saved
page declaring iso-8859-1), and there valid multi-byte UTF-8 is read as UTF-8 even though the
declared decoding does not fail; so for every Latin single-byte encoding (`LATIN_SINGLE_BYTE`:
elmundo's page declaring iso-8859-15). Text written in windows-1252 is not valid UTF-8 as soon as it
holds a lower-case accented letter ("é" is the lone byte 0xE9), and one that only ever puts a
capital "Ã" or "Â" before a symbol is not text anyone writes.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

from l10n.errors import IngestError

SourceFormat = Literal["txt", "html", "md"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG Encoding Standard (encoding.spec.whatwg.org, "Names and labels"): labels whose decoder
# is a superset of the codec Python names for them, by Python's canonical codec name.
_WHATWG_SUPERSETS = {
    "iso8859-1": "cp1252",  # latin1, iso-8859-1, ascii, us-ascii → windows-1252
    "ascii": "cp1252",
    "iso8859-9": "cp1254",  # iso-8859-9, latin5 → windows-1254
    "iso8859-11": "cp874",  # iso-8859-11, tis-620 → windows-874
    "tis-620": "cp874",
    "gb2312": "gb18030",  # gb2312, gbk, x-gbk, chinese → GBK, decoded by gb18030's decoder
    "gbk": "gb18030",
    "big5": "big5hkscs",  # big5, big5-hkscs, cn-big5, x-x-big5 → Big5 (with HKSCS)
    "shift_jis": "cp932",  # shift_jis, sjis, ms_kanji, windows-31j → Shift_JIS (Microsoft's)
    "euc_kr": "cp949",  # euc-kr, ks_c_5601-1987, windows-949 → EUC-KR (Microsoft's UHC)
}
# WHATWG labels in use on the web that Python's codec registry does not know, to a name it does.
_WHATWG_LABELS = {
    "x-gbk": "gbk",
    "csgb2312": "gb2312",
    "gb_2312-80": "gb2312",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "cn-big5": "big5",
    "x-x-big5": "big5",
    "windows-949": "cp949",
    "windows-874": "cp874",
    "dos-874": "cp874",
    "x-cp1252": "cp1252",
    "x-euc-jp": "euc_jp",
    "unicode-1-1-utf-8": "utf-8",
    "x-mac-roman": "mac_roman",
    "iso-8859-8-i": "iso8859-8",
}
# The single-byte encodings of the Latin alphabets (ISO 8859 Latin parts, Windows' Latin code
# pages), which decode nearly every byte: UTF-8 read as them does not fail, it turns to mojibake
# ("tambiÃ©n", elmundo's re-saved page declaring iso-8859-15, holdout6). Their text is not valid
# UTF-8 once an accented letter is followed by a letter; Cyrillic and Greek code pages keep the
# declared reading (a word of KOI8-R can be valid UTF-8).
LATIN_SINGLE_BYTE = frozenset(
    "cp1250 cp1252 cp1254 cp1257 iso8859-2 iso8859-3 iso8859-4 iso8859-10 iso8859-13 iso8859-14 iso8859-15 "
    "iso8859-16".split()
)
_PRESCAN_BYTES = 4096  # the HTML standard pre-scans the first 1024; be a little generous
_HTML_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_FRONT_MATTER_CHARSET = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:[^\n]*\n)*?[ \t]*(?:charset|encoding)[ \t]*:[ \t]*["']?([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


def decode_article(data: bytes, *, path: str, source_format: SourceFormat) -> str:
    """Decode an article file's bytes to text with LF line endings.

    >>> decode_article(b"caf\\xc3\\xa9\\r\\nbar\\r", path="a.txt", source_format="txt")
    'café\\nbar\\n'
    >>> decode_article(b'<meta charset="latin-1"><p>caf\\xe9', path="a.html", source_format="html")
    '<meta charset="latin-1"><p>café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _c1_rule(
                _nul_rule(
                    normalise_newlines(_decode_strict(data[len(bom) :], encoding, path=path)), path, source_format
                ),
                source_format,
            )
    declared = declared_charset(data, source_format=source_format)
    encoding = _usable_encoding(declared, path=path) if declared else "utf-8"
    if encoding in LATIN_SINGLE_BYTE and (resaved_text := _resaved_as_utf8(data)) is not None:
        return _c1_rule(_nul_rule(normalise_newlines(resaved_text), path, source_format), source_format)  # holdout5
    try:
        text = _decode_strict(data, encoding, path=path, label=declared)
    except IngestError:
        resaved = _resaved_as_utf8(data) if declared else None
        if resaved is None:
            raise
        text = resaved
    return _c1_rule(_nul_rule(normalise_newlines(text), path, source_format), source_format)


def _resaved_as_utf8(data: bytes) -> str | None:
    """The text of valid UTF-8 with a multi-byte sequence (what a page re-saved as UTF-8
    holds), else None.

    >>> _resaved_as_utf8("腾讯网".encode()), _resaved_as_utf8(b"ascii only"), _resaved_as_utf8(b"caf\\xe9")
    ('腾讯网', None, None)
    """
    if data.isascii():
        return None
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        return None


def _nul_rule(text: str, path: str, source_format: SourceFormat) -> str:
    """A NUL in HTML is read as the HTML parser reads it; elsewhere it is refused.

    HTML Standard §13.2.6.4.7 ("in body"): a U+0000 character token in the page's text is a
    parse error and is ignored, so a browser shows a page with a stray NUL (holdout14:
    diariobahiadecadiz's header line "… Año XX\\0") as if it were not there; lxml, which reads
    the page here, refuses a string that holds one. Inside a tag (a tag or attribute name, an
    attribute value) the tokenizer reads it as U+FFFD instead, so it never joins the two sides
    into another name (`<scr\\0ipt>` is no `<script>`, `java\\0script:` no scheme). Refusing the page
    lost its whole story over a byte no reader sees. Binary data named .html is still refused: its
    bytes are not valid UTF-8 (nor, mostly, in the charset a page declares), which strict
    decoding checks first. Plain text and Markdown keep the refusal (`_refuse_nul`): there a NUL
    means a binary file, and gettext would cut a msgid at it.

    >>> _nul_rule("<p>Año XX\\x00</p>", "a.html", "html"), _nul_rule("Año XX", "a.txt", "txt")
    ('<p>Año XX</p>', 'Año XX')
    >>> _nul_rule('<scr\\x00ipt>x</scr\\x00ipt><a href="java\\x00script:">', "a.html", "html")
    '<scr\\ufffdipt>x</scr\\ufffdipt><a href="java\\ufffdscript:">'
    """
    if source_format != "html":
        return _refuse_nul(text, path=path)
    if "\x00" not in text:
        return text
    return _TAG.sub(lambda tag: tag.group().replace("\x00", "\ufffd"), text).replace("\x00", "")


# the C1 controls, U+0080-U+009F: 32 `in` scans (memchr) of a page take a tenth of a `[\x80-\x9f]` pattern's (pagespeed34)
C1_CHARACTERS = tuple(chr(code) for code in range(0x80, 0xA0))
_C1_AS_WINDOWS_1252 = {
    code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0) if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _c1_rule(text: str, source_format: SourceFormat) -> str:
    """In HTML, a C1 control in the page's text (outside tags) is read as the windows-1252
    character of the same number: "polio \x97 including" is "polio — including"; on a page whose every C1 control
    is a byte of a UTF-8 sequence stored twice, the sequences are read as UTF-8 (`_double_encoded_utf8`).

    Such a character is what a page's windows-1252 bytes become when a CMS or a "save as" took
    them for ISO-8859-1 on the way to UTF-8 (holdout28: the Telegraph, Calcutta, bytes C2 97 for
    its dashes). No browser shows a C1 control as anything, and the HTML Standard already reads
    the same numbers written as references this way (§13.2.5.80, `&#151;` is "—"; lxml does as
    well), so the writer's dash or quote is the only reading. Refusing the page
    (`refuse_control_characters`) lost a whole story over an invisible byte. The five numbers
    windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay, and stay refused in the
    story; tags and attribute values are left as written (a link's address is the URL rules');
    plain text and Markdown keep the refusal.

    >>> _c1_rule('<p title="a\x97">polio \x97 including \x93VDPV\x94\x81</p>', "html")
    '<p title="a\x97">polio — including “VDPV”\x81</p>'
    >>> _c1_rule("polio \x97", "txt")
    'polio \x97'
    """
    if source_format != "html" or not holds_c1(text):
        return text
    pieces: list[str] = []
    done = 0
    for tag in _TAG.finditer(text):
        pieces += (text[done : tag.start()], tag.group())
        done = tag.end()
    pieces.append(text[done:])
    texts = pieces[::2]  # outside tags; the odd pieces are the tags, left as written
    repair = _double_encoded_utf8(texts)
    for index in range(0, len(pieces), 2):
        if repair:
            pieces[index] = _UTF8_AS_LATIN1.sub(_as_utf8, pieces[index])
        pieces[index] = pieces[index].translate(_C1_AS_WINDOWS_1252)
    return "".join(pieces)


# UTF-8's multi-byte sequences read one byte a character (ISO-8859-1): a lead byte (0xC2-0xF4) and one to three
# continuation bytes (0x80-0xBF) as characters; `_as_utf8` checks the sequence is valid UTF-8
_UTF8_AS_LATIN1 = re.compile("[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _as_utf8(run: re.Match[str]) -> str:
    try:
        return run.group().encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return run.group()


def _double_encoded_utf8(texts: list[str]) -> bool:
    """Whether a page's text outside tags is UTF-8 stored twice (its bytes read as ISO-8859-1, then saved as UTF-8
    again): it holds a C1 control and every C1 control in it is a continuation byte of a UTF-8 sequence read so
    ("â\x80\x9d" is the bytes E2 80 9D, the closing quote ”). Then each such sequence in it is read as the
    character it encodes ("Â£" too, a pound sign), and no C1 control is left for the windows-1252 reading.

    A C1 control no sequence holds (a lone "\x97" after a space: the Telegraph, Calcutta) means the
    windows-1252 reading of `_c1_rule`, for the whole page: both cannot be the page's story. Text written in
    Latin-1 never puts a C1 control (invisible) after "â" or "Ã"; a valid sequence by chance needs its lead
    letter right before one, which no writer's windows-1252 punctuation follows the way UTF-8 bytes do.

    >>> _double_encoded_utf8(["a \xe2\x80\x9cquote\xe2\x80\x9d \xc2\xa3"]), _double_encoded_utf8(["a \x93q\x94"])
    (True, False)
    """
    held = 0
    for text in texts:
        if not holds_c1(text):
            continue
        c1 = sum(map(text.count, C1_CHARACTERS))
        in_runs = sum(
            sum(map(run.count, C1_CHARACTERS))
            for match in _UTF8_AS_LATIN1.finditer(text)
            if (run := match.group()) != _as_utf8(match)
        )
        if in_runs != c1:
            return False
        held += c1
    return held > 0


def holds_c1(text: str) -> bool:
    """Whether `text` holds a C1 control (`C1_CHARACTERS`).

    >>> holds_c1("polio \x97"), holds_c1("polio —")
    (True, False)
    """
    return any(character in text for character in C1_CHARACTERS)


# A tag, its quoted attribute values whole (a ">" inside one does not end it: `title=">"`); no "<"
# outside quotes, so the attempts at each "<" do not overlap and the scan stays linear (the first
# form, `<[^>]*>`, took 1.2 s for a NUL and 40,000 "<"s and grew with their square).
_TAG = re.compile(r"""<(?:[^<>"']|"[^"]*"|'[^']*')*>""")


def _refuse_nul(text: str, *, path: str) -> str:
    """A NUL character means a binary or corrupted file; gettext would cut a msgid at it.

    >>> _refuse_nul("a\\nb\\x00c", path="a.txt")
    Traceback (most recent call last):
    l10n.errors.IngestError: a.txt:2: NUL character in the text (binary or corrupted file?)
    """
    position = text.find("\x00")
    if position < 0:
        return text
    raise IngestError(
        "NUL character in the text (binary or corrupted file?)", path=path, line=text.count("\n", 0, position) + 1
    )


def declared_charset(data: bytes, *, source_format: SourceFormat) -> str | None:
    """The charset a document declares about itself, or None (plain text cannot declare one).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ...                  source_format="html")
    'ISO-8859-1'
    >>> declared_charset(b"---\\ntitle: x\\ncharset: cp1252\\n---\\n# x", source_format="md")
    'cp1252'
    """
    head = data[:_PRESCAN_BYTES]
    if source_format == "html":
        match = _HTML_META_CHARSET.search(head)
    elif source_format == "md":
        front_matter_end = re.search(rb"\n---[ \t]*\r?\n", head)
        limit = front_matter_end.end() if front_matter_end else 0
        match = _FRONT_MATTER_CHARSET.search(head[:limit])
    else:
        return None
    return match.group(1).decode("ascii") if match else None


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR (old Mac files) become LF, so line numbers mean the same everywhere."""
    if "\r" not in text:  # one scan for a character (pagespeed17: a page's text has no CR, and the
        return text  # two-character search of "\r\n" through a non-ASCII page was 3 ms)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _usable_encoding(declared: str, *, path: str) -> str:
    """Map a declared label to a Python codec; a UTF-16/32 label in ASCII bytes means UTF-8.

    The HTML standard treats `<meta charset=utf-16>` as UTF-8: a file whose declaration is
    readable as ASCII cannot be UTF-16.
    """
    try:
        info = codecs.lookup(_WHATWG_LABELS.get(declared.lower(), declared))
        # CPython marks bytes-to-bytes codecs (base64, zlib, rot13) as not text encodings.
        if not getattr(info, "_is_text_encoding", True):
            raise LookupError(declared)
        name = info.name
    except LookupError:
        raise IngestError(
            f"unknown charset {declared!r} declared; use a WHATWG/IANA name such as utf-8 or windows-1252",
            path=path,
        ) from None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return _WHATWG_SUPERSETS.get(name, name)


def _decode_strict(data: bytes, encoding: str, *, path: str, label: str | None = None) -> str:
    """Decode or raise naming the line of the first bad byte and the label the file declared:
    a file that declares none is asked to declare one, one that declares a charset its bytes
    are not in is asked to correct the declaration (a page saying UTF-8 with a Latin-1 byte).

    >>> _decode_strict(b"caf\\xe9", "utf-8", path="a.html", label="utf-8")
    Traceback (most recent call last):
    l10n.errors.IngestError: a.html:1: not valid UTF-8, the charset it declares (byte 0xe9 at line 1); correct the declaration or convert the file
    """
    try:
        return data.decode(encoding, errors="strict")
    except UnicodeDecodeError as error:
        line = _line_of_byte(data, error.start)
        bad = data[error.start]
        name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else label or encoding
        advice = (
            f"not valid {name}, the charset it declares (byte 0x{bad:02x} at line {line}); correct the declaration or "
            "convert the file"
            if label
            else f"not valid {name} (byte 0x{bad:02x} at line {line}); declare a charset or convert"
        )
        raise IngestError(advice, path=path, line=line) from None


def _line_of_byte(data: bytes, offset: int) -> int:
    """1-based line of byte `offset`, counting LF, CRLF and lone CR as one line break each."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
