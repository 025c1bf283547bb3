"""Text that may go into an XML or HTML page: the one rule for characters a page must not carry.

Kept apart from the HTML writer (`html.py`, which re-exports it) so that a command that only
cleans a title or a description — `publish` framing the editions assemble built — does not
import the writers and what they bring (the tree, bidi isolates, tables).
"""

from __future__ import annotations

import re

_NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    r"""Drop characters XML 1.0 §2.2 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF,
    lone surrogates) and the DEL/C1 controls HTML calls parse errors (§13.2.3.5): a stray
    control byte in a msgstr must not stop the page being written, nor reach the reader.

    Most text is printable (`str.isprintable`: no character of Unicode's "Other" or "Separator"
    categories but the space) and holds none of them: every one is a control (Cc), a
    non-character (Cn) or a surrogate (Cs), so such text is returned as it is, unsearched.

    >>> xml_safe("a\x0bb\tc")
    'ab\tc'
    """
    if text.isprintable():
        return text
    return _NOT_XML_CHARACTERS.sub("", text)
