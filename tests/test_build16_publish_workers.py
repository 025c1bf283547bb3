"""`publish --jobs N`: workers make and stage the article pages, the parent names them in article
order and moves them into the site together (`publish/staging.py`, `fsio_stage.py`).

The site and manifest are byte for byte those of one process, also where names depend on the
articles before (a headline two articles share, one that slugs to another article's old
address); a damaged catalog met by a worker is the refusal one process gives; a publish killed
while it stages leaves the site it found, and the next run publishes what a fresh one would.

The articles are real Wikinews reports (`bench/data/wikinews`, CC BY 2.5), written as Markdown
by `bench/chain.py`'s `build_corpus`.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import bench_module
from conftest import files_below as _files

from l10n.cli import main
from l10n.locales import parse_locale
from l10n.mt.batch import translate_project
from l10n.pipeline import extract_articles
from l10n.project import Project
from l10n.publish.manifest import manifest_path
from l10n.publish.site import stage_folder

LOCALES = [parse_locale("de"), parse_locale("ja")]
ARTICLES = 12
SAME_AS = {"article-00009": "article-00002"}  # a later article with an earlier one's headline
SLUGS_TO = {"article-00003": "Article 00007"}  # a headline that slugs to a later article's old address


def _retitle(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    old = re.search(r"^# (.*)$", text, re.MULTILINE)
    assert old is not None
    path.write_text(text.replace(old.group(1), title), encoding="utf-8")


@pytest.fixture(scope="module")
def translated(tmp_path_factory) -> Path:
    """Real articles, two of them named alike, extracted, pseudo-translated and QA'd (once)."""
    root = tmp_path_factory.mktemp("translated") / "project"
    seeds = root / "seeds"
    bench_module("chain").build_corpus(seeds, ARTICLES)
    for domain, original in SAME_AS.items():
        shutil.copy(seeds / f"{original}.md", seeds / f"{domain}.md")
    for domain, title in SLUGS_TO.items():
        _retitle(seeds / f"{domain}.md", title)
    (root / "locales").mkdir()
    project = Project.open(root)
    domains = [r.domain for r in extract_articles(project, [project.seeds_dir], locales=LOCALES, jobs=1)]
    translate_project(project, locales=LOCALES, domains=domains, engine_name="pseudo", progress=False)
    assert main(["qa", "-q", "--root", str(root)]) in (0, 1)
    return root


def _published(root: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["publish", *argv, "--root", str(root)])
    out, err = capsys.readouterr()
    return status, out, err


def _site(root: Path) -> tuple[dict[str, bytes], bytes]:
    return _files(root / "site"), manifest_path(root / "site").read_bytes()


def test_workers_publish_the_site_one_process_publishes_names_decided_in_article_order(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sites = {}
    for jobs in ("1", "2"):
        root = tmp_path / f"jobs{jobs}"
        shutil.copytree(translated, root)
        status, out, _ = _published(root, capsys, "--jobs", jobs)
        assert status == 0, out
        sites[jobs] = _site(root)
        assert not stage_folder(root / "site").exists()
    assert sites["1"] == sites["2"]
    pages = sites["2"][0]
    # the later of two articles named alike gets its domain appended, in every locale
    twin = next(name for name in pages if name.startswith("de/") and name.endswith("-article-00009.html"))
    assert twin.removesuffix("-article-00009.html") + ".html" in pages
    # article-00003's headline took article-00007's old address: no redirect there for 00007
    assert "Article 00007" in pages["en/article-00007.html"].decode()
    assert 'http-equiv="refresh"' not in pages["de/article-00007.html"].decode()
    assert 'http-equiv="refresh"' in pages["de/article-00008.html"].decode()


def test_a_damaged_catalog_met_by_a_worker_is_the_refusal_one_process_gives(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = {}
    for jobs in ("1", "2"):
        root = tmp_path / f"jobs{jobs}"
        shutil.copytree(translated, root)
        broken = root / "locales" / "ja" / "LC_MESSAGES" / "article-00008.po"
        broken.write_bytes(broken.read_bytes() + b'\nmsgid "Latin-1 \xe9"\nmsgstr ""\n')  # not UTF-8
        status, out, err = _published(root, capsys, "--jobs", jobs)
        results[jobs] = (status, err.replace(str(root), "ROOT"), _site(root))
        assert not any(name.startswith("ja/") and "article-00008" in name for name in results[jobs][2][0])
    assert results["1"] == results["2"]
    status, err, (pages, _) = results["2"]
    assert status == 2
    assert "article-00008.po" in err
    assert any(name.startswith("ja/") for name in pages)  # the others are published


def _killed_while_staging(root: Path, jobs: str, before: dict[str, bytes]) -> None:
    """`l10n publish` with another base URL (every page changes), killed (its process group, with
    SIGKILL) as soon as its first page is staged, or any file of the site moved."""
    command = [sys.executable, "-m", "l10n", "publish", "-q", "--root", str(root), "--jobs", jobs]
    command += ["--base-url", "https://news.example.org/"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stage, site = stage_folder(root / "site"), root / "site"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            staged = stage.is_dir() and any(files for _, _, files in os.walk(stage))
            if staged or any(p.is_file() and p.read_bytes() != data for p, data in _paths(site, before)):
                break
            time.sleep(0.001)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the publish ended before it was killed"


def _paths(site: Path, files: dict[str, bytes]):
    return ((site / name, data) for name, data in files.items())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_publish_killed_while_it_stages_leaves_the_site_it_found(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    root = tmp_path / "killed"
    shutil.copytree(translated, root)
    assert _published(root, capsys)[0] == 0
    before = _site(root)
    _killed_while_staging(root, jobs, before[0])
    assert _site(root) == before  # every page, index and the manifest as they were: no mix
    assert not [p for p in (root / "site").rglob("*") if p.name.endswith(".tmp")]
    # the next run clears the stage the killed one left and publishes what a fresh run would
    assert _published(root, capsys, "--jobs", jobs, "--base-url", "https://news.example.org/")[0] == 0
    fresh = tmp_path / "fresh"
    shutil.copytree(translated, fresh)
    assert _published(fresh, capsys, "--base-url", "https://news.example.org/")[0] == 0
    assert _site(root) == _site(fresh)
    assert not stage_folder(root / "site").exists()


def test_a_guessed_name_that_loses_with_nothing_staged_is_named_again(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """review16 F1: an earlier article retitled so that it takes a later article's old address
    (where the site holds that article's redirect), the later article's input touched so its
    stamp does not hold: its worker guesses the redirect, every page it renders equals the
    site's (nothing staged), and the name decided in order differed — publish named it again
    (on fd2e0d2 it failed removing a stage folder that did not exist, nothing published).
    Since session 50 a published address stays (`slugs.kept_slugs`, `slugs.taken_by`): the
    retitled article keeps its page's name and the later article its redirect, with workers
    as without."""
    sites = {}
    for jobs in ("1", "2"):
        root = tmp_path / f"jobs{jobs}"
        shutil.copytree(translated, root)
        assert _published(root, capsys)[0] == 0
        _retitle(root / "seeds" / "article-00001.md", "Article 00010")
        codes = ",".join(locale.code for locale in LOCALES)
        for stage in (["extract", str(root / "seeds")], ["translate", "--engine", "pseudo"], ["qa"]):
            main([*stage, "-q", "--locales", codes, "--root", str(root)])
        capsys.readouterr()
        later = root / "seeds" / "article-00010.md"
        st = later.stat()
        os.utime(later, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # same bytes, another state
        status, out, err = _published(root, capsys, "--jobs", jobs)
        assert status == 0, err
        sites[jobs] = _site(root)
    assert sites["1"] == sites["2"]
    assert 'http-equiv="refresh"' in sites["2"][0]["de/article-00010.html"].decode()  # 00010's redirect still


def test_a_task_sent_to_a_worker_carries_its_own_source_not_the_caches_the_parent_grows(tmp_path: Path) -> None:
    """The pool's feeder thread pickles each task while this process plans the next articles and
    adds to `Project.found_sources`: pickling the whole project failed at 1,000 articles
    ("dictionary changed size during iteration", `publish --jobs 2`) and sent every source found
    so far with every task. The task now carries the project's root and settings and its own
    article's source only."""
    import pickle

    from l10n.publish.editions import _ProjectEditions

    project = Project.open(tmp_path)
    for n in range(1000):
        project.found_sources[f"article-{n:05d}"] = tmp_path / "seeds" / f"article-{n:05d}.md"
    task = _ProjectEditions(project, "article-00007", tuple(LOCALES), "run")
    sent = pickle.loads(pickle.dumps(task))
    assert sent.project == project and sent.domain == "article-00007" and sent.locales == tuple(LOCALES)
    assert sent.project.found_sources == {"article-00007": tmp_path / "seeds" / "article-00007.md"}
    assert len(pickle.dumps(task)) < 4_000
