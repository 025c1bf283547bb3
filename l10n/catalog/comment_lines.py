"""Translator-comment lines (`# ` in a PO, gettext manual: free text owned by translators and
their tools) as this project reads them: which line is a machine's provenance (`mt:`/`tm:`, with
what a writer wrapped off it and its `hash=`/`src=` marks), a review's (`reviewed-from:`,
`reviewed-as:`), or a person's note. The one grammar `l10n.catalog.translations` (who wrote a
msgstr) and every import (`imported_lines`) read them by.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polib

    from l10n.model import TranslationOrigin

MACHINE_ORIGINS: tuple[TranslationOrigin, ...] = ("mt", "tm")
REVIEWED_PREFIX = "reviewed-from: "
MARK = re.compile(r"(?:^|\s)(hash|src)=([0-9a-f]{8})(?=\s|$)")  # a line's `hash=`, `src=`


def text_hash(*parts: str) -> str:
    """8 hex digits of BLAKE2b over `parts`: the fingerprint a provenance line records.

    >>> text_hash("Hola")
    '2bcfe047'
    """
    return hashlib.blake2b("\x00".join(parts).encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def translator_lines(entry: polib.POEntry) -> list[str]:
    return entry.tcomment.splitlines() if entry.tcomment else []


_LABELLED_LINE = re.compile(r"^[\w-]+:")


def continuation(lines: list[str]) -> list[str]:
    """Lines polib wrapped off a long provenance line (it wraps `#` comments at the PO width):
    everything up to a blank line or the next `label:` line."""
    taken = []
    for line in lines:
        if not line or _LABELLED_LINE.match(line):
            break
        taken.append(line)
    return taken


def is_machine_line(line: str) -> bool:
    return any(line.strip().startswith(origin + ":") for origin in MACHINE_ORIGINS)


def without_machine_lines(lines: list[str]) -> list[str]:
    """Translator lines with every machine line gone, and the part of it a writer wrapped onto
    the lines after it (polib and Poedit wrap comments at 79 columns): up to the last of them
    holding its `hash=`/`src=`. Anything else after it — a person's note — is kept."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        if not is_machine_line(lines[index]):
            kept.append(lines[index])
            index += 1
            continue
        following = continuation([line.strip() for line in lines[index + 1 :]])
        marked = [n for n, line in enumerate(following, 1) if MARK.search(line)]
        index += 1 + (marked[-1] if marked else 0)
    return kept


def unmachine_lines(lines: list[str]) -> list[str]:
    """Translator-comment lines once a person accepted the text: `mt: x` → `reviewed-from: mt: x`.

    >>> unmachine_lines(["mt: argos 1.9", "ask Anna"])
    ['reviewed-from: mt: argos 1.9', 'ask Anna']
    """
    return [REVIEWED_PREFIX + line.strip() if is_machine_line(line) else line for line in lines]


HELD_PREFIX = "reviewed-as: "
"""The line a reviewed unit gets when its source changes (`held_review_lines`): the hash of the
msgctxt and msgid it was reviewed for with the msgstr the person reviewed."""


def is_held_line(line: str) -> bool:
    return line.strip().startswith(HELD_PREFIX)


def imported_lines(entry: polib.POEntry, notes: list[str], *, as_exported: bool = False) -> list[str]:
    """Translator lines from a file (XLIFF notes, one line per PO line) that cannot speak for a
    machine or a merge: a file's note is text a translator edits in a CAT tool's comment box.

    - a `reviewed-as:` line the entry does not already hold is dropped: that line raises a unit
      back to reviewed (`restore_review`), and only a merge of a reviewed unit writes it;
    - an `mt:`/`tm:` line, with the lines a writer wrapped off it, that is not one the entry
      already holds word for word becomes `reviewed-from: …` (`unmachine_lines`): its `hash=`
      would make the file's text machine output, which `translate --overwrite-fuzzy` replaces.
      Only `stamped`, as a machine writes the unit, makes a machine line — or its export:
      `as_exported`, the unit's target, state and notes exactly as `xliff export` wrote them
      (its export base vouches), refills an entry emptied since with the machine's text as such.

    >>> import polib
    >>> imported_lines(polib.POEntry(msgid="Hi"), ["ask Ana", "mt: apertium hash=2bcfe047"])
    ['ask Ana', 'reviewed-from: mt: apertium hash=2bcfe047']
    """
    own = translator_lines(entry)
    held = {line.strip() for line in own if is_held_line(line)}
    machine = set(_machine_blocks(own).values())
    lines = [line for note in notes for line in (note.splitlines() or [""])]
    kept = [line for line in lines if not is_held_line(line) or line.strip() in held]
    for start, block in _machine_blocks(kept).items():
        if block not in machine and not as_exported:
            kept[start] = REVIEWED_PREFIX + kept[start].strip()
    return kept


def _machine_blocks(lines: list[str]) -> dict[int, tuple[str, ...]]:
    """Each machine line of `lines` by its index, with the continuation lines a writer wrapped
    off it (`continuation`), stripped: what reads as one provenance."""
    stripped = [line.strip() for line in lines]
    return {
        index: (line, *continuation(stripped[index + 1 :]))
        for index, line in enumerate(stripped)
        if is_machine_line(line)
    }
