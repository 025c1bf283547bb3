"""A cold `assemble` runs no cyclic garbage collection pass while it builds and writes editions,
and leaves the collector as it found it (issue 16, session 20: `collector.collector_paused`).

The passes the collector makes as editions allocate found next to nothing (under 600 objects in
a cold 1,000 × 10 run) and walked the whole heap now and then: ~20 % of the run's user CPU. The
editions written are the same bytes either way (`bench/site_write.py` compares build/).

The project is real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) from `bench/chain.py`'s
corpus, de pseudo-translated (fuzzy MT), ja too (its script check holds every unit), fr
untranslated; `qa` run first, as a chain runs it.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator

import pytest
from conftest import pseudo_translated_project

from l10n.assembly import assemble_domains
from l10n.collector import collector_paused
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.qa import run_qa

TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]
FORMATS = ("html", "md", "txt")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("collector") / "project"
    project, _ = pseudo_translated_project(root, 12, locales=LOCALES, translated=TRANSLATED)
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    return project


def _cold(project: Project) -> None:
    shutil.rmtree(project.build_dir, ignore_errors=True)
    (project.state_dir / ".stamps.sqlite3").unlink(missing_ok=True)


def test_a_cold_assemble_makes_no_collection_pass(project: Project, passes: list[int]) -> None:
    """Counted from a fresh count up to the end of the run: one pass at most, the one the
    run's allocations make due as soon as the pause ends (they still count towards it); before
    the pause, these 36 editions made five."""
    _cold(project)
    list(assemble_domains(project, project.domains()[:1], LOCALES, formats=FORMATS, jobs=1))  # imports done
    _cold(project)
    domains = project.domains()
    assert gc.isenabled()
    gc.collect()  # the allocations counted so far start from nothing (a pass may be due)
    before = len(passes)
    results = list(assemble_domains(project, domains, LOCALES, formats=FORMATS, jobs=1))
    during = len(passes) - before
    assert sum(result.written for result in results) == len(domains) * len(LOCALES) * len(FORMATS)
    assert during <= 1
    assert gc.isenabled()  # as it was found


def test_the_collector_is_back_after_an_error(project: Project, passes: list[int]) -> None:
    """An article refused half-way (its template names an article that is gone): the pause
    ends with the run."""
    _cold(project)
    domains = project.domains()
    with pytest.raises(Exception):  # noqa: B017  (whatever the refusal: the collector is what is checked)
        list(assemble_domains(project, [*domains[:2], "no-such-article"], LOCALES, formats=FORMATS, jobs=1))
    assert gc.isenabled()


def test_a_callers_pause_is_kept() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
