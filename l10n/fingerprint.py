"""Fingerprints of a piece of work's inputs: file states, settings and the code that does it.

The fingerprint `memory.stamps` keeps for finished work, here at the bottom of the layers so
every stage can name its inputs with the same function (see `memory/stamps.py` for the why).
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any


def file_state(path: Path | str) -> str:
    """ "size:mtime_ns:ctime_ns:inode" of a file, or "-" when it does not exist."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    return stat_state(st)


def stat_state(st: os.stat_result | None) -> str:
    """ "size:mtime_ns:ctime_ns:inode" of a stat taken, "-" for a file found missing: the one
    form every stamp, record and whole-run state compares."""
    return "-" if st is None else state_text(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def state_text(size: int, mtime_ns: int, ctime_ns: int, inode: int) -> str:
    """`stat_state`'s form of a stat's four fields, also for a stat a write left (`fsio_stage.Made`)."""
    return f"{size}:{mtime_ns}:{ctime_ns}:{inode}"


_CODE_SUFFIXES = (".py", ".j2", ".css", ".svg", ".json", ".toml", ".txt")  # modules, templates, assets, data


def code_file_state(path: Path | str) -> str:
    """The state of a code file as `code_state` keys it: `file_state`, but for an installed file
    (under site-packages or dist-packages) "size:mtime_ns:inode", no ctime. Installers hard-link
    one file into every environment that holds it (uv's cache), and each link made or removed
    moves the ctime of all of them: a new venv elsewhere made every record here miss. An upgrade
    gives a new inode or mtime. A source tree's own files keep ctime: a same-size edit put back to
    its old mtime (`cp -p`, `rsync --inplace -t`) changes only that."""
    if not _INSTALLED.intersection(Path(path).parts):
        return file_state(path)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


_INSTALLED = frozenset({"site-packages", "dist-packages"})


OUTPUT_LIBRARIES = (
    "babel",  # CLDR: values, dates, plural rules
    "polib",  # PO reading and writing
    "lxml",  # HTML parsing and serialising
    "lxml_html_clean",  # jusText's cleaner
    "trafilatura",  # a page's main text, and what it brings:
    "justext",
    "courlan",
    "tld",
    "charset_normalizer",
    "htmldate",  # a page's date, and what it brings:
    "dateparser",
    "dateutil",
    "pytz",
    "regex",
    "tzlocal",
    "tzdata",  # zone data
    "markdown_it",  # Markdown ingest
    "mdurl",
    "docx",  # Word ingest
    "blingfire",  # sentence segmentation
    "jinja2",  # site templates
    "markupsafe",  # their escaping
    "rapidfuzz",  # TM match scores
    "py3langid",  # an article's language read from its text (ingest.text_language)
    "numpy",  # its model's arithmetic
)
"""Libraries whose upgrade can change a stage's output, the ones the package imports and what
those bring in turn (`tests/test_fingerprint_links.py` walks the installed requirements): a
record or a kept parse made under another version must not answer (review19: a Jinja2, lxml or
python-dateutil upgrade left records holding). MT engines are keyed by their own versions."""


@functools.cache
def code_state() -> str:
    """The state of this package's modules and of the libraries whose code or data shapes what
    a stage writes (`OUTPUT_LIBRARIES`: the state of each one's top module file, found without
    importing it; an upgrade rewrites it) and the Python version. MT engines are keyed by their
    own versions (`mt/base.py`)."""
    import importlib.util

    libraries = [sys.version]
    for name in OUTPUT_LIBRARIES:
        spec = importlib.util.find_spec(name)
        libraries.append(f"{name}={code_file_state(spec.origin) if spec and spec.origin else '-'}")
    states: list[str] = []
    _code_files(os.path.dirname(os.path.realpath(__file__)), "", states)
    return "|".join([*libraries, *sorted(states)])


def _code_files(folder: str, relative: str, states: list[str]) -> None:
    """`relative/name=code_file_state` of each entry below `folder` whose suffix is a code
    file's, as `Path.rglob("*")` finds them (symlinked folders not entered, unreadable ones
    skipped, `__pycache__` left out): one `scandir` per folder, strings instead of ~250 `Path`s
    (~15 → ~3 ms in every process)."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return
    for entry in entries:
        if entry.name == "__pycache__":
            continue
        if os.path.splitext(entry.name)[1] in _CODE_SUFFIXES:  # `Path.suffix`: files and folders alike
            states.append(f"{relative}{entry.name}={code_file_state(entry.path)}")
        try:
            inside = entry.is_dir() and not entry.is_symlink()
        except OSError:
            continue
        if inside:
            _code_files(entry.path, f"{relative}{entry.name}/", states)


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

_UNKNOWN: Any = object()  # `fingerprint`: a path `known` has no entry for

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
            state = stat_state(st)
            if state != self.states[index] or racy:
                still.append(index)
            elif _verified.get(path) != (state, self.contents[index]):
                if content_digest(path) != self.contents[index]:
                    still.append(index)
                    continue
                if len(_verified) >= _VERIFIED_BOUND:
                    _verified.clear()
                _verified[path] = (state, self.contents[index])
        return tuple(still)


_VERIFIED_BOUND = 200_000
_verified: dict[str, tuple[str, str]] = {}
"""path → (state, content hash) of a file `Fingerprint.unsettled` read with that settled state
(its times older than a clock reading taken before the stat, so an edit since would have moved
them): another stamp of the same file in that state needs no second read (a cold `assemble`
stamps each edition file for its edition and for its article). Emptied at its bound."""


def vouch_written(path: str, state: str, digest: str) -> None:
    """Take `path`, while it is in `state`, as holding the bytes that hash to `digest` without
    reading it back (`_verified`, as if `as_written` or `Fingerprint.unsettled` had read it):
    for a writer that trusts the state its own write left (`fsio_notes.Written`). Two stages
    call it: `assemble` for each edition
    file it wrote (DESIGN "Edition files recorded as written": a same-size edit in the tick of
    the write keeps that state, the one edit this trust gives up), and `publish` for a new
    site's pages written before a clock reading taken before its folder got the site's name
    (`publish.swap`: an edit through the site, after that rename, moves its times)."""
    if len(_verified) >= _VERIFIED_BOUND:
        _verified.clear()
    _verified[path] = (state, digest)


def as_written(path: str, st: os.stat_result | None, state: str, digest: str, now_ns: int) -> str:
    """The state a whole-run record keeps for `path`, which this process wrote and left in
    `state` with bytes hashing to `digest` (`fsio.Written`), now stat'ed as `st` after the clock
    reading `now_ns`: never one that vouches for a change made after the write.

    - `state` itself when the file is no longer in it (edited, replaced or removed since): the
      next look-up finds another state, and the command works again;
    - otherwise "=" and `digest`, by the bytes written (the record then compares the file's
      content), when the file is racy (touched at or after `now_ns`: an edit in this tick
      would keep its stat) or when its content is no longer those bytes (an edit in the tick
      of the write, which kept the stat the write left);
    - `state` for a file settled with the bytes written (read back once, unless the process
      read it in that state already: `_verified`): an edit from now on moves its times.

    The safe side throughout: reading the file back, or a stat taken after an edit, would
    record the edit as what the run left."""
    if st is None or stat_state(st) != state:
        return state
    if touched_since(st.st_mtime_ns, st.st_ctime_ns, now_ns):
        return "=" + digest
    if _verified.get(path) != (state, digest):
        if content_digest(path) != digest:
            return "=" + digest
        if len(_verified) >= _VERIFIED_BOUND:
            _verified.clear()
        _verified[path] = (state, digest)
    return state


def fingerprint(
    files: Iterable[Path | str],
    *,
    settings: str = "",
    known: Mapping[str, KnownStat | None] | None = None,
    written: Mapping[str, str] | None = None,
    state_of: Callable[[str, os.stat_result], str] | None = None,
) -> Fingerprint:
    """The fingerprint of a piece of work whose inputs are `files` and `settings`.

    `known` holds stats (None: absent) the caller took earlier, before reading those files, of
    inputs many pieces share (`stats_of`: the glossary is stat'ed once per command, not once per
    catalog), each with its racy judgement of that moment (`racy_stat`). An older stat is the
    safe side: a file changed since it is found changed next run.

    `written` maps files the caller has just written to the content hash of the bytes it wrote
    (`data_digest`): each counts as racy, its content taken as those bytes rather than read
    back. The safe side again: if someone changed it after the write (before or after this
    stat), the stamp holds the bytes written, so its content differs when `Fingerprint.settled`
    reads it once its stat has settled (or the next look-up, `memory.stamps.matches`), and the
    piece is redone — where reading it here, or trusting a stat taken after the change, vouched
    for the change. A file settled once is not read again for another stamp of this process
    (`_verified`).

    `state_of`: each stat's `stat_state` as the command made it already (`StatsSeen.state_of`:
    an edit run's per-article checks take ~60,000 stats its whole-run look-up saw)."""
    paths = tuple([os.fspath(path) for path in files])
    states: list[str] = []
    racy: list[int] = []
    have = (known if known is not None else {}).get
    for index, path in enumerate(paths):
        seen = have(path, _UNKNOWN)
        if seen is _UNKNOWN:
            try:
                seen = racy_stat(path, read_clock=False)
            except (FileNotFoundError, NotADirectoryError):
                seen = None
        if seen is None:
            states.append("-")
            continue
        st, touched_in_tick = seen
        states.append(stat_state(st) if state_of is None else state_of(path, st))
        if touched_in_tick or (written is not None and path in written):
            racy.append(index)
    result = Fingerprint(_digest(settings, zip(paths, states, strict=True)))
    result.files, result.settings, result.states, result.racy = paths, settings, tuple(states), tuple(racy)
    result.contents = {
        index: written[paths[index]]
        if written is not None and paths[index] in written
        else content_digest(paths[index])
        for index in racy
    }
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
    """blake2b of the code, the settings and each "\\0path=state", hashed as one string: the
    bytes (and so the digest) of one update per entry, without a call per entry. The code and
    settings are hashed once per settings (`_settings_hash`), copied for each digest."""
    digest = _settings_hash(settings).copy()
    digest.update("".join([f"\0{path}={state}" for path, state in states]).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


@functools.lru_cache(maxsize=256)  # a command's settings strings: one per stage and locale
def _settings_hash(settings: str) -> Any:
    """The blake2b state after the code and `settings` (never updated: `_digest` copies it)."""
    digest = hashlib.blake2b(code_digest(), digest_size=16)
    digest.update(b"\0" + settings.encode("utf-8", "surrogatepass"))
    return digest


def stat_digest(settings: str, states: Iterable[tuple[str, str]]) -> str:
    """The digest `fingerprint` takes of files whose states (`stat_state`, "-" when absent) the
    caller took itself, in `fingerprint`'s order, for many pieces checked by stat alone (extract's
    merge check of 10,000 POs: no `Fingerprint` built per piece). Equal to a stamp recorded by
    stat exactly when `fingerprint` is; a stamp kept by content (racy files, `memory.stamps`)
    never equals it, and needs `fingerprint` itself (a stale answer here is never a fresh one)."""
    return _digest(settings, states)


def filesystem_now(folder: Path | str) -> int:
    """The time a file written now in `folder` gets, in ns: the filesystem's own clock and
    granularity (coarse on many; 2 s on FAT), for telling which files may still change
    without their mtime moving (git's "racily clean" entries). In a folder this process may
    not write (a read-only mount) the system clock stands in: nothing it writes can be racy."""
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=f".now-{os.getpid()}-", dir=folder)  # its owner, for `leftovers`
    except PermissionError:
        return time.time_ns()
    except OSError as exc:
        if exc.errno != errno.EROFS:
            raise
        return time.time_ns()
    try:
        return os.fstat(handle).st_mtime_ns
    finally:
        os.close(handle)
        os.unlink(name)


def content_digest(path: str) -> str:
    """A file's content hash, for the few files whose stat cannot be trusted (`filesystem_now`)."""
    # A descriptor, not a buffered file, read 64 KB at a time (a 1 MB read allocates through
    # mmap for every file): a cold publish reads ~22,000 pages back (`as_written`), ~25 % less CPU.
    digest = hashlib.blake2b(digest_size=16)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except (FileNotFoundError, NotADirectoryError):
        return "-"
    try:
        while chunk := os.read(fd, 1 << 16):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()


def data_digest(data: bytes) -> str:
    """`content_digest` of a file whose bytes are already read."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def still_as_taken(fp: Fingerprint, index: int, data: bytes, read: os.stat_result | None = None) -> bool:
    """Whether `data`, read from file `index` of `fp` since `fp` was taken, is the content `fp`
    was taken of: the file's stat now (take it after the read) is the one `fp` holds, and where
    that stat could hide an edit (the file was racy) `data` has the content hash `fp` saw.
    `read`: the stat of the descriptor `data` was read through, taken after the read, instead
    of a stat of the path (the bytes are that file's: a file renamed over the path since is
    not the one read)."""
    if (file_state(fp.files[index]) if read is None else stat_state(read)) != fp.states[index]:
        return False
    return index not in fp.racy or data_digest(data) == fp.contents.get(index)


def __getattr__(name: str) -> Any:
    """`StatsSeen` and `watched_states` live in `l10n.seen`; importable from here, where their
    callers found them."""
    if name in ("StatsSeen", "watched_states"):
        from l10n import seen

        return getattr(seen, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
