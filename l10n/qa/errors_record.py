"""The publish gate's record of a catalog's QA: its units with an *error*, nothing else.

Why: the gate holds back a unit when QA found an error in it (`assemble.gate`), and nothing
else of QA's findings matters to it. `qa` keeps each catalog's findings whole (stage `qa`: every
warning, its detail, the unit's msgstr and line, for the report), ~120 MB of JSON for 1,000
articles × 10 locales, which a cold `assemble` decoded catalog by catalog only to keep the
errors (~10 % of its CPU). So `qa` records beside it, under the same fingerprint (the PO, the
glossary, the MT failure log, the checks' code: `qa.catalog_fingerprint`), what the gate needs:
`[FORMAT, [[msgctxt, msgid, [error check ids]], …]]`, units in the order the findings list them.

Fails closed: a record that is missing, made for another state of the catalog (the stamp's
fingerprint), or not exactly this shape is not used, and the gate reads the whole record (whose
fingerprint is checked the same way), or checks the catalog itself when that is stale too — the
three give the same units (`tests/test_qa_errors_record.py`). Reading the whole record rather
than refusing: it is as trustworthy (same stamp rule) and a `qa` of an earlier version, which
kept no compact record, must not block publishing.
"""

from __future__ import annotations

import functools
from typing import Any

from l10n.mt.failures import UnitKey
from l10n.qa.registry import all_checks

QA_ERRORS_STAGE = "qa.errors"
FORMAT = "l10n-qa-errors-1"


@functools.cache
def error_checks() -> frozenset[str]:
    """The ids of the checks whose findings are errors (the ones that hold a unit back)."""
    return frozenset(item.id for item in all_checks() if item.severity == "error")


def errors_of_findings(found: Any) -> dict[UnitKey, list[str]]:
    """(msgctxt, msgid) → its error check ids, from a catalog's findings as `qa._compact` keeps
    them (`[units, [[line, msgctxt, msgid, msgstr, fuzzy, [[check, detail], …]], …]]`, or None
    for a catalog without a PO), in the order they list the units."""
    errors = error_checks()
    held: dict[UnitKey, list[str]] = {}
    for _line, msgctxt, msgid, _msgstr, _fuzzy, failed in found[1] if found is not None else ():
        failed_errors = [check_id for check_id, _ in failed if check_id in errors]
        if failed_errors:
            held.setdefault((msgctxt, msgid), []).extend(failed_errors)
    return held


def compact_errors(found: Any) -> list:
    """The gate's record of a catalog's findings (`errors_of_findings`, as JSON can keep it)."""
    return [FORMAT, [[msgctxt, msgid, checks] for (msgctxt, msgid), checks in errors_of_findings(found).items()]]


def decode_errors(payload: Any) -> dict[UnitKey, list[str]] | None:
    """What `compact_errors` recorded, or None for anything else (the caller then reads the
    whole record: fail closed)."""
    if type(payload) is not list or len(payload) != 2 or payload[0] != FORMAT or type(payload[1]) is not list:
        return None
    known = error_checks()
    held: dict[UnitKey, list[str]] = {}
    for row in payload[1]:
        if type(row) is not list or len(row) != 3:
            return None
        msgctxt, msgid, checks = row
        if not (msgctxt is None or type(msgctxt) is str) or type(msgid) is not str or type(checks) is not list:
            return None
        if not checks or any(type(check) is not str or check not in known for check in checks):
            return None
        if (msgctxt, msgid) in held:  # `compact_errors` writes a unit once
            return None
        held[(msgctxt, msgid)] = checks
    return held
