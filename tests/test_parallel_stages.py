"""qa, assemble and publish in worker processes: the same findings and bytes, in the same order, as
in one process;
a broken catalog is one typed error after the articles before it; the publish gate takes the
findings `qa` recorded only while the catalog is as `qa` saw it.

The articles are real Wikinews reports (`bench/data/wikinews`, CC BY 2.5), written as Markdown
by `bench/chain.py`'s `build_corpus` — more than one chunk of `l10n.parallel`, so workers run.
"""

from __future__ import annotations

import importlib.util
import pickle
import shutil
from pathlib import Path

import polib
import pytest
from conftest import files_below as _files
from conftest import opened_copy, pseudo_translated_project

from l10n.assemble.gate import Gate
from l10n.assembly import assemble_domains
from l10n.errors import L10nError
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish import publish_project
from l10n.qa import check_catalog, recorded_findings, run_qa

LOCALES = [parse_locale("de"), parse_locale("ja")]
ARTICLES = 20


@pytest.fixture(scope="module")
def translated(tmp_path_factory) -> Path:
    """A project of 20 real articles, extracted, pseudo-translated and QA'd (built once)."""
    root = tmp_path_factory.mktemp("translated") / "project"
    project, domains = pseudo_translated_project(root, ARTICLES, locales=LOCALES, translated=LOCALES)
    run_qa(project, locales=LOCALES, domains=domains)
    return root


def _domains(project: Project) -> list[str]:
    return sorted(path.stem for path in project.seeds_dir.glob("*.md"))


def _assembled(project: Project, *, jobs: int) -> list[tuple]:
    results = assemble_domains(project, _domains(project), LOCALES, formats=("html", "md", "txt"), jobs=jobs)
    return [(r.domain, r.locale, project.relative(r.path), r.written, r.counts, r.held) for r in results]


def test_assemble_in_workers_writes_what_one_process_writes_in_the_same_order(translated, tmp_path):
    serial, parallel = opened_copy(translated, tmp_path / "serial"), opened_copy(translated, tmp_path / "parallel")
    one, two = _assembled(serial, jobs=1), _assembled(parallel, jobs=2)
    assert one == two
    assert [row[0] for row in two[:: len(LOCALES) * 3]] == _domains(parallel)
    assert len(two) == ARTICLES * len(LOCALES) * 3 and all(row[3] for row in two)
    assert any(row[5] for row in two), "some units are held back: the gate ran in the workers"
    assert _files(serial.root / "build") == _files(parallel.root / "build")
    # this process recorded the stamps: a second parallel run rebuilds nothing
    assert not any(row[3] for row in _assembled(parallel, jobs=2))


def test_publish_in_workers_writes_the_same_site(translated, tmp_path):
    serial, parallel = opened_copy(translated, tmp_path / "serial"), opened_copy(translated, tmp_path / "parallel")
    one = publish_project(serial, domains=_domains(serial), locales=LOCALES, jobs=1)
    two = publish_project(parallel, domains=_domains(parallel), locales=LOCALES, jobs=2)
    assert [p.relative_to(parallel.root) for p in two.written] == [p.relative_to(serial.root) for p in one.written]
    assert two.held == one.held and two.not_ready == one.not_ready
    assert _files(serial.site_dir) == _files(parallel.site_dir)
    again = publish_project(parallel, domains=_domains(parallel), locales=LOCALES, jobs=2)
    assert not again.written and len(again.unchanged) == len(two.written)


def test_qa_in_workers_reports_what_one_process_reports_in_the_same_order(translated, tmp_path, monkeypatch):
    monkeypatch.setattr("l10n.parallel.WORKERS_FROM", 2)  # 40 catalogs: workers, not `jobs_for`'s one process
    serial, parallel = opened_copy(translated, tmp_path / "serial"), opened_copy(translated, tmp_path / "parallel")
    one = run_qa(serial, locales=LOCALES, domains=_domains(serial), jobs=1)
    two = run_qa(parallel, locales=LOCALES, domains=_domains(parallel), jobs=2)
    assert two.findings == one.findings and two.units == one.units > 0
    assert any(f.severity == "error" for f in two.findings)
    assert [f.path for f in two.findings] == sorted((f.path for f in two.findings), key=lambda p: (p.split("/")[1], p))
    again = run_qa(parallel, locales=LOCALES, domains=_domains(parallel), jobs=2)  # stamps recorded here
    assert again.findings == two.findings


def test_a_broken_catalog_in_a_worker_is_one_typed_error_after_the_articles_before_it(translated, tmp_path):
    project = opened_copy(translated, tmp_path / "broken")
    domains = _domains(project)
    broken = project.po_path(LOCALES[1], domains[13])
    broken.write_bytes(broken.read_bytes() + b'\nmsgid "Latin-1 \xe9"\nmsgstr ""\n')  # not UTF-8
    done = []
    with pytest.raises(L10nError) as raised:
        for result in assemble_domains(project, domains, LOCALES, formats=("html",), jobs=2):
            done.append(result.domain)
    assert str(raised.value).startswith(f"{broken}:")
    # the articles before it; none of its editions: an article's catalogs are all read before
    # any of its editions is written (session 15: its de edition came out, then the ja PO failed)
    assert list(dict.fromkeys(done)) == domains[:13]


def test_the_gate_takes_recorded_findings_only_for_the_catalog_qa_saw(translated, tmp_path):
    project = opened_copy(translated, tmp_path / "gate")
    domain, locale = _domains(project)[3], LOCALES[0]
    po = project.po_path(locale, domain)
    gate = Gate.for_project(project)
    assert recorded_findings(project, gate.qa_lookup, locale=locale, domain=domain) is None  # a copy: other files
    run_qa(project, locales=LOCALES, domains=_domains(project))
    recorded = recorded_findings(project, gate.qa_lookup, locale=locale, domain=domain)
    checked, _ = check_catalog(
        po, locale=locale, glossary=gate.glossary, domain=domain, path_label=project.relative(po)
    )
    assert recorded is not None and recorded == checked
    # a translator breaks a placeholder after qa ran: the gate must see it, not the old findings
    catalog = polib.pofile(str(po))
    entry = next(e for e in catalog if "{" in e.msgid and e.msgstr)
    entry.msgstr = entry.msgstr.replace("{", "(").replace("}", ")")
    entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]  # and signs it off (unfinished: held anyway)
    catalog.save(str(po))
    assert recorded_findings(project, gate.qa_lookup, locale=locale, domain=domain) is None
    _, held = gate.gated_translations(po, locale=locale, domain=domain)
    assert held[(entry.msgctxt, entry.msgid)].startswith("qa: ")


def test_a_locale_travels_to_a_worker_as_its_code():
    locale = parse_locale("zh_TW")
    assert locale.bcp47 == "zh-Hant-TW"  # CLDR data now cached on the object
    data = pickle.dumps(locale)
    assert len(data) < 200
    copy = pickle.loads(data)
    assert copy == locale and copy.bcp47 == "zh-Hant-TW" and copy.babel == locale.babel
