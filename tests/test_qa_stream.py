"""`qa` streamed: what it records per catalog and reads back equals what the checks find, what it
prints and writes as JSON equals the whole-list report, and it holds no more than one catalog's
findings at a time.

The articles are real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) written by
`bench/chain.py`'s `build_corpus`; de and ja are pseudo-translated (placeholder and script
errors, length warnings), fr is left untranslated (the summarised `untranslated` warnings).
"""

from __future__ import annotations

import gc
import io
import json
import re
import shutil
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import pytest
from conftest import opened_copy, pseudo_translated_project
from rich.console import Console

import l10n.qa
from l10n.assemble.gate import Gate
from l10n.locales import parse_locale
from l10n.memory.glossary import project_glossary
from l10n.project import Project
from l10n.qa import CatalogSummary, Finding, QAReport, check_catalog, recorded_findings, run_qa
from l10n.qa.report import FINDINGS_LISTED, SUMMARISED_CHECKS, format_finding, print_report

REPO = Path(__file__).resolve().parent.parent
TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]
ARTICLES = 12


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("qa-stream") / "project"
    pseudo_translated_project(root, ARTICLES, locales=LOCALES, translated=TRANSLATED)
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Project:
    return opened_copy(built, tmp_path / "project")


def _checked_directly(project: Project) -> list[tuple[CatalogSummary, list[Finding]]]:
    """Every catalog checked by `check_catalog` itself, nothing recorded or read back."""
    glossary = project_glossary(project)
    result = []
    for locale in LOCALES:
        for domain in project.domains():
            po = project.po_path(locale, domain)
            label = project.relative(po)
            found, units = check_catalog(po, locale=locale, glossary=glossary, domain=domain, path_label=label)
            summary = CatalogSummary.of(found, locale=locale.code, domain=domain, path=label, units=units)
            result.append((summary, found))
    return result


def _without_state(summary: CatalogSummary) -> CatalogSummary:
    return CatalogSummary(summary.locale, summary.domain, summary.path, summary.units, summary.counts)


@pytest.mark.parametrize("jobs", [1, 2])
def test_findings_read_back_per_catalog_are_what_the_checks_find(project, jobs):
    direct = _checked_directly(project)
    assert any(s.count("error") for s, _ in direct) and any(
        c == "untranslated" for s, _ in direct for c, *_ in s.counts
    )
    for run in ("cold", "recorded"):
        report = run_qa(project, locales=LOCALES, domains=project.domains(), jobs=jobs)
        assert [_without_state(s) for s in report.catalogs] == [s for s, _ in direct], run
        for (_, found), catalog in zip(direct, report.catalogs, strict=True):
            assert report.findings_of(catalog) == found, (run, catalog.path)
        assert report.units == sum(s.units for s, _ in direct)
        assert report.count("error") == sum(1 for _, found in direct for f in found if f.severity == "error")
    gate = Gate.for_project(project)
    for summary, found in direct:  # the publish gate's one-catalog question has the same answer
        locale = parse_locale(summary.locale)
        assert recorded_findings(project, gate.qa_lookup, locale=locale, domain=summary.domain) == found


def test_json_is_written_a_finding_at_a_time_and_is_the_whole_document(project):
    direct = _checked_directly(project)
    report = run_qa(project, locales=LOCALES, domains=project.domains())
    findings = [f for _, found in direct for f in found]
    whole = {
        "version": 1,
        "summary": {
            "units": sum(s.units for s, _ in direct),
            "errors": sum(1 for f in findings if f.severity == "error"),
            "warnings": sum(1 for f in findings if f.severity == "warning"),
            "locales": [locale.code for locale in LOCALES],
        },
        "findings": [asdict(f) for f in findings],
    }
    assert report.to_json() == json.dumps(whole, ensure_ascii=False, indent=2)
    empty = QAReport(locales=["de"])
    assert empty.to_json() == json.dumps({"version": 1, "summary": empty._summary(), "findings": []}, indent=2)


def _console(colour: bool) -> Console:
    if colour:  # the escape codes a terminal gets
        return Console(file=io.StringIO(), width=200, color_system="standard", force_terminal=True)
    return Console(file=io.StringIO(), width=200, color_system=None)


def _printed_from_the_whole_list(
    findings: list[Finding], locales: list[str], units: int, *, verbose: bool, colour: bool
) -> str:
    """The report as printed from every finding held at once, one line per Rich call (the rule
    `print_report` states; never an emoji for a `:100:` in `path:100:`)."""
    out = _console(colour)
    from rich.markup import escape

    for locale in locales:
        mine = [f for f in findings if f.locale == locale]
        errors = sum(1 for f in mine if f.severity == "error")
        if mine:
            checks = ", ".join(f"{c} {n}" for c, n in Counter(f.check for f in mine).most_common())
            e, w = errors, len(mine) - errors
            line = f"{locale}: {e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)} ({checks})"
        else:
            line = f"{locale}: no findings"
        out.print(f"[bold]{escape(line)}[/]", soft_wrap=True, emoji=False)
        ordered = [f for f in mine if f.severity == "error"] + [f for f in mine if f.severity != "error"]
        summed = [f for f in ordered if not verbose and f.severity == "warning" and f.check in SUMMARISED_CHECKS]
        listed = [f for f in ordered if f not in summed]
        shown = listed if verbose else listed[:FINDINGS_LISTED]
        for f in shown:
            out.print(
                f"  [{'red' if f.severity == 'error' else 'yellow'}]{escape(format_finding(f))}[/]",
                soft_wrap=True,
                emoji=False,
            )
        if len(shown) < len(listed):
            out.print(f"  … and {len(listed) - len(shown)} more (--verbose lists them, --json for tools)", emoji=False)
        for check in dict.fromkeys(f.check for f in summed):
            per_file = Counter(f.path for f in summed if f.check == check)
            files = list(per_file.items())
            text = ", ".join(f"{p} ({n})" for p, n in files[:5]) + (
                f", and {len(files) - 5} more files" if len(files) > 5 else ""
            )
            total = sum(per_file.values())
            noun = f"{total} {check} unit" + ("" if total == 1 else "s")
            out.print(f"  [yellow]{escape(f'{noun}: {text} (--verbose lists them)')}[/]", soft_wrap=True, emoji=False)
    errors = sum(1 for f in findings if f.severity == "error")
    out.print(f"QA: {units} unit(s) checked, {errors} error(s), {len(findings) - errors} warning(s)", emoji=False)
    return out.file.getvalue()


@pytest.mark.parametrize("verbose,colour", [(False, False), (True, False), (True, True)])
def test_the_streamed_print_is_the_whole_list_print(project, verbose, colour):
    direct = _checked_directly(project)
    findings = [f for _, found in direct for f in found]
    report = run_qa(project, locales=LOCALES, domains=project.domains())
    out = _console(colour)
    print_report(report, out, verbose=verbose)
    units = sum(s.units for s, _ in direct)
    assert out.file.getvalue() == _printed_from_the_whole_list(
        findings, [x.code for x in LOCALES], units, verbose=verbose, colour=colour
    )
    assert ("… and" in out.file.getvalue()) is not verbose


class _CountingConsole(Console):
    """A console that is no terminal (a pipe, a file) and counts the Rich renders asked of it."""

    def __init__(self) -> None:
        super().__init__(file=io.StringIO(), width=80, soft_wrap=True, highlight=False)
        self.prints = 0

    def print(self, *args, **kwargs) -> None:
        self.prints += 1
        super().print(*args, **kwargs)


@pytest.mark.parametrize("verbose", [False, True])
def test_without_a_terminal_qa_prints_plain_text_byte_for_byte_what_rich_prints(project, verbose):
    """The CLI's console (80 columns, soft wrap) piped to a file: the plain writer makes no Rich
    call and writes the bytes Rich writes — long lines unwrapped, `path:100:` kept as written."""
    report = run_qa(project, locales=LOCALES, domains=project.domains())
    plain, rich = _CountingConsole(), _CountingConsole()
    print_report(report, plain, verbose=verbose)
    print_report(report, rich, verbose=verbose, plain=False)
    assert plain.prints == 0 and rich.prints > len(LOCALES)
    assert plain.file.getvalue() == rich.file.getvalue()
    assert ".po:100: " in plain.file.getvalue() or not verbose  # Rich made `:100:` an emoji (💯)
    assert "💯" not in plain.file.getvalue()


def test_plain_and_rich_print_agree_on_tabs_control_codes_markup_and_emoji_codes():
    """Findings quote translators' text: tabs, control characters, Rich markup and `:emoji:` codes
    in it come out of the plain writer as a Rich console without a terminal writes them."""
    texts = ["a\tb\tc", "bell\x07 back\x08 cr\r ff\x0c vt\x0b end", "[bold]x[/] \\[y] :smile: :100:", "two\nlines\t!"]
    findings = [
        Finding("de", "a", "a.po", 100 + n, "a:1", None, text, text, False, "numbers", "error", "Numbers differ.", text)
        for n, text in enumerate(texts)
    ]
    summary = CatalogSummary.of(findings, locale="de", domain="a", path="a.po", units=4)
    report = QAReport.in_memory(["de"], [(summary, findings)])
    plain, rich = _CountingConsole(), _CountingConsole()
    print_report(report, plain, verbose=True, plain=True)
    print_report(report, rich, verbose=True, plain=False)
    assert plain.file.getvalue() == rich.file.getvalue()
    assert ":smile: :100:" in plain.file.getvalue() and "\x07" not in plain.file.getvalue()


@pytest.mark.parametrize("plain", [True, False])
def test_an_escape_sequence_in_a_translation_is_shown_never_sent_to_the_terminal(plain):
    """A crafted msgstr quoted by a finding: OSC (retitle the terminal) and CSI (erase the
    line above) reach neither a terminal nor a log as control codes; the reader sees them."""
    text = "Zahl 5\x1b]0;owned\x07\x1b[1A\x1b[2K\x9b31m"
    finding = Finding(
        "de", "a", "a.po", 7, "a:1", None, "Number 5", text, False, "numbers", "error", "Numbers differ.", text
    )
    report = QAReport.in_memory(
        ["de"], [(CatalogSummary.of([finding], locale="de", domain="a", path="a.po", units=1), [finding])]
    )
    console = Console(file=io.StringIO(), width=200, force_terminal=not plain, soft_wrap=True)
    print_report(report, console, verbose=True, plain=plain)
    printed = console.file.getvalue()
    visible = re.sub("\x1b\\[[0-9;]*m", "", printed)  # Rich's own styles (SGR) on a terminal
    assert "\\x1b]0;owned\\x07\\x1b[1A" in visible and "\\x9b31m" in visible
    assert "\x07" not in printed and "\x9b" not in printed
    assert "\x1b]" not in printed and "\x1b[1A" not in printed  # Rich's own colour codes are CSI m, never these


def _live_findings() -> int:
    gc.collect()
    return sum(1 for item in gc.get_objects() if type(item) is Finding)


def test_qa_holds_one_catalogs_findings_at_a_time(project, monkeypatch):
    domains = project.domains()
    largest = max(len(found) for _, found in _checked_directly(project))
    held_while_checking: list[int] = []
    real_check = l10n.qa._judged  # each catalog's units checked (`run_qa` makes no `Finding` of them)

    def counting_check(*args, **kwargs):
        held_while_checking.append(_live_findings())
        return real_check(*args, **kwargs)

    monkeypatch.setattr(l10n.qa, "_judged", counting_check)
    report = run_qa(project, locales=LOCALES, domains=domains)
    total = sum(report.count(severity) for severity in ("error", "warning"))
    assert len(held_while_checking) == len(LOCALES) * len(domains) and total > 10 * largest
    assert max(held_while_checking) == 0, "no finding of a catalog checked before is held"
    assert _live_findings() == 0, "the report holds summaries, not findings"

    reads: list[int] = []
    real_read = report.read_findings
    assert real_read is not None

    def counting_read(catalog):
        reads.append(_live_findings())
        return real_read(catalog)

    report.read_findings = counting_read
    print_report(report, Console(file=io.StringIO(), width=200), verbose=False)
    with_findings = sum(1 for catalog in report.catalogs if catalog.counts)
    assert 0 < len(reads) < with_findings / 2, "a screen per locale reads a few catalogs, not all"
    reads.clear()
    report.write_json(lambda text: None)
    assert len(reads) == with_findings and max(reads) <= largest, "JSON: one catalog's findings at a time"


def test_status_after_qa_reads_no_catalog_and_counts_what_it_would_count(project, built, tmp_path, monkeypatch):
    import l10n.status
    from l10n.status import project_status

    alone = opened_copy(built, tmp_path / "alone")
    expected = [s.to_dict() for s in project_status(alone, locales=LOCALES, domains=alone.domains())]
    run_qa(project, locales=LOCALES, domains=project.domains())
    read: list[Path] = []
    real_add = l10n.status.add_catalog_file
    monkeypatch.setattr(
        l10n.status, "add_catalog_file", lambda status, path, **kw: (read.append(path), real_add(status, path, **kw))
    )
    assert [s.to_dict() for s in project_status(project, locales=LOCALES, domains=project.domains())] == expected
    assert read == []
    po = project.po_path(LOCALES[0], project.domains()[0])
    po.write_bytes(po.read_bytes().replace(b"#, fuzzy\n", b"", 1))  # a translator clears a fuzzy flag
    project_status(project, locales=LOCALES, domains=project.domains())
    assert read == [po], "a catalog changed since qa counted it is read again"


def test_status_in_workers_counts_what_one_process_counts(project, built, tmp_path):
    from l10n.status import project_status

    serial = opened_copy(built, tmp_path / "serial")
    fr = project.po_path(parse_locale("fr"), project.domains()[1])
    fr.unlink()  # a missing PO counts its template's units as untranslated, in a worker too
    (serial.po_path(parse_locale("fr"), serial.domains()[1])).unlink()
    one = [s.to_dict() for s in project_status(serial, locales=LOCALES, domains=serial.domains(), jobs=1)]
    two = [s.to_dict() for s in project_status(project, locales=LOCALES, domains=project.domains(), jobs=2)]
    assert two == one and one[2]["units"]["untranslated"] > 0
    again = project_status(project, locales=LOCALES, domains=project.domains(), jobs=2)  # stamps recorded here
    assert [s.to_dict() for s in again] == one


def test_findings_gone_from_the_stamps_are_checked_again_when_read(project):
    import sqlite3

    from l10n.memory.stamps import stamps_file

    direct = _checked_directly(project)
    report = run_qa(project, locales=LOCALES, domains=project.domains())
    with sqlite3.connect(stamps_file(project)) as db:  # a findings record lost (a crash, a cleanup)
        db.execute("DELETE FROM stamp WHERE stage = 'qa'")
    db.close()
    assert [report.findings_of(catalog) for catalog in report.catalogs] == [found for _, found in direct]


def test_the_run_record_keeps_no_copy_of_a_report_past_its_cap():
    """`qa --json` streams the document through the whole-run record's tee: past the size of a
    report it keeps, the tee keeps nothing more (a 515 MB document was held whole)."""
    from l10n.cli.records import MAX_REPORT_CHARS, _Tee

    tee = _Tee(io.StringIO())
    chunk = "x" * (1 << 20)
    for _ in range(MAX_REPORT_CHARS // len(chunk) + 8):
        tee.write(chunk)
    assert sum(len(part) for part in tee.parts) <= MAX_REPORT_CHARS + len(chunk)
    assert len(tee.text()) > MAX_REPORT_CHARS  # so `keep` still sees a report too long to keep


def test_the_gate_holds_from_the_record_what_it_holds_from_every_finding(project):
    """The publish gate reads only the error checks of qa's record (`recorded_errors`); what it
    holds must be what `held_units` holds given every finding the checks make, in the same
    order, and a catalog changed since qa ran is checked again rather than served its record."""
    from l10n.assemble.gate import held_units
    from l10n.catalog.po import read_translations
    from l10n.qa import recorded_errors

    direct = _checked_directly(project)
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    gate = Gate.for_project(project)
    held_somewhere = 0
    for summary, found in direct:
        locale = parse_locale(summary.locale)
        po = project.po_path(locale, summary.domain)
        expected = held_units(read_translations(po), found)
        assert recorded_errors(project, gate.qa_lookup, locale=locale, domain=summary.domain) is not None
        translations, held = gate.gated_translations(po, locale=locale, domain=summary.domain)
        assert list(held.items()) == list(expected.items()), summary.path
        assert translations == read_translations(po)
        held_somewhere += len(held)
    assert held_somewhere  # pseudo-translation drops values: the comparison is not of empty dicts
    changed = next(s for s, _ in direct if s.count("error"))
    locale = parse_locale(changed.locale)
    po = project.po_path(locale, changed.domain)
    po.write_text(po.read_text(encoding="utf-8").replace("{", "{{x", 1), encoding="utf-8")
    assert recorded_errors(project, gate.qa_lookup, locale=locale, domain=changed.domain) is None
    fresh, _ = check_catalog(po, locale=locale, glossary=project_glossary(project), domain=changed.domain)
    assert gate.gated_translations(po, locale=locale, domain=changed.domain)[1] == held_units(
        read_translations(po), fresh
    )
