"""A staged file (`fsio_stage.stage_bytes`) is the same whichever way it is written: nameless and
linked (`fsio.linked_nameless_file`, the one rule `fsio`'s exclusive creation uses too) or named
where the filesystem has no `O_TMPFILE`: whole, with the mode asked for whatever the umask, its
folders made, a name staged before replaced, nothing else left in the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l10n import fsio
from l10n.fsio_stage import Made, stage_bytes


@pytest.fixture(params=["nameless O_TMPFILE", "named file"])
def staging_way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "named file":
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    elif not hasattr(os, "O_TMPFILE"):
        pytest.skip("no O_TMPFILE: the named way is the only one")
    return request.param


def test_a_file_staged_again_replaces_the_first_with_its_own_mode(
    tmp_path: Path, staging_way: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    nameless = []
    real = fsio.linked_nameless_file

    def counted(*args, **kwargs):
        nameless.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr("l10n.fsio_stage.linked_nameless_file", counted)
    path = os.path.join(tmp_path, "stage", "de", "page.0")  # neither folder exists yet
    umask = os.umask(0o077)
    try:
        first = stage_bytes(path, b"one\n", mode=0o644)
        second = stage_bytes(path, b"two, longer\n", mode=0o640)
    finally:
        os.umask(umask)
    st = os.stat(path)
    assert Path(path).read_bytes() == b"two, longer\n"
    assert st.st_mode & 0o777 == 0o640
    assert second == Made(st.st_ino, st.st_size, st.st_mtime_ns) and first.size == len(b"one\n")
    assert os.listdir(os.path.dirname(path)) == ["page.0"], "no temp file left"
    assert len(nameless) == 2  # both writes went through the shared rule first
