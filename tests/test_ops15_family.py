"""`mt.apertium.family_versions` reads dpkg's status file once per process while the file's stat
stays the same (`run` asks more than once), and again as soon as it changes: dpkg rewrites the
file on any install, so a changed stat must be seen (`test_ops14_engine_key` relies on it)."""

from __future__ import annotations

import os
from pathlib import Path

from l10n.mt.apertium import family_versions

STANZA = b"Package: apertium-eng-spa\nStatus: install ok installed\nVersion: %s\n\n"


def test_read_once_while_the_stat_is_the_same(tmp_path: Path) -> None:
    status = tmp_path / "status"
    status.write_bytes(STANZA % b"0.8.1-2")
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
    before = status.stat()
    with open(status, "r+b") as handle:  # same size, same inode, its time put back: the same stat
        handle.write(STANZA % b"9.9.9-9")
    os.utime(status, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert status.stat().st_mtime_ns == before.st_mtime_ns
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"], "read again though its stat did not move"


def test_a_rewritten_file_is_read_again(tmp_path: Path) -> None:
    status = tmp_path / "status"
    status.write_bytes(STANZA % b"0.8.1-2")
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-2"]
    replacement = tmp_path / "status-new"  # as dpkg writes it: a new file renamed over the old
    replacement.write_bytes(STANZA % b"0.8.1-3")
    os.replace(replacement, status)
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-3"]
    before = status.stat()
    with open(status, "r+b") as handle:  # same size and inode, a new time: read again
        handle.write(STANZA % b"0.8.1-4")
    os.utime(status, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert family_versions(status) == ["apertium-eng-spa=0.8.1-4"]
    status.unlink()
    assert family_versions(status) == ["dpkg status: No such file or directory"]
