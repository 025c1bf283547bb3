"""A re-run after a small change does exactly the work that change calls for (issue 16): assemble
keeps a record per article of its files' states (`assembly`, `memory.stamps`), publish finds each
article's source from a record (`assembly.ArticleSources`) and takes its indexes as written when
their records did not change. Each test changes one input and checks the work done — editions
assembled again, templates read — and the bytes, against a from-scratch build of the same seeds.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path, PurePosixPath

import polib
import pytest
from conftest import bench_module
from conftest import files_below as tree

import l10n.assembly as assembly
import l10n.catalog.po as po
import l10n.publish.site as site
from l10n.assembly import assemble_domains
from l10n.locales import parse_locale
from l10n.memory.stamps import stage_stamps
from l10n.model import Suggestion
from l10n.mt.batch import translate_project
from l10n.pipeline import extract_articles
from l10n.project import CONFIG_FILE, Project
from l10n.publish import publish_project
from l10n.publish.manifest import is_safe_site_path, manifest_text, read_manifest_entries

LOCALES = [parse_locale("de"), parse_locale("ja")]
FORMATS = ("html", "txt")


def corpus(folder: Path, count: int = 3) -> list[Path]:
    return bench_module("chain").build_corpus(folder, count)


class Spy:
    """Counts calls of a real function and passes them through (what was done, not faked)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.calls: list[tuple] = []
        real = getattr(owner, name)

        def spying(*args, **kwargs):
            self.calls.append(args + tuple(kwargs.values()))
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, spying)


def build(project: Project) -> list:
    domains = [r.domain for r in extract_articles(project, [project.seeds_dir], locales=LOCALES)]
    translate_project(project, locales=LOCALES, domains=domains, engine_name="pseudo", progress=False)
    return list(assemble_domains(project, domains, LOCALES, formats=FORMATS))


def assembled(monkeypatch: pytest.MonkeyPatch, project: Project) -> tuple[set[tuple[str, str]], list]:
    """Run assemble again: the (locale, domain) editions it assembled, and its results."""
    spy = Spy(monkeypatch, assembly, "assemble_edition")
    results = list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    monkeypatch.undo()
    return {(call[2].code, call[3]) for call in spy.calls}, results


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    corpus(root / "seeds")
    built = Project.open(root)
    build(built)
    return built


def test_nothing_changed_reads_no_template_and_assembles_nothing(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = Spy(monkeypatch, po, "pot_source")
    done, results = assembled(monkeypatch, project)
    assert done == set() and headers.calls == []  # every article taken from its record
    assert len(results) == 3 * len(LOCALES) * len(FORMATS) and not any(r.written for r in results)


def test_an_edited_po_assembles_that_edition_alone(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    domain = project.domains()[1]
    de = project.po_path(LOCALES[0], domain)
    catalog = polib.pofile(str(de))
    entry = next(e for e in catalog if e.msgstr and "{" not in e.msgid)
    entry.msgstr = "Ein Übersetzer hat diesen Satz geändert."
    entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]  # done: a person's unfinished edit is held
    catalog.save(str(de))
    done, results = assembled(monkeypatch, project)
    assert done == {("de", domain)}
    assert "Ein Übersetzer hat diesen Satz geändert." in project.build_path(LOCALES[0], domain, "txt").read_text()
    assert {(r.locale, r.domain) for r in results if r.written} == {("de", domain)}


def test_a_deleted_edition_is_assembled_again_with_the_same_bytes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    domain = project.domains()[0]
    edition = project.build_path(LOCALES[1], domain, "txt")
    before = edition.read_bytes()
    edition.unlink()
    done, _ = assembled(monkeypatch, project)
    assert done == {("ja", domain)} and edition.read_bytes() == before


def test_a_template_naming_another_source_rebuilds_from_it(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    domain = project.domains()[2]
    source = assembly.source_path_for(project, domain)
    text = source.read_text(encoding="utf-8")
    moved = project.root / "desk" / source.name
    moved.parent.mkdir()
    moved.write_text(text.replace("\n\n# ", "\n\nA sentence only the desk copy has.\n\n# ", 1), encoding="utf-8")
    pot = project.pot_path(domain)
    header = f"{po.SOURCE_HEADER}: {source.relative_to(project.root).as_posix()}"
    assert header in pot.read_text(encoding="utf-8")
    pot.write_text(pot.read_text(encoding="utf-8").replace(header, f"{po.SOURCE_HEADER}: desk/{source.name}"))
    done, _ = assembled(monkeypatch, project)
    # every edition, and the source-language one publish takes (`assemble.built`): its article moved
    assert done == {(locale.code, domain) for locale in LOCALES} | {("en", domain)}
    assert "A sentence only the desk copy has." in project.build_path(LOCALES[0], domain, "txt").read_text()


def test_a_changed_config_assembles_every_edition(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    config = project.root / CONFIG_FILE
    config.write_text('locales = ["de", "ja"]\n', encoding="utf-8")
    done, _ = assembled(monkeypatch, project)
    codes = [locale.code for locale in LOCALES] + ["en"]  # and the source-language edition publish takes
    assert done == {(code, domain) for code in codes for domain in project.domains()}


def test_publish_takes_unchanged_indexes_and_sources_from_their_records(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish_project(project, domains=project.domains(), locales=LOCALES)
    indexes = [
        project.site_dir / "index.html",
        project.site_dir / "de" / "index.html",
        project.site_dir / "sitemap.xml",
    ]
    states = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in indexes]
    domain = project.domains()[0]
    de = project.po_path(LOCALES[0], domain)
    catalog = polib.pofile(str(de))
    body = [e for e in catalog if e.msgstr and "{" not in e.msgid][-1]  # a body sentence: no record changes
    # new machine text, status unchanged (a person's edit would change the edition's counts)
    new_text = Suggestion(body.msgctxt, body.msgid, "Vom Übersetzer neu geschrieben.", "mt", "pseudo")
    assert po.apply_suggestions(de, [new_text], overwrite_fuzzy=True) == 1
    headers, rendered = Spy(monkeypatch, po, "pot_source"), Spy(monkeypatch, site, "locale_index")
    report = publish_project(project, domains=project.domains(), locales=LOCALES)
    assert report.rebuilt == [domain] and headers.calls == [] and rendered.calls == []
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in indexes] == states
    assert {p.relative_to(project.site_dir).as_posix() for p in report.written} <= {
        f"{code}/{record.path.split('/', 1)[1]}"
        for record in read_manifest_entries(project.site_dir)[1]
        if record.domain == domain
        for code in ("en", "de", "ja")
    }
    before = indexes[1].read_bytes()
    indexes[1].unlink()  # a deleted index is written again
    report = publish_project(project, domains=project.domains(), locales=LOCALES)
    assert indexes[1].read_bytes() == before and indexes[1] in report.written and rendered.calls


def test_a_changed_headline_reaches_the_indexes(project: Project) -> None:
    """The new headline is shown in the index; the page keeps its published address (session 50,
    leftovers50: a published page never moves), so the sitemap lists the same addresses."""

    def addresses() -> set[str]:
        return set(re.findall(r"<loc>([^<]+)</loc>", (project.site_dir / "sitemap.xml").read_text(encoding="utf-8")))

    publish_project(project, domains=project.domains(), locales=LOCALES)
    before = addresses()
    seed = sorted(project.seeds_dir.glob("*.md"))[0]
    text = seed.read_text(encoding="utf-8")
    headline = text.partition("\n# ")[2].split("\n", 1)[0]
    seed.write_text(text.replace(headline, "Zebra stripes explained again"), encoding="utf-8")
    build(project)
    publish_project(project, domains=project.domains(), locales=LOCALES)
    assert "Zebra stripes explained again" in (project.site_dir / "index.html").read_text(encoding="utf-8")
    assert addresses() == before and before


def test_edited_reruns_leave_the_bytes_of_a_from_scratch_build(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish_project(project, domains=project.domains(), locales=LOCALES)
    seed = sorted(project.seeds_dir.glob("*.md"))[1]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " the (rev. 1) ", 1), encoding="utf-8")
    build(project)
    publish_project(project, domains=project.domains(), locales=LOCALES)
    scratch = Project.open(_copy_seeds(project, tmp_path / "scratch"))
    build(scratch)
    publish_project(scratch, domains=scratch.domains(), locales=LOCALES)
    for folder in ("build", "site"):
        assert tree(project.root / folder) == tree(scratch.root / folder)


def _copy_seeds(project: Project, root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    for path in project.seeds_dir.iterdir():
        (root / "seeds" / path.name).write_bytes(path.read_bytes())
    return root


def test_the_manifest_text_is_json_dumps_of_the_same_document(project: Project) -> None:
    publish_project(project, domains=project.domains(), locales=LOCALES)
    files, pages = read_manifest_entries(project.site_dir)
    ordered = sorted(pages, key=lambda page: page.path)
    document = {
        "version": 2,
        "generator": "l10n publish",
        "files": sorted(files),
        "pages": [page.as_json() for page in ordered],
    }
    odd = [
        page.__class__(**{**page.as_json(), "headline": 'Quote " back\\slash \u2028 tab\t é 中 \U0001f600'})
        for page in ordered[:2]
    ]
    for names, records in ((sorted(files), ordered), ([], []), (["a b/é.html"], odd)):
        expected = {**document, "files": names, "pages": [record.as_json() for record in records]}
        assert manifest_text(names, records) == json.dumps(expected, indent=1, ensure_ascii=False) + "\n"


def test_site_paths_are_judged_as_pure_posix_paths_judge_them() -> None:
    def by_path(entry: str) -> bool:
        path = PurePosixPath(entry)
        return (
            bool(entry)
            and not path.is_absolute()
            and ".." not in path.parts
            and "\\" not in entry
            and "\x00" not in entry
            and entry != ".l10n-manifest.json"
        )

    entries = ["de/a.html", "../x", "/etc/passwd", "a/../../b", "", ".l10n-manifest.json", "a/./b", "./a", "a//b"]
    entries += ["//x", "a/..", "..", ".", "a/.../b", "a\\b", "a\x00b", "a/..b", "..a/b", "de/", "./.l10n-manifest.json"]
    assert [is_safe_site_path(e) for e in entries] == [by_path(e) for e in entries]


def test_a_source_record_follows_the_template_and_the_probed_paths(project: Project) -> None:
    domain = project.domains()[0]
    with stage_stamps(project, assembly.SOURCE_STAGE) as stamps:
        sources = assembly.ArticleSources(project, stamps)
        first, _ = sources.of(domain)
        sources.save()
    other = project.root / "desk" / first.name
    other.parent.mkdir()
    other.write_bytes(first.read_bytes())
    pot = project.pot_path(domain)
    relative = first.relative_to(project.root).as_posix()
    pot.write_text(pot.read_text(encoding="utf-8").replace(f": {relative}", f": desk/{first.name}"))
    with stage_stamps(project, assembly.SOURCE_STAGE) as stamps:
        assert assembly.ArticleSources(Project.open(project.root), stamps).of(domain)[0] == other
