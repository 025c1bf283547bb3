"""A staged file (`fsio_stage.stage_bytes`): written whole, with the mode asked for whatever the
umask, its folders made; a name staged before (`StagedArticle.discard` missed it) is replaced,
and nothing else is left in the folder."""

from __future__ import annotations

import os
from pathlib import Path

from l10n.fsio_stage import Made, stage_bytes


def test_a_file_staged_again_replaces_the_first_with_its_own_mode(tmp_path: Path) -> None:
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
    assert second == Made(st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) and first.size == len(b"one\n")
    assert os.listdir(os.path.dirname(path)) == ["page.0"], "no temp file left"
