"""`assemble`'s workers fork warm (issue 16, sessions 47 and 48: `assembly.assemble_domains`).

With `--jobs` 2 or more, each worker loaded for itself, on its first article, what the parent
never loads when it builds nothing: the three writers and what they import, each locale's CLDR
data and date pattern (~60 ms of CPU a worker against ~7 ms for its next article). Session 47 had
the parent build the first stale article's editions in memory before the pool forked, and the
worker that got the article built them again; since session 48 the parent builds and writes that
article itself, as one process does, and the pool, given the rest, forks once it is done. The
bytes the workers write are held to one process's by `tests/test_assemble18_gate_once.py`, and
here against `--jobs 1`.

The project is real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) from `bench/chain.py`'s
corpus, de pseudo-translated (fuzzy MT) and ja too (ja's script check holds every unit), fr
untranslated; `qa` run first, as a chain runs it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import files_below, opened_copy, pseudo_translated_project

import l10n.assembly
from l10n.errors import CatalogError
from l10n.locales import parse_locale
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


def _stamp_rows(project: Project) -> list:
    with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
        return db.execute("SELECT * FROM stamp WHERE stage LIKE 'assemble%' ORDER BY stage, key").fetchall()


FORKING = """
import json, sys
from pathlib import Path
import babel.localedata
import l10n.assemble, l10n.assembly
from l10n.assemble.dateline import _long_date_pattern
from l10n.locales import TargetLocale
from l10n.project import Project

project = Project.open(Path(sys.argv[1]))
locales = [TargetLocale(code) for code in sys.argv[2].split(",")]
formats = tuple(sys.argv[3].split(","))
real, seen = l10n.assembly.in_worker_processes, {}


def pool(work, items, **options):  # a generator, as the real one: its body runs when it is first asked
    items = list(items)
    seen["sent"] = [plan[0] for plan in items]
    seen["loaded"] = [
        sorted(l10n.assemble._WRITERS), sorted(babel.localedata._cache), _long_date_pattern.cache_info().currsize
    ]
    seen["written"] = sorted(p.relative_to(project.build_dir).as_posix() for p in project.build_dir.rglob("*.*"))
    yield from real(work, items, **options)


l10n.assembly.in_worker_processes = pool
before = [sorted(l10n.assemble._WRITERS), sorted(babel.localedata._cache), _long_date_pattern.cache_info().currsize]
results = list(l10n.assembly.assemble_domains(project, project.domains(), locales, formats=formats, jobs=2))
print(json.dumps({"before": before, **seen, "results": len(results), "all_written": all(r.written for r in results)}))
"""


def test_the_pool_forks_after_the_first_article_is_built_here(prepared: Path, tmp_path: Path) -> None:
    """In a process of its own, as the parent of a pool is (in this test process another test may
    have loaded any of it already): nothing of it loaded before, and when the pool is first asked
    for results (it forks then) the first article's editions are written here, the writers and
    every locale's CLDR data and date pattern loaded, and the pool is sent the other articles."""
    project = opened_copy(prepared, tmp_path / "project")
    domains = project.domains()
    done = subprocess.run(
        [
            *(sys.executable, "-P", "-c", FORKING),
            *(str(project.root), ",".join(loc.code for loc in LOCALES), ",".join(FORMATS)),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    writers_before, cldr_before, dates_before = seen["before"]
    assert not writers_before and not {"de", "ja", "fr"} & set(cldr_before) and dates_before == 0
    assert seen["sent"] == domains[1:]  # the first stale article is not sent: it is built here
    writers, cldr, dates = seen["loaded"]
    assert set(writers) == set(FORMATS)
    assert {"de", "ja", "fr"} <= set(cldr), cldr
    assert dates >= len(LOCALES)
    assert seen["written"] == sorted(f"{loc.code}/{domains[0]}.{fmt}" for loc in LOCALES for fmt in FORMATS)
    assert seen["results"] == len(domains) * len(LOCALES) * len(FORMATS) and seen["all_written"]


def test_a_damaged_first_catalog_is_refused_before_any_worker_starts(
    prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = opened_copy(prepared, tmp_path / "project")
    first = project.domains()[0]
    damaged = project.po_path(TRANSLATED[0], first)
    damaged.write_bytes(damaged.read_bytes() + b'\nmsgid "unterminated\n')
    started: list = []
    real = l10n.assembly.in_worker_processes

    def pool(work, items, **options):
        started.append(True)
        yield from real(work, items, **options)

    monkeypatch.setattr(l10n.assembly, "in_worker_processes", pool)
    stamps_before = _stamp_rows(project)
    with pytest.raises(CatalogError) as refused:
        list(l10n.assembly.assemble_domains(project, project.domains(), LOCALES, formats=FORMATS, jobs=2))
    assert damaged.name in str(refused.value)
    assert not started  # refused as one process refuses it: no pool forked
    assert not project.build_dir.exists() or not any(project.build_dir.rglob("*.*"))  # none of its editions
    assert _stamp_rows(project) == stamps_before


def test_assemble_with_workers_writes_what_one_process_writes(prepared: Path, tmp_path: Path) -> None:
    one, two = opened_copy(prepared, tmp_path / "one"), opened_copy(prepared, tmp_path / "two")
    alone = list(l10n.assembly.assemble_domains(one, one.domains(), LOCALES, formats=FORMATS, jobs=1))
    pooled = list(l10n.assembly.assemble_domains(two, two.domains(), LOCALES, formats=FORMATS, jobs=2))
    assert len(pooled) == len(alone) == 10 * len(LOCALES) * len(FORMATS) and all(r.written for r in pooled)
    assert files_below(two.build_dir) == files_below(one.build_dir)
