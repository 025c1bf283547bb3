"""A worker process unpickles the publish gate once, not once per chunk of articles (issue 16,
session 18: `Gate.__reduce__`), and never takes a gate kept from before for a new one.

The project is real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) from `bench/chain.py`'s
corpus, de pseudo-translated (fuzzy MT) and ja too (ja's script check holds every unit), fr
untranslated; `qa` run first, as a chain runs it, so the gate takes its records.
"""

from __future__ import annotations

import pickle
import sqlite3

import pytest
from conftest import pseudo_translated_project

from l10n.assemble.gate import Gate
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.qa import run_qa

TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("gate-once") / "project"
    project, _ = pseudo_translated_project(root, 18, locales=LOCALES, translated=TRANSLATED)
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    return project


def _answers(gate: Gate, project: Project) -> list:
    return [
        gate.gated_translations(project.po_path(locale, domain), locale=locale, domain=domain)
        for locale in LOCALES
        for domain in project.domains()
    ]


def test_a_gate_sent_again_is_the_one_unpickled_before(project: Project) -> None:
    gate = Gate.for_project(project)
    first = pickle.loads(pickle.dumps(gate))
    assert pickle.loads(pickle.dumps(gate)) is first  # the chunks after the first: no new gate
    assert first is not gate and first.record_key == gate.record_key
    assert _answers(first, project) == _answers(gate, project)


def test_a_new_gate_is_never_served_an_older_one(project: Project) -> None:
    """The glossary edited after a gate was sent: the next run's gate (another record key, another
    glossary) is what reaches the worker, not the one it kept."""
    old = pickle.loads(pickle.dumps(Gate.for_project(project)))
    glossary = project.locales_dir / "glossary.csv"
    kept = glossary.read_bytes()
    try:
        glossary.write_bytes(kept + b"\nsession eighteen,de,Sitzung achtzehn,,\n")
        new = Gate.for_project(project)
        sent = pickle.loads(pickle.dumps(new))
        assert sent is not old
        assert sent.record_key == new.record_key != old.record_key
        assert sent.glossary == new.glossary != old.glossary
    finally:
        glossary.write_bytes(kept)


def test_editions_built_in_workers_are_those_built_here(project: Project) -> None:
    """Three chunks of articles in two workers, each chunk sent the gate: every file of build/ as
    one process writes it, and the same units held back."""
    from l10n.assembly import assemble_domains

    def build(jobs: int) -> tuple[dict[str, bytes], list]:
        for stale in project.build_dir.rglob("*.*"):  # cold: no edition, no stamp of assemble's
            stale.unlink()
        with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
            db.execute("DELETE FROM stamp WHERE stage LIKE 'assemble%'")
        gate = Gate.for_project(project)
        formats = ("html", "md", "txt")
        results = list(assemble_domains(project, project.domains(), LOCALES, formats=formats, gate=gate, jobs=jobs))
        files = {p.relative_to(project.build_dir).as_posix(): p.read_bytes() for p in project.build_dir.rglob("*.*")}
        return files, [(r.domain, r.locale, r.written, r.held) for r in results]

    alone, here = build(1)
    in_workers, there = build(2)
    assert len(alone) == 18 * 3 * 3 and in_workers == alone
    assert there == here and any(held for *_, held in here)
