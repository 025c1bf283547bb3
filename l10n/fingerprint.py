"""Fingerprints of a piece of work's inputs: file states, settings and the code that does it.

The fingerprint `memory.stamps` keeps for finished work, here at the bottom of the layers so
every stage can name its inputs with the same function (see `memory/stamps.py` for the why).
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def file_state(path: Path | str) -> str:
    """ "size:mtime_ns:ctime_ns:inode" of a file, or "-" when it does not exist."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


_CODE_SUFFIXES = (".py", ".j2", ".css", ".svg", ".json", ".toml", ".txt")  # modules, templates, assets, data


@functools.cache
def code_state() -> str:
    """The state of this package's modules and of the libraries whose data shapes output
    (Babel's CLDR, polib: the state of their modules' files, found without importing them; an
    upgrade rewrites them)."""
    import importlib.util

    libraries = []
    for name in ("babel", "polib"):
        spec = importlib.util.find_spec(name)
        libraries.append(f"{name}={file_state(spec.origin) if spec and spec.origin else '-'}")
    package = Path(__file__).resolve().parent
    states = sorted(
        f"{path.relative_to(package)}={file_state(path)}"
        for path in package.rglob("*")
        if path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts
    )
    return "|".join([*libraries, *states])


@functools.cache
def code_digest() -> bytes:
    """`code_state` hashed once per process: it is ~8 KB, and a run takes thousands of
    fingerprints (hashing it into each was most of their cost)."""
    return hashlib.blake2b(code_state().encode(), digest_size=16).digest()


def fingerprint(files: Iterable[Path | str], *, settings: str = "") -> str:
    """The fingerprint of a piece of work whose inputs are `files` and `settings`."""
    digest = hashlib.blake2b(code_digest(), digest_size=16)
    digest.update(b"\0" + settings.encode("utf-8", "surrogatepass"))
    for path in files:
        digest.update(f"\0{os.fspath(path)}={file_state(path)}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def watched_states(
    files: Iterable[str], folders: Iterable[tuple[str, str, bool]]
) -> Iterator[tuple[str, os.stat_result | None]]:
    """(path, stat or None when absent) of every named file, and of every file in each folder
    `(path, name suffix, recursive)` — a whole stage's inputs and outputs, listed one way.

    A folder is its sorted listing, not its own mtime: under `locales/` lock files come and go
    while nothing a stage reads changes. Names starting with "." (locks, temp files, the stamps)
    are not listed; a file that matters among them is named in `files`."""
    for path in files:
        try:
            yield path, os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            yield path, None
    for folder, suffix, recursive in folders:
        yield from _folder_states(folder, suffix, recursive)


def _folder_states(folder: str, suffix: str, recursive: bool) -> Iterator[tuple[str, os.stat_result | None]]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except (FileNotFoundError, NotADirectoryError):
        yield folder + os.sep, None
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            if recursive:
                yield from _folder_states(entry.path, suffix, recursive)
        elif entry.name.endswith(suffix):
            try:
                yield entry.path, entry.stat()
            except FileNotFoundError:  # a symlink to nothing, or gone since the listing
                yield entry.path, None


def filesystem_now(folder: Path | str) -> int:
    """The time a file written now in `folder` gets, in ns: the filesystem's own clock and
    granularity (coarse on many; 2 s on FAT), for telling which files may still change
    without their mtime moving (git's "racily clean" entries)."""
    import tempfile

    handle, name = tempfile.mkstemp(prefix=".now-", dir=folder)
    try:
        return os.fstat(handle).st_mtime_ns
    finally:
        os.close(handle)
        os.unlink(name)


def content_digest(path: str) -> str:
    """A file's content hash, for the few files whose stat cannot be trusted (`filesystem_now`)."""
    digest = hashlib.blake2b(digest_size=16)
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    return digest.hexdigest()
