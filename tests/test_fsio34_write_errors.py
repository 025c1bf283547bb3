"""The write path's errors (`fsio._complete_temp_file`, which opens the temp file first and makes
folders only when that finds none): a missing folder is made, and a file where a folder should
be, a folder that takes no new file, a name too long each give one line naming the target —
the words `fsio` gave before the change — with nothing left behind. Real files in `tmp_path`."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from l10n import fsio
from l10n.errors import StorageError
from l10n.fsio_names import name_max

WRITES = {
    "atomic": fsio.atomic_write_bytes,
    "exclusive": fsio.create_exclusive_bytes,
}


@pytest.fixture(params=["nameless O_TMPFILE", "named temp file"])
def creation_way(request, monkeypatch) -> str:
    """Both ways a write makes its temp file (the named one where there is no `O_TMPFILE`)."""
    if request.param == "named temp file":
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    return request.param


def tree(folder: Path) -> list[str]:
    """Every file and folder under `folder`, hidden ones too, relative."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def failure(write: str, target: Path) -> str:
    with pytest.raises(StorageError) as raised:
        WRITES[write](target, b"data\n")
    message = str(raised.value)
    assert len(message.splitlines()) == 1
    return message


@pytest.mark.parametrize("write", WRITES)
def test_missing_folders_are_made(tmp_path: Path, write: str, creation_way: str) -> None:
    target = tmp_path / "a" / "b" / "c" / "x.po"
    assert WRITES[write](target, b"data\n")
    assert target.read_bytes() == b"data\n"
    assert tree(tmp_path) == ["a", "a/b", "a/b/c", "a/b/c/x.po"]
    assert WRITES[write](tmp_path / "a" / "y.po", b"more\n"), "into a folder that exists"
    assert tree(tmp_path) == ["a", "a/b", "a/b/c", "a/b/c/x.po", "a/y.po"]


@pytest.mark.parametrize("write", WRITES)
@pytest.mark.parametrize("depth", [("x.po",), ("deeper", "x.po")])
def test_a_file_where_a_folder_should_be(tmp_path: Path, write: str, depth: tuple[str, ...], creation_way) -> None:
    (tmp_path / "afile").write_text("kept\n", encoding="utf-8")
    target = tmp_path.joinpath("afile", *depth)
    assert failure(write, target) == f"{target}: cannot write: a folder on its path is a file"
    assert tree(tmp_path) == ["afile"] and (tmp_path / "afile").read_text(encoding="utf-8") == "kept\n"


def test_a_folder_where_the_file_should_be(tmp_path: Path, creation_way: str) -> None:
    (tmp_path / "x.po").mkdir()
    assert failure("atomic", tmp_path / "x.po") == f"{tmp_path / 'x.po'}: is a folder, not a file"
    assert not fsio.create_exclusive_bytes(tmp_path / "x.po", b"data\n"), "the name is taken"
    assert tree(tmp_path) == ["x.po"]


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[str]:
    """`folder` taking no new file while the block runs, and the words its writes fail with:
    read-only by its mode, or, for root (whom modes do not stop), immutable (`chattr +i`)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield "permission denied"
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("root, and no immutable folders here (chattr)")
    try:
        yield "operation not permitted"
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


@pytest.mark.parametrize("write", WRITES)
def test_a_folder_that_takes_no_new_file(tmp_path: Path, write: str, creation_way: str) -> None:
    folder = tmp_path / "shut"
    folder.mkdir()
    (folder / "old.po").write_bytes(b"old\n")
    target = folder / ("old.po" if write == "atomic" else "new.po")
    with unwritable(folder) as words:
        assert failure(write, target) == f"{target}: cannot write: {words}"
        assert failure(write, folder / "sub" / "x.po") == f"{folder / 'sub' / 'x.po'}: cannot write: {words}"
    assert tree(tmp_path) == ["shut", "shut/old.po"] and (folder / "old.po").read_bytes() == b"old\n"


@pytest.mark.parametrize("write", WRITES)
def test_the_longest_name_is_written_and_one_byte_more_is_refused(tmp_path: Path, write: str, creation_way) -> None:
    longest = "n" * (name_max(os.fspath(tmp_path)) - 3) + ".po"
    assert WRITES[write](tmp_path / "new" / longest, b"data\n")
    assert tree(tmp_path) == ["new", f"new/{longest}"]
    too_long = tmp_path / "new" / f"n{longest}"
    assert failure(write, too_long) == f"{too_long}: cannot write: name too long for its folder"
    assert tree(tmp_path) == ["new", f"new/{longest}"]
