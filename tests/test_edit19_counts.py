"""Per-catalog loops of an edit run made cheaper keep their answers: a catalog's path from a
remembered domain check (`Project.po_file`), and QA's totals counted once per catalog list
(`QAReport.count`) yet current as summaries are added or the list replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l10n.errors import ProjectError
from l10n.project import Project
from l10n.qa.report import CatalogSummary, QAReport


def test_a_refused_domain_is_refused_every_time(tmp_path: Path) -> None:
    project = Project.open(tmp_path)
    for _ in range(2):  # a refusal is never remembered as a valid name
        with pytest.raises(ProjectError):
            project.po_file("de", "../escape")
        with pytest.raises(ProjectError):
            project.pot_file("a/b")
    assert project.po_file("de", "a.b") == os.path.join(project.locales_dir, "de", "LC_MESSAGES", "a.b.po")
    assert project.pot_file("a.b") == os.path.join(project.locales_dir, "a.b.pot")


def _summary(domain: str, *counts: tuple[str, str, int]) -> CatalogSummary:
    return CatalogSummary("de", domain, f"locales/de/LC_MESSAGES/{domain}.po", 10, counts)  # type: ignore[arg-type]


def test_totals_follow_the_catalogs() -> None:
    """Fails if the kept totals are not counted again after a summary is added or the list is
    replaced (a report's count would then miss the catalogs checked last)."""
    report = QAReport(locales=["de"])
    assert report.count("error") == 0
    report.catalogs.append(_summary("a", ("placeholders", "error", 2), ("script", "warning", 3)))
    assert (report.count("error"), report.count("warning")) == (2, 3)
    report.catalogs.append(_summary("b", ("numbers", "error", 1)))
    assert (report.count("error"), report.count("warning")) == (3, 3)
    assert report.exit_status() == 1
    report.catalogs = [_summary("c", ("script", "warning", 1))]
    assert (report.count("error"), report.count("warning")) == (0, 1)
    assert report.exit_status() == 0 and report.exit_status(fail_on="warning") == 1
    expected = sum(n for c in report.catalogs for _, level, n in c.counts if level == "warning")
    assert report.count("warning") == expected
