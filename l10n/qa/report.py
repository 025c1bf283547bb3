"""QA findings and how they are shown: `file:line` text for people, a stable JSON schema for tools.

JSON schema (version 1; fields are only ever added):
`{"version": 1, "summary": {"units": N, "errors": N, "warnings": N, "locales": [...]},
  "findings": [{"locale", "domain", "path", "line", "unit", "msgctxt", "msgid", "msgstr", "fuzzy",
                "check", "severity", "message", "detail"}]}` — `line` is the PO line of the entry
(polib `linenum`), so `path:line` opens the unit in an editor, as compilers and msgfmt report.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Literal

from l10n.qa.registry import SEVERITIES, Severity
from l10n.terminal import shown

JSON_SCHEMA_VERSION = 1
FailOn = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    locale: str
    domain: str
    path: str
    line: int
    unit: str
    msgctxt: str | None
    msgid: str
    msgstr: str
    fuzzy: bool
    check: str
    severity: Severity
    message: str
    detail: str

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class CatalogSummary:
    """One catalog's QA in counts, as `qa` stamps it: what the summary lines, the exit status and
    the publish readiness need without the findings themselves (10,000 catalogs × 30 findings
    held at once took 1.5 GB).

    `counts` are (check, severity, findings) in the order the check first failed in the catalog,
    so merged counts order checks as the findings would; `state` is the fingerprint the findings
    were recorded for (`l10n.qa.catalog_fingerprint`)."""

    locale: str
    domain: str
    path: str
    units: int
    counts: tuple[tuple[str, Severity, int], ...] = ()
    state: str = ""

    @classmethod
    def of(
        cls, findings: Iterable[Finding], *, locale: str, domain: str, path: str, units: int, state: str = ""
    ) -> CatalogSummary:
        counted: Counter[tuple[str, Severity]] = Counter((f.check, f.severity) for f in findings)
        counts = tuple((check, severity, n) for (check, severity), n in counted.items())
        return cls(locale, domain, path, units, counts, state)

    def count(self, severity: Severity) -> int:
        return sum(n for _, level, n in self.counts if level == severity)

    def to_payload(self) -> list:
        return [self.units, self.path, [list(item) for item in self.counts]]

    @classmethod
    def from_payload(cls, payload: list, *, locale: str, domain: str, state: str) -> CatalogSummary:
        units, path, counts = payload
        return cls(locale, domain, path, units, tuple((c, s, n) for c, s, n in counts), state)


FindingsReader = Callable[[CatalogSummary], list[Finding]]


@dataclass
class QAReport:
    """A QA run: one `CatalogSummary` per catalog checked, in (locale, domain) order, and how to
    read one catalog's findings (`read_findings`) when they are needed — the details printed,
    `--json`. Counts and the exit status come from the summaries alone; `findings` holds every
    finding at once and is for small projects and tests (the command line streams)."""

    locales: list[str] = field(default_factory=list)
    catalogs: list[CatalogSummary] = field(default_factory=list)
    read_findings: FindingsReader | None = field(default=None, repr=False, compare=False)
    _counted: tuple[list[CatalogSummary], int, Counter[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @classmethod
    def in_memory(cls, locales: list[str], checked: Iterable[tuple[CatalogSummary, list[Finding]]]) -> QAReport:
        """A report over findings already held: `(summary, findings)` per catalog (tests, and
        the reference the streamed report is compared with)."""
        report = cls(locales=list(locales))
        held: dict[tuple[str, str, str], list[Finding]] = {}
        for summary, found in checked:
            report.catalogs.append(summary)
            held[(summary.locale, summary.domain, summary.path)] = found
        report.read_findings = lambda summary: held[(summary.locale, summary.domain, summary.path)]
        return report

    def held(self) -> QAReport:
        """This report with every finding read now and held: for a caller that keeps a report
        while catalogs change (a later read of a catalog changed since gives its findings as
        they are then, checked again)."""
        return QAReport.in_memory(self.locales, ((c, self.findings_of(c)) for c in self.catalogs))

    @property
    def units(self) -> int:
        return sum(catalog.units for catalog in self.catalogs)

    def count(self, severity: Severity) -> int:
        """Findings of `severity` over every catalog, counted in one pass for all severities and
        kept while `catalogs` is the same list of the same length (it only grows: summaries are
        frozen): a report line, the exit status and the next step each ask, over 10,000 catalogs."""
        counted = self._counted
        if counted is None or counted[0] is not self.catalogs or counted[1] != len(self.catalogs):
            totals: Counter[str] = Counter()
            for catalog in self.catalogs:
                for _, level, n in catalog.counts:
                    totals[level] += n
            self._counted = counted = (self.catalogs, len(self.catalogs), totals)
        return counted[2][severity]

    def exit_status(self, *, fail_on: FailOn = "error") -> int:
        """1 when a finding at or above `fail_on` exists (warnings fail only with `--fail-on warning`)."""
        failing: tuple[Severity, ...] = ("error",) if fail_on == "error" else ("error", "warning")
        return 1 if any(self.count(severity) for severity in failing) else 0

    def findings_of(self, catalog: CatalogSummary) -> list[Finding]:
        """One catalog's findings, read when asked (nothing to read when it has none)."""
        if not catalog.counts or self.read_findings is None:
            return []
        return self.read_findings(catalog)

    def iter_findings(self) -> Iterator[Finding]:
        """Every finding in report order, one catalog read at a time."""
        for catalog in self.catalogs:
            yield from self.findings_of(catalog)

    @property
    def findings(self) -> list[Finding]:
        return list(self.iter_findings())

    def _summary(self) -> dict:
        return {
            "units": self.units,
            "errors": self.count("error"),
            "warnings": self.count("warning"),
            "locales": self.locales,
        }

    def to_dict(self) -> dict:
        return {
            "version": JSON_SCHEMA_VERSION,
            "summary": self._summary(),
            "findings": [asdict(f) for f in self.iter_findings()],
        }

    def write_json(self, write: Callable[[str], object]) -> None:
        """The JSON document `to_json` returns, written a finding at a time (`json.dumps` with
        `indent=2` of the whole document, byte for byte, without holding it)."""
        head = json.dumps({"version": JSON_SCHEMA_VERSION, "summary": self._summary()}, ensure_ascii=False, indent=2)
        write(head[: -len("\n}")] + ',\n  "findings": [')
        first = True
        for finding in self.iter_findings():
            text = json.dumps(asdict(finding), ensure_ascii=False, indent=2).replace("\n", "\n    ")
            write(("\n    " if first else ",\n    ") + text)
            first = False
        write("]\n}" if first else "\n  ]\n}")

    def to_json(self) -> str:
        parts: list[str] = []
        self.write_json(parts.append)
        return "".join(parts)


def format_finding(finding: Finding) -> str:
    """`locales/zh_CN/LC_MESSAGES/x.po:42: error [placeholders] Placeholders missing… (missing {money_1})`."""
    state = " (fuzzy)" if finding.fuzzy else ""
    return f"{finding.where}: {finding.severity} [{finding.check}]{state} {finding.message} ({finding.detail})"


SUMMARISED_CHECKS = ("untranslated",)
"""Warnings that come by the hundred on a fresh catalog: one count line per locale unless verbose."""


def locale_summary(locale: str, catalogs: Iterable[CatalogSummary]) -> str:
    """`zh_CN: 2 errors, 241 warnings (untranslated 240, placeholders 2, glossary 1)` — one line;
    checks by count, a tie in the order they first failed.

    >>> a = CatalogSummary("de", "a", "a.po", 9, (("untranslated", "warning", 2),))
    >>> b = CatalogSummary("de", "b", "b.po", 9, (("numbers", "error", 1), ("untranslated", "warning", 1)))
    >>> locale_summary("de", [a, b])
    'de: 1 error, 3 warnings (untranslated 3, numbers 1)'
    >>> locale_summary("ja", [])
    'ja: no findings'
    """
    by_check: Counter[str] = Counter()
    errors = total = 0
    for catalog in catalogs:
        for check, severity, count in catalog.counts:
            by_check[check] += count
            total += count
            errors += count if severity == "error" else 0
    if not total:
        return f"{locale}: no findings"
    counts = ", ".join(f"{check} {count}" for check, count in by_check.most_common())
    return f"{locale}: {_count(errors, 'error')}, {_count(total - errors, 'warning')} ({counts})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def summarised_line(check: str, per_file: list[tuple[str, int]], *, files_listed: int = 5) -> str:
    """`240 untranslated units: locales/zh_CN/LC_MESSAGES/a.po (200), …/b.po (40)`; past
    `files_listed` files, how many more.

    >>> summarised_line("untranslated", [("a.po", 2), ("b.po", 1)], files_listed=1)
    '3 untranslated units: a.po (2), and 1 more files (--verbose lists them)'
    """
    listed = per_file[:files_listed]
    more = len(per_file) - len(listed)
    files = ", ".join(f"{path} ({count})" for path, count in listed) + (f", and {more} more files" if more else "")
    total = sum(count for _, count in per_file)
    return f"{_count(total, check + ' unit')}: {files} (--verbose lists them)"


FINDINGS_LISTED = 20
"""Findings printed in full per locale without `--verbose`: a nightly run over thousands of
catalogs prints a screen per locale, not one line per finding (`--json` is always complete)."""


class _Lines:
    """Where `print_report` writes its lines: through Rich with colour on a terminal, or as plain
    text on anything else (a pipe, a file, a CI log) — the bytes Rich writes there, without its
    render per call (`qa -v` at 1,000 × 10 spent ~150 CPU s printing 300,000 lines through Rich).

    Plain text is what a Rich console without a terminal prints for these lines: no styles, no
    wrapping (`soft_wrap`), tabs expanded to 8 columns. A finding quotes a catalog, outside
    text: control characters and bidi overrides are shown as escapes on both paths before
    either writes (`terminal.shown`, the rule every command prints by), so none is left for
    Rich to strip; Rich markup is escaped, and emoji codes are never replaced on either path:
    a `:name:` in a translator's text is text."""

    def __init__(self, console, *, plain: bool | None) -> None:
        self.console = console
        self.plain = not console.is_terminal if plain is None else plain

    def write(self, lines: list[str], style: str = "", *, indent: str = "") -> None:
        """`lines` as one block, each after `indent` and in `style` (a Rich style) on a terminal."""
        lines = [shown(line) for line in lines]
        if self.plain:
            text = "\n".join(indent + line for line in lines)
            self.console.file.write(text.expandtabs(8) + "\n")
            return
        from rich.markup import escape

        marked = [f"{indent}[{style}]{escape(line)}[/]" if style else indent + escape(line) for line in lines]
        self.console.print("\n".join(marked), soft_wrap=True, emoji=False, markup=True)


def print_report(report: QAReport, console, *, verbose: bool = False, plain: bool | None = None) -> None:
    """Per locale: a summary line (counts by check), then errors and warnings in full, errors
    first — at most `FINDINGS_LISTED` of them unless `verbose`, the rest counted — except the
    `SUMMARISED_CHECKS`, counted per file unless `verbose`. Through Rich (colour) when `console`
    is a terminal, as plain text otherwise (`plain` decides when given; `_Lines`).

    Streamed: the counts come from the catalogs' summaries, and only the catalogs whose findings
    are printed are read, one at a time (without `verbose`, a screen's worth per locale)."""
    out = _Lines(console, plain=plain)
    locales = list(dict.fromkeys([*report.locales, *(catalog.locale for catalog in report.catalogs)]))
    for locale in locales:
        mine = [catalog for catalog in report.catalogs if catalog.locale == locale]
        out.write([locale_summary(locale, mine)], "bold")
        summarised: dict[str, list[tuple[str, int]]] = {}
        if not verbose:
            for catalog in mine:
                for check, severity, count in catalog.counts:
                    if severity == "warning" and check in SUMMARISED_CHECKS:
                        summarised.setdefault(check, []).append((catalog.path, count))

        def listed(check: str, severity: Severity) -> bool:
            return verbose or not (severity == "warning" and check in SUMMARISED_CHECKS)

        total = sum(n for catalog in mine for check, severity, n in catalog.counts if listed(check, severity))
        limit = total if verbose else min(total, FINDINGS_LISTED)
        listed_count = 0
        for severity in SEVERITIES:  # errors first
            for catalog in mine:
                if listed_count >= limit:
                    break
                if not any(level == severity and listed(check, level) for check, level, _ in catalog.counts):
                    continue
                lines = []
                for finding in report.findings_of(catalog):
                    if finding.severity == severity and listed(finding.check, severity) and listed_count < limit:
                        lines.append(format_finding(finding))
                        listed_count += 1
                if lines:  # one write per catalog: with -v, 600,000 calls were most of the time
                    out.write(lines, "red" if severity == "error" else "yellow", indent="  ")
        if listed_count < total:
            out.write([f"… and {total - listed_count} more (--verbose lists them, --json for tools)"], indent="  ")
        for check, per_file in summarised.items():
            out.write([summarised_line(check, per_file)], "yellow", indent="  ")
    out.write(
        [f"QA: {report.units} unit(s) checked, {report.count('error')} error(s), {report.count('warning')} warning(s)"]
    )
