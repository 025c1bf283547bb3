"""`mt.apertium.family_versions` reads dpkg's status file once per process while the file's stat
(`fingerprint.stat_state`) stays the same (`run` asks more than once), and again after any write
to it: dpkg renames a new file over it on every install (`test_ops14_engine_key` relies on
seeing that), and an edit in place moves the stat too, its time put back or not. The reads are
seen through Python's own audit events (`sys.addaudithook`: every `open` of the file)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from l10n.mt.apertium import family_versions

STANZA = b"Package: apertium-eng-spa\nStatus: install ok installed\nVersion: %s\n\n"
_opened: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        _opened.append(os.fspath(args[0]))


sys.addaudithook(_audit)  # (a hook stays for the process: it only appends to a list)


def reads_of(path: Path) -> int:
    return _opened.count(os.fspath(path))


def test_read_once_while_the_stat_is_the_same(tmp_path: Path) -> None:
    status = tmp_path / "status"
    status.write_bytes(STANZA % b"0.8.1-2")
    written = reads_of(status)  # (the write opened it)
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
    assert reads_of(status) - written == 1, "read again though its stat did not move"


def test_any_write_is_read_again(tmp_path: Path) -> None:
    status = tmp_path / "status"
    status.write_bytes(STANZA % b"0.8.1-2")
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
    replacement = tmp_path / "status-new"  # as dpkg writes it: a new file renamed over the old
    replacement.write_bytes(STANZA % b"0.8.1-3")
    os.replace(replacement, status)
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-3"]
    before = status.stat()
    with open(status, "r+b") as handle:  # same size and inode, its time put back: ctime moved
        handle.write(STANZA % b"0.8.1-4")
    os.utime(status, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-4"]
    status.unlink()
    assert family_versions(status) == ["dpkg status: No such file or directory"]
