"""The chain over a project folder: extract → update (with glossary notes) → assemble, on real files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from l10n.errors import ProjectError
from l10n.locales import parse_locale
from l10n.pipeline import assemble_domain, extract_articles, iter_article_files, update_catalogs
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
    assert len(zh_notes) == len(set((e.msgid, n) for e in zh_po for n in e.comment.splitlines() if n.startswith("glossary:")))
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
