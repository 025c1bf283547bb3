"""Files whose names are as long as the folder allows (NAME_MAX, 255 bytes on ext4 and tmpfs):
written, created and locked through `fsio`, whose hidden temp and lock names beside them used to
pass the limit (`fsio_names.hidden_beside`). Real files in `tmp_path`; the commands run whole."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import REPO

from l10n import fsio
from l10n.cli import main
from l10n.errors import StorageError
from l10n.fsio_locks import _lock_path
from l10n.fsio_names import hidden_beside, name_max


def longest_name(folder: Path, stem: str, suffix: str) -> str:
    """`stem` repeated into the longest name `folder` takes that ends in `suffix`, whole characters."""
    room = name_max(os.fspath(folder)) - len(suffix.encode())
    per = len(stem.encode())
    return stem * (room // per) + suffix


@pytest.fixture(params=["ascii", "cjk"])
def long_target(request, tmp_path: Path) -> Path:
    """A 255-byte ASCII name, or a Chinese one of 252 bytes (3 bytes a character)."""
    folder = tmp_path / "out"
    folder.mkdir()
    name = longest_name(folder, "a", ".po") if request.param == "ascii" else longest_name(folder, "宝", ".md")
    assert len(name.encode()) >= name_max(os.fspath(folder)) - 3
    return folder / name


@pytest.fixture(params=["nameless O_TMPFILE", "named temp file"])
def creation_way(request, monkeypatch) -> str:
    """Both ways a write makes its temp file: Linux's nameless file linked under a temp name, and
    the named temp file used where the platform has no `O_TMPFILE` (as on macOS)."""
    if request.param == "named temp file":
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    return request.param


def test_a_name_as_long_as_the_folder_allows_is_written_atomically(long_target: Path, creation_way: str) -> None:
    assert fsio.atomic_write_bytes(long_target, b"first\n")
    assert fsio.atomic_write_bytes(long_target, b"second, longer\n")  # replaces: temp file + rename
    assert not fsio.atomic_write_bytes(long_target, b"second, longer\n")
    assert long_target.read_bytes() == b"second, longer\n"
    assert os.listdir(long_target.parent) == [long_target.name], "no temp file left"


def test_a_name_as_long_as_the_folder_allows_is_created_exclusively(long_target: Path, creation_way: str) -> None:
    target = long_target.parent / "new" / long_target.name
    assert fsio.create_exclusive_text(target, "first\n")
    assert not fsio.create_exclusive_text(target, "second\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    assert os.listdir(target.parent) == [target.name]


def test_a_name_as_long_as_the_folder_allows_is_locked(long_target: Path) -> None:
    lock = _lock_path(long_target)
    with fsio.locked(long_target):
        assert os.path.exists(lock)
        assert len(os.path.basename(lock).encode()) <= name_max(os.fspath(long_target.parent))
        fsio.atomic_write_text(long_target, "locked write\n")
    assert os.listdir(long_target.parent) == [long_target.name], "the lock file is removed on release"


def test_a_cut_name_keeps_whole_characters_and_tells_long_names_apart(tmp_path: Path) -> None:
    folder = os.fspath(tmp_path)
    limit = name_max(folder)
    one, other = longest_name(tmp_path, "宝山", "-a.md"), longest_name(tmp_path, "宝山", "-b.md")
    cut_one, cut_other = hidden_beside(folder, one, ".lock"), hidden_beside(folder, other, ".lock")
    assert cut_one != cut_other, "two names that share their first 250 bytes get two lock files"
    assert cut_one == hidden_beside(folder, one, ".lock"), "the same name gets the same lock file each time"
    for cut, name in ((cut_one, one), (cut_other, other)):
        encoded = cut.encode("utf-8")  # raises if a character was cut in two
        assert len(encoded) <= limit and cut.endswith(".lock") and cut.startswith(".宝山宝山")
        kept = cut[1 : cut.index("~")]
        assert name.startswith(kept) and len(kept.encode()) > limit - 30, "as much of the name as fits"
    assert hidden_beside(folder, "a.po", ".lock") == ".a.po.lock", "a short name is kept whole"
    assert hidden_beside(folder, ".tm.sqlite3", ".lock", dot="") == ".tm.sqlite3.lock"


def test_a_name_longer_than_the_folder_allows_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("b" * (name_max(os.fspath(folder)) - 2) + ".po")  # one byte more than allowed
    for write in (fsio.atomic_write_bytes, fsio.create_exclusive_bytes):
        with pytest.raises(StorageError) as raised:
            write(target, b"data\n")
        assert str(raised.value) == f"{target}: cannot write: name too long for its folder"
    assert os.listdir(folder) == [], "no temp file left"


def test_exports_to_files_with_the_longest_names_through_the_commands(tmp_path: Path, capsys) -> None:
    """`xliff export -o` and `tm export` write the file the user names, of any legal length."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.sqlite3*", "*.lock"))
    out = root / "out"
    out.mkdir()
    xliff = out / longest_name(out, "上海宝山区", ".xlf")
    tmx = out / longest_name(out, "x", ".tmx")
    assert main(["xliff", "export", "--root", str(root), "--locale", "de", "-o", str(xliff)]) == 0
    assert main(["tm", "export", "--root", str(root), str(tmx)]) == 0
    assert "<xliff" in xliff.read_text(encoding="utf-8") and "<tmx" in tmx.read_text(encoding="utf-8")
    assert sorted(os.listdir(out)) == sorted([xliff.name, tmx.name]), "no temp or lock file left"
    too_long = out / ("y" * (name_max(os.fspath(out)) - 3) + ".tmx")
    capsys.readouterr()
    assert main(["tm", "export", "--root", str(root), str(too_long)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: ") and error.endswith("y.tmx: cannot write: name too long for its folder")
    assert len(error.splitlines()) == 1 and sorted(os.listdir(out)) == sorted([xliff.name, tmx.name])


def test_a_site_folder_with_the_longest_name_is_published(tmp_path: Path, capsys) -> None:
    """`publish --out` names the site folder; its stage and manifest beside it are named after it
    (`publish.staging.stage_folder`, `publish.manifest.manifest_path`), within the limit too."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.sqlite3*", "*.lock"))
    out = tmp_path / "out"
    out.mkdir()
    site = out / longest_name(out, "网站", "")
    assert main(["assemble", "--root", str(root), "-q"]) == 0
    said = []
    for _ in range(2):  # then again: the manifest beside it is found and read
        capsys.readouterr()
        assert main(["publish", "--root", str(root), "--out", str(site)]) == 0
        said.append(capsys.readouterr().out)
    assert ": 0 written" not in said[0] and ": 0 written" in said[1], "the second run finds every page done"
    assert (site / "index.html").is_file()
    beside = sorted(os.listdir(out))
    assert len(beside) == 2 and beside[1] == site.name, "the site and its manifest, no stage left"
    assert beside[0].startswith(".网站网站") and beside[0].endswith(".l10n-manifest.json")
