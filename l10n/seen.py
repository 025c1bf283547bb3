"""The stats a command took while checking its whole-run record, for the checks it makes next
(`StatsSeen`): one stat per file on an edit run, and the look-up's walk taken again when the
run is recorded; and that walk (`watched_states`). Kept apart from `fingerprint.py` (whose
callers still find both there), which it builds on: the racy rule, the filesystem's clock,
file states.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from l10n.fingerprint import KnownStat, file_state, filesystem_now, stat_state, touched_since


class StatsSeen:
    """The stats a command took while checking its whole-run record (`watched_states` through
    `kept`), with the clock reading taken before the first of them, so that the per-piece
    fingerprints it takes next, before writing anything, read a file's state here instead of
    stat-ing it again (`fingerprint(known=seen.states)`): a record that no longer holds and
    then a thousand article records cost one stat per file, not two. Only for checks made
    before the command writes: a file it writes is forgotten (`forget`) and stat'ed again.

    A state seen earlier is as good as one taken now for deciding what to redo: a file that
    moves after its stat moves after the check either way, and the record kept after the run
    (`memory.whole_run.record_run(seen=…)`) then holds the state the run saw, so the next run sees
    the move. A file touched in the tick of the clock reading is not remembered (`kept`)."""

    def __init__(self, folder: Path | str) -> None:
        """`folder`: where the stats will be taken (the filesystem's clock is read there)."""
        try:
            self.clock: int | None = filesystem_now(folder)  # before the stats (`touched_since`)
            self.device = os.stat(folder).st_dev
        except OSError:  # no reading: nothing is remembered, every check stats again
            self.clock, self.device = None, -1
        self.states: dict[str, os.stat_result | None] = {}
        self._texts: dict[str, tuple[os.stat_result, str]] = {}  # `state_of`'s, by path
        self._known: dict[str, KnownStat | None] | None = None
        self._walk: tuple[Any, Any, list[tuple[str, os.stat_result | None]]] | None = None
        self._written: set[str] = set()
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

    def remember(
        self,
        states: Iterable[tuple[str, os.stat_result | None]],
        *,
        walked: tuple[Sequence[str], Sequence[tuple[str, str, bool]]] | None = None,
    ) -> None:
        """`kept` for its effect alone: `states` remembered, nothing passed on. `walked`: the
        (files, folders) `states` is the `watched_states` walk of, kept for `rewalked`."""
        taken = list(states)
        for _ in self.kept(taken):
            pass
        if walked is not None:
            self._walk = (tuple(walked[0]), tuple(map(tuple, walked[1])), taken)

    def forget(self, path: Path | str) -> None:
        """`path` was written: its next stat is taken anew (and it is no longer as it was)."""
        self.states.pop(os.fspath(path), None)
        self._written.add(os.fspath(path))
        if self.unchanged is not None:  # in place: the commands' checks hold this set
            self.unchanged.discard(os.fspath(path))
        if self._known is not None:
            self._known.pop(os.fspath(path), None)

    def rewalked(
        self, files: Iterable[str], folders: Iterable[tuple[str, str, bool]]
    ) -> list[tuple[str, os.stat_result | None]] | None:
        """What `watched_states(files, folders, seen=self)` yields, from the walk this command
        took of the same files and folders (`remember(walked=…)`) rather than listing ~40,000
        files again: each file as seen then, those written since (`forget`) or racy then
        stat'ed now, a listed file gone since left out, as a listing would. None when the
        walk was of other files or folders, or the command wrote a file the walk did not list
        (a new one: its folder is listed again). A file someone else made or removed meanwhile
        is not seen here: the record then differs from the next look-up, the safe side (as for
        a file changed during the run)."""
        if self._walk is None:
            return None
        named, listed, taken = self._walk
        if named != tuple(files) or listed != tuple(map(tuple, folders)):
            return None
        if self._written and not self._written <= {name for name, _ in taken}:
            return None
        again: list[tuple[str, os.stat_result | None]] = []
        states, written, count = self.states, self._written, len(named)
        for index, (name, st) in enumerate(taken):
            if name in written or name not in states:
                try:
                    st = os.stat(name)
                except (FileNotFoundError, NotADirectoryError):
                    if index >= count and not name.endswith(os.sep):
                        continue  # listed, gone since: a listing would not name it
                    st = None
            else:
                st = states[name]
            again.append((name, st))
        return again

    def known(self) -> dict[str, KnownStat | None]:
        """The stats seen as `fingerprint(known=…)` takes them (all settled when seen)."""
        if self._known is None:
            self._known = {name: None if st is None else (st, False) for name, st in self.states.items()}
        return self._known

    def file_state(self, path: str) -> str:
        """`file_state` of `path`, by the stat seen when there is one."""
        if path not in self.states:
            return file_state(path)
        return self.state_of(path, self.states[path])

    def state_of(self, path: str, st: os.stat_result | None) -> str:
        """`stat_state(st)`, `st` a stat of `path`, its text made once per stat object: an edit
        run's look-up, its unchanged-file check, its per-article checks and its record all ask
        for the states of the same ~34,000 stats (three texts a file before). Keyed by the stat
        itself (`is`: the object is kept, so no other can take its identity), so a file stat'ed
        again — written since, or racy — gets the text of its new stat."""
        if st is None:
            return "-"
        found = self._texts.get(path)
        if found is not None and found[0] is st:
            return found[1]
        text = stat_state(st)
        self._texts[path] = (st, text)
        return text


def watched_states(
    files: Iterable[str], folders: Iterable[tuple[str, str, bool]], *, seen: StatsSeen | None = None
) -> Iterator[tuple[str, os.stat_result | None]]:
    """(path, stat or None when absent) of every named file, and of every file in each folder
    `(path, name suffix, recursive)` — a whole stage's inputs and outputs, listed one way.

    A folder is its sorted listing, not its own mtime: under `locales/` lock files come and go
    while nothing a stage reads changes. Names starting with "." (locks, temp files, the stamps)
    are not listed; a file that matters among them is named in `files`.

    With `seen` (`StatsSeen`), a file's stat seen is taken instead of a new one; folders are
    listed again (a file made since is listed, and stat'ed) — unless `seen` walked these very
    files and folders itself (`StatsSeen.rewalked`): then its walk is taken again, with the
    files the command wrote since stat'ed anew."""
    if seen is not None:
        again = seen.rewalked(files, folders)
        if again is not None:
            yield from again
            return
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
            if entry.name.endswith(".lock"):  # one a SIGKILLed run left: removed when no one holds it
                from l10n.fsio_locks import remove_if_stale

                remove_if_stale(entry.path)
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
