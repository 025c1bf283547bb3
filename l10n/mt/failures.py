"""The MT failure log, `locales/.mt-failures.json`: written by `translate`, read by QA.

A unit whose placeholders (or glossary terms) did not survive any mask style, or that the engine
refused on its own (e.g. longer than the model's position limit: `base.translate_masked`), is left
untranslated by `translate` (a broken translation is never written, issue 3). The operator's run moves on, so
the translator must learn about it from QA: `translate` records each failure here, and QA's
`mt-failed` check reports it as an error on that unit, with the PO line. The log lives in `mt`,
the layer that writes it, so `mt` never imports `qa` (layers point one way); QA and the stages
after it read it from here. A log that cannot be read is a `QAError`, as it
was when QA owned it: QA is where a reader meets it.

The file is derived state (like the MT cache), a JSON object
`{"version": 1, "failures": [{"domain", "locale", "msgctxt", "msgid", "problem", "engine", "date"}]}`,
written atomically under a lock. Each translate run REPLACES the records of every (domain, locale)
it processed, so a later successful translation clears the error.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from l10n.errors import QAError
from l10n.fsio import atomic_write_text, locked

FAILURES_FILE_NAME = ".mt-failures.json"
SCHEMA_VERSION = 1

UnitKey = tuple[str | None, str]


@dataclass(frozen=True)
class MTFailure:
    """A unit MT left untranslated: where it is, what went wrong, which engine, which day (ISO)."""

    domain: str
    locale: str
    msgctxt: str | None
    msgid: str
    problem: str
    engine: str = ""
    date: str = ""

    @property
    def key(self) -> UnitKey:
        return (self.msgctxt, self.msgid)

    def describe(self) -> str:
        """The detail QA prints: `apertium eng-spa/… 2026-01-02: token: placeholders changed …`."""
        origin = " ".join(part for part in (self.engine, self.date) if part)
        return f"{origin}: {self.problem}" if origin else self.problem


def failures_path(state_dir: Path) -> Path:
    """The failure log of a project (`Project.state_dir`, i.e. `locales/`)."""
    return Path(state_dir) / FAILURES_FILE_NAME


def read_failures(path: Path) -> list[MTFailure]:
    """Every recorded failure; a missing file means none."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [MTFailure(**record) for record in data.get("failures", [])]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, AttributeError) as exc:
        raise QAError(f"cannot read the MT failure log: {exc}", path=path) from None


def record_failures(path: Path, failures: Iterable[MTFailure], *, replaced: Collection[tuple[str, str]]) -> None:
    """Replace the records of every (domain, locale) in `replaced` by `failures` (one locked,
    atomic read-modify-write, so concurrent translate runs do not lose each other's records)."""
    path = Path(path)
    new = list(failures)
    with locked(path):
        kept = [f for f in read_failures(path) if (f.domain, f.locale) not in replaced]
        records = sorted(kept + new, key=lambda f: (f.domain, f.locale, f.msgctxt or "", f.msgid))
        if not records and not path.exists():
            return
        document = {"version": SCHEMA_VERSION, "failures": [asdict(f) for f in records]}
        atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")


def failures_for(failures: Iterable[MTFailure], *, domain: str, locale: str) -> dict[UnitKey, MTFailure]:
    """The failures of one catalog, by unit key (msgctxt, msgid)."""
    return {f.key: f for f in failures if f.domain == domain and f.locale == locale}
