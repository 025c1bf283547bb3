"""What the publish gate reads of `qa`'s records: each catalog's units with an *error*.

The gate holds back a unit when QA found an error in it (`assemble.gate`), and nothing else of
QA's findings matters to it. `qa` keeps per catalog its findings whole (stage `qa`: every
warning, its detail, the unit's msgstr and line, for the report; ~120 MB of JSON for 1,000
articles × 10 locales) and a summary in counts by check (stage `qa.summary`, ~1 MB), both
under one fingerprint (the PO, the glossary, the MT failure log, the checks' code:
`qa.catalog_fingerprint`). The gate asks the summary first: a catalog whose summary names
only warnings has no unit to hold, and its findings are not read (`summary_without_errors`);
the others' errors come from the whole record (`errors_of_findings`).

Session 10 had `qa` write a third record per catalog, its errors alone (stage `qa.errors`),
which the gate read instead. Measured in session 11 (1,000 × 10 chain project, 6 locales of
which fail `script` in every pseudo-translated unit, load 12–19, process time): writing it cost
`qa` ~0.65 CPU s (27.7 MB of JSON into SQLite, 10,000 rows), and it saved the gate 0.2–0.3 s
against this summary-first read (0.44–0.49 s against 0.70–0.77 s; the whole record alone
0.80–0.90 s) — a loss end to end, so it was removed (`bench/site_write.py`, "Session 11").

Fails closed: a summary that is missing, made for another state of the catalog (the stamp's
fingerprint), or not exactly the shape `qa` writes with only known warning checks, is not
taken as "no errors": the whole record is read (its fingerprint checked the same way), and
when that is stale too the gate checks the catalog itself — the three give the same units
(`tests/test_qa_errors_record.py`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from l10n.mt.failures import UnitKey
from l10n.qa.registry import all_checks

if TYPE_CHECKING:
    from l10n.model import Translation
    from l10n.qa.report import Finding

SOURCE_CHANGED = "source changed"
UNFINISHED_EDIT = "unfinished human edit"  # fuzzy human text of an unchanged source
QA_PREFIX = "qa: "


@functools.cache
def error_checks() -> frozenset[str]:
    """The ids of the checks whose findings are errors (the ones that hold a unit back)."""
    return frozenset(item.id for item in all_checks() if item.severity == "error")


@functools.cache
def warning_checks() -> frozenset[str]:
    """The ids of the checks whose findings never hold a unit back."""
    return frozenset(item.id for item in all_checks() if item.severity != "error")


def errors_of_findings(found: Any) -> dict[UnitKey, list[str]]:
    """(msgctxt, msgid) → its error check ids, from a catalog's findings as `qa` keeps them
    (`findings_record.compact`: `[units, [[line, msgctxt, msgid, msgstr, fuzzy, [[check,
    detail], …]], …]]`, or None for a catalog without a PO), in the order they list the units.
    `qa` takes the held units it records from these too (`held_for_errors`)."""
    errors = error_checks()
    held: dict[UnitKey, list[str]] = {}
    for _line, msgctxt, msgid, _msgstr, _fuzzy, failed in found[1] if found is not None else ():
        failed_errors = [check_id for check_id, _ in failed if check_id in errors]
        if failed_errors:
            held.setdefault((msgctxt, msgid), []).extend(failed_errors)
    return held


def summary_without_errors(payload: Any) -> bool:
    """Whether a catalog's `qa.summary` payload (`[units, path, [[check id, severity, count], …]]`,
    as `qa.findings_record.summary_of` writes it) says that no unit failed an error check:
    every check it counts is a known warning. Anything else — None, another shape, an unknown check — is False
    (the caller then reads the whole record: fail closed).

    >>> summary_without_errors([3, "x.po", [["end-punctuation", "warning", 2]]])
    True
    >>> summary_without_errors([3, "x.po", [["placeholders", "error", 1]]]), summary_without_errors(None)
    (False, False)
    """
    if type(payload) is not list or len(payload) != 3 or type(payload[2]) is not list:
        return False
    known = warning_checks()
    return all(type(row) is list and len(row) == 3 and type(row[0]) is str and row[0] in known for row in payload[2])


def held_units(translations: Mapping[UnitKey, Translation], findings: Iterable[Finding]) -> dict[UnitKey, str]:
    """Unit key → why the publish gate holds it back (`assemble.gate` says why), for every unit
    that has a msgstr to hold. The one rule (`held_for_errors`): the gate applies it to a
    catalog it checks itself, and `qa` to every catalog it checks, from the errors of its
    record (`errors_of_findings`), for the gate's record (`qa.gate_record`).

    >>> from l10n.model import Translation
    >>> unfinished, machine = Translation("x", fuzzy=True), Translation("y", fuzzy=True, origin="mt")
    >>> stale = Translation("z", fuzzy=True, origin="mt", source_changed=True)
    >>> moved = Translation("w", fuzzy=True, source_changed=True)
    >>> held_units({(None, "a"): unfinished, (None, "b"): machine, (None, "c"): stale, (None, "d"): moved}, [])
    {(None, 'a'): 'unfinished human edit', (None, 'c'): 'source changed', (None, 'd'): 'source changed'}
    """
    errors: dict[UnitKey, list[str]] = {}
    for finding in findings:
        if finding.severity == "error":
            errors.setdefault((finding.msgctxt, finding.msgid), []).append(finding.check)
    return held_for_errors(translations, errors)


def held_for_errors(
    translations: Mapping[UnitKey, Translation], errors: Mapping[UnitKey, Iterable[str]]
) -> dict[UnitKey, str]:
    """`held_units` from the error checks each unit failed (`qa.recorded_errors` reads them
    from `l10n qa`'s record without making a `Finding` of every warning).

    >>> from l10n.model import Translation
    >>> held_for_errors({(None, "a"): Translation("x"), (None, "b"): Translation("")}, {(None, "a"): ["numbers"], (None, "b"): ["numbers"]})
    {(None, 'a'): 'qa: numbers'}
    """
    held: dict[UnitKey, str] = {}
    for key, translation in translations.items():
        if translation.msgstr and translation.fuzzy and (translation.origin == "human" or translation.source_changed):
            held[key] = SOURCE_CHANGED if translation.source_changed else UNFINISHED_EDIT
    for key, checks in errors.items():
        found = translations.get(key)
        if found is not None and found.msgstr:
            held.setdefault(key, QA_PREFIX + ", ".join(sorted(set(checks))))
    return held
