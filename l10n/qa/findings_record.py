"""A catalog's findings as `qa` records them with its stamp: compact, in counts, and expanded back.

`qa` writes a record for every catalog it checks (stage `qa`), and a summary of it in counts
(stage `qa.summary`); the report, `recorded_findings` and the publish gate read them back
(`qa.errors_record`). Kept apart from the checking itself (`l10n.qa`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from typing import Any

from l10n.memory.stamps import ANY, ListOf
from l10n.model import unit_id
from l10n.qa.registry import all_checks
from l10n.qa.report import Finding
from l10n.qa.verdicts import Verdicts


def _known_check(value: Any) -> bool:
    return type(value) is str and value in _check_ids()


@functools.cache
def _check_ids() -> frozenset[str]:
    return frozenset(item.id for item in all_checks())


FINDINGS_SHAPE = (None, [int, ListOf([int, (str, None), str, str, bool, ListOf([_known_check, ANY])])])
"""What `compact` writes (None: a catalog without a PO), as `memory.stamps.fits` reads it: a
record of another shape, or naming a check this version does not have, is none (redteam49)."""

SUMMARY_SHAPE = (None, [int, str, ListOf([_known_check, str, int])])
"""What `summary_of` writes (`CatalogSummary.from_payload` reads it), for `fits`."""


def compact(judged: Iterable[tuple[Any, Verdicts]]) -> list:
    """`[units, [[line, msgctxt, msgid, msgstr, fuzzy, [[check, detail], …]], …]]`: a catalog's
    findings (`qa._judged`) grouped by unit, without what the key (locale, domain), the unit (its
    id) or the check (severity, message) already says — about half the bytes of every field
    written out, for a record that is written for every catalog checked. `expanded` gives
    back the findings `qa.check_catalog` makes of the same units."""
    units_found: list[list] = []
    units = 0
    for entry, verdicts in judged:
        units += 1
        if verdicts:
            failed = [[item.id, detail] for item, _message, detail in verdicts]
            units_found.append([entry.linenum, entry.msgctxt, entry.msgid, entry.msgstr, entry.fuzzy, failed])
    return [units, units_found]


def summary_of(payload: list, *, path: str) -> list:
    """The `CatalogSummary` payload of a catalog's `compact` findings."""
    severity = {item.id: item.severity for item in all_checks()}
    counted: Counter[str] = Counter(check_id for *_, failed in payload[1] for check_id, _ in failed)
    return [payload[0], path, [[check_id, severity[check_id], n] for check_id, n in counted.items()]]


def expanded(payload: list, *, locale: str, domain: str, path: str) -> list[Finding]:
    """The findings `compact` recorded, every field as `qa.check_catalog` made it."""
    checks = {item.id: item for item in all_checks()}
    found = []
    for line, msgctxt, msgid, msgstr, fuzzy, failed in payload[1]:
        unit = unit_id(msgctxt, msgid)
        for check_id, detail in failed:
            item = checks[check_id]
            found.append(
                Finding(
                    locale,
                    domain,
                    path,
                    line,
                    unit,
                    msgctxt,
                    msgid,
                    msgstr,
                    fuzzy,
                    check_id,
                    item.severity,
                    item.message,
                    detail,
                )
            )
    return found
