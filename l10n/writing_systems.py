"""Which script a letter is in, and which scripts a language is written in: one table for
ingest (can an article that states no language be in the project's? `ingest.scripts`) and QA
(is a translation written in its locale's script? `qa.checks.expected_script`).

A letter's script is read from its Unicode character name (`unicodedata.name`: "CYRILLIC
SMALL LETTER A"), the classes CLDR's exemplar characters are drawn from; a language's script
from CLDR's likely subtags (UTS #35, `locales.maximized`: `en` → Latn, `zh_TW` → Hant,
`pa_PK` → Arab). Scripts are named by their ISO 15924 codes, as CLDR names them. Nothing here
guesses a language from text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# A Unicode character name's first word → the script, for the scripts a news article may be
# written in.
NAME_SCRIPTS = {
    "LATIN": "Latn",
    "FULLWIDTH": "Latn",  # FULLWIDTH LATIN …: what is not Latin (fullwidth forms) is no letter
    "ARABIC": "Arab",
    "CYRILLIC": "Cyrl",
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "TAMIL": "Taml",
    "THAI": "Thai",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
    "ETHIOPIC": "Ethi",
    "CJK": "Hani",  # unified and compatibility ideographs alike (Unicode's Scripts.txt: Han)
    "HIRAGANA": "Kana",  # one entry for both kana: Japanese is written in both
    "KATAKANA": "Kana",
    "KATAKANA-HIRAGANA": "Kana",  # the prolonged sound mark ー, a letter of both kana
    "HANGUL": "Hang",
}
SCRIPT_NAMES = {
    "Latn": "Latin",
    "Arab": "Arabic",
    "Cyrl": "Cyrillic",
    "Grek": "Greek",
    "Hebr": "Hebrew",
    "Deva": "Devanagari",
    "Beng": "Bengali",
    "Taml": "Tamil",
    "Thai": "Thai",
    "Geor": "Georgian",
    "Armn": "Armenian",
    "Ethi": "Ethiopic",
    "Hani": "Han",
    "Kana": "Japanese kana",
    "Hang": "Hangul",
}
# CLDR's script of a language → the scripts its text is written in, and of those the ones a
# text in it shows (Korean mixes in Han characters, but a Korean text without Hangul is none).
WRITTEN_IN = {"Jpan": {"Hani", "Kana"}, "Kore": {"Hang", "Hani"}, "Hans": {"Hani"}, "Hant": {"Hani"}}
SHOWN_IN = {"Kore": {"Hang"}}


def letter_script(char: str) -> str:
    """The script of the letter `char` (ISO 15924), "" when `NAME_SCRIPTS` does not name it.

    >>> [letter_script(char) for char in "aЖ字かー한ñ\uf900"]
    ['Latn', 'Cyrl', 'Hani', 'Kana', 'Kana', 'Hang', 'Latn', 'Hani']
    """
    return NAME_SCRIPTS.get(unicodedata.name(char, "").split(" ")[0], "")


@lru_cache(maxsize=256)
def scripts_of(locale: str) -> frozenset[str]:
    """The scripts `locale`'s text is written in, by CLDR's likely subtags; empty when the
    script is not one `NAME_SCRIPTS` reads (then nothing is checked).

    >>> [sorted(scripts_of(tag)) for tag in ("en", "ar", "zh_Hant", "ja", "ko", "sr", "sr_Latn", "pa_PK", "xx")]
    [['Latn'], ['Arab'], ['Hani'], ['Hani', 'Kana'], ['Hang', 'Hani'], ['Cyrl'], ['Latn'], ['Arab'], []]
    """
    return (
        frozenset(WRITTEN_IN.get(script, {script}) & set(SCRIPT_NAMES)) if (script := _script(locale)) else frozenset()
    )


@lru_cache(maxsize=256)
def scripts_shown(locale: str) -> frozenset[str]:
    """The scripts a text in `locale` has at least one letter of (`scripts_of`, but Korean's
    Hangul alone).

    >>> [sorted(scripts_shown(tag)) for tag in ("ko", "ja", "zh_CN", "ru")]
    [['Hang'], ['Hani', 'Kana'], ['Hani'], ['Cyrl']]
    """
    shown = SHOWN_IN.get(_script(locale))
    return frozenset(shown) if shown is not None else scripts_of(locale)


def _script(locale: str) -> str:
    """CLDR's likely script of `locale` ("" for a code CLDR does not know)."""
    from l10n.locales import maximized

    found = maximized(locale)
    return found[1] if found is not None else ""


@lru_cache(maxsize=256)
def scripts_written(locale: str) -> frozenset[str]:
    """The scripts a text in `locale` may be written in: `scripts_of` its code and, when the code
    names no script, of every CLDR locale of its language that does (Serbian in Cyrillic and
    Latin; Punjabi in Gurmukhi and Arabic). What a stated language is checked against (an `sr`
    page in Latin letters states no wrong language), where a default is checked by `scripts_of`.

    >>> [sorted(scripts_written(tag)) for tag in ("en", "sr", "sr_Latn", "zh_Hant", "ja", "uz", "xx")]
    [['Latn'], ['Cyrl', 'Latn'], ['Latn'], ['Hani'], ['Hani', 'Kana'], ['Arab', 'Cyrl', 'Latn'], []]
    """
    from babel.core import parse_locale
    from babel.localedata import locale_identifiers

    try:
        language, _, script, *_ = parse_locale(locale)
    except ValueError:
        return frozenset()
    if script:
        return scripts_of(locale)
    scripted = {code for code in locale_identifiers() if code.startswith(language + "_") and code.count("_") == 1}
    return scripts_of(locale).union(*(scripts_of(code) for code in scripted if len(code) - len(language) == 5))
