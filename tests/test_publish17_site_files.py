"""A page's own name in the site, checked with the one `lstat` that also gives its state
(`staging._site_file_status`), and the stage's named files (`fsio_stage.stage_bytes`): a symlink
where a page goes is still judged by where it leads, and a file already under a stage name is
replaced, never written through (session 17)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_publish import SEED_DOMAIN, build_project, publish

from l10n.errors import ProjectError
from l10n.fsio_stage import fresh_stage, stage_bytes
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish.editions import publish_project


def publish_again(project: Project) -> None:
    """Every page made again (another base URL), so that the page under test is not the first
    of its folder: the one whose folder is checked whole, here and before the moves."""
    publish_project(project, domains=project.domains(), locales=[parse_locale("de")], base_url="https://x.example/")


def test_a_page_that_is_a_symlink_out_of_the_project_is_refused(tmp_path: Path) -> None:
    project = build_project(tmp_path / "news")
    publish(project, locales=("de",))
    outside = tmp_path / "precious.html"
    outside.write_text("keep", encoding="utf-8")
    # its old address (a redirect): staged after its page, so its folder is found plain first
    page = project.site_dir / "de" / f"{SEED_DOMAIN}.html"
    page.unlink()
    page.symlink_to(outside)  # its article's stamp no longer holds: its pages are made again
    with pytest.raises(ProjectError, match="outside the project root"):
        publish_again(project)
    assert outside.read_text(encoding="utf-8") == "keep" and page.is_symlink()


def test_a_page_that_is_a_symlink_inside_the_site_is_replaced_by_the_page(tmp_path: Path) -> None:
    """Inside the root a symlink is no escape: the page is written over it (a rename replaces
    the link), and the file it led to is left as it was."""
    project = build_project(tmp_path / "news")
    publish(project, locales=("de",))
    page = project.site_dir / "de" / f"{SEED_DOMAIN}.html"
    publish_again(project)
    expected = page.read_bytes()
    other = project.site_dir / "de" / "elsewhere.html"
    other.write_text("someone's", encoding="utf-8")
    page.unlink()
    page.symlink_to(other)
    publish_again(project)
    assert not page.is_symlink() and page.read_bytes() == expected
    assert other.read_text(encoding="utf-8") == "someone's"


def test_a_file_already_under_a_stage_name_is_replaced_not_written_through(tmp_path: Path) -> None:
    stage = fresh_stage(tmp_path / ".stage")
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    staged = os.path.join(stage, "de", "page.0")
    os.makedirs(os.path.dirname(staged))
    os.symlink(outside, staged)
    made = stage_bytes(staged, b"<p>page</p>\n", mode=0o640)
    assert Path(staged).read_bytes() == b"<p>page</p>\n" and not Path(staged).is_symlink()
    assert os.stat(staged).st_mode & 0o777 == 0o640 and made.size == len(b"<p>page</p>\n")
    assert outside.read_text(encoding="utf-8") == "keep"
    again = stage_bytes(staged, b"<p>again</p>\n")
    assert Path(staged).read_bytes() == b"<p>again</p>\n" and again.inode == os.stat(staged).st_ino


def test_a_locale_folder_that_is_a_symlink_out_is_refused_on_a_cold_site(tmp_path: Path) -> None:
    """A cold site's folders are missing while its pages are staged (the swap makes them), so a
    folder found missing is checked once, not per page; one that is there, a symlink leading
    out of the project, is refused, and nothing is written through it."""
    project = build_project(tmp_path / "news")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    project.site_dir.mkdir()
    (project.site_dir / "de").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ProjectError, match="outside the project root"):
        publish(project, locales=("de", "fr"))
    assert list(outside.iterdir()) == []
    assert not (project.site_dir / "en").exists()  # refused while staging: nothing moved in
