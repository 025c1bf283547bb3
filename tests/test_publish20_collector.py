"""A cold `publish` runs no cyclic garbage collection pass while it makes the site, and leaves
the collector as it found it (issue 16, session 20: `collector.collector_paused`, as assemble).

Rendering and writing 22,000 pages allocates millions of objects and next to no cycles, so the
passes those allocations trigger find next to nothing. The project: real Wikinews reports
(`bench/data/wikinews`, CC BY 2.5) from `bench/chain.py`'s corpus, de pseudo-translated, fr
untranslated, `qa` and `assemble` run first, as a chain runs them.
"""

from __future__ import annotations

import gc
import shutil

import pytest
from conftest import pseudo_translated_project

from l10n.assembly import assemble_domains
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish import publish_project
from l10n.qa import run_qa

TRANSLATED = [parse_locale("de")]
LOCALES = [*TRANSLATED, parse_locale("fr")]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("collector") / "project"
    project, _ = pseudo_translated_project(root, 12, locales=LOCALES, translated=TRANSLATED)
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    list(assemble_domains(project, project.domains(), LOCALES, formats=("html",), jobs=1))
    return project


def _cold(project: Project) -> None:
    shutil.rmtree(project.site_dir, ignore_errors=True)


def test_a_cold_publish_makes_no_collection_pass(project: Project, passes: list[int]) -> None:
    """One pass at most: the one the run's allocations make due as soon as the pause ends."""
    publish_project(project, domains=project.domains()[:1], locales=LOCALES)  # imports done
    _cold(project)
    assert gc.isenabled()
    gc.collect()
    before = len(passes)
    report = publish_project(project, domains=project.domains(), locales=LOCALES)
    during = len(passes) - before
    assert report.written
    assert during <= 1
    assert gc.isenabled()
