"""The chain over a project folder: extract → update (with glossary notes) → assemble, on real files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from conftest import bench_module

from l10n import fsio, fsio_durability
from l10n.assembly import assemble_domain
from l10n.errors import L10nError, ProjectError
from l10n.extraction import update_catalogs
from l10n.extraction_sources import iter_article_files
from l10n.locales import parse_locale
from l10n.pipeline import extract_articles
from l10n.project import Project

REPO = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def _project_with(tmp_path: Path, *sources: Path) -> Project:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for source in sources:
        shutil.copy(source, seeds / source.name)
    (tmp_path / "locales").mkdir(exist_ok=True)
    shutil.copy(REPO / "locales" / "glossary.csv", tmp_path / "locales" / "glossary.csv")
    return Project.open(tmp_path)


def test_folder_expands_to_articles_in_stable_order(tmp_path, seed_path):
    project = _project_with(tmp_path, seed_path, ARTICLES / "market_report.html", ARTICLES / "science_feature.md")
    (project.seeds_dir / "notes.json").write_text("{}")
    names = [p.name for p in iter_article_files([project.seeds_dir])]
    assert names == sorted(names) and "notes.json" not in names and len(names) == 3


def test_missing_article_is_a_clear_error(tmp_path):
    with pytest.raises(ProjectError, match="no such article"):
        list(iter_article_files([tmp_path / "nope.txt"]))


def test_domain_option_needs_exactly_one_file(tmp_path, seed_path):
    project = _project_with(tmp_path, seed_path, ARTICLES / "weather_alert.txt")
    with pytest.raises(ProjectError, match="--domain"):
        list(extract_articles(project, [project.seeds_dir], domain="x"))


def test_glossary_notes_are_per_locale_and_never_stack(tmp_path, seed_path):
    project = _project_with(tmp_path, seed_path)
    [result] = list(extract_articles(project, [project.seeds_dir]))
    zh, de = parse_locale("zh_CN"), parse_locale("de")
    for _ in range(2):  # a second update must not add the notes again
        list(update_catalogs(project, domains=[result.domain], locales=[zh, de]))
    zh_po = polib.pofile(str(project.po_path(zh, result.domain)))
    de_po = polib.pofile(str(project.po_path(de, result.domain)))
    zh_notes = [line for e in zh_po for line in e.comment.splitlines() if line.startswith("glossary:")]
    de_notes = [line for e in de_po for line in e.comment.splitlines() if line.startswith("glossary:")]
    assert "glossary: Baoshan District = 宝山区" in zh_notes
    assert len(zh_notes) == len(
        set((e.msgid, n) for e in zh_po for n in e.comment.splitlines() if n.startswith("glossary:"))
    )
    assert all("do not translate" in n for n in de_notes) and any("Thalys" in n for n in de_notes)
    for po in (project.po_path(zh, result.domain), project.po_path(de, result.domain)):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True)


def test_other_articles_run_through_the_whole_chain(tmp_path, seed_path):
    """Articles the pipeline was not written around: HTML and Markdown, assembled for zh_CN and ar."""
    sources = [ARTICLES / "market_report.html", ARTICLES / "science_feature.md", ARTICLES / "weather_alert.txt"]
    project = _project_with(tmp_path, *sources)
    results = list(extract_articles(project, [project.seeds_dir]))
    assert {r.domain for r in results} == {p.stem for p in sources}
    assert all(r.units > 3 for r in results)
    locales = [parse_locale("zh_CN"), parse_locale("ar")]
    list(update_catalogs(project, domains=[r.domain for r in results], locales=locales))
    built = [a for r in results for a in assemble_domain(project, r.domain, locales, formats=("html", "txt"))]
    assert len(built) == len(results) * 2 * 2
    for item in built:
        text = item.path.read_text(encoding="utf-8")
        assert item.counts["untranslated"] > 0  # nothing translated yet: English fallback, counted
        if item.path.suffix == ".html" and item.locale == "ar":
            assert 'dir="rtl"' in text


def test_reextracting_an_unchanged_article_rewrites_nothing(tmp_path, seed_path):
    project = _project_with(tmp_path, seed_path)
    first = list(extract_articles(project, [project.seeds_dir]))
    second = list(extract_articles(project, [project.seeds_dir]))
    assert first[0].written and not second[0].written


def test_two_articles_never_share_a_catalog(tmp_path, seed_path):
    project = _project_with(tmp_path, seed_path)
    (project.seeds_dir / "story.txt").write_text("Park opens\n\nThe park opened on Monday.\n", encoding="utf-8")
    (project.seeds_dir / "story.md").write_text("# Park opens\n\nA different text.\n", encoding="utf-8")
    with pytest.raises(ProjectError, match="already belongs to seeds/story.md"):
        list(extract_articles(project, [project.seeds_dir]))
    [renamed] = list(extract_articles(project, [project.seeds_dir / "story.txt"], domain="story-text"))
    assert renamed.pot_path.name == "story-text.pot"


# ---------------------------------------------------------------- corpus runs in worker processes


def _fresh_project(root: Path) -> Project:
    root.mkdir()
    return _project_with(root)


def _generated_corpus(folder: Path, count: int, formats: tuple[str, ...] = ("txt", "html", "md")) -> list[Path]:
    return bench_module("corpus").generate_corpus(folder, count, formats=formats)


def _catalog_texts(root: Path) -> dict[str, str]:
    """Every POT/PO under locales/, dates left out (a run may straddle a minute)."""
    return {
        path.relative_to(root).as_posix(): "".join(
            line for line in path.read_text(encoding="utf-8").splitlines(True) if "-Date: " not in line
        )
        for path in sorted((root / "locales").rglob("*.po*"))
        if path.suffix in (".po", ".pot")
    }


def test_worker_processes_write_the_same_catalogs_in_the_same_order(tmp_path):
    corpus = _generated_corpus(tmp_path / "corpus", 30)
    results = {}
    for jobs in (1, 2):
        project = _fresh_project(tmp_path / f"jobs{jobs}")
        extracted = list(extract_articles(project, [tmp_path / "corpus"], jobs=jobs))
        domains = [result.domain for result in extracted]
        updated = list(
            update_catalogs(project, domains=domains, locales=[parse_locale("de"), parse_locale("zh_CN")], jobs=jobs)
        )
        results[jobs] = (
            [(r.domain, r.units, r.written) for r in extracted],
            [(r.domain, r.locale, str(r.stats)) for r in updated],
            _catalog_texts(project.root),
        )
    assert [r[0] for r in results[2][0]] == [path.stem for path in corpus]
    assert len(results[2][2]) == 30 * 3
    assert results[1] == results[2]
    assert any("glossary:" in text for text in results[2][2].values())


def test_an_error_in_a_worker_is_one_typed_error_after_the_articles_before_it(tmp_path, data_dir):
    corpus = _generated_corpus(tmp_path / "corpus", 24, formats=("txt",))
    broken = tmp_path / "corpus" / f"{corpus[19].stem}x.txt"  # sorts right after article 19
    shutil.copy(data_dir / "hostile" / "empty.txt", broken)
    project = _fresh_project(tmp_path / "root")
    done = []
    with pytest.raises(L10nError) as raised:
        for result in extract_articles(project, [tmp_path / "corpus"], jobs=2):
            done.append(result.domain)
    assert str(raised.value).startswith(f"{broken}:1: ")
    assert done == [path.stem for path in corpus[:20]]


def test_a_missing_file_is_reported_after_the_articles_named_before_it(tmp_path):
    corpus = _generated_corpus(tmp_path / "corpus", 20, formats=("txt",))
    project = _fresh_project(tmp_path / "root")
    done = []
    with pytest.raises(ProjectError, match="no such article"):
        for result in extract_articles(project, [*corpus, tmp_path / "gone.txt"], jobs=2):
            done.append(result.domain)
    assert done == [path.stem for path in corpus]


def test_two_articles_of_one_domain_are_refused_in_a_parallel_run(tmp_path, seed_path):
    corpus = _generated_corpus(tmp_path / "corpus", 20, formats=("txt",))
    twin = corpus[7].with_suffix(".md")
    twin.write_text("# Park opens\n\nA different text.\n", encoding="utf-8")
    project = _fresh_project(tmp_path / "root")
    with pytest.raises(ProjectError, match=f"already belongs to {project.relative(corpus[7].with_suffix('.md'))}"):
        list(extract_articles(project, [tmp_path / "corpus"], jobs=2))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_writes_every_stamp_a_chunk_at_a_time(tmp_path, monkeypatch, jobs):
    """Stamps are held and written once per chunk of 8 articles (and at the end): every article
    and PO is stamped, and the filesystem's clock is read about once a chunk, not twice an article."""
    import sqlite3

    from l10n import fingerprint

    _generated_corpus(tmp_path / "corpus", 21, formats=("txt",))  # not a multiple of 8: a last, short chunk
    project = _fresh_project(tmp_path / "root")
    real_now, readings = fingerprint.filesystem_now, []
    monkeypatch.setattr(fingerprint, "filesystem_now", lambda folder: (readings.append(folder), real_now(folder))[1])
    locales = [parse_locale("zh_CN"), parse_locale("de")]
    domains = [r.domain for r in extract_articles(project, [tmp_path / "corpus"], jobs=jobs, locales=locales)]
    with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
        stamped = {stage: {key for (key,) in db.execute("SELECT key FROM stamp WHERE stage = ?", (stage,))}
                   for stage in ("extract", "update")}  # fmt: skip
    assert stamped["extract"] == set(domains) and len(domains) == 21
    assert stamped["update"] == {f"{locale.code}/{domain}" for locale in locales for domain in domains}
    if jobs == 1:  # the workers' readings are not seen here
        assert len(readings) <= 3 * 4  # 3 chunks; one reading per article and stage was 2 × 21


def test_an_edit_run_stamps_the_articles_it_extracted_once(tmp_path, monkeypatch):
    """After an edit only the edited articles are extracted (`_extract_changed`); their new stamps
    are written, together, at the end: the clock is read for that save, not twice an article."""
    import sqlite3

    from l10n import fingerprint

    corpus = _generated_corpus(tmp_path / "corpus", 12, formats=("txt",))
    project = _fresh_project(tmp_path / "root")
    locales = [parse_locale("de")]
    list(extract_articles(project, [tmp_path / "corpus"], locales=locales))

    def states() -> dict[str, str]:
        with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
            return dict(db.execute("SELECT key, state FROM stamp WHERE stage = 'extract'"))

    before = states()
    for path in corpus[2:5]:
        path.write_text(path.read_text(encoding="utf-8") + "\nThe council met again on Friday.\n", encoding="utf-8")
    real_now, readings = fingerprint.filesystem_now, []
    monkeypatch.setattr(fingerprint, "filesystem_now", lambda folder: (readings.append(folder), real_now(folder))[1])
    list(extract_articles(project, [tmp_path / "corpus"], locales=locales))
    after = states()
    assert {key for key in after if after[key] != before.get(key)} == {path.stem for path in corpus[2:5]}
    assert len(readings) <= 8  # held stamps saved once, POs merged, the run recorded, racy checks: 6–7; was 10–11


def test_workers_warmed_up_before_the_fork_read_the_glossary_only_for_pos(tmp_path):
    """The parent loads what workers need before forking them (`load_before_fork`), the glossary
    only when POs are made: templates alone never read it, as in one process."""
    _generated_corpus(tmp_path / "corpus", 20, formats=("txt",))
    project = _fresh_project(tmp_path / "root")
    glossary = project.locales_dir / "glossary.csv"
    glossary.write_bytes(b"term,translation\nPark,\xff\n")  # not UTF-8
    assert len(list(extract_articles(project, [tmp_path / "corpus"], jobs=2))) == 20
    with pytest.raises(L10nError) as raised:
        list(extract_articles(project, [tmp_path / "corpus"], jobs=2, locales=[parse_locale("de")]))
    assert str(raised.value).startswith(f"{glossary}:2: glossary is not UTF-8") and "\n" not in str(raised.value)


def test_a_parallel_batch_flushes_to_disk_once(tmp_path, monkeypatch):
    _generated_corpus(tmp_path / "corpus", 20, formats=("txt",))
    project = _fresh_project(tmp_path / "root")
    real_flush, syncs = fsio_durability.flush_filesystem, []
    monkeypatch.setattr(
        fsio_durability, "flush_filesystem", lambda within=None: (syncs.append(within), real_flush(within))
    )
    domains = [r.domain for r in extract_articles(project, [tmp_path / "corpus"], jobs=2)]
    assert syncs == [project.root]  # once, and only the project's filesystem
    list(update_catalogs(project, domains=domains, locales=[parse_locale("fr")], jobs=2))
    assert syncs == [project.root, project.root]
    assert len(list(project.locales_dir.glob("fr/LC_MESSAGES/*.po"))) == 20


def test_cli_jobs_option(tmp_path, capsys):
    from l10n.cli import main

    _generated_corpus(tmp_path / "corpus", 12, formats=("txt",))
    (tmp_path / "root").mkdir()
    root = str(tmp_path / "root")
    assert main(["extract", str(tmp_path / "corpus"), "--root", root, "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("wrote locales/") == 12
    assert out.splitlines()[-1].startswith("12 articles, ") and out.splitlines()[-1].endswith(
        "12 templates written, 0 unchanged"
    )
    assert main(["extract", str(tmp_path / "corpus"), "--root", root]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("0 templates written, 12 unchanged")
    assert main(["update", "--root", root, "--locales", "de", "--jobs", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sum(": created:" in line for line in out) == 12
    assert out[-1] == "12 catalogs: 12 created, 0 updated, 0 unchanged"
    assert main(["extract", str(tmp_path / "corpus"), "--root", root, "--quiet", "--locales", "de"]) == 0
    (summary,) = capsys.readouterr().out.splitlines()  # --quiet: the summary alone
    assert summary.startswith("12 articles, ") and summary.endswith(": 0 templates written, 12 unchanged")
    assert main(["update", "--root", root, "--locales", "de", "-q"]) == 0
    assert capsys.readouterr().out.splitlines() == ["12 catalogs: 0 created, 0 updated, 12 unchanged"]
    assert main(["update", "--root", root, "--locales", "de", "--jobs", "0"]) != 0
    assert "--jobs must be 1 or more" in capsys.readouterr().err


@pytest.mark.slow
def test_workers_stop_when_their_command_is_killed(tmp_path):
    import signal
    import sys
    import time

    _generated_corpus(tmp_path / "corpus", 400, formats=("txt",))
    root = tmp_path / "root"
    root.mkdir()
    l10n = Path(sys.executable).parent / "l10n"
    run = subprocess.Popen([str(l10n), "extract", str(tmp_path / "corpus"), "--root", str(root), "--jobs", "2"])
    templates = lambda: len(list((root / "locales").glob("*.pot")))  # noqa: E731
    deadline = time.monotonic() + 120
    while templates() < 20 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.005)
    assert run.poll() is None, "extract finished before it could be killed"
    run.send_signal(signal.SIGKILL)
    run.wait()
    at_kill = templates()
    time.sleep(1.5)
    assert templates() <= at_kill + 2, "orphaned workers went on through the queued articles"


def test_extract_with_locales_writes_what_extract_then_update_writes(tmp_path):
    _generated_corpus(tmp_path / "corpus", 20)
    locales = [parse_locale("zh_CN"), parse_locale("de")]
    two_steps = _fresh_project(tmp_path / "two")
    domains = [result.domain for result in extract_articles(two_steps, [tmp_path / "corpus"])]
    list(update_catalogs(two_steps, domains=domains, locales=locales))
    texts = {}
    for jobs in (1, 2):
        one_pass = _fresh_project(tmp_path / f"one{jobs}")
        results = list(extract_articles(one_pass, [tmp_path / "corpus"], locales=locales, jobs=jobs))
        assert [r.domain for r in results] == domains
        assert {(u.locale, str(u.stats).split(":")[0]) for r in results for u in r.updates} == {
            ("zh_CN", "created"),
            ("de", "created"),
        }
        texts[jobs] = _catalog_texts(one_pass.root)
    assert len(texts[1]) == 20 * 3 and any("glossary:" in text for text in texts[1].values())
    assert texts[1] == texts[2] == _catalog_texts(two_steps.root)


def test_extract_with_locales_merges_into_an_existing_translation(tmp_path, seed_path):
    project = _project_with(tmp_path, seed_path)
    zh = parse_locale("zh_CN")
    [first] = list(extract_articles(project, [project.seeds_dir], locales=[zh]))
    po_path = project.po_path(zh, first.domain)
    po = polib.pofile(str(po_path))
    po.find("Yang Jian", msgctxt="byline").msgstr = "杨健"
    po.save()
    article = project.seeds_dir / seed_path.name
    article.write_text(article.read_text(encoding="utf-8").replace("Yang Jian", "Yang Jiang"), encoding="utf-8")
    [again] = list(extract_articles(project, [project.seeds_dir], locales=[zh]))
    assert again.written and str(again.updates[0].stats).startswith("updated")
    entry = polib.pofile(str(po_path)).find("Yang Jiang", msgctxt="byline")
    assert entry.msgstr == "杨健" and entry.fuzzy and entry.previous_msgid == "Yang Jian"
    [unchanged] = list(extract_articles(project, [project.seeds_dir], locales=[zh]))
    assert not unchanged.written and str(unchanged.updates[0].stats).startswith("unchanged")


def test_cli_extract_locales_prints_each_catalog(tmp_path, capsys):
    from l10n.cli import main

    _generated_corpus(tmp_path / "corpus", 10, formats=("txt",))
    (tmp_path / "root").mkdir()
    root = str(tmp_path / "root")
    assert main(["extract", str(tmp_path / "corpus"), "--root", root, "--locales", "de,fr", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("wrote locales/") == 10 and out.count("created: 0 kept") == 20
    assert out.count("locales/fr/LC_MESSAGES/") == 10
    assert main(["extract", str(tmp_path / "corpus"), "--root", root, "--locales", "xx-!"]) != 0
