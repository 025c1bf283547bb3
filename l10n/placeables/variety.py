"""Which English an article is written in, from its spelling: what "tons" means there.

A "ton" is 2,000 pounds (907 kg) in American usage (AP Stylebook: "ton", "metric ton") and a
metric tonne (1,000 kg) nearly everywhere else that English news is written, and in the wire
copy of Europe and Asia. The detector needs to know which, so this module reads the variety from
spelling cues the two standards differ on (Oxford/Cambridge vs Merriam-Webster: -ise/-isation,
-our, -re, "programme", "per cent", "tonne"). A document's own declared variety wins over this
guess (`segment_document`).
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from l10n.model import Document, NumberRange, PlaceableValue, Quantity
from l10n.placeables.names import name_spans
from l10n.placeables.patterns import ENGLISH_NUMBERS, NumberSymbols

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


@functools.cache
def source_number_symbols(locale: str) -> NumberSymbols:
    """The thousands separator and decimal mark the source locale (a gettext or BCP 47 code)
    writes, from CLDR; English's for an unknown code.

    >>> [source_number_symbols(code).style for code in ("en", "es_ES", "fr", "sv-SE", "xx")]
    [(',', '.', True), ('.', ',', True), ('\u202f', ',', True), ('\xa0', ',', True), (',', '.', True)]
    """
    if locale == "en":  # CLDR's `en` (test_edit16_startup): its data is not loaded for what is known
        return ENGLISH_NUMBERS
    from babel import Locale, UnknownLocaleError  # on demand: most commands never segment

    try:
        symbols = Locale.parse(locale.replace("-", "_")).number_symbols["latn"]
    except (ValueError, TypeError, UnknownLocaleError):
        return ENGLISH_NUMBERS
    group, decimal = symbols.get("group", ","), symbols.get("decimal", ".")
    return NumberSymbols(group, decimal) if group and decimal and group != decimal else ENGLISH_NUMBERS


@functools.cache
def day_month_names(language: str) -> frozenset[str]:
    """The month names of `language` (CLDR's, through Babel: wide and abbreviated, format and
    stand-alone forms) when its dates write the day as a number with a dot before the month
    ("24. Januar", "3. marts", "19. helmikuuta": a `d.` before the month in CLDR's full, long
    or medium date pattern); none for any other language.

    >>> sorted(day_month_names("de"))[:3], day_month_names("en")
    (['Apr', 'Apr.', 'April'], frozenset())
    """
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return frozenset()
    patterns = [locale.date_formats[size].pattern for size in ("full", "long", "medium")]
    if not any(re.search(r"(?<!d)d\.\s*(?:'[^']*'\s*)?M", pattern) for pattern in patterns):
        return frozenset()
    return frozenset(
        name
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for name in get_month_names(width, context, locale).values()
    )


_DOTTED_DAY_MONTH = re.compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d)")
"""A day and month as a language that writes "24. Januar" writes them in figures: "13.03.", "03.04."."""
_ENGLISH_ONLY = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])"  # "1,250,000"
    r"|(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])"  # "1,250.5"
    r"|(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d,]|\.[\d),]|\.\s+[a-zäöü]|\s?[-–]\s?\d|\s?(?:Uhr|uur|h|hs|horas|hrs|WIB|[ap]\.?m)\b)"  # "12.6"
)
"""Numbers only English symbols can read; "10.15 Uhr" or "10.00-10.30" is a clock time there,
"(15.12.)" or "am 15.12. in" a German date."""
_LOCALE_ONLY = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])"  # "1.250.000"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])"  # "1.250,5"
    r"|(?<![\d.,])\d+,\d{1,2}(?![\d,])"  # "18,4"
)
"""Numbers only a comma-decimal locale's symbols can read."""


def article_number_symbols(locale: str, text: str) -> NumberSymbols:
    """The number symbols an article in `locale` writes, as its numbers prove them. Spanish in
    Miami, Mexico or Santo Domingo writes "$150,000" and "3.2 por ciento" though CLDR's `es` writes
    "150.000" and "3,2" (the realworld corpus: El Nuevo Herald, Diario Libre), and a page declares
    only "es". English symbols where only numbers English symbols can read occur ("1,250,000",
    "3.2"), the locale's where only numbers the locale's can read occur ("1.250.000", "3,2"); else
    the style is not proven (`NumberSymbols.proven`): "250,000" or "81.000" stays text as written.
    A name's or a version's number ("Industrie 4.0", "glibc 2.17") is no evidence (`names`). An
    English article's numbers are English.

    >>> article_number_symbols("es", "Costó $150,000, un 3.2 por ciento más.").style
    (',', '.', True)
    >>> article_number_symbols("es", "81.000").style, article_number_symbols("de", "Industrie 4.0").style
    (('.', ',', False), ('.', ',', False))

    A day and month in figures with their dots ("13.03./2.", grossefragen.wordpress.com's dates)
    is no English decimal in a language that writes its days so (`day_month_names`).

    >>> article_number_symbols("de", "13.03./2. 20.03./2. 03.04./2.").style
    ('.', ',', False)
    """
    symbols = source_number_symbols(locale)
    if symbols == ENGLISH_NUMBERS:
        return symbols
    numbers = _without_names(text)
    if day_month_names(locale):  # "13.03./2." in a German list of dates: a day, no English decimal
        numbers = _DOTTED_DAY_MONTH.sub(lambda match: " " * len(match.group()), numbers)
    english = sum(1 for _ in _ENGLISH_ONLY.finditer(numbers))
    own = sum(1 for _ in _LOCALE_ONLY.finditer(numbers))
    if english and not own:
        return ENGLISH_NUMBERS
    if own and not english:
        return symbols
    return (ENGLISH_NUMBERS if english > own else symbols)._replace(proven=False)


def _without_names(text: str) -> str:
    """`text` with the numbers of its names and versions blanked (`names.name_spans`), line by line."""
    lines = []
    for line in text.split("\n"):
        if any(char.isdigit() for char in line):
            for _, number_start, number_end in name_spans(line):
                line = line[:number_start] + " " * (number_end - number_start) + line[number_end:]
        lines.append(line)
    return "\n".join(lines)


def document_number_symbols(doc: Document) -> NumberSymbols:
    """The thousands separator and decimal mark of the article's source locale (its region first),
    unless its numbers are written the English way (`variety.article_number_symbols`); and its
    language's scale words (`scale_words`), however it writes its numbers."""
    locale = doc.source_variant or doc.source_locale
    symbols = article_number_symbols(locale, "\n".join(block.text for block in doc.blocks))
    scales = scale_words(doc.source_locale or "en")
    return symbols._replace(scales=scales) if scales else symbols


@functools.cache
def scale_words(language: str) -> tuple[tuple[str, int], ...]:
    """`language`'s words for a thousand, a million, a billion … after an amount, each with its power of ten:
    CLDR's long compact decimal patterns (every plural form), through Babel. None for English, whose words
    the detector knows (`vocabulary.SCALE_WORDS`), nor for a language whose patterns write no word.

    >>> dict(scale_words("es"))["millones"], dict(scale_words("es"))["mil millones"], dict(scale_words("es"))["billón"]
    (6, 9, 12)
    >>> dict(scale_words("de"))["Millionen"], scale_words("en")
    (6, ())
    """
    if re.split(r"[-_]", language, maxsplit=1)[0] == "en":  # CLDR's `en` not loaded for it (test_edit16_startup)
        return ()
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return ()
    found: dict[str, int] = {}
    formats = locale.compact_decimal_formats.get("long") or {}
    for plural in formats:
        for magnitude, pattern in formats[plural].items():
            text = str(getattr(pattern, "pattern", pattern)).replace("'", "")
            zeros = text.count("0")
            word = text.replace("0", "").strip(" \u00a0")
            if word and zeros and text.startswith("0") and any(char.isalpha() for char in word):
                found.setdefault(word, len(magnitude) - 1 - (zeros - 1))
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def in_variety(value: PlaceableValue | None, english_variety: EnglishVariety | None) -> PlaceableValue | None:
    """ "tons" read as short tons (`mass-ton`) are tonnes outside American English."""
    if english_variety == "en-US":
        return value
    if isinstance(value, Quantity) and value.unit == "mass-ton":
        return Quantity(value.value, "mass-tonne")
    if isinstance(value, NumberRange) and value.unit == "mass-ton":
        return NumberRange(value.start, value.end, value.is_years, "mass-tonne", value.currency)
    return value
