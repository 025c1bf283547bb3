"""One table of scripts (`l10n.writing_systems`) for ingest and QA, and CLDR's likely script
of every language (`locales.maximized`), compared over every code point and every language
the checks are used for; Unicode's own Script_Extensions (the `regex` module's) is the witness."""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex
from conftest import SCRIPT_LANGUAGES

from l10n.locales import maximized
from l10n.qa.checks import checked_scripts
from l10n.writing_systems import SCRIPT_NAMES, letter_script, scripts_of, scripts_shown

LETTERS = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isalpha()]
# Unicode's names for the table's scripts in the `regex` module (its Script_Extensions property)
UNICODE_SCRIPTS = {"Hani": ("Han",), "Kana": ("Hiragana", "Katakana")}
# What `qa.checks.SCRIPT_PREFIXES` read before this table: a letter of the language's script
# was one whose Unicode name began with one of these.
QA_PREFIXES_BEFORE = {
    **dict.fromkeys(("zh_CN", "zh_TW"), ("CJK UNIFIED",)),
    "ja": ("HIRAGANA", "KATAKANA", "CJK UNIFIED"),
    "ko": ("HANGUL",),
    **dict.fromkeys(("ru", "uk", "bg", "sr_Cyrl"), ("CYRILLIC",)),
    **dict.fromkeys(("ar", "fa"), ("ARABIC",)),
    **{"he": ("HEBREW",), "el": ("GREEK",), "hi": ("DEVANAGARI",), "th": ("THAI",)},
}


@pytest.mark.parametrize(
    ("code", "script", "scripts"),
    [
        ("en", "Latn", {"Latn"}),
        ("ja", "Jpan", {"Hani", "Kana"}),
        ("zh_TW", "Hant", {"Hani"}),
        ("sr", "Cyrl", {"Cyrl"}),
        ("pa_PK", "Arab", {"Arab"}),
        ("ko", "Kore", {"Hang", "Hani"}),
        ("sr_Latn", "Latn", {"Latn"}),
    ],
)
def test_cldr_likely_script(code: str, script: str, scripts: set[str]) -> None:
    found = maximized(code)
    assert found is not None and found[1] == script
    assert scripts_of(code) == scripts


def test_every_letter_the_table_names_is_of_that_script_by_unicode() -> None:
    named = 0
    for char in LETTERS:
        script = letter_script(char)
        if script:
            named += 1
            wanted = UNICODE_SCRIPTS.get(script, (SCRIPT_NAMES[script],))
            assert any(regex.fullmatch(rf"\p{{scx={name}}}", char) for name in wanted), (hex(ord(char)), script)
    assert named > 100_000  # Han alone is ~98,000


@pytest.mark.parametrize("code", list(QA_PREFIXES_BEFORE))
def test_qa_judges_every_letter_as_before_but_compatibility_ideographs(code: str) -> None:
    """Over every letter: the QA check's script is the one its own table gave, except the CJK
    compatibility ideographs (U+F900…, U+2F800…), Han by Unicode, which ingest always read as Han."""
    prefixes, scripts = QA_PREFIXES_BEFORE[code], checked_scripts(code)
    changed = {
        char for char in LETTERS if unicodedata.name(char, "").startswith(prefixes) != (letter_script(char) in scripts)
    }
    assert all(unicodedata.name(char).startswith("CJK COMPATIBILITY IDEOGRAPH-") for char in changed)
    assert bool(changed) == ("Hani" in scripts)


@pytest.mark.parametrize("code", SCRIPT_LANGUAGES)
def test_what_qa_asks_of_a_translation_ingest_reads_as_that_language(code: str) -> None:
    """A letter QA takes as the locale's script is never a foreign letter to ingest's refusal."""
    assert checked_scripts(code)
    assert checked_scripts(code) <= scripts_of(code)
    assert checked_scripts(code) == scripts_shown(code)


def test_latin_locales_have_no_script_check() -> None:
    assert [code for code in ("de", "fr", "es", "pt_BR", "en", "sr_Latn", "vi", "tr") if checked_scripts(code)] == []
