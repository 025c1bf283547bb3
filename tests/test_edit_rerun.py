"""A one-sentence edit's re-run takes its short cuts and still sees every change: catalogs
stat'ed through joined strings (`Project.po_file`), shared inputs stat'ed once
(`fingerprint(known=…)`), one listing per folder (`catalog_sync.catalog_files`), no worker pool for
a few stale catalogs (`parallel.jobs_for`) — each checked against the full path it replaces."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polib
import pytest
from test_incremental import LOCALES, Recording, chain, domain_of

from l10n.errors import ProjectError
from l10n.fingerprint import fingerprint, stats_of
from l10n.locales import parse_locale
from l10n.memory.catalog_sync import catalog_files
from l10n.memory.stamps import STAMPS_FILE_NAME
from l10n.parallel import WORKERS_FROM, jobs_for
from l10n.project import Project
from l10n.qa import run_qa
from l10n.status import project_status


@pytest.fixture
def project(project_root: Path) -> Project:
    Recording.seen.clear()
    return Project.open(project_root)


def test_catalog_files_list_what_the_glob_lists(tmp_path: Path) -> None:
    project = Project.open(tmp_path)
    for code in ("ja", "de", "pt_BR"):
        folder = project.locales_dir / code / "LC_MESSAGES"
        folder.mkdir(parents=True)
        for name in ("b.po", "a.po", ".hidden.po", "notes.txt", "a.po~", "B.po"):
            (folder / name).write_text("", encoding="utf-8")
    (project.locales_dir / "de" / "LC_MESSAGES" / "folder.po").mkdir()  # a folder the glob lists too
    (project.locales_dir / "ko").mkdir()  # no LC_MESSAGES
    (project.locales_dir / "fr").symlink_to(project.locales_dir / "ja")  # a symlinked locale folder
    (project.locales_dir / "x.po").write_text("", encoding="utf-8")  # not a locale's

    globbed = sorted(project.locales_dir.glob("*/LC_MESSAGES/*.po"))
    listed = catalog_files(project)
    assert [Path(path) for _, _, path in listed] == globbed
    assert [(locale.code, domain) for locale, domain, _ in listed][:2] == [("de", ".hidden"), ("de", "B")]
    only = catalog_files(project, locales=[parse_locale("ja")])
    assert [Path(path) for _, _, path in only] == [path for path in globbed if path.parent.parent.name == "ja"]


def test_po_file_is_po_path_as_text(project: Project) -> None:
    for code in ("de", "pt_BR", "zh_TW"):
        for domain in ("a", "article-00500", "x.y_z-1"):
            assert project.po_file(code, domain) == os.fspath(project.po_path(parse_locale(code), domain))
            assert project.pot_file(domain) == os.fspath(project.pot_path(domain))
    with pytest.raises(ProjectError):
        project.po_file("de", "../escape")
    with pytest.raises(ProjectError):
        project.pot_file("a/b")


def test_a_known_stat_gives_the_fingerprint_of_its_moment(tmp_path: Path) -> None:
    po, glossary, absent = tmp_path / "a.po", tmp_path / "glossary.csv", tmp_path / "gone.json"
    po.write_text('msgid ""\n', encoding="utf-8")
    glossary.write_text("term,de\n", encoding="utf-8")
    files = [po, glossary, absent]
    known = stats_of([glossary, absent])
    assert fingerprint(files, settings="s", known=known) == fingerprint(files, settings="s")
    before = fingerprint(files, settings="s")
    glossary.write_text("term,de,changed\n", encoding="utf-8")  # after the known stat: found next time
    os.utime(glossary, ns=(1_000_000_000, 1_000_000_000))
    assert fingerprint(files, settings="s", known=known) == before
    assert fingerprint(files, settings="s") != before
    absent.write_text("[]", encoding="utf-8")
    assert fingerprint(files, settings="s") != fingerprint(files, settings="s", known=known)


def test_few_stale_items_stay_in_this_process() -> None:
    assert jobs_for(10, 2) == 1
    assert jobs_for(WORKERS_FROM - 1, 4) == 1
    assert jobs_for(WORKERS_FROM, 2) == 2
    assert jobs_for(10_000, 1) == 1


def _from_scratch(project: Project, locales, domains) -> tuple[list, list]:
    """qa's summaries and status's counts with no stamps: every catalog read again."""
    for stamps in project.state_dir.glob(STAMPS_FILE_NAME + "*"):
        stamps.unlink()
    return _rerun(project, locales, domains, jobs=1)


def _rerun(project: Project, locales, domains, *, jobs: int) -> tuple[list, list]:
    qa = run_qa(project, locales=locales, domains=domains, jobs=jobs)
    summaries = [(c.locale, c.domain, c.path, c.units, c.counts) for c in qa.catalogs]
    errors = sorted((f.locale, f.line, f.check) for f in qa.findings)
    status = [s.to_dict() for s in project_status(project, locales=locales, domains=domains, jobs=jobs)]
    return [summaries, errors], status


def test_edited_deleted_and_new_catalogs_are_seen_as_a_full_run_sees_them(project: Project) -> None:
    chain(project)
    domain = domain_of(project)
    domains = [domain]
    de = project.po_path(LOCALES[0], domain)

    # a translator's edit in place, same size and modification time, at once (in the clock
    # tick of the last run's stats, where only the racy-file rule tells it)
    catalog = polib.pofile(str(de))
    entry = next(e for e in catalog if "{" in e.msgid and e.msgstr)
    entry.msgstr = entry.msgstr.replace("{", "(").replace("}", ")")
    entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    held = de.stat()
    catalog.save(str(de))
    os.utime(de, ns=(held.st_atime_ns, held.st_mtime_ns))
    edited = _rerun(project, LOCALES, domains, jobs=2)
    assert any(check == "placeholders" for locale, _, check in edited[0][1] if locale == "de")
    assert edited == _from_scratch(project, LOCALES, domains)  # which records the stamps again

    # a deleted catalog, and a locale that was never there
    project.po_path(LOCALES[1], domain).unlink()
    with_new = [*LOCALES, parse_locale("fr")]
    changed = _rerun(project, with_new, domains, jobs=2)
    statuses = {item["locale"]: item for item in changed[1]}
    assert statuses["ja"]["units"]["untranslated"] == statuses["ja"]["total_units"] > 0  # its template's units
    assert statuses["fr"]["catalogs"] == 1 and statuses["fr"]["units"]["untranslated"] > 0
    assert changed == _from_scratch(project, with_new, domains)


def test_a_read_only_run_records_the_states_its_look_up_took(tmp_path: Path) -> None:
    from l10n.memory.whole_run import Watched, look_up_run, record_run

    folder = tmp_path / "LC_MESSAGES"
    folder.mkdir()
    for name in ("a.po", "b.po"):
        (folder / name).write_text(name, encoding="utf-8")
    config = tmp_path / "l10n.toml"
    config.write_text("", encoding="utf-8")
    watched = Watched((str(config),), ((str(folder), ".po", False),))
    record_run(tmp_path, "qa x", watched, {"out": "first"})
    assert look_up_run(tmp_path, "qa x") == ({"out": "first", **_kept(watched, tmp_path)}, True)

    (folder / "a.po").write_text("edited", encoding="utf-8")  # between runs
    prepared: list = []
    assert look_up_run(tmp_path, "qa x", prepare=prepared)[1] is False
    record_run(tmp_path, "qa x", watched, {"out": "second"}, prepared=prepared[0])
    payload, holds = look_up_run(tmp_path, "qa x")
    assert holds and payload["out"] == "second"  # the edit the run saw is the record's state

    prepared.clear()
    (folder / "b.po").unlink()
    assert look_up_run(tmp_path, "qa x", prepare=prepared)[1] is False
    (folder / "c.po").write_text("new during the run", encoding="utf-8")  # after the look-up's stats
    record_run(tmp_path, "qa x", watched, {"out": "third"}, prepared=prepared[0])
    assert look_up_run(tmp_path, "qa x")[1] is False  # so the next run does not trust it

    other = Watched((str(config),), ((str(folder), ".pot", False),))  # not what was looked up: walked
    record_run(tmp_path, "qa x", other, {"out": "fourth"}, prepared=prepared[0])
    assert look_up_run(tmp_path, "qa x") == ({"out": "fourth", **_kept(other, tmp_path)}, True)


def _kept(watched, where: Path) -> dict:
    from l10n.memory.whole_run import look_up_run

    payload, _ = look_up_run(where, "qa x")
    return {"files": list(watched.files), "folders": [list(f) for f in watched.folders], "racy": payload["racy"]}
