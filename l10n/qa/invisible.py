"""The QA checks for what readers cannot see: bidi controls, direction markup, invisible characters.

A translation can display one thing and say another. The Unicode Bidirectional Algorithm's
embeddings, overrides and isolates (UAX #9, §2.1–2.2) reorder how a line is shown (CVE-2021-42574,
"Trojan Source"), and so does markup that sets direction (HTML's `bdo` element and `dir`
attribute, or the same characters as references); both are errors the publish gate holds.
Zero-width characters and control codes (Unicode general category Cc) split or hide words
without showing: a warning naming where and which, in the source as well as the translation.
The set of bidi controls is ingest's (`l10n.ingest.BIDI_CONTROLS`), which refuses them in code;
the checks live apart from `checks` because they judge characters, not what a sentence says.
"""

from __future__ import annotations

import re
from collections import Counter

from l10n.ingest import BIDI_CONTROLS  # UAX #9 embeddings, overrides, isolates: one set, ingest's
from l10n.qa.registry import CheckedUnit, check

ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u180e\u00ad")
"""Zero-width space, word joiner, BOM as a character, Mongolian vowel separator, soft hyphen: they
split or hide words without showing. ZWJ/ZWNJ (U+200D/U+200C) and LRM/RLM/ALM are not here: Indic,
Persian and Arabic text and emoji sequences need them."""
_CONTROL_RANGES = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_INVISIBLE = re.compile("[" + "".join(sorted(BIDI_CONTROLS | ZERO_WIDTH)) + _CONTROL_RANGES + "]")


def _invisible(text: str) -> list[str]:
    return [f"U+{ord(char):04X}" for char in sorted(set(_INVISIBLE.findall(text)))]


@check(id="bidi-control", severity="error", reads_locale=False)
def no_bidi_controls(unit: CheckedUnit) -> str | None:
    """Bidi override/embedding/isolate characters in the translation can reorder what readers see: remove them."""
    found = sorted({f"U+{ord(char):04X}" for char in _BIDI.findall(unit.msgstr)})
    return " ".join(found) or None


_DIRECTION_MARKUP = re.compile(
    r"<bdo\b[^>]*>"  # <bdo>: an override whatever its attributes (a tag opens right after "<")
    r"|<[a-z][a-z0-9-]*\s[^>]*?\bdir\s*=[^>]*>"  # dir= on any element
    r"|&#(?:x0*(?:202[a-e]|206[6-9])|0*(?:823[4-8]|829[4-7]));?",  # U+202A–E, U+2066–9 as references
    re.IGNORECASE,
)


@check(id="bidi-markup", severity="error", reads_locale=False)
def no_direction_markup(unit: CheckedUnit) -> str | None:
    """Markup that sets text direction (<bdo>, dir=…, &#x202E;…) the source does not have: it can reorder what readers see."""
    if "<" not in unit.msgstr and "&" not in unit.msgstr:  # most units: no markup at all
        return None
    source = Counter(_direction_markup(unit.msgid))
    added = Counter(_direction_markup(unit.msgstr)) - source
    return " ".join(dict.fromkeys(added.elements())) or None


def _direction_markup(text: str) -> list[str]:
    """The direction-setting tags and references of `text`, lower-cased, spaces collapsed."""
    return [" ".join(found.lower().split()) for found in _DIRECTION_MARKUP.findall(text)]


@check(id="invisible-characters", severity="warning", applies_to_empty=True, reads_locale=False)
def no_invisible_characters(unit: CheckedUnit) -> str | None:
    """Invisible characters (bidi controls, zero-width, control codes) in the source or translation: check what readers cannot see."""
    parts = [
        f"{where}: {' '.join(found)}"
        for where, found in (("source", _invisible(unit.msgid)), ("translation", _invisible(unit.msgstr)))
        if found
    ]
    return "; ".join(parts) or None
