"""Which English an article is written in, from its spelling: what "tons" means there.

A "ton" is 2,000 pounds (907 kg) in American usage (AP Stylebook: "ton", "metric ton") and a
metric tonne (1,000 kg) nearly everywhere else that English news is written, and in the wire
copy of Europe and Asia. The detector needs to know which, so this module reads the variety from
spelling cues the two standards differ on (Oxford/Cambridge vs Merriam-Webster: -ise/-isation,
-our, -re, "programme", "per cent", "tonne"). A document's own declared variety wins over this
guess (`segment_document`).
"""

from __future__ import annotations

import re
from typing import Literal

from l10n.model import NumberRange, PlaceableValue, Quantity

EnglishVariety = Literal["en-GB", "en-US"]

_BRITISH = re.compile(
    r"\b(?:\w+is(?:e|es|ed|ing|ation|ations)|\w+ys(?:e|ed|ing)|colour\w*|favour\w*|labour\w*|honour\w*|"
    r"neighbour\w*|behaviour\w*|harbour\w*|centres?|metres?|kilometres?|litres?|theatres?|tonnes?|"
    r"programmes?|defence|offence|licence|per cent|storeys?|tyres?|aluminium|travell(?:ed|ing|er)|"
    r"cancell(?:ed|ing)|jewellery|grey|whilst|catalogue)\b"
)
_AMERICAN = re.compile(
    r"\b(?:\w+iz(?:e|es|ed|ing|ation|ations)|\w+yz(?:e|ed|ing)|color\w*|favor\w*|labor\w*|honor\w*|"
    r"neighbor\w*|behavior\w*|harbor\w*|centers?|meters?|kilometers?|liters?|theaters?|"
    r"defense|offense|percent|tires?|aluminum|travel(?:ed|ing|er)|cancel(?:ed|ing)|jewelry|gray|catalog)\b"
)
_NOT_CUES = frozenset({"size", "sized", "sizes", "seize", "seized", "prize", "prizes", "citizen", "citizens",
                       "rise", "rises", "raised", "praise", "wise", "otherwise", "likewise", "promise", "promised",
                       "noise", "poise", "cruise", "bruise", "arise", "arising", "raising", "rising", "exercise",
                       "advertise", "advertising", "advise", "advised", "comprise", "compromise", "surprise",
                       "surprised", "enterprise", "expertise", "franchise", "merchandise", "premise", "revise",
                       "revised", "supervise", "supervised", "televise", "televised", "disguise", "devise",
                       "precise", "concise", "paradise", "despise", "chastise", "demise", "improvise", "wisest",
                       "meter", "meters", "parameters", "diameter", "diameters"})  # fmt: skip


def spelling_cues(text: str) -> tuple[int, int]:
    """(British, American) spelling cues found in `text`.

    >>> spelling_cues("The organisation's programme cost 5 per cent more.")
    (3, 0)
    """
    british = sum(1 for match in _BRITISH.finditer(text) if match.group(0).lower() not in _NOT_CUES)
    american = sum(1 for match in _AMERICAN.finditer(text) if match.group(0).lower() not in _NOT_CUES)
    return british, american


def english_variety(text: str) -> EnglishVariety | None:
    """en-US or en-GB when one spelling clearly wins (two cues or more ahead), else None.

    >>> english_variety("The organization's program cost 5 percent more than the center's.")
    'en-US'
    >>> english_variety("A 360-tonne load.") is None
    True
    """
    british, american = spelling_cues(text)
    if american >= british + 2:
        return "en-US"
    if british >= american + 2:
        return "en-GB"
    return None


SPACE_GROUP_SYMBOLS = frozenset(" \u00a0\u202f\u2009")


def groups_with_space(locale: str) -> bool:
    """Whether the source locale (a gettext or BCP 47 code: "fr", "en_ZA", "sv-SE") writes its
    thousands separator as a space, so "3 700" there is one number (CLDR's group symbol).

    >>> [groups_with_space(code) for code in ("fr", "en_ZA", "sv-SE", "en", "en_US", "de", "", "xx")]
    [True, True, True, False, False, False, False, False]
    """
    from babel import Locale, UnknownLocaleError  # on demand: most commands never segment

    try:
        symbols = Locale.parse(locale.replace("-", "_")).number_symbols["latn"]
    except (ValueError, TypeError, UnknownLocaleError):
        return False
    return symbols.get("group") in SPACE_GROUP_SYMBOLS


def in_variety(value: PlaceableValue | None, english_variety: EnglishVariety | None) -> PlaceableValue | None:
    """ "tons" read as short tons (`mass-ton`) are tonnes outside American English."""
    if english_variety == "en-US":
        return value
    if isinstance(value, Quantity) and value.unit == "mass-ton":
        return Quantity(value.value, "mass-tonne")
    if isinstance(value, NumberRange) and value.unit == "mass-ton":
        return NumberRange(value.start, value.end, value.is_years, "mass-tonne", value.currency)
    return value
