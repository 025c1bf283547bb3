"""Session 49 (issue 16: cold `assemble`/`publish` against writing the same bytes).

A new file is written nameless (`O_TMPFILE`) and linked under its own name once complete
(`fsio._linked_new_file`): one directory operation where a link to a temp name and a rename
over the real name took two (a cold `assemble` creates 6,000 files at 200 × 10). The system
calls are watched by wrapping the real ones (they still run), not replaced.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l10n import fsio
from l10n.fingerprint import stat_state
from l10n.fsio_notes import noting_writes

pytestmark = pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="no O_TMPFILE: temp files are named")


def _watched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every `os.link` and `os.replace` made from here on, as (call, target), each still made."""
    calls: list[tuple[str, str]] = []
    real_link, real_replace = os.link, os.replace

    def link(source, target, **kwargs):
        calls.append(("link", os.fspath(target)))
        return real_link(source, target, **kwargs)

    def replace(source, target, **kwargs):
        calls.append(("replace", os.fspath(target)))
        return real_replace(source, target, **kwargs)

    monkeypatch.setattr(fsio, "_proc_links", True)  # restored after: the process remembers a failure
    monkeypatch.setattr(os, "link", link)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_a_new_file_is_linked_under_its_own_name_and_an_existing_one_replaced(tmp_path, monkeypatch) -> None:
    calls = _watched(monkeypatch)
    target = tmp_path / "build" / "de" / "article.html"  # its folders made as needed
    with noting_writes() as notes:
        assert fsio.atomic_write_bytes(os.fspath(target), b"<p>eins</p>\n")
    assert calls == [("link", os.fspath(target))], "one link under its own name: no temp name, no rename"
    assert target.read_bytes() == b"<p>eins</p>\n"
    assert target.stat().st_mode & 0o777 == fsio.NEW_FILE_MODE
    assert notes[os.fspath(target)].state == stat_state(target.stat()), "noted as the write left it"
    assert sorted(p.name for p in target.parent.iterdir()) == ["article.html"]

    calls.clear()
    os.chmod(target, 0o600)
    assert fsio.atomic_write_bytes(target, b"<p>zwei</p>\n")  # other bytes over a file: replaced
    assert [call for call, _ in calls] == ["link", "replace"] and calls[1][1] == os.fspath(target)
    assert calls[0][1] != os.fspath(target), "an existing file is replaced through a temp name"
    assert target.read_bytes() == b"<p>zwei</p>\n"
    assert target.stat().st_mode & 0o777 == 0o600, "its mode kept"
    assert sorted(p.name for p in target.parent.iterdir()) == ["article.html"]


def test_a_name_taken_between_the_stat_and_the_link_is_replaced(tmp_path, monkeypatch) -> None:
    """Another writer creates the file while this one fills its nameless file: the link under
    the real name fails (EEXIST) and the write goes the way of any existing file — a temp
    name renamed over it — so the last writer's bytes stand and no temp file is left."""
    calls = _watched(monkeypatch)
    target = tmp_path / "article.md"
    real_fill, raced = fsio._fill, []

    def fill(fd: int, data: bytes, mode: int) -> None:
        if not raced:
            raced.append(True)
            with open(target, "wb") as other:
                other.write(b"the other writer's\n")
        real_fill(fd, data, mode)

    monkeypatch.setattr(fsio, "_fill", fill)
    assert fsio.atomic_write_bytes(target, b"ours\n")
    assert calls[0] == ("link", os.fspath(target)), "the real name was tried first"
    assert [call for call, _ in calls[1:]] == ["link", "replace"] and calls[-1][1] == os.fspath(target)
    assert target.read_bytes() == b"ours\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md"], "no temp file left"


def test_a_dangling_symlink_is_replaced_not_followed(tmp_path, monkeypatch) -> None:
    """`os.stat` of a symlink to nothing finds no file, as for a new name; the link under the
    name fails (the symlink holds it) and the rename replaces the symlink itself, as before:
    nothing is created where it pointed."""
    _watched(monkeypatch)
    outside = tmp_path / "outside.txt"
    target = tmp_path / "in" / "page.txt"
    target.parent.mkdir()
    target.symlink_to(outside)
    assert fsio.atomic_write_bytes(target, b"page\n")
    assert not target.is_symlink() and target.read_bytes() == b"page\n"
    assert not outside.exists()


def test_a_new_file_keeps_its_bytes_through_a_real_assemble_shape(tmp_path: Path) -> None:
    """Many new files in new folders, as a cold `assemble` writes them, then the same bytes
    again (nothing written) and other bytes (each replaced): what is read back is what was
    written, every time, and no hidden name is left anywhere."""
    files = {
        f"{code}/article-{n:03}.{fmt}": f"{code} {n} {fmt}\n".encode() * (n + 1)
        for code in ("de", "ar", "ja")
        for n in range(20)
        for fmt in ("html", "md", "txt")
    }
    with fsio.deferred_durability(tmp_path):
        assert all(fsio.atomic_write_bytes(tmp_path / name, data) for name, data in files.items())
        assert not any(fsio.atomic_write_bytes(tmp_path / name, data) for name, data in files.items())
        assert all(fsio.atomic_write_bytes(tmp_path / name, data + b"!") for name, data in files.items())
    found = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert found == {name: data + b"!" for name, data in files.items()}
