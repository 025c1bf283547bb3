"""The checks' verdicts on a unit, kept per process for the next unit equal to it.

A sentence recurs across a project's articles (at 1,000 articles of `bench/chain.py`, 33,878
units carry 12,789 distinct msgids), and where it recurs it is mostly translated alike (the TM
and the MT cache give one msgstr). `run_qa` checks the catalogs one locale after another, so a
recurring unit comes back to a worker while its verdicts are still held here, and the checks
(about half of `qa`'s CPU) run once for it instead of once per article.

Fails closed. Checks are pure functions of a `CheckedUnit` (`qa.registry`), and the key is the
whole unit — msgid, msgstr, msgctxt, fuzzy, the locale, the glossary terms found in the source
(term, translation, do-not-translate), the MT failure recorded for it — together with the
checks run, by identity: any other input, or another set of checks, finds nothing and runs
them. The code cannot change under a running process, and nothing is kept across processes.
Bounded (`UNITS_KEPT`, least recently used first out, and only units of at most
`UNIT_CHARS_KEPT` characters: a long one rarely recurs, and each kept unit keeps its texts
alive); only `(check, message, detail)` tuples are kept, never a `Finding` (its line and path
are the catalog's). Which checks look at a unit is `Check.__call__`'s rule, asked as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from l10n.qa.registry import Check, CheckedUnit

UNITS_KEPT = 1 << 14
"""Units whose verdicts a process keeps: more than a worker sees of one locale at 1,000 articles
(~17,000 units, far fewer distinct), so a unit recurring within a locale is still here."""
UNIT_CHARS_KEPT = 1000
"""The longest unit (msgid and msgstr, in characters) whose verdicts are kept: 2**14 of them
hold at most ~16 M characters, where a catalog's few long paragraphs would hold many times that."""

Verdicts = tuple[tuple[Check, str, str], ...]
"""(check, its message, detail) for every check the unit fails, in the checks' order."""

_held: list[tuple[tuple[Check, ...], Callable[[CheckedUnit], Verdicts]]] = []


def verdicts_for(checks: Sequence[Check]) -> Callable[[CheckedUnit], Verdicts]:
    """The unit → verdicts function for these checks, its results kept (`UNITS_KEPT`); another
    list of checks than the last one asked for starts afresh."""
    key = tuple(checks)
    if _held and _held[0][0] == key and all(a is b for a, b in zip(_held[0][0], key, strict=True)):
        return _held[0][1]
    messages = tuple((item, item.message) for item in key)  # a docstring's first line, taken once

    def checked(unit: CheckedUnit) -> Verdicts:
        found = []
        for item, message in messages:
            detail = item(unit)  # `Check.__call__`: whether the check looks at this unit, then its verdict
            if detail:
                found.append((item, message, detail))
        return tuple(found)

    kept = lru_cache(maxsize=UNITS_KEPT)(checked)

    def verdicts(unit: CheckedUnit) -> Verdicts:
        if len(unit.msgid) + len(unit.msgstr) > UNIT_CHARS_KEPT:
            return checked(unit)
        return kept(unit)

    verdicts.kept = kept  # type: ignore[attr-defined]  # its `cache_info()`, for tests
    _held[:] = [(key, verdicts)]
    return verdicts
