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
from dataclasses import asdict, dataclass, field
from typing import Literal

from l10n.qa.registry import Severity

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


@dataclass
class QAReport:
    findings: list[Finding] = field(default_factory=list)
    units: int = 0
    locales: list[str] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def exit_status(self, *, fail_on: FailOn = "error") -> int:
        """1 when a finding at or above `fail_on` exists (warnings fail only with `--fail-on warning`)."""
        failing = ("error",) if fail_on == "error" else ("error", "warning")
        return 1 if any(f.severity in failing for f in self.findings) else 0

    def to_dict(self) -> dict:
        return {
            "version": JSON_SCHEMA_VERSION,
            "summary": {
                "units": self.units,
                "errors": self.count("error"),
                "warnings": self.count("warning"),
                "locales": self.locales,
            },
            "findings": [asdict(f) for f in self.findings],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def format_finding(finding: Finding) -> str:
    """`locales/zh_CN/LC_MESSAGES/x.po:42: error [placeholders] Placeholders missing… (missing {money_1})`."""
    state = " (fuzzy)" if finding.fuzzy else ""
    return f"{finding.where}: {finding.severity} [{finding.check}]{state} {finding.message} ({finding.detail})"


SUMMARISED_CHECKS = ("untranslated",)
"""Warnings that come by the hundred on a fresh catalog: one count line per locale unless verbose."""


def locale_summary(locale: str, findings: list[Finding]) -> str:
    """`zh_CN: 2 errors, 241 warnings (untranslated 240, placeholders 2, glossary 1)` — one line.

    >>> f = Finding("de", "a", "a.po", 3, "u1", None, "x", "", False, "untranslated", "warning", "", "")
    >>> locale_summary("de", [f, f])
    'de: 0 errors, 2 warnings (untranslated 2)'
    >>> locale_summary("ja", [])
    'ja: no findings'
    """
    if not findings:
        return f"{locale}: no findings"
    errors = sum(1 for f in findings if f.severity == "error")
    by_check = Counter(f.check for f in findings).most_common()
    counts = ", ".join(f"{check} {count}" for check, count in by_check)
    return f"{locale}: {_count(errors, 'error')}, {_count(len(findings) - errors, 'warning')} ({counts})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def summarised_line(check: str, findings: list[Finding], *, files_listed: int = 5) -> str:
    """`240 untranslated units: locales/zh_CN/LC_MESSAGES/a.po (200), …/b.po (40)`; past
    `files_listed` files, how many more."""
    per_file = Counter(f.path for f in findings)
    listed = list(per_file.items())[:files_listed]
    more = len(per_file) - len(listed)
    files = ", ".join(f"{path} ({count})" for path, count in listed) + (f", and {more} more files" if more else "")
    return f"{_count(len(findings), check + ' unit')}: {files} (--verbose lists them)"


FINDINGS_LISTED = 20
"""Findings printed in full per locale without `--verbose`: a nightly run over thousands of
catalogs prints a screen per locale, not one line per finding (`--json` is always complete)."""


def print_report(report: QAReport, console, *, verbose: bool = False) -> None:
    """Per locale: a summary line (counts by check), then errors and warnings in full, errors
    first — at most `FINDINGS_LISTED` of them unless `verbose`, the rest counted — except the
    `SUMMARISED_CHECKS`, counted per file unless `verbose` (Rich console)."""
    from rich.markup import escape

    by_locale: dict[str, list[Finding]] = {locale: [] for locale in report.locales}
    for finding in report.findings:
        by_locale.setdefault(finding.locale, []).append(finding)
    for locale, mine in by_locale.items():
        console.print(f"[bold]{escape(locale_summary(locale, mine))}[/]", soft_wrap=True)
        ordered = [f for f in mine if f.severity == "error"] + [f for f in mine if f.severity != "error"]
        summarised: dict[str, list[Finding]] = {}
        listed = []
        for finding in ordered:
            if not verbose and finding.severity == "warning" and finding.check in SUMMARISED_CHECKS:
                summarised.setdefault(finding.check, []).append(finding)
            else:
                listed.append(finding)
        shown = listed if verbose else listed[:FINDINGS_LISTED]
        for finding in shown:
            colour = "red" if finding.severity == "error" else "yellow"
            console.print(f"  [{colour}]{escape(format_finding(finding))}[/]", soft_wrap=True)
        if len(shown) < len(listed):
            console.print(f"  … and {len(listed) - len(shown)} more (--verbose lists them, --json for tools)")
        for check, findings in summarised.items():
            console.print(f"  [yellow]{escape(summarised_line(check, findings))}[/]", soft_wrap=True)
    console.print(
        f"QA: {report.units} unit(s) checked, {report.count('error')} error(s), {report.count('warning')} warning(s)"
    )
