"""Session 50 (issue 16: cold `assemble` against writing the same bytes).

Every edition file `assemble` writes is named with its symlink check (`Project.build_file`:
one `lstat` of the file in a folder found plain), and the write then stat'ed the same name
again to learn whether a file was there (`fsio.atomic_write_bytes`): on a cold run two lookups
of a name that is not there, per file. The check's answer now goes to the write
(`Project.build_file_found`, `project.plain_file_missing`, `atomic_write_bytes(missing=True)`):
the write takes no stat of a name its check just found free. What stays: the check itself
(a link that leads out of the project is refused as before), the write of a name taken since
the check (the link fails, the file is replaced through a temp name), and the bytes.
System calls are watched by wrapping the real ones (they still run), not replaced.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from conftest import build_files, qa_ready_chain, run_main

from l10n import fsio
from l10n import project as project_module
from l10n.assemble.gate import Gate, read_whole
from l10n.errors import ProjectError
from l10n.locales import parse_locale
from l10n.project import Project, plain_file_missing

FIRST = ((0, "html"), (0, "md"), (0, "txt"))
ASSEMBLE = ["assemble", "--format", "html", "--format", "md", "--format", "txt", "--jobs", "1"]


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return qa_ready_chain(tmp_path / "project", capsys)


def _stats_of_build(monkeypatch: pytest.MonkeyPatch, build: Path) -> list[str]:
    """Every `os.stat` of a path under `build` that a write (`fsio.atomic_write_bytes`) takes
    from now on; the real call still made."""
    seen: list[str] = []
    prefix = os.fspath(build) + os.sep
    real_stat, write = os.stat, fsio._atomic_write_bytes.__code__

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).startswith(prefix) and sys._getframe(1).f_code is write:
            seen.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    return seen


def test_a_cold_assemble_stats_no_edition_file_its_check_found_free(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stats = _stats_of_build(monkeypatch, project / "build")
    run_main(capsys, project, *ASSEMBLE)
    files = build_files(project)
    assert len(files) == 3 * 2 * 3  # three articles, two locales, three formats
    # named by the full check (no lstat answer kept), their writes stat them: the first article's
    # files (their folder was not there yet when they were named) and the next file named after
    expected = [f"{code}/article-0000{n}.{fmt}" for code in ("de", "ja") for n, fmt in (*FIRST, (1, "html"))]
    assert sorted(path.split("/build/")[1] for path in stats) == expected


def test_the_bytes_are_those_of_a_write_that_stats_each_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same project assembled cold twice, once with every check's answer dropped (each write
    stats its file, as before this session): the same files, byte for byte."""
    roots = []
    for name in ("fast", "stat"):
        roots.append(qa_ready_chain(tmp_path / name, capsys, locales="de,ar"))
    run_main(capsys, roots[0], *ASSEMBLE)
    found = Project.build_file_found
    monkeypatch.setattr(Project, "build_file_found", lambda self, *a: (found(self, *a)[0], False))
    run_main(capsys, roots[1], *ASSEMBLE)
    assert build_files(roots[0]) == build_files(roots[1]) and build_files(roots[0])


def test_a_name_taken_after_the_check_is_replaced_through_a_temp_name(tmp_path: Path) -> None:
    """The check found the name free; another writer made a file there before the write: the
    link under the name fails, the write renames its file over the other one (ours stands,
    with the mode of a new file), and no temp file is left."""
    target = tmp_path / "de" / "article.html"
    target.parent.mkdir()
    assert plain_file_missing(os.fspath(target), tmp_path, {os.fspath(target.parent)})
    target.write_bytes(b"the other writer's\n")
    os.chmod(target, 0o600)
    assert fsio.atomic_write_bytes(os.fspath(target), b"ours\n", missing=True)
    assert target.read_bytes() == b"ours\n"
    assert target.stat().st_mode & 0o777 == fsio.NEW_FILE_MODE
    assert sorted(p.name for p in target.parent.iterdir()) == ["article.html"]


def test_the_check_answers_missing_only_for_a_name_free_in_a_plain_folder(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    folder = root / "build" / "de"
    folder.mkdir(parents=True)
    plain = {os.fspath(folder)}
    new, there, link, out = (folder / name for name in ("new.html", "there.html", "link.html", "out.html"))
    there.write_text("x")
    link.symlink_to(there)
    out.symlink_to(tmp_path.parent / "elsewhere.html")
    assert plain_file_missing(os.fspath(new), root, plain) is True
    assert plain_file_missing(os.fspath(there), root, plain) is False
    assert plain_file_missing(os.fspath(link), root, plain) is False  # a link inside the root: resolved, kept
    with pytest.raises(ProjectError):
        plain_file_missing(os.fspath(out), root, plain)  # refused as `inside_plain_folders` refuses it
    assert plain_file_missing(os.fspath(new), root, set()) is False  # a folder's first file: not asked
    assert project_module.inside_plain_folders(os.fspath(new), root, set()) == os.fspath(new)


def test_the_gate_takes_no_stat_of_a_catalog_its_check_found_a_file(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate asked `os.path.isfile` of each catalog after `Project.po_to_read`'s check had
    taken its `lstat`: a cold assemble now asks it only of a catalog whose check took none
    (the first of each locale's folder: the full check)."""
    asked: list[str] = []
    real_stat, isfile, gated = os.stat, os.path.isfile.__code__, Gate.gated_translations.__code__

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if sys._getframe(1).f_code is isfile and sys._getframe(2).f_code is gated:
            asked.append(os.fspath(path).split("/locales/")[1])
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    run_main(capsys, project, *ASSEMBLE)
    assert sorted(asked) == [f"{code}/LC_MESSAGES/article-00000.po" for code in ("de", "ja")]
    assert len(build_files(project)) == 3 * 2 * 3


def test_a_catalog_is_read_whole_also_when_it_grew_after_its_size_was_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"empty.po": b"", "small.po": 'msgid "ä"\n'.encode(), "large.po": bytes(range(256)) * 1000}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert read_whole(os.fspath(tmp_path / name)) == data
    real_fstat = os.fstat

    class Earlier:  # the file's stat as taken before another writer appended to it
        def __init__(self, st: os.stat_result) -> None:
            self.st_size = st.st_size - 70_000

    monkeypatch.setattr(os, "fstat", lambda fd: Earlier(real_fstat(fd)))
    assert read_whole(os.fspath(tmp_path / "large.po")) == files["large.po"]


def test_a_catalog_found_missing_or_not_a_file_has_no_translations(tmp_path: Path) -> None:
    project = Project.open(tmp_path)
    (project.locales_dir / "de" / "LC_MESSAGES").mkdir(parents=True)
    (project.locales_dir / "de" / "LC_MESSAGES" / "first.po").write_text("")
    assert project.po_to_read_found("de", "first")[1] is None  # the folder's first: the full check
    assert project.po_to_read_found("de", "first")[1] is True
    assert project.po_to_read_found("de", "gone")[1] is False
    (project.locales_dir / "de" / "LC_MESSAGES" / "folder.po").mkdir()
    assert project.po_to_read_found("de", "folder")[1] is None  # not a regular file: the gate asks
    gate = Gate(glossary=None)  # type: ignore[arg-type]
    de = parse_locale("de")
    for domain in ("gone", "folder"):
        po, found = project.po_to_read_found("de", domain)
        assert gate.gated_translations(po, locale=de, domain=domain, found=found) == ({}, {})
