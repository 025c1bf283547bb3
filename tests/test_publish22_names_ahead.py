"""`publish --jobs N` on a new site: the parent names each article's pages before sending it
(`staging.names_ahead`), so a worker does not guess, and the stage becomes the site in one
rename as with one process (session 22, issue 16: cold publish).

A worker named an article's pages as if no article before it had taken the name: wrong for
every headline another article has already (209 of a 1,000-article chain corpus's), each then
made again by the parent; and since a worker's guess could collide with another's, a new site's
~22,000 pages were moved in one by one. The parent now decides the names ahead from the
headline and locale codes `assemble` recorded, the worker takes them when its article gives the
same, and such an article is staged under its site paths. What must not change: the bytes,
names and modes of the site and manifest (one process's), and the parent's decision in article
order stays the rule (an article it does not agree with is made again there). The articles are
real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import bench_module
from test_publish19_swap import moves, tree  # noqa: F401 (moves: a fixture)

from l10n.assembly import assemble_domains
from l10n.locales import parse_locale
from l10n.mt.batch import translate_project
from l10n.pipeline import extract_articles
from l10n.project import Project
from l10n.publish import PublishReport, publish_project
from l10n.publish.manifest import manifest_path

LOCALES = [parse_locale("de"), parse_locale("ja")]
TWIN, ORIGINAL = "article-00005", "article-00002"  # a later article with an earlier one's headline


def _assembled(root: Path) -> Path:
    """Six real articles, two named alike, extracted, pseudo-translated and assembled. Made for
    each run, not copied: a copy's files are in other states, so no record of `assemble` holds."""
    bench_module("chain").build_corpus(root / "seeds", 6)
    shutil.copy(root / "seeds" / f"{ORIGINAL}.md", root / "seeds" / f"{TWIN}.md")
    project = Project.open(root)
    domains = [r.domain for r in extract_articles(project, [project.seeds_dir], locales=LOCALES)]
    translate_project(project, locales=LOCALES, domains=domains, engine_name="pseudo", progress=False)
    list(assemble_domains(project, domains, LOCALES, formats=("html",)))
    return root


def _publish(root: Path, jobs: int) -> tuple[PublishReport, dict[str, tuple[str, int]], bytes]:
    project = Project.open(root)
    report = publish_project(project, domains=project.domains(), locales=LOCALES, jobs=jobs)
    return report, tree(project.site_dir), manifest_path(project.site_dir).read_bytes()


def test_workers_take_the_names_decided_ahead_and_a_new_site_is_their_stage_renamed(
    tmp_path: Path, moves: list[str]
) -> None:
    """Two workers on a new site: no article made again by the parent (the twin headline
    included), no page moved by itself, and the site, its modes and the manifest those of one
    process. Fails when workers guess the names (the twin is made again: `named_again`) or
    stage under other names than their site paths (every page moved one by one)."""
    sites, reports = {}, {}
    for jobs in (2, 1):  # workers first: on main their pages were moved one by one
        root = _assembled(tmp_path / f"jobs{jobs}")
        moves.clear()
        reports[jobs], *sites[jobs] = _publish(root, jobs)
        assert moves == [], jobs
        assert not any(root.glob(".site.l10n-stage*"))
    assert sites[1] == sites[2]
    pages = sites[2][0]
    twin = next(name for name in pages if name.startswith("de/") and name.endswith(f"-{TWIN}.html"))
    assert twin.removesuffix(f"-{TWIN}.html") + ".html" in pages  # named after the original's
    assert reports[2].named_again == reports[1].named_again == []


def test_without_assembles_records_workers_guess_and_the_parent_names_again(tmp_path: Path, moves: list[str]) -> None:
    """No source-language record to name from (every article touched since `assemble`: same
    bytes, another state, so no record of it holds): each worker
    guesses as before, the twin's guess loses and the parent makes it again, and its pages are
    moved in one by one (a guess may collide with another worker's: never staged under a site
    path); the site is still one process's. A guard of that fallback (main behaves so too):
    fails when a guessed name is taken unchecked, or an article is staged under a site path
    without its names decided ahead."""
    sites = {}
    for jobs in (1, 2):
        root = _assembled(tmp_path / f"jobs{jobs}")
        for seed in (root / "seeds").glob("*.md"):
            st = seed.stat()
            os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        moves.clear()
        report, *sites[jobs] = _publish(root, jobs)
        if jobs == 2:
            assert moves and all(Path(name).is_relative_to(root / "site") for name in moves)
            assert report.named_again == [TWIN]
    assert sites[1] == sites[2]
