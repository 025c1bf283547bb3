"""Fingerprints of a piece of work's inputs: file states, settings and the code that does it.

The fingerprint `memory.stamps` keeps for finished work, here at the bottom of the layers so
every stage can name its inputs with the same function (see `memory/stamps.py` for the why).
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
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


def touched_since(mtime_ns: int, ctime_ns: int, now_ns: int) -> bool:
    """The racy rule, the one every stamp and whole-run record applies: a file whose modification
    or change time is at or after `now_ns`, a reading of its filesystem's own clock
    (`filesystem_now`) taken before its stat, was touched in the tick of that stat, and an edit
    later in the same tick would leave its times as they are (git's "racily clean" entries).
    The filesystem's clock, not Python's: file times come from the kernel's coarse clock, which
    lags `time.time_ns()` by up to a tick, in the filesystem's granularity (2 s on FAT)."""
    return mtime_ns >= now_ns or ctime_ns >= now_ns


KnownStat = tuple[os.stat_result, bool]
"""A stat and whether its file was racy then (`racy_stat`)."""

_readings: dict[int, int] = {}
"""Device → the latest `filesystem_now` reading taken there by this process. Replaced, never
changed in place: a reference taken before a stat holds readings all older than the stat."""


def racy_stat(path: str, *, read_clock: bool = True) -> tuple[os.stat_result, bool]:
    """`os.stat(path)` and whether the file is racy then (`touched_since`). An earlier reading is
    a lower bound of the clock now, so a file touched before it is settled; a file touched at or
    after it is judged against a fresh reading, then stat'ed again (a temporary file in its
    folder, `bench/racy_clock.py`: most files are settled and need none). With `read_clock`
    false such a file counts as racy without one (its content is hashed): a fingerprint's files
    are judged again when their stamp is written, a batch to one reading (`Fingerprint.settled`),
    so a stage that writes and stamps file after file reads the clock once per batch, not per
    file. The first file on a device takes a reading either way. Without a reading (a folder
    this process cannot write in) the file counts as racy: it is compared by content."""
    global _readings
    known = _readings  # all taken before the stat below
    st = os.stat(path)
    earlier = known.get(st.st_dev)
    if earlier is not None and not touched_since(st.st_mtime_ns, st.st_ctime_ns, earlier):
        return st, False
    if earlier is not None and not read_clock:
        return st, True
    try:
        now = filesystem_now(os.path.dirname(path) or ".")
    except OSError:
        return st, True
    _readings = {**_readings, st.st_dev: now}
    st = os.stat(path)
    return st, touched_since(st.st_mtime_ns, st.st_ctime_ns, now)


class Fingerprint(str):
    """A fingerprint (`fingerprint`: a hex digest, compared as a string) that remembers what it
    was taken of, so a stamp can apply git's racy-file rule: `racy` are the files that may have
    been touched in the tick of their stat (at or after the latest clock reading taken before
    it: `racy_stat`), whose content is hashed then, and which `settled` judges on a fresh one;
    `by_content` is the fingerprint with some files by content, which a stamp keeps and
    compares for the files that were racy when it was recorded."""

    __slots__ = ("contents", "files", "racy", "settings", "states")
    files: tuple[str, ...]
    settings: str
    states: tuple[str, ...]  # "size:mtime_ns:ctime_ns:inode" or "-" per file, as taken
    racy: tuple[int, ...]
    contents: dict[int, str]  # file index → content hash: the racy files', and any asked for since

    def by_content(self, indices: Iterable[int]) -> str:
        """This fingerprint with the files at `indices` taken by content instead of by stat (a
        file that was racy by the content it had then, any other by its content now)."""
        chosen = set(indices)
        for index in chosen - self.contents.keys():
            self.contents[index] = content_digest(self.files[index])
        return _digest(
            self.settings,
            (
                (path, "=" + self.contents[n] if n in chosen else state)
                for n, (path, state) in enumerate(zip(self.files, self.states, strict=True))
            ),
        )

    def settled(self) -> bool:
        """True when every racy file has settled since, unchanged: the same stat, times now more
        than a tick in the past (a later edit will move them) and the same content. A stamp can
        then keep this fingerprint by stat (what git gets by writing its index after the stats)."""
        return not self.unsettled()

    def unsettled(self) -> tuple[int, ...]:
        """The racy files that have not settled unchanged since (`settled`), judged now."""
        still = []
        for index in self.racy:
            path = self.files[index]
            try:
                st, racy = racy_stat(path)
            except (FileNotFoundError, NotADirectoryError):
                still.append(index)
                continue
            if (
                f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}" != self.states[index]
                or racy
                or content_digest(path) != self.contents[index]
            ):
                still.append(index)
        return tuple(still)


def fingerprint(
    files: Iterable[Path | str], *, settings: str = "", known: Mapping[str, KnownStat | None] | None = None
) -> Fingerprint:
    """The fingerprint of a piece of work whose inputs are `files` and `settings`.

    `known` holds stats (None: absent) the caller took earlier, before reading those files, of
    inputs many pieces share (`stats_of`: the glossary is stat'ed once per command, not once per
    catalog), each with its racy judgement of that moment (`racy_stat`). An older stat is the
    safe side: a file changed since it is found changed next run."""
    paths = tuple(os.fspath(path) for path in files)
    states: list[str] = []
    racy: list[int] = []
    for index, path in enumerate(paths):
        try:
            seen = known[path] if known is not None and path in known else racy_stat(path, read_clock=False)
        except (FileNotFoundError, NotADirectoryError):
            seen = None
        if seen is None:
            states.append("-")
            continue
        st, touched_in_tick = seen
        states.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}")
        if touched_in_tick:
            racy.append(index)
    result = Fingerprint(_digest(settings, zip(paths, states, strict=True)))
    result.files, result.settings, result.states, result.racy = paths, settings, tuple(states), tuple(racy)
    result.contents = {index: content_digest(paths[index]) for index in racy}
    return result


def stats_of(paths: Iterable[Path | str]) -> dict[str, KnownStat | None]:
    """Each path's stat now and its racy judgement (`racy_stat`), None when absent: the `known`
    of `fingerprint` for the inputs that every piece of a command shares (take it before reading
    them)."""
    found: dict[str, KnownStat | None] = {}
    for path in paths:
        try:
            found[os.fspath(path)] = racy_stat(os.fspath(path), read_clock=False)
        except (FileNotFoundError, NotADirectoryError):
            found[os.fspath(path)] = None
    return found


def _digest(settings: str, states: Iterable[tuple[str, str]]) -> str:
    digest = hashlib.blake2b(code_digest(), digest_size=16)
    digest.update(b"\0" + settings.encode("utf-8", "surrogatepass"))
    for path, state in states:
        digest.update(f"\0{path}={state}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def watched_states(
    files: Iterable[str], folders: Iterable[tuple[str, str, bool]], *, seen: StatsSeen | None = None
) -> Iterator[tuple[str, os.stat_result | None]]:
    """(path, stat or None when absent) of every named file, and of every file in each folder
    `(path, name suffix, recursive)` — a whole stage's inputs and outputs, listed one way.

    A folder is its sorted listing, not its own mtime: under `locales/` lock files come and go
    while nothing a stage reads changes. Names starting with "." (locks, temp files, the stamps)
    are not listed; a file that matters among them is named in `files`.

    With `seen` (`StatsSeen`), a file's stat seen is taken instead of a new one; folders are
    listed again (a file made since is listed, and stat'ed)."""
    known = seen.states if seen is not None else {}
    for path in files:
        if path in known:
            yield path, known[path]
            continue
        try:
            yield path, os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            yield path, None
    for folder, suffix, recursive in folders:
        yield from _folder_states(folder, suffix, recursive, known)


def _folder_states(
    folder: str, suffix: str, recursive: bool, known: Mapping[str, os.stat_result | None] | None = None
) -> Iterator[tuple[str, os.stat_result | None]]:
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
                yield from _folder_states(entry.path, suffix, recursive, known)
        elif entry.name.endswith(suffix):
            st = known.get(entry.path) if known else None
            if st is not None:
                yield entry.path, st
                continue
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


def data_digest(data: bytes) -> str:
    """`content_digest` of a file whose bytes are already read."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def still_as_taken(fp: Fingerprint, index: int, data: bytes) -> bool:
    """Whether `data`, read from file `index` of `fp` since `fp` was taken, is the content `fp`
    was taken of: the file's stat now (take it after the read) is the one `fp` holds, and where
    that stat could hide an edit (the file was racy) `data` has the content hash `fp` saw."""
    if file_state(fp.files[index]) != fp.states[index]:
        return False
    return index not in fp.racy or data_digest(data) == fp.contents.get(index)


class StatsSeen:
    """The stats a command took while checking its whole-run record (`watched_states` through
    `kept`), with the clock reading taken before the first of them, so that the per-piece
    fingerprints it takes next, before writing anything, read a file's state here instead of
    stat-ing it again (`fingerprint(known=seen.states)`): a record that no longer holds and
    then a thousand article records cost one stat per file, not two. Only for checks made
    before the command writes: a file it writes is forgotten (`forget`) and stat'ed again.

    A state seen earlier is as good as one taken now for deciding what to redo: a file that
    moves after its stat moves after the check either way, and the record kept after the run
    (`memory.stamps.record_run(seen=…)`) then holds the state the run saw, so the next run sees
    the move. A file touched in the tick of the clock reading is not remembered (`kept`)."""

    def __init__(self, folder: Path | str) -> None:
        """`folder`: where the stats will be taken (the filesystem's clock is read there)."""
        try:
            self.clock: int | None = filesystem_now(folder)  # before the stats (`touched_since`)
            self.device = os.stat(folder).st_dev
        except OSError:  # no reading: nothing is remembered, every check stats again
            self.clock, self.device = None, -1
        self.states: dict[str, os.stat_result | None] = {}
        self._known: dict[str, KnownStat | None] | None = None
        self.unchanged: set[str] | None = None  # as the command's last run left them (`memory.unchanged`)

    def kept(self, states: Iterable[tuple[str, os.stat_result | None]]) -> Iterator[tuple[str, os.stat_result | None]]:
        """`states` passed through, each remembered but those touched in the tick of the clock
        reading (git's racily clean files, `fingerprint`): their content could change without
        their times moving, so they are stat'ed again, and judged, where they are asked for."""
        for name, st in states:
            if self.clock is not None and (
                st is None
                or (st.st_dev == self.device and not touched_since(st.st_mtime_ns, st.st_ctime_ns, self.clock))
            ):
                self.states[name] = st
            yield name, st

    def remember(self, states: Iterable[tuple[str, os.stat_result | None]]) -> None:
        """`kept` for its effect alone: `states` remembered, nothing passed on."""
        for _ in self.kept(states):
            pass

    def forget(self, path: Path | str) -> None:
        """`path` was written: its next stat is taken anew (and it is no longer as it was)."""
        self.states.pop(os.fspath(path), None)
        if self.unchanged is not None:  # in place: the commands' checks hold this set
            self.unchanged.discard(os.fspath(path))
        if self._known is not None:
            self._known.pop(os.fspath(path), None)

    def known(self) -> dict[str, KnownStat | None]:
        """The stats seen as `fingerprint(known=…)` takes them (all settled when seen)."""
        if self._known is None:
            self._known = {name: None if st is None else (st, False) for name, st in self.states.items()}
        return self._known

    def file_state(self, path: str) -> str:
        """`file_state` of `path`, by the stat seen when there is one."""
        if path not in self.states:
            return file_state(path)
        st = self.states[path]
        return "-" if st is None else f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"
