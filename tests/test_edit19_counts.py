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


def test_code_files_are_those_rglob_finds(tmp_path: Path) -> None:
    """`fingerprint.code_state` lists the package by `scandir`: the same entries, in the same
    form, as the `Path.rglob("*")` rule it replaces — a symlinked folder not entered, a folder
    with a code suffix listed, `__pycache__` left out, a dot-file's suffix as `Path.suffix` sees it."""
    from l10n.fingerprint import _CODE_SUFFIXES, _code_files, code_file_state

    package = tmp_path / "package"
    for name in ("a.py", "b.txt", "c.pyc", ".py", ".hidden.py", "sub/d.j2", "sub/deeper/e.json", "sub/f.toml.bak"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(name, encoding="utf-8")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "a.cpython-311.pyc.txt").write_text("x", encoding="utf-8")
    (package / "folder.json").mkdir()
    (package / "folder.json" / "g.css").write_text("g", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "h.py").write_text("h", encoding="utf-8")
    (package / "linked").symlink_to(tmp_path / "elsewhere")
    (package / "linked.py").symlink_to(tmp_path / "elsewhere" / "h.py")

    expected = sorted(
        f"{path.relative_to(package)}={code_file_state(path)}"
        for path in package.rglob("*")
        if path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts
    )
    found: list[str] = []
    _code_files(str(package), "", found)
    assert sorted(found) == expected
    assert any(entry.startswith("sub/deeper/e.json=") for entry in found)
    assert not any(entry.startswith("linked/") for entry in found)
