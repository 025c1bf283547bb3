"""The `Plural-Forms` header of a locale's catalog: what gettext's `msginit` writes for it.

The header is read by gettext's runtime (`ngettext`) and by every tool in the gettext chain, so
its authority is gettext's own answer, which `msginit` computes in two steps (gettext manual,
"Plural forms"; the Godot project reached the same rule for its defaults):

1. gettext's table of formulas for the languages its manual documents — kept here as
   `GETTEXT_TABLE`, entry by entry what `msginit` 0.21 writes;
2. for any other language, the CLDR plural rules (`plurals.xml`) turned into a C expression by
   gettext's `cldr-plurals` — kept here for the languages we ship by default (`CLDR_DERIVED`).

Any language in neither gets Babel's own CLDR conversion (`babel.messages.plurals`): the same
categories in the same order, spaced differently. Where gettext's table and newer CLDR differ
(French, Spanish, Italian, Portuguese gained a "many" form for exact millions in CLDR 38),
gettext's table wins, as it does in msginit, Weblate and Poedit: a translator's tools expect two
forms there, and a catalog whose form count changes under existing plural translations breaks.
`tests/test_catalog_plurals.py` runs the real msginit (with real CLDR data) for every entry.
"""

from __future__ import annotations

import functools

_ONE = "nplurals=1; plural=0;"
_NOT_ONE = "nplurals=2; plural=(n != 1);"
_ABOVE_ONE = "nplurals=2; plural=(n > 1);"
_EAST_SLAVIC = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
_CZECH = "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"

GETTEXT_TABLE: dict[str, str] = {
    **dict.fromkeys(("ja", "vi", "ko"), _ONE),
    **dict.fromkeys(
        (
            "en",
            "de",
            "nl",
            "sv",
            "da",
            "no",
            "nb",
            "nn",
            "fo",
            "es",
            "pt",
            "it",
            "bg",
            "el",
            "fi",
            "et",
            "he",
            "eo",
            "hu",
            "tr",
            "ca",
        ),
        _NOT_ONE,
    ),
    **dict.fromkeys(("pt_BR", "fr"), _ABOVE_ONE),
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "ga": "nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;",
    "ro": "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;",
    "lt": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);",
    **dict.fromkeys(("ru", "uk", "be", "sr", "hr"), _EAST_SLAVIC),
    **dict.fromkeys(("cs", "sk"), _CZECH),
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
}

CLDR_DERIVED: dict[str, str] = {
    "zh": _ONE,
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 && n%100<=99 ? 4 : 5);",
}


@functools.lru_cache(maxsize=256)
def plural_forms(locale_code: str) -> str:
    """The `Plural-Forms` value for a gettext locale code (`pt_BR`, `ar`), as msginit writes it:
    the full code first, then its language, in gettext's table, then CLDR.

    >>> plural_forms("zh_CN"), plural_forms("fr"), plural_forms("pt_PT")
    ('nplurals=1; plural=0;', 'nplurals=2; plural=(n > 1);', 'nplurals=2; plural=(n != 1);')
    >>> plural_forms("cy")  # not in gettext's table: Babel's conversion of CLDR
    'nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n == 3 ? 3 : n == 6 ? 4 : 5);'
    """
    from l10n.locales import language_of  # (babel only where a plural rule is asked for)

    language = language_of(locale_code)
    for table in (GETTEXT_TABLE, CLDR_DERIVED):
        for key in (locale_code, language):
            if key in table:
                return table[key]
    from babel.messages.plurals import get_plural

    return get_plural(locale_code).plural_forms


def plural_count(header_value: str | None) -> int | None:
    """`nplurals` of a `Plural-Forms` value, or None when it has none.

    >>> plural_count("nplurals=3; plural=(n != 1);"), plural_count("junk")
    (3, None)
    """
    import re

    found = re.search(r"nplurals\s*=\s*(\d+)", header_value or "")
    return int(found.group(1)) if found else None
