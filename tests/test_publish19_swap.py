"""A new site is its stage folder renamed into place (session 19, issue 16: cold publish).

A cold publish moved each of its ~22,000 staged pages into the site by a rename and a stat of
its own. When the site folder does not exist, the run (one process: names decided before
staging) stages every page under its site path, and the stage folder becomes the site in one
rename (`publish.swap`). What must not change: the bytes, names and modes of what is written;
the record of each page as its write left it (an edit made right after the swap is seen by the
next run); someone's folder made at the site's place meanwhile (its files stay, the pages are
moved in one by one as before). The articles are real Wikinews articles (bench/data/wikinews,
CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import stat
from pathlib import Path

import pytest
from conftest import pseudo_translated_project

import l10n.fsio_stage as fsio_stage
import l10n.publish.swap as swap
from l10n.assembly import assemble_domains
from l10n.errors import L10nError
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish import publish_project
from l10n.publish.manifest import manifest_path

LOCALES = [parse_locale("de"), parse_locale("ja"), parse_locale("ar")]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    built, domains = pseudo_translated_project(
        tmp_path / "project", 4, locales=LOCALES, translated=LOCALES, glossary=False
    )
    list(assemble_domains(built, domains, LOCALES, formats=("html",)))
    return built


def tree(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder below `folder`: content hash (folders: "/") and permission bits."""
    found = {}
    for dirpath, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(dirpath, name)
            mode = stat.S_IMODE(path.lstat().st_mode)
            digest = "/" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
            found[path.relative_to(folder).as_posix()] = (digest, mode)
    return found


@pytest.fixture
def moves(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The staged files moved one by one (`fsio_stage.move_into_place`, which runs as it is)."""
    moved: list[str] = []
    real = fsio_stage.move_into_place

    def counting(staged, target, digest, made):
        moved.append(os.fspath(target))
        return real(staged, target, digest, made)

    monkeypatch.setattr(fsio_stage, "move_into_place", counting)
    return moved


def publish(project: Project, **options) -> object:
    return publish_project(project, domains=project.domains(), locales=LOCALES, **options)


def edited_after_swap(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Have the next swap (`swap._moved_with_stage`) edit one page in place at the same size right after the
    stage is renamed into the site, that swap only; the list returned holds the page edited."""
    edited: list[Path] = []
    real = swap._moved_with_stage

    def then_edited(report, settings, accepted):
        published = real(report, settings, accepted)
        monkeypatch.setattr(swap, "_moved_with_stage", real)
        page = settings.out_dir / accepted[0][1].pages[1].path
        data = page.read_bytes()
        with open(page, "r+b") as handle:
            handle.write(data[:-2] + (b"X\n" if data[-2:] != b"X\n" else b"Y\n"))
        edited.append(page)
        return published

    monkeypatch.setattr(swap, "_moved_with_stage", then_edited)
    return edited


def test_a_new_site_is_its_stage_renamed_with_the_bytes_and_modes_of_page_by_page_moves(
    project: Project, moves: list[str]
) -> None:
    """Cold into a missing folder: no page moved by itself, the stage gone, and the tree (bytes,
    names, file and folder modes) the one page-by-page moves give — into an empty folder that
    exists, and with two workers. Fails when a new site is moved page by page (moves counted)
    or when a page is staged under another name than its site path (bytes or names differ)."""
    report = publish(project)
    assert moves == [] and len(report.written) > 20
    whole = tree(project.site_dir)
    assert not any(Path(project.root).glob(".site.l10n-stage*"))
    manifest = manifest_path(project.site_dir).read_bytes()

    for options in ({}, {"jobs": 2}):
        shutil.rmtree(project.site_dir)
        manifest_path(project.site_dir).unlink()
        if not options:
            project.site_dir.mkdir()  # there already: moved page by page
        moves.clear()
        again = publish(project, **options)
        assert tree(project.site_dir) == whole
        assert manifest_path(project.site_dir).read_bytes() == manifest
        assert len(again.written) == len(report.written)
        if not options:  # every article page (not the indexes, sitemap and static files, written after)
            pages = [path for path in report.written if path.parent != project.site_dir and path.name != "index.html"]
            assert sorted(moves) == sorted(map(os.fspath, pages))


def test_a_page_edited_right_after_the_swap_is_published_again(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page is recorded as the swap left it (`fsio_stage.note_in_place`), not by a stat
    taken when the articles are stamped: a page edited in place between the two (same size) is
    rebuilt by the next run. Fails when the pages moved with their stage are not noted (the
    stamp then vouches for the edit and the next run takes the article as published)."""
    edited = edited_after_swap(monkeypatch)
    publish(project)
    assert edited
    report = publish(project)
    assert len(report.rebuilt) == 1 and edited[0] in report.written
    assert not edited[0].read_bytes().endswith((b"X\n", b"Y\n"))


def test_a_folder_made_at_the_site_meanwhile_keeps_its_files(
    project: Project, moves: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone makes the site folder with a file in it after the run began: the stage cannot be
    renamed over it, so the pages are moved in one by one and the file stays. The pages are those
    of a cold publish. Fails when the stage replaces what is there (the file is lost)."""
    reference = publish(project)
    pages = {path: path.read_bytes() for path in reference.written}
    shutil.rmtree(project.site_dir)
    manifest_path(project.site_dir).unlink()
    moves.clear()
    real = swap.swap

    def site_made_meanwhile(report, settings, accepted, **options):
        settings.out_dir.mkdir()
        (settings.out_dir / "CNAME").write_text("news.example.org\n", encoding="utf-8")
        return real(report, settings, accepted, **options)

    monkeypatch.setattr(importlib.import_module("l10n.publish.site"), "swap", site_made_meanwhile)
    publish(project)
    assert (project.site_dir / "CNAME").read_text(encoding="utf-8") == "news.example.org\n"
    assert moves and {path: path.read_bytes() for path in pages} == pages


def test_an_article_refused_half_way_never_reaches_a_new_site(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the second article's pages are staged (its third page half written,
    then ENOSPC: a `StorageError`, which refuses that article). The articles before it are
    published, whole, as always; no page of the refused one and no partial file reaches the new
    site. Fails when the stage is renamed whole after a refusal (its pages so far and the
    partial file are moved with it)."""
    import errno

    reference = publish(project)
    pages = {path: path.read_bytes() for path in reference.written}
    shutil.rmtree(project.site_dir)
    manifest_path(project.site_dir).unlink()
    real, writes = fsio_stage.write_all, []
    staged = [path for path in reference.written if path.parent != project.site_dir and path.name != "index.html"]
    per_article = len(staged) // len(project.domains())  # its pages and their redirects

    def filling_up(fd: int, data: bytes) -> None:
        writes.append(fd)
        if len(writes) == per_article + 3:  # the second article's third page
            os.write(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(fsio_stage, "write_all", filling_up)
    with pytest.raises(L10nError):
        publish(project)
    found = [path for path in project.site_dir.rglob("*") if path.is_file()]
    assert found and all(path in pages for path in found)
    assert all(path.read_bytes() == pages[path] for path in found)  # no partial file
    first, second = sorted(project.domains())[:2]
    redirects = {path.name for path in found}  # `<locale>/<domain>.html`: each article's old names
    assert f"{first}.html" in redirects and f"{second}.html" not in redirects
    assert len(found) == per_article  # the first article's pages, all of them


def test_pages_moved_with_their_stage_are_noted_without_a_stat_each(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new site's pages are noted in the state their write left (`fsio_stage.
    note_moved_with_folder`: the folder's rename keeps it), with no stat per page, and the
    note is right: the next run takes every article as published and writes nothing. Fails
    when each page is stat'ed after the rename (`note_in_place`), or noted in a state it is
    not in (the next run rebuilds the articles)."""
    stats: list[str] = []
    real_stat, real_moved = os.stat, swap._moved_with_stage

    def counting(path, *args, **kwargs):
        stats.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    def watched(report, settings, accepted):
        monkeypatch.setattr(os, "stat", counting)
        try:
            return real_moved(report, settings, accepted)
        finally:
            monkeypatch.setattr(os, "stat", real_stat)

    monkeypatch.setattr(swap, "_moved_with_stage", watched)
    report = publish(project)
    pages = [os.fspath(path) for path in report.written if path.parent != project.site_dir]
    assert len(pages) > 20 and not set(stats) & set(pages)
    again = publish(project)
    assert again.rebuilt == [] and again.written == []
