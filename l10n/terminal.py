r"""Outside text shown on a terminal: the characters that act instead of showing, as escapes.

Catalog text, headlines, file and domain names, model metadata and error messages that quote
them come from outside (DESIGN.md rule 12: output is escaped for where it goes). On a terminal,
a control character is an instruction: ESC and the C1 controls (CSI U+009B, OSC U+009D) start
sequences that retitle the window, move the cursor, erase lines or write to the clipboard, and a
log read with `cat` replays them; a bidi embedding, override or isolate reorders the rest of a
line on screen ("Trojan Source", CVE-2021-42574; Unicode UTS #39 and TR #9 list them). Every
command prints such text through this one rule, which shows those characters as Python-style
escapes (`\x1b`, `\x9b`, `\u202e`), the form `printable_path` has always used for names:

- `shown(text)`: text on the lines a command prints — C0 controls but tab and newline, DEL, the
  C1 controls, U+2028/U+2029 and the bidi embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069). Marks that belong to the text (LRM, RLM, ALM; ZWJ, ZWNJ, which Persian and
  Indic scripts need; CLDR's own Arabic signs hold them) stay.
- `one_line(text)`: the same, and tab and newline too, for one item on one line (a unit quoted
  in a review block, an error, a headline next to its catalog name).
- `printable_path(path)`: a file or domain name, one line, with the invisible characters too
  (zero-width, LRM/RLM/ALM, BOM): a name has no use for them and can be confused by them. A file
  the command found in its project is shown under the project's root as the user gave it
  (`show_under_root`): `--root .` (the default) shows `seeds/a.md`, `--root /srv/news` shows
  `/srv/news/seeds/a.md` (`run` named the project's files absolute whatever the root, where
  `extract seeds/` named them as given); any other path as it came.
- `terminal_json(text)`: a JSON document for stdout with the same characters as `\uXXXX`
  (`json.dumps` escapes only C0; an escaped character is the same JSON string).

Rich markup is the other way text acts instead of showing: the command line's consoles are made
with markup and emoji codes off (`cli.common`), so `[red]`, `[link=…]` and `:smile:` in a
translation print as written; the one caller that styles with markup escapes the text first.

>>> shown("Zahl 5\x1b]0;owned\x07 \u202eabc\u202c\tend")
'Zahl 5\\x1b]0;owned\\x07 \\u202eabc\\u202c\tend'
>>> one_line("two\nlines\tand\x9b31m")
'two\\nlines\\tand\\x9b31m'
>>> printable_path("seeds/a\nmsgid \"x\"/b\u202e.txt")
'seeds/a\\nmsgid "x"/b\\u202e.txt'
>>> terminal_json('["a\u202eb", "\u0645\u200c"]')
'["a\\u202eb", "\u0645\u200c"]'
"""

from __future__ import annotations

import os
import re

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but tab and newline, DEL, C1
_SEPARATORS_AND_BIDI = (
    "\u2028\u2029\u202a-\u202e\u2066-\u2069"  # line/paragraph separators; embeddings, overrides, isolates
)
_INVISIBLE = "\u061c\u200b-\u200f\u2060-\u2065\ufeff"  # ALM, zero-width, LRM/RLM, word joiner…, BOM

_IN_TEXT = re.compile(f"[{_CONTROLS}{_SEPARATORS_AND_BIDI}]")
_ON_ONE_LINE = re.compile(f"[\t\n{_CONTROLS}{_SEPARATORS_AND_BIDI}]")
_IN_NAMES = re.compile(f"[\t\n{_CONTROLS}{_SEPARATORS_AND_BIDI}{_INVISIBLE}]")


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def shown(text: str) -> str:
    """`text` as a terminal should show it: acting characters as escapes, tab and newline kept."""
    return _IN_TEXT.sub(_escape, text) if _IN_TEXT.search(text) else text


def one_line(text: str) -> str:
    """`text` shown on one line: as `shown`, with tab and newline escaped too."""
    return _ON_ONE_LINE.sub(_escape, text) if _ON_ONE_LINE.search(text) else text


def printable_path(path: object) -> str:
    r"""`path` as text with control, bidi and zero-width characters shown as escapes, so a
    hostile file name can neither break the one-line message nor reorder it on screen."""
    text = _under_root(str(path))
    return _IN_NAMES.sub(_escape, text) if _IN_NAMES.search(text) else text


def terminal_json(text: str) -> str:
    """A `json.dumps(…, ensure_ascii=False)` document with what `shown` escapes as `\\uXXXX`:
    outside strings JSON has none of these characters, inside one the escape is the same text."""
    return _IN_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _IN_TEXT.search(text) else text


_shown_roots: dict[str, str] = {}
"""A project's root (absolute, as `Project` holds it) → the root as the user gave it."""


def show_under_root(root: object, as_given: object) -> None:
    """Show the paths below `root` under `as_given`, the root as the user named it (`--root`),
    from now on in this process (`printable_path`)."""
    _shown_roots[str(root).rstrip(os.sep) or os.sep] = str(as_given)


def shown_root(root: object) -> str | None:
    """`root` as the user named it (`show_under_root`), or None."""
    return _shown_roots.get(str(root).rstrip(os.sep) or os.sep)


def _under_root(text: str) -> str:
    """An absolute `text` below a project root the user named (`show_under_root`) under that
    name; `.` drops out (`seeds/a.md`, not `./seeds/a.md`). By prefix: the paths a project
    makes are absolute and normalised already."""
    if not _shown_roots or not os.path.isabs(text):
        return text
    found = None
    for root, as_given in _shown_roots.items():  # the deepest root holding `text` names it
        prefix = root if root.endswith(os.sep) else root + os.sep
        if text.startswith(prefix) and (found is None or len(prefix) > len(found[0])):
            found = (prefix, as_given)
    if found is None:
        return text
    rest = text[len(found[0]) :]
    return rest if os.path.normpath(found[1]) == "." else os.path.join(found[1], rest)


def forget_shown_roots() -> None:
    """Forget the roots named so far (`cli.main`, at each command: one process may run many)."""
    _shown_roots.clear()
