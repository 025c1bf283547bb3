"""`mt.apertium.family_versions` reads dpkg's status file once per process while the file's stat
(`fingerprint.stat_state`) stays the same (`run` asks more than once), and again after any write
to it: dpkg renames a new file over it on every install (`test_ops14_engine_key` relies on
seeing that), and an edit in place moves the stat too, its time put back or not. The reads are
seen through Python's own audit events (`sys.addaudithook`: every `open` of the file)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from l10n.mt.apertium import family_versions

STANZA = b"Package: apertium-eng-spa\nStatus: install ok installed\nVersion: %s\n\n"
_watched: list[str] = []  # the file whose opens are counted, while a test counts them
_opens: list[int] = [0]
_hooked: list[bool] = []


def _audit(event: str, args: tuple) -> None:
    if _watched and event == "open" and isinstance(args[0], (str, os.PathLike)) and os.fspath(args[0]) == _watched[0]:
        _opens[0] += 1


@contextlib.contextmanager
def counting_opens(path: Path) -> Iterator[list[int]]:
    """Count the opens of `path` in the block (the hook, which cannot be removed, is added on
    first use and does nothing outside such a block)."""
    if not _hooked:
        sys.addaudithook(_audit)
        _hooked.append(True)
    _watched[:], _opens[0] = [os.fspath(path)], 0
    try:
        yield _opens
    finally:
        _watched.clear()


def test_read_once_while_the_stat_is_the_same(tmp_path: Path) -> None:
    status = tmp_path / "status"
    status.write_bytes(STANZA % b"0.8.1-2")
    with counting_opens(status) as opens:
        assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
        assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
    assert opens[0] == 1, "read again though its stat did not move"


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
