"""`assemble`'s workers fork warm (issue 16, session 47: `assembly.load_before_fork`).

With `--jobs` 2 or more, each worker loaded for itself, on its first article, what the parent
never loads when it builds nothing: the three writers and what they import, each locale's CLDR
data and date pattern (~60 ms of CPU a worker against ~7 ms for its next article). The parent now
builds the first stale article's editions in memory before the pool forks, writing and recording
nothing. The bytes the workers write are held to one process's by
`tests/test_assemble18_gate_once.py` (three chunks in two workers against one process).

The project is real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) from `bench/chain.py`'s
corpus, de pseudo-translated (fuzzy MT) and ja too (ja's script check holds every unit), fr
untranslated; `qa` run first, as a chain runs it.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import babel.localedata
import pytest
from conftest import opened_copy, pseudo_translated_project

import l10n.assemble
import l10n.assembly
from l10n.assemble.dateline import _long_date_pattern
from l10n.assemble.gate import Gate
from l10n.assembly import source_and_probes
from l10n.assembly_plan import EDITION_STAGE, edition_plan
from l10n.errors import CatalogError
from l10n.locales import TargetLocale, parse_locale
from l10n.memory.stamps import stage_stamps
from l10n.project import Project
from l10n.qa import run_qa

TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]
FORMATS = ("html", "md", "txt")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fork47") / "project"
    project, _ = pseudo_translated_project(root, 10, locales=LOCALES, translated=TRANSLATED)
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    return root


def _stale_plans(project: Project) -> list:
    """Every article's plan, its locales made anew as a worker gets them (`TargetLocale.__reduce__`):
    no CLDR data loaded with them."""
    locales = [TargetLocale(locale.code) for locale in LOCALES]
    with stage_stamps(project, EDITION_STAGE) as stamps:
        return [
            edition_plan(project, domain, source_and_probes(project, domain)[0], locales, FORMATS, stamps, None, None)
            for domain in project.domains()
        ]


def _stamp_rows(project: Project) -> list:
    with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
        return db.execute("SELECT * FROM stamp WHERE stage LIKE 'assemble%' ORDER BY stage, key").fetchall()


WARM_UP = """
import json, sys
from pathlib import Path
import babel.localedata
import l10n.assemble, l10n.assembly
from l10n.assemble.dateline import _long_date_pattern
from l10n.assemble.gate import Gate
from l10n.assembly import source_and_probes
from l10n.assembly_plan import EDITION_STAGE, edition_plan
from l10n.locales import TargetLocale
from l10n.memory.stamps import stage_stamps
from l10n.project import Project

project = Project.open(Path(sys.argv[1]))
locales = [TargetLocale(code) for code in sys.argv[2].split(",")]
formats = tuple(sys.argv[3].split(","))
with stage_stamps(project, EDITION_STAGE) as stamps:
    plans = [
        edition_plan(project, domain, source_and_probes(project, domain)[0], locales, formats, stamps, None, None)
        for domain in project.domains()
    ]
before = (sorted(l10n.assemble._WRITERS), sorted(babel.localedata._cache), _long_date_pattern.cache_info().currsize)
l10n.assembly.load_before_fork(project, plans, formats, Gate.for_project(project))
after = (sorted(l10n.assemble._WRITERS), sorted(babel.localedata._cache), _long_date_pattern.cache_info().currsize)
print(json.dumps([before, after]))
"""


def test_the_warm_up_loads_writers_and_locale_data_and_writes_nothing(prepared: Path, tmp_path: Path) -> None:
    """In a process of its own, as the parent of a pool is (in this test process another test may
    have loaded any of it already): nothing of it loaded before the warm-up, all of it after."""
    project = opened_copy(prepared, tmp_path / "project")
    plans = _stale_plans(project)
    assert plans and all(recorded is None for _, _, editions in plans for _, recorded in editions)
    stamps_before = _stamp_rows(project)

    done = subprocess.run(
        [sys.executable, "-c", WARM_UP, str(project.root), ",".join(loc.code for loc in LOCALES), ",".join(FORMATS)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    (writers_before, cldr_before, dates_before), (writers, cldr, dates) = json.loads(done.stdout.splitlines()[-1])
    assert not writers_before and not {"de", "ja", "fr"} & set(cldr_before) and dates_before == 0
    assert set(writers) == set(FORMATS)
    assert {"de", "ja", "fr"} <= set(cldr), cldr
    assert dates >= len(LOCALES)
    assert not project.build_dir.exists() or not any(project.build_dir.rglob("*.*"))
    assert _stamp_rows(project) == stamps_before


def test_a_damaged_first_catalog_is_left_to_the_worker_that_builds_it(prepared: Path, tmp_path: Path) -> None:
    """The warm-up raises nothing: the article's error is the worker's to report, in its place."""
    project = opened_copy(prepared, tmp_path / "project")
    plans = _stale_plans(project)
    damaged = project.po_path(TRANSLATED[0], plans[0][0])
    damaged.write_bytes(damaged.read_bytes() + b'\nmsgid "unterminated\n')
    assert l10n.assembly.load_before_fork(project, plans, FORMATS, Gate.for_project(project)) is None
    assert not project.build_dir.exists() or not any(project.build_dir.rglob("*.*"))
    with pytest.raises(CatalogError) as refused:  # and the worker reports it, naming the catalog
        list(l10n.assembly.assemble_domains(project, project.domains(), LOCALES, formats=FORMATS, jobs=2))
    assert damaged.name in str(refused.value)
    assert not any(project.build_dir.rglob(f"{plans[0][0]}.*"))  # none of the article's editions


def test_assemble_in_workers_forks_after_the_warm_up(
    prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = opened_copy(prepared, tmp_path / "project")
    given: list = []
    real = l10n.assembly.in_worker_processes

    def recording(work, items, **options):
        given.append(options.get("before_fork"))
        return real(work, items, **options)

    monkeypatch.setattr(l10n.assembly, "in_worker_processes", recording)
    results = list(l10n.assembly.assemble_domains(project, project.domains(), LOCALES, formats=FORMATS, jobs=2))
    assert len(results) == 10 * len(LOCALES) * len(FORMATS) and all(result.written for result in results)
    assert len(given) == 1 and isinstance(given[0], functools.partial)
    assert given[0].func is l10n.assembly.load_before_fork
    assert [plan[0] for plan in given[0].args[1]] == project.domains()  # the stale articles, first one first
