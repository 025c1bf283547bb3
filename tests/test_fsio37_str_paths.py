"""`fsio.atomic_write_bytes` takes a path given as a string as it is: no `Path` is parsed from it
per write (assemble names its 30,000 edition files as strings, `Project.build_file`), and the
write, the unchanged check, the notes a command keeps and the errors are those of a `Path`.
Real files in `tmp_path`."""

from __future__ import annotations

import os
from pathlib import Path, PosixPath

import pytest

from l10n import fsio
from l10n.errors import StorageError
from l10n.fsio_notes import noting_writes


def test_a_string_path_is_written_noted_and_found_unchanged_as_a_path(tmp_path: Path) -> None:
    as_text, as_path = os.path.join(tmp_path, "de", "a.html"), tmp_path / "fr" / "a.html"
    with noting_writes() as written:
        assert fsio.atomic_write_bytes(as_text, b"<p>1</p>\n")
        assert fsio.atomic_write_bytes(as_path, b"<p>1</p>\n")
        assert Path(as_text).read_bytes() == as_path.read_bytes() == b"<p>1</p>\n"
        first = written[as_text]
        assert not fsio.atomic_write_bytes(as_text, b"<p>1</p>\n")  # the same bytes: not written again
        assert not fsio.atomic_write_bytes(as_path, b"<p>1</p>\n")
        assert written[as_text].digest == first.digest == written[os.fspath(as_path)].digest
        assert fsio.atomic_write_bytes(as_text, b"<p>2</p>\n")  # same size, other bytes: written
        assert written[as_text].digest != first.digest
    assert Path(as_text).read_bytes() == b"<p>2</p>\n"
    assert sorted(os.listdir(tmp_path / "de")) == ["a.html"]  # no temp file left


def test_no_path_is_parsed_per_write_of_a_string(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, every write of a string parsed a `Path` of it (~1 % of a cold `assemble`)."""
    made: list[str] = []

    class Counted(PosixPath):
        def __new__(cls, *args: object) -> Counted:
            made.append(str(args[0]))
            return super().__new__(cls, *args)  # type: ignore[arg-type]

    with fsio.deferred_durability(tmp_path):
        monkeypatch.setattr(fsio, "Path", Counted)
        names = [os.path.join(tmp_path, "build", "de", f"article-{n:05}.html") for n in range(50)]
        for name in names:
            assert fsio.atomic_write_bytes(name, name.encode())
        for name in names:
            assert not fsio.atomic_write_bytes(name, name.encode())
        monkeypatch.undo()
    assert made == []
    assert all(Path(name).read_bytes() == name.encode() for name in names)


def test_a_string_path_fails_as_a_path_does(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("kept\n", encoding="utf-8")
    (tmp_path / "x.html").mkdir()
    for target in (tmp_path / "afile" / "x.html", tmp_path / "x.html"):
        messages = []
        for given in (target, os.fspath(target)):
            with pytest.raises(StorageError) as raised:
                fsio.atomic_write_bytes(given, b"data\n")
            messages.append(str(raised.value))
            assert raised.value.file == os.fspath(target)
        assert messages[0] == messages[1] and messages[0].startswith(f"{target}: ")
    assert sorted(os.listdir(tmp_path)) == ["afile", "x.html"]
