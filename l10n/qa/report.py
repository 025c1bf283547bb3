"""QA findings and how they are shown: `file:line` text for people, a stable JSON schema for tools.

JSON schema (version 1; fields are only ever added):
`{"version": 1, "summary": {"units": N, "errors": N, "warnings": N, "locales": [...]},
  "findings": [{"locale", "domain", "path", "line", "unit", "msgctxt", "msgid", "msgstr", "fuzzy",
                "check", "severity", "message", "detail"}]}` — `line` is the PO line of the entry
(polib `linenum`), so `path:line` opens the unit in an editor, as compilers and msgfmt report.
"""

from __future__ import annotations

import json
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
    return (
        f"{finding.where}: {finding.severity} [{finding.check}]{state} {finding.message} ({finding.detail})"
    )


def print_report(report: QAReport, console) -> None:
    """Findings grouped per locale, then a one-line summary (Rich console)."""
    from rich.markup import escape

    for locale in report.locales:
        mine = [f for f in report.findings if f.locale == locale]
        console.print(f"[bold]{locale}[/]: {len(mine)} finding(s)")
        for finding in mine:
            colour = "red" if finding.severity == "error" else "yellow"
            console.print(f"  [{colour}]{escape(format_finding(finding))}[/]", soft_wrap=True)
    console.print(
        f"QA: {report.units} unit(s) checked, {report.count('error')} error(s), {report.count('warning')} warning(s)"
    )
