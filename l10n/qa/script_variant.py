"""The Chinese script-variant check: Simplified characters in a Traditional text, or the reverse.

It uses OpenCC's conversion tables, with the locale's script from CLDR likely subtags (zh_TW →
Hant, zh_CN → Hans). Registered by `l10n.qa.checks`, which imports it after its own checks (the
registry's order is the order of a unit's findings).
"""

from __future__ import annotations

import re
from functools import cache

from l10n.qa.registry import CheckedUnit, check

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
SHARED_BY_BOTH_SCRIPTS = "台周杰"
"""Characters OpenCC's s2t/s2tw rewrite in some words (台灣 → 臺灣, 周末 → 週末, 陳杰 → 陳傑) although
Traditional text writes them too: 台 is the common form of 臺 in Taiwan's MOE standard, 周 and 週 are
both standard, 杰 is a character of its own in names. OpenCC's own s2twp/s2hk output of the seed's
zh_CN translation must pass this check (tests/test_qa.py)."""


@cache
def _opencc(config: str):
    from l10n.mt.opencc import converter

    return converter(config)


def _variant_configs(unit: CheckedUnit) -> tuple[str, str, str] | None:
    """(to-expected-script config, reverse config, script name) for a Chinese locale, else None."""
    if unit.locale.language != "zh":
        return None
    if unit.locale.babel.script == "Hant":
        territory = unit.locale.babel.territory
        to_traditional = {"TW": "s2tw", "HK": "s2hk", "MO": "s2hk"}.get(territory or "", "s2t")
        return to_traditional, "t2s", "Simplified"
    return "t2s", "s2t", "Traditional"


@check(id="script-variant", severity="warning")
def chinese_script_variant(unit: CheckedUnit) -> str | None:
    """Chinese characters of the other script: Simplified in a Traditional (zh_TW/zh_HK) text, or Traditional in zh_CN."""
    configs = _variant_configs(unit)
    if configs is None:
        return None
    runs = _CJK_RUN.findall(unit.msgstr)
    if not runs:  # no Chinese characters: nothing to convert, no converter built (~50 ms each)
        return None
    to_expected, to_other, wrong_script = configs
    convert, back = _opencc(to_expected).convert, _opencc(to_other).convert
    wrong: dict[str, str] = {}
    for run in runs:
        converted = convert(run)
        pairs = zip(run, converted) if len(converted) == len(run) else [(run, converted)]
        for found, expected in pairs:
            if found == expected or found in SHARED_BY_BOTH_SCRIPTS:
                continue
            if back(found) == found:  # not a variant of the expected script itself (裏/裡, 爲/為)
                wrong.setdefault(found, expected)
    if not wrong:
        return None
    return f"{wrong_script}: " + ", ".join(f"{found} → {expected}" for found, expected in wrong.items())
