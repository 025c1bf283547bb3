"""PO/POT file text for a `polib.POFile`, byte-identical to polib's own `str(catalog)`, faster.

Why: writing catalogs is most of what `extract` and `update` do per article, and polib renders
each field through `textwrap.wrap` (a new `TextWrapper` per field, whitespace munging, a Python
loop per chunk) even when the line fits. Here the common entry (comments, references, flags,
msgctxt, msgid, msgstr) is written directly: a field that fits on its line is one line, a
longer one is cut by the same greedy rule at the same break points (`textwrap.TextWrapper`'s
own `wordsep_re`), and escaping is polib's `escape` (gettext manual, "The Format of PO Files").
Anything rarer — obsolete entries, `#|` previous fields, plurals, comment or reference lines
that need wrapping — is handed to polib's own entry rendering, so the output is always polib's.
`tests/test_catalog_po_render.py` holds the equivalence to polib (real catalogs + hypothesis).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from l10n.catalog.pofile import WRAP_WIDTH  # a catalog of another width goes to polib entirely

if TYPE_CHECKING:
    import polib

FIELD_CACHE_SIZE = 2048  # rendered msgctxt/msgid/msgstr fields per process; under a MB
_ESCAPED = re.compile(r'[\\\t\r\n\v\b\f"]')  # what polib's `escape` rewrites (`\b` is backspace here)


def render_po(catalog: polib.POFile) -> str:
    """`str(catalog)`, as polib 1.2 writes it (header comment, header entry, entries, obsolete).

    >>> import polib
    >>> catalog = polib.POFile()
    >>> catalog.metadata = {"Language": "de"}
    >>> catalog.append(polib.POEntry(msgid="Hello", msgstr="Hallo", occurrences=[("a.txt", "3")]))
    >>> render_po(catalog) == str(catalog)
    True
    """
    if catalog.wrapwidth != WRAP_WIDTH:
        return str(catalog)
    parts = [_header_comment(catalog.header)]
    entries = [catalog.metadata_as_entry(), *(entry for entry in catalog if not entry.obsolete)]
    body = [_render_entry(entry) for entry in entries]
    body.extend(str(entry) for entry in catalog.obsolete_entries())
    parts.append("\n".join(body))
    return "".join(parts)


def _header_comment(header: str) -> str:
    lines = []
    for line in header.split("\n"):
        if not line:
            lines.append("#\n")
        elif line[:1] in (",", ":"):
            lines.append(f"#{line}\n")
        else:
            lines.append(f"# {line}\n")
    return "".join(lines)


def _render_entry(entry: polib.POEntry) -> str:
    """One active entry; polib's `str(entry)` whenever it would wrap a comment or reference line."""
    if (
        entry.previous_msgctxt is not None
        or entry.previous_msgid is not None
        or entry.previous_msgid_plural is not None
        or entry.msgid_plural
        or entry.msgstr_plural
    ):
        return str(entry)
    text = entry_text(
        msgctxt=entry.msgctxt,
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        tcomment=entry.tcomment,
        comment=entry.comment,
        occurrences=entry.occurrences,
        flags=entry.flags,
    )
    return str(entry) if text is None else text


def entry_text(
    *,
    msgctxt: str | None,
    msgid: str,
    msgstr: str,
    tcomment: str,
    comment: str,
    occurrences: Sequence[tuple[str, str]],
    flags: Sequence[str],
) -> str | None:
    """An entry without previous or plural fields, from its fields; None where polib must render
    it (a comment or reference line that needs wrapping)."""
    lines: list[str] = []
    for text, prefix in ((tcomment, "# "), (comment, "#. ")):
        if text:
            for line in text.split("\n"):
                if len(line) + len(prefix) > WRAP_WIDTH:
                    return None
                lines.append(prefix + line)
    if occurrences:
        references = " ".join(f"{path}:{line}" if line else path for path, line in occurrences)
        if len(references) + 3 > WRAP_WIDTH:
            return None
        lines.append("#: " + references)
    if flags:
        lines.append("#, " + ", ".join(flags))
    if msgctxt is not None:
        lines.append(_field("msgctxt", msgctxt))
    lines.append(_field("msgid", msgid))
    lines.append(_field("msgstr", msgstr))
    lines.append("")
    return "\n".join(lines)


def _field(name: str, text: str) -> str:
    """`name "text"`, or `name ""` and continuation lines: polib's `_str_field` for one field.

    One-line texts go through a cache: a corpus repeats the same msgids (credits, boilerplate,
    the same sentence in the template and in every locale's catalog made from it), and wrapping
    is the costly part. Multi-line ones (the header, with its dates) would only crowd it.
    """
    return _field_text(name, text) if "\n" in text else _cached_field(name, text)


def _field_text(name: str, text: str) -> str:
    from polib import escape

    pieces = text.splitlines(True)
    if len(pieces) > 1:
        return "\n".join([f'{name} ""', *(f'"{escape(piece)}"' for piece in pieces)])
    escaped = escape(text) if _ESCAPED.search(text) else text  # most text has nothing to escape
    special = len(escaped) - len(text)  # each special character became two
    if len(text) > WRAP_WIDTH - (len(name) + 3) + special:
        return "\n".join([f'{name} ""', *(f'"{piece}"' for piece in wrap_escaped(escaped, WRAP_WIDTH - 2))])
    return f'{name} "{escaped}"'


_cached_field = functools.lru_cache(maxsize=FIELD_CACHE_SIZE)(_field_text)


def wrap_escaped(text: str, width: int) -> list[str]:
    """Greedy lines of at most `width` (a longer word alone), cut where `textwrap` would cut.

    The same result as `textwrap.wrap(text, width, drop_whitespace=False,
    break_long_words=False)` for escaped PO text (no tabs or raw newlines left), which is the
    call polib makes. Cuts never fall inside an escape sequence (`\\"`), so the pieces need no
    unescape/escape round trip.

    >>> wrap_escaped("one two-thirds of three", 12)
    ['one two-', 'thirds of ', 'three']
    """
    import textwrap
    from bisect import bisect_right
    from itertools import accumulate

    # without a hyphen, textwrap's words are exactly the runs between whitespace
    words = textwrap.TextWrapper.wordsep_re if "-" in text else textwrap.TextWrapper.wordsep_simple_re
    ends = [0, *accumulate(map(len, words.split(text)))]
    lines: list[str] = []
    start = 0
    while start < len(text):
        end = ends[bisect_right(ends, start + width) - 1]  # as many whole chunks as fit
        if end <= start:  # not even one: the next chunk alone
            end = ends[bisect_right(ends, start)]
        lines.append(text[start:end])
        start = end
    return lines
