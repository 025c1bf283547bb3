"""QA's reading of the MT failure log (`locales/.mt-failures.json`), kept in `l10n.mt.failures`.

`translate` records each unit MT left untranslated; QA's `mt-failed` check, the publish gate and
the pipeline read the records from here. The log's format and its reader and writer live one
layer down, in `l10n.mt.failures`, because `mt` writes it and must not import `qa` (layers point
one way); this module is QA's name for them, so its readers need not know where the file is kept.
"""

from __future__ import annotations

from l10n.mt.failures import (
    FAILURES_FILE_NAME,
    SCHEMA_VERSION,
    MTFailure,
    UnitKey,
    failures_for,
    failures_path,
    read_failures,
    record_failures,
)

__all__ = [
    "FAILURES_FILE_NAME",
    "SCHEMA_VERSION",
    "MTFailure",
    "UnitKey",
    "failures_for",
    "failures_path",
    "read_failures",
    "record_failures",
]
