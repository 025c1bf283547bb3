"""Re-runs cost what changed: the chain on the seed article, run again unchanged, after a
one-sentence edit, after a translator's edit, with stamps lost (`l10n.memory.stamps`)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polib
import pytest
from conftest import SEED
from test_mt_batch import Counting

from l10n.assembly import assemble_domain
from l10n.catalog.po import mark_reviewed, read_translations
from l10n.locales import parse_locale
from l10n.memory.stamps import STAMPS_FILE_NAME, fingerprint, stage_stamps
from l10n.mt.batch import translate_project
from l10n.pipeline import extract_articles
from l10n.project import Project
from l10n.publish import publish_project
from l10n.qa import run_qa
from l10n.status import project_status

LOCALES = [parse_locale("de"), parse_locale("ja")]


Recording = Counting  # pseudo, keeping every text it is asked to translate (`test_mt_batch`)


def chain(project: Project) -> dict:
    """extract → TM-less MT → qa → status → assemble, as `run` does them; what each reported."""
    extracted = list(extract_articles(project, [project.seeds_dir], locales=LOCALES))
    domains = [result.domain for result in extracted]
    translated = translate_project(project, locales=LOCALES, domains=domains, engine_name="counting")
    qa = run_qa(project, locales=LOCALES, domains=domains).held()  # read before the catalogs change
    status = project_status(project, locales=LOCALES, domains=domains)
    built = [r for d in domains for r in assemble_domain(project, d, LOCALES, formats=("html", "txt"))]
    published = publish_project(project, domains=domains, locales=LOCALES)
    return {
        "extracted": extracted,
        "translated": translated,
        "qa": qa,
        "status": status,
        "built": built,
        "published": published,
    }


def file_states(root: Path) -> dict[str, tuple[int, int]]:
    """(inode, mtime) of every catalog and edition: a rewrite changes one of them."""
    found = {}
    for folder in (root / "locales", root / "build", root / "site"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".po", ".pot", ".html", ".txt"):
                stat = path.stat()
                found[str(path.relative_to(root))] = (stat.st_ino, stat.st_mtime_ns)
    return found


@pytest.fixture
def project(project_root: Path) -> Project:
    Recording.seen.clear()
    return Project.open(project_root)


def domain_of(project: Project) -> str:
    return SEED.stem


def test_an_unchanged_rerun_reads_no_catalog_and_writes_nothing(project: Project) -> None:
    first = chain(project)
    assert Recording.seen, "the first run translates"
    before = file_states(project.root)
    Recording.seen.clear()
    again = chain(project)
    assert Recording.seen == []
    assert file_states(project.root) == before
    assert [entry.up_to_date for entry in again["translated"].locales.values()] == [1, 1]
    assert not any(result.written for result in again["built"])
    assert again["published"].written == [] and again["published"].removed == []
    assert first["published"].rebuilt == [domain_of(project)] and again["published"].rebuilt == []
    assert sorted(again["published"].unchanged) == sorted(first["published"].written)
    # what a skipped stage reports is what it found when it did the work
    assert [(f.unit, f.check) for f in again["qa"].findings] == [(f.unit, f.check) for f in first["qa"].findings]
    assert again["qa"].units == first["qa"].units
    assert [s.to_dict() for s in again["status"]] == [s.to_dict() for s in first["status"]]
    assert [r.units for r in again["extracted"]] == [r.units for r in first["extracted"]]


def test_one_edited_sentence_is_translated_again_alone_and_human_work_is_flagged_not_replaced(project: Project) -> None:
    chain(project)
    de = project.po_path(LOCALES[0], domain_of(project))
    units = [e for e in polib.pofile(str(de)) if "Baoshan" in e.msgid and len(e.msgid) > 80 and "{" not in e.msgid]
    machine, human = units[0], units[1]
    mark_reviewed(de, [(human.msgctxt, human.msgid)])
    before = {key: t for key, t in read_translations(de).items()}
    seed = project.seeds_dir / SEED.name
    text = seed.read_text(encoding="utf-8")
    edited_machine = machine.msgid.replace("Baoshan", "Baoshan’s", 1)
    edited_human = human.msgid.replace("Baoshan", "the Baoshan area", 1)
    assert text.count(machine.msgid) == 1 and text.count(human.msgid) == 1
    seed.write_text(text.replace(machine.msgid, edited_machine).replace(human.msgid, edited_human), encoding="utf-8")
    Recording.seen.clear()

    chain(project)

    # exactly the changed units went to the engine again: in de the machine one (the other is
    # human work there), in ja both (machine output in ja)
    assert sorted(Recording.seen) == sorted([edited_machine, edited_machine, edited_human])
    after = polib.pofile(str(de))
    redone = after.find(edited_machine)
    assert redone.fuzzy and redone.previous_msgid is None and redone.tcomment.startswith("mt: counting")
    assert redone.msgstr != machine.msgstr and "’š" in redone.msgstr  # the pseudo text of the new sentence
    kept = after.find(edited_human)
    assert kept.msgstr == human.msgstr and kept.fuzzy and kept.previous_msgid == human.msgid
    unchanged = {key: t for key, t in read_translations(de).items() if key[1] not in (edited_machine, edited_human)}
    assert unchanged == {key: t for key, t in before.items() if key[1] not in (machine.msgid, human.msgid)}


def test_a_translators_edit_is_seen_by_qa_status_and_assemble(project: Project) -> None:
    first = chain(project)
    domain = domain_of(project)
    de = project.po_path(LOCALES[0], domain)
    catalog = polib.pofile(str(de))
    entry = next(e for e in catalog if "{" in e.msgid and e.msgstr)
    entry.msgstr = "Kein Platzhalter mehr."
    entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    catalog.save(str(de))
    os.utime(de)

    again = chain(project)

    def errors_of(report) -> set[str]:
        return {
            f.check for f in report.findings if f.msgid == entry.msgid and f.locale == "de" and f.severity == "error"
        }

    assert "placeholders" in errors_of(again["qa"]) - errors_of(first["qa"])
    de_status = next(s for s in again["status"] if s.locale == "de")
    assert de_status.units["reviewed"] == 1
    rebuilt = {r.locale for r in again["built"] if r.written}
    assert rebuilt == {"de"}
    pages = {
        path.relative_to(project.site_dir).parts[0] for path in again["published"].written if path.suffix == ".html"
    }
    assert pages <= {"de", "ja", "en", "index.html"} and "de" in pages  # the article's pages (switcher) and indexes


def test_a_deleted_or_edited_page_is_published_again(project: Project) -> None:
    first = chain(project)
    page = next(path for path in first["published"].written if path.parent.name == "ja" and path.name != "index.html")
    original = page.read_bytes()
    page.unlink()
    assert page in chain(project)["published"].written and page.read_bytes() == original
    page.write_text("defaced", encoding="utf-8")
    assert page in chain(project)["published"].written and page.read_bytes() == original


def test_lost_stamps_only_mean_the_work_is_done_once_more(project: Project) -> None:
    chain(project)
    before = file_states(project.root)
    (project.state_dir / STAMPS_FILE_NAME).unlink()
    for sidecar in project.state_dir.glob(STAMPS_FILE_NAME + "-*"):
        sidecar.unlink()
    Recording.seen.clear()
    again = chain(project)
    assert Recording.seen == []  # the MT cache still answers
    assert file_states(project.root) == before  # the same bytes: nothing rewritten
    assert all(entry.up_to_date == 0 for entry in again["translated"].locales.values())


def test_a_fingerprint_follows_each_input_and_the_settings(tmp_path: Path) -> None:
    one, two = tmp_path / "one.po", tmp_path / "two.po"
    one.write_text("a", encoding="utf-8")
    first = fingerprint([one, two], settings="x")
    assert fingerprint([one, two], settings="x") == first
    assert fingerprint([one, two], settings="y") != first
    two.write_text("b", encoding="utf-8")  # a missing input that appears
    second = fingerprint([one, two], settings="x")
    assert second != first
    shutil.copy(one, tmp_path / "copy")
    os.replace(tmp_path / "copy", one)  # same bytes, another file (an editor's save)
    assert fingerprint([one, two], settings="x") != second


def test_stamps_of_two_runs_at_once_are_both_kept(tmp_path: Path) -> None:
    with stage_stamps(tmp_path, "qa") as first, stage_stamps(tmp_path, "qa") as second:
        first.record("de/a", "1", [1])
        second.record("ja/a", "2", {"n": 2})
    with stage_stamps(tmp_path, "qa") as stamps, stage_stamps(tmp_path, "status") as other:
        assert stamps.fresh("de/a", "1") and stamps.fresh("ja/a", "2") and not stamps.fresh("de/a", "2")
        assert stamps.payload("ja/a") == {"n": 2}
        assert not other.fresh("de/a", "1")  # stages do not share stamps


def test_a_stamps_file_leading_out_of_the_root_is_refused(project: Project, tmp_path_factory) -> None:
    from l10n.errors import L10nError

    chain(project)
    outside = tmp_path_factory.mktemp("elsewhere") / "stamps.sqlite3"
    stamps = project.state_dir / STAMPS_FILE_NAME
    for sidecar in project.state_dir.glob(STAMPS_FILE_NAME + "*"):
        sidecar.unlink()
    stamps.symlink_to(outside)
    with pytest.raises(L10nError, match="symlink|outside"):
        run_qa(project, locales=LOCALES, domains=[domain_of(project)])
    assert not outside.exists()
