"""The characters an XML or HTML page must not carry, and an XLIFF file cannot: the one rule, on shared ground
(`assemble/xml_text` places text on pages with it, `catalog/xliff20` asks it of a `<cp>` it reads)."""

from __future__ import annotations

import re

_NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    r"""Drop characters XML 1.0 §2.2 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF,
    lone surrogates) and the DEL/C1 controls HTML calls parse errors (§13.2.3.5): a stray
    control byte in a msgstr must not stop the page being written, nor reach the reader.

    >>> xml_safe("a\x0bb\tc")
    'ab\tc'
    """
    if xml_clean(text):
        return text
    return _NOT_XML_CHARACTERS.sub("", text)


def xml_clean(text: str) -> bool:
    r"""Whether `text` holds none of the characters `xml_safe` drops. Most text is printable
    (`str.isprintable`: no character of Unicode's "Other" or "Separator" categories but the
    space) and so holds none of them — every one is a control (Cc), a non-character (Cn) or a
    surrogate (Cs) — and is not searched; the rest (a no-break space CLDR puts into a value, a
    bidi isolate, a line break) is.

    >>> xml_clean("0,87\xa0%"), xml_clean("a\nb"), xml_clean("a\x85")
    (True, True, False)
    """
    return text.isprintable() or _NOT_XML_CHARACTERS.search(text) is None
