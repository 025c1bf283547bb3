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

The checks that do not read the locale (`Check.reads_locale` False: placeholders, numbers,
whitespace, invisible characters, addresses …) are kept apart too, keyed on the unit with its
locale replaced by `ANY_LOCALE`: a pseudo-translation gives six locales the same msgstr, and a
source kept as it is recurs in every locale, so those verdicts are found once for all of them
(about half the checks' CPU). `ANY_LOCALE` refuses to be read, so a check registered so that
reads the locale fails where it runs instead of giving one locale's verdict to another.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Any, cast

from l10n.locales import TargetLocale
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


class _AnyLocale:
    """The locale of a unit as the checks that do not read it see it: any read is a bug there —
    an attribute, a comparison, its text or truth. Its hash stays (the memo's key holds it; so a
    look-up in a set or dict by the locale itself finds nothing rather than failing), and two
    keys compare their `ANY_LOCALE` by identity, which asks nothing of it."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        raise _read(name)

    def __eq__(self, other: object) -> bool:
        raise _read("==")

    def __ne__(self, other: object) -> bool:
        raise _read("!=")

    def __lt__(self, other: object) -> bool:
        raise _read("<")

    def __str__(self) -> str:
        raise _read("str")

    def __format__(self, spec: str) -> str:
        raise _read("format")

    def __bool__(self) -> bool:
        raise _read("bool")

    def __iter__(self) -> Any:
        raise _read("iter")

    def __contains__(self, item: object) -> bool:
        raise _read("in")

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "ANY_LOCALE"


def _read(what: str) -> AttributeError:
    return AttributeError(f"a check registered with reads_locale=False read the unit's locale ({what})")


ANY_LOCALE = cast(TargetLocale, _AnyLocale())


def verdicts_for(checks: Sequence[Check]) -> Callable[[CheckedUnit], Verdicts]:
    """The unit → verdicts function for these checks, its results kept (`UNITS_KEPT`); another
    list of checks than the last one asked for starts afresh."""
    key = tuple(checks)
    if _held and _held[0][0] == key and all(a is b for a, b in zip(_held[0][0], key, strict=True)):
        return _held[0][1]
    messages = [(number, item, item.message) for number, item in enumerate(key)]  # a docstring's first line, once
    any_locale = tuple(entry for entry in messages if not entry[1].reads_locale)
    own_locale = tuple(entry for entry in messages if entry[1].reads_locale)

    def judged(
        unit: CheckedUnit, checks: tuple[tuple[int, Check, str], ...]
    ) -> tuple[tuple[int, Check, str, str], ...]:
        found = []
        for number, item, message in checks:
            detail = item(unit)  # `Check.__call__`: whether the check looks at this unit, then its verdict
            if detail:
                found.append((number, item, message, detail))
        return tuple(found)

    shared = lru_cache(maxsize=UNITS_KEPT)(partial(judged, checks=any_locale))  # keyed on the unit without locale

    def checked(unit: CheckedUnit) -> Verdicts:
        alike = dataclasses.replace(unit, locale=ANY_LOCALE)
        found = (shared(alike) if _keeps(unit) else judged(alike, any_locale)) + judged(unit, own_locale)
        return tuple((item, message, detail) for _, item, message, detail in sorted(found, key=_first))

    kept = lru_cache(maxsize=UNITS_KEPT)(checked)

    def verdicts(unit: CheckedUnit) -> Verdicts:
        return kept(unit) if _keeps(unit) else checked(unit)

    verdicts.kept = kept  # type: ignore[attr-defined]  # its `cache_info()`, for tests
    verdicts.shared = shared  # type: ignore[attr-defined]  # the same, for the checks that read no locale
    _held[:] = [(key, verdicts)]
    return verdicts


def _keeps(unit: CheckedUnit) -> bool:
    """Whether a unit's verdicts are kept (`UNIT_CHARS_KEPT`)."""
    return len(unit.msgid) + len(unit.msgstr) <= UNIT_CHARS_KEPT


def _first(found: tuple[int, Check, str, str]) -> int:
    return found[0]
