"""The QA check registry: each check a small pure function, its id and severity set by one decorator.

The shape follows Translate Toolkit's `translate/filters/checks.py` (named checks gathered in one
place) without its class hierarchy: a check takes a `CheckedUnit` and returns None when the unit
is fine, or a short detail ("missing {money_1}") when it is not. The first line of the check's
docstring is the message the translator reads, so the explanation lives next to the logic.
A check must depend on the unit alone (no file, clock or setting read inside it): `qa.verdicts`
keeps its verdicts per unit for the rest of the process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from l10n.locales import TargetLocale
from l10n.memory.glossary import Term

Severity = Literal["error", "warning"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning")


@dataclass(frozen=True)
class CheckedUnit:
    """One translated unit as QA sees it: source, translation, locale, glossary terms in the source,
    the MT failure recorded for it, if any (`l10n.mt.failures`), and the language the source is
    written in (a language code: `de` for a German article in an English project)."""

    msgid: str
    msgstr: str
    locale: TargetLocale
    msgctxt: str | None = None
    fuzzy: bool = False
    terms: tuple[Term, ...] = ()
    mt_failure: str = ""  # what `translate` recorded when MT left this unit untranslated
    source_language: str = "en"  # the article's (`catalog_language`): its quotation marks are the source's

    @property
    def protected(self) -> frozenset[str]:
        """Source words that may stay as they are: do-not-translate terms."""
        return frozenset(t.term for t in self.terms if t.dnt)


CheckFunction = Callable[[CheckedUnit], "str | None"]


@dataclass(frozen=True)
class Check:
    id: str
    severity: Severity
    function: CheckFunction
    applies_to_empty: bool = False
    reads_locale: bool = True  # False: its verdict is one for every locale (`qa.verdicts` shares it)

    @property
    def message(self) -> str:
        """The docstring's first line: what the translator reads."""
        return (self.function.__doc__ or self.id).strip().splitlines()[0]

    def __call__(self, unit: CheckedUnit) -> str | None:
        if not unit.msgstr and not self.applies_to_empty:
            return None
        return self.function(unit)


@dataclass
class Registry:
    checks: dict[str, Check] = field(default_factory=dict)

    def register(self, item: Check) -> None:
        if item.id in self.checks:
            raise ValueError(f"QA check id {item.id!r} registered twice")
        self.checks[item.id] = item


REGISTRY = Registry()


def check(
    *, id: str, severity: Severity, applies_to_empty: bool = False, reads_locale: bool = True
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a QA check; `applies_to_empty` for the checks that look at empty msgstrs;
    `reads_locale=False` for a check that never reads `unit.locale` (it is then given a unit
    whose locale refuses to be read: `qa.verdicts.ANY_LOCALE`)."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")

    def register(function: CheckFunction) -> CheckFunction:
        REGISTRY.register(Check(id, severity, function, applies_to_empty, reads_locale))
        return function

    return register


def all_checks() -> list[Check]:
    """Every registered check (importing `l10n.qa.checks`, `l10n.qa.invisible` and
    `l10n.qa.addresses` registers the built-in ones)."""
    import l10n.qa.addresses  # noqa: F401
    import l10n.qa.checks  # noqa: F401
    import l10n.qa.invisible  # noqa: F401

    return list(REGISTRY.checks.values())
