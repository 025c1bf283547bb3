"""Fingerprints of a piece of work's inputs: file states, settings and the code that does it.

The fingerprint `memory.stamps` keeps for finished work, here at the bottom of the layers so
every stage can name its inputs with the same function (see `memory/stamps.py` for the why).
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path


def file_state(path: Path | str) -> str:
    """ "size:mtime_ns:ctime_ns:inode" of a file, or "-" when it does not exist."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


@functools.cache
def code_state() -> str:
    """The state of this package's modules and of the libraries whose data shapes output."""
    import babel
    import polib

    package = Path(__file__).resolve().parent
    states = sorted(f"{path.relative_to(package)}={file_state(path)}" for path in package.rglob("*.py"))
    states += sorted(f"{path.relative_to(package)}={file_state(path)}" for path in package.rglob("*.j2"))
    return "|".join([f"babel={babel.__version__}", f"polib={polib.__version__}", *states])


def fingerprint(files: Iterable[Path | str], *, settings: str = "") -> str:
    """The fingerprint of a piece of work whose inputs are `files` and `settings`."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(code_state().encode())
    digest.update(b"\0" + settings.encode("utf-8", "surrogatepass"))
    for path in files:
        digest.update(f"\0{os.fspath(path)}={file_state(path)}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
