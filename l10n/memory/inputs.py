"""The state of one piece of work's files, hashed with git's "racily clean" rule.

`assemble` keeps one record per article (its template, source, catalogs and editions), so a
re-run after a one-sentence edit plans each of the 999 other articles with one stat per file
and one hash, no `pathlib` object and no catalog or template read (`l10n.assembly`). The
per-piece `fingerprint` of `memory.stamps` trusts a file's stat; a record kept here also keeps
the names of files that were *racy* when recorded — touched at or after the filesystem clock
tick the record was taken in, so a later write in that same tick would not move their times —
and those are compared by content (git's rule for its index, as `stamps.record_run` does).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection, Sequence

from l10n.fingerprint import code_digest, content_digest


def states_digest(settings: str, paths: Sequence[str], *, racy: Collection[str] = ()) -> str:
    """The hash of `settings`, the code, and each file's state ("size:mtime:ctime:inode", "-"
    when absent); files in `racy` by their content instead."""
    return _digest(settings, paths, lambda path, _: path in racy)


def recorded_digest(settings: str, paths: Sequence[str], *, now: int) -> tuple[str, list[str]]:
    """(`states_digest` of the files as they are, the racy ones): `now` is the filesystem's time
    taken *before* these stats (`fingerprint.filesystem_now`); a file whose modification or
    change time is at or after it is racy and hashed by content (one stat decides both)."""
    racy: list[str] = []

    def is_racy(path: str, st: os.stat_result) -> bool:
        if st.st_mtime_ns >= now or st.st_ctime_ns >= now:
            racy.append(path)
            return True
        return False

    return _digest(settings, paths, is_racy), racy


def _digest(settings: str, paths: Sequence[str], by_content: Callable[[str, os.stat_result], bool]) -> str:
    digest = hashlib.blake2b(code_digest(), digest_size=16)
    digest.update(b"\0" + settings.encode("utf-8", "surrogatepass"))
    for path in paths:
        try:
            st = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            state = "-"
        else:
            by_stat = f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"
            state = "=" + content_digest(path) if by_content(path, st) else by_stat
        digest.update(f"\0{path}={state}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
