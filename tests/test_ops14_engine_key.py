"""`translate auto`'s whole-run record keys on the versions of the Debian packages Apertium
runs (`mt.apertium.family_versions`), not on dpkg's whole status file: an unrelated package
installed (dpkg rewrites the file) left every record stale, while a language pair upgraded must
still make `translate` work again. Both are shown on a copy of this machine's status file,
which the engine reads in place of the real one (`apertium.DPKG_STATUS`)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from argos_fixtures import packages_dir  # noqa: F401
from test_translate_record import AUTO, project, run, worked  # noqa: F401

import l10n.mt.apertium

REAL_STATUS = Path("/var/lib/dpkg/status")


def test_an_unrelated_install_keeps_the_record_a_pair_upgrade_does_not(
    project: Path,  # noqa: F811
    tmp_path: Path,
    capsys,
    monkeypatch,
    worked: list[int],  # noqa: F811
) -> None:
    if shutil.which("apertium") is None or not REAL_STATUS.is_file():
        pytest.skip("apertium (a Debian package) is not installed")
    status = tmp_path / "status"
    shutil.copy(REAL_STATUS, status)
    monkeypatch.setattr(l10n.mt.apertium, "DPKG_STATUS", status)
    argv = [*AUTO, "--locales", "es"]
    assert run(capsys, project, *argv)[0] == 0
    worked.clear()
    assert run(capsys, project, *argv)[0] == 0
    assert worked == []
    unrelated = b"Package: jq\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.6-2.1\n\n"
    status.write_bytes(unrelated + status.read_bytes())  # as dpkg does: the file rewritten
    assert run(capsys, project, *argv)[0] == 0
    assert worked == [], "an unrelated package must not undo translate's record"
    data = status.read_bytes()
    pair = re.search(rb"^Package: apertium-eng-spa\n(?:.+\n)*?Version: (.+)\n", data, re.M)
    assert pair is not None, "the English-Spanish pair is a Debian package here"
    status.write_bytes(data[: pair.start(1)] + pair[1] + b"+upgraded" + data[pair.end(1) :])
    assert run(capsys, project, *argv)[0] == 0
    assert worked == [1], "an upgraded pair must make translate work again"
