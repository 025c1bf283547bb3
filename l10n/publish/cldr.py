"""What a site's pages print of CLDR, kept across runs in the stamps file (stage `cldr`).

A page prints four facts of CLDR about its locales: a locale's own name (the switchers, the index
titles), its writing direction (`dir`), a share in its percent format and digits ("42 %
geprüft") and the source language's name in it (the readiness notice). Babel answers each from
the locale's whole CLDR data: for the 11 locales of a site that is ~370 M instructions of a cold
publish (~7 %: the pickles, their merge, and the `babel.dates`, pytz and zone modules they
import), and "% reviewed" imports the value renderers and the data model besides.

The answers depend on nothing but the locale, the question, Babel's data and this package's
code. So each is kept as a stamp (stage `cldr`, key `<locale> <question>`) whose state is the
code's (`fingerprint.code_digest`: this package's modules, Babel's, the Python version — what
every stamp is judged by); a later run with that code reads them all in one query and asks
Babel only what it has not kept (the project's first publish, or one after an upgrade). The
stamps file is hostile input: a kept answer is taken only in the shape written (a string; a
direction `ltr` or `rtl`), and only answers to well-formed questions are kept (a percentage
0–100, a language subtag), so a hostile manifest cannot grow the stage.

Answers are read and recorded only inside `kept_answers` (the publish command); outside it, and
in a worker forked inside it (whose answers are its parent's, read before the fork), they are
Babel's, made once per process.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from typing import Any

from l10n.locales import TargetLocale, language_of
from l10n.memo import remember

STAGE = "cldr"
_LANGUAGE = re.compile(r"[a-z]{2,3}\Z")  # a CLDR language subtag: a question worth keeping

_ANSWERS: dict[str, str] = {}  # key → answer, this process
_STORE: list[tuple[Any, int, str]] = []  # (`Stamps` of STAGE, the pid that opened it, the code's state)


@contextlib.contextmanager
def kept_answers(where: Any) -> Iterator[None]:
    """Inside the block, answers are taken from the stamps of `where` (a project) and those
    Babel had to give are recorded there when it ends. The kept ones are read now, in one
    query, so a worker forked inside the block has them without a connection of its own."""
    from l10n.fingerprint import code_digest
    from l10n.memory.stamps import stage_stamps

    with stage_stamps(where, STAGE) as stamps:
        stamps.has("")  # reads the stage's rows
        _STORE.append((stamps, os.getpid(), code_digest().hex()))
        try:
            yield
        finally:
            _STORE.pop()


def own_name(locale: TargetLocale) -> str:
    """The locale's name for itself ("简体中文 (中国)" style): `TargetLocale.display_name`."""
    return _answer(f"{locale.code} name", lambda: locale.display_name)


def direction(locale: TargetLocale) -> str:
    """ "rtl" or "ltr" (CLDR's character order): `TargetLocale.direction`."""
    return _answer(f"{locale.code} dir", lambda: locale.direction, allowed={"ltr", "rtl"})


def percent(value: int, locale: TargetLocale) -> str:
    """`value` % written as the locale writes every percentage of an edition (`render_percent`
    in its default numbering system: `in_native_digits`), e.g. "42\xa0%" for de, "۴۲٪" for fa."""

    def make() -> str:
        from decimal import Decimal

        from l10n.placeables.render import in_native_digits
        from l10n.placeables.render_numbers import render_percent

        return in_native_digits(render_percent(Decimal(value), locale), locale)

    return _answer(f"{locale.code} percent {value}", make, keep=type(value) is int and 0 <= value <= 100)


def language_name(language: str, locale: TargetLocale) -> str:
    """CLDR's name of `language` (a subtag) in `locale`'s language, or `language` itself."""
    return _answer(
        f"{locale.code} language {language}",
        lambda: locale.babel.languages.get(language, language),
        keep=_LANGUAGE.match(language) is not None and language_of(language) == language,
    )


def _answer(key: str, make: Callable[[], str], *, keep: bool = True, allowed: set[str] | None = None) -> str:
    found = _ANSWERS.get(key)
    if found is not None:
        return found
    store = _STORE[-1] if _STORE else None
    if store is not None and keep:
        stamps, _, state = store
        if stamps.fresh(key, state):
            kept = stamps.payload(key)
            if type(kept) is str and (allowed is None or kept in allowed):
                found = kept
    if found is None:
        found = make()
        if store is not None and keep and store[1] == os.getpid():  # a forked worker's connection is its parent's
            store[0].record(key, store[2], found)
    return remember(_ANSWERS, key, found, limit=10_000)
