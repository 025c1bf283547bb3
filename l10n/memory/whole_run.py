"""Whole-run records: make's rule for a whole stage, one stat per file.

A command that finished keeps a record (`record_run`) of every file it read or wrote — each
file's state, folders by their listing — with what an unchanged re-run prints; the next run
with the same key stats those files and, when nothing moved and the code is the same, replays
it (`look_up_run`, `recorded_run`). Files touched in the tick of the record's clock reading are
kept by content (git's "racily clean" rule: `fingerprint.touched_since`). A file the command
wrote is kept as its write left it (`fingerprint.as_written`), so an edit made after the write
is never recorded as what the run left. The rows live in the stamps database
(`memory.stamps_file`) beside the per-piece stamps (`memory.stamps`), under their own stages.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from l10n.fingerprint import as_written, code_digest, content_digest, filesystem_now, stat_state, touched_since
from l10n.memory.stamps import decoded_payload, save_pending, stage_stamps
from l10n.memory.stamps_file import read_stamp, stamps_file
from l10n.seen import StatsSeen, watched_states

__all__ = ["PreparedRun", "Watched", "look_up_run", "record_run", "recorded_run"]


WHOLE_RUN_STAGE = "whole run"


class Watched(NamedTuple):
    """Everything a whole stage read and wrote: named files, and folders `(path, name suffix,
    recursive)` listed in full (so a new, deleted or renamed file is seen as surely as an edited
    one). Kept in the stage's record, so a later run checks exactly what this one touched.

    A named tuple, as `PreparedRun` is, not a dataclass: a stage answered from its record
    (`cli.early`) imports this module, and `dataclasses` brings `inspect`, `ast`, `dis` and
    `tokenize` (~40 M instructions, a sixth of such a process; `bench/startup.py`)."""

    files: tuple[str, ...] = ()
    folders: tuple[tuple[str, str, bool], ...] = ()


def recorded_run(where: Any, key: str) -> Any:
    """The payload `record_run` kept for `key` when everything it watched is as it was then
    (and the code the same), else None: make's rule for a whole stage, one stat per file.

    Files that were "racily clean" when recorded — touched in the same tick of the filesystem's
    clock as the record, so an edit within that tick would not move their times — are compared
    by content instead (git's rule for its index)."""
    payload, holds = look_up_run(where, key)
    return payload if holds else None


class PreparedRun(NamedTuple):
    """A run's record as of its look-up (`look_up_run(prepare=…)`): the digest and racy files of
    what it watched, by the stats the look-up took after a clock reading. A command that writes
    none of those files (`qa`, `status`) records them (`record_run(prepared=…)`) instead of
    walking ~20,000 files again: a file changed during the run then differs next time."""

    watched: Watched
    digest: str
    racy: tuple[str, ...]
    states: str = ""  # `_states_text` of the same stats, for `record_run(with_states=True)`


def look_up_run(
    where: Any,
    key: str,
    *,
    prepare: list[PreparedRun] | None = None,
    seen: StatsSeen | None = None,
    pieces: Callable[[str], bool] | None = None,
    watching: Watched | None = None,
) -> tuple[Any, bool]:
    """(the payload kept for `key` or None, whether it still holds: `recorded_run`); a stage
    that can redo part of its work reads what it did last time from a record that no longer holds.
    With `prepare`, a record that no longer holds adds its `PreparedRun` to that list — of
    `watching` (what the stage will record) when there is no record, or one of other files:
    the states a read-only stage records are always those taken before it read. `seen`
    keeps the stats taken, for the stage's own checks next (`StatsSeen`); with `pieces` (which
    watched files the stage's pieces read: its catalogs) and a record kept `with_states`, `seen`
    also learns which of them are as that record saw them (`StatsSeen.unchanged`)."""
    path = stamps_file(where)
    row = None
    if path.is_file():
        row = read_stamp(path, WHOLE_RUN_STAGE, key)
    payload = _run_payload(row[1]) if row is not None else None
    if row is None or payload is None:
        if prepare is not None and watching is not None:
            prepare.extend(_prepared_run(path.parent, watching, seen, with_states=pieces is not None))
        return None, False
    watched = Watched(tuple(payload["files"]), tuple((f, s, bool(r)) for f, s, r in payload["folders"]))
    if prepare is not None and watching is not None and watching != watched:
        payload, holds = look_up_run(where, key, seen=seen, pieces=pieces)
        if not holds:
            prepare.extend(_prepared_run(path.parent, watching, None, with_states=pieces is not None))
        return payload, holds
    racy = set(payload["racy"])
    now = filesystem_now(path.parent) if prepare is not None else 0  # before the stats, as `record_run` takes it
    states = watched_states(watched.files, watched.folders)
    taken = list(states) if seen is not None else states  # streamed unless kept for `seen`
    state_of = seen.state_of if seen is not None else None  # each text made once for the whole run
    if prepare is None:
        holds = _run_digest(taken, lambda name, _: name in racy, state_of=state_of) == row[0]
    else:
        racy_now: list[str] = []
        lines: list[str] | None = [] if pieces is not None else None
        recorded, digest = _run_digests(
            taken, racy, functools.partial(_racy_since, now, racy_now), lines, state_of=state_of
        )
        holds = recorded == row[0]
        if not holds:
            prepare.append(PreparedRun(watched, digest, tuple(racy_now), _states_text(lines)))
    if seen is not None and not holds:  # kept for the run's own checks (a replay needs none)
        seen.remember(taken, walked=(watched.files, watched.folders))  # `StatsSeen.rewalked`
        if pieces is not None:
            from l10n.memory.unchanged import unchanged_since

            seen.unchanged = unchanged_since(_recorded_states(path, key, row[0]), taken, seen, pieces)
    return payload, holds


def _run_payload(text: str) -> dict[str, Any] | None:
    """A whole-run record's payload, or None where it is not one `record_run` writes: JSON
    (`stamps.decoded_payload`) of a dict whose watched files and racy files are lists of text and
    whose folders are lists of three (folder, suffix, recursive). The stamps are a file under
    `locales/`: a record cut short or forged into another shape is no record, so the command runs
    (every command died with a traceback on it, session 48's redteam48).

    >>> _run_payload('{"files": ["a"], "folders": [["f", ".po", false]], "racy": []}')["files"]
    ['a']
    >>> _run_payload('{"files": 1}'), _run_payload('"x"'), _run_payload('{"files": [], "folders": [[1]], "racy": []}')
    (None, None, None)
    """
    readable, payload = decoded_payload(text)
    if not (readable and isinstance(payload, dict)):
        return None
    files, folders, racy = payload.get("files"), payload.get("folders"), payload.get("racy")
    if not (isinstance(files, list) and isinstance(folders, list) and isinstance(racy, list)):
        return None
    if not all(isinstance(name, str) for name in (*files, *racy)):
        return None
    if not all(
        isinstance(f, list) and len(f) == 3 and isinstance(f[0], str) and isinstance(f[1], str) for f in folders
    ):
        return None
    return payload


def _prepared_run(folder: Path, watched: Watched, seen: StatsSeen | None, *, with_states: bool) -> list[PreparedRun]:
    """The `PreparedRun` of `watched` by stats taken now, after a clock reading in `folder`
    (none where it cannot be read: the stage then records by a walk after it ran); the stats
    remembered in `seen`."""
    try:
        now = filesystem_now(folder)
    except OSError:
        return []
    racy: list[str] = []
    lines: list[str] | None = [] if with_states else None
    taken = list(watched_states(watched.files, watched.folders))
    digest = _run_digest(
        taken, functools.partial(_racy_since, now, racy), lines, state_of=None if seen is None else seen.state_of
    )
    if seen is not None:
        seen.remember(taken, walked=(watched.files, watched.folders))
    return [PreparedRun(watched, digest, tuple(racy), _states_text(lines))]


WHOLE_RUN_STATES_STAGE = "whole run states"
"""Beside a whole-run record kept `with_states`: the state of each file it watched, as one text
(`_states_text`), read only when the record no longer holds (`memory.unchanged`)."""


def _states_text(lines: list[str] | None) -> str:
    """The code digest, then `name NUL state` of every file, NUL-separated ("" without lines)."""
    return "" if lines is None else "\0".join([code_digest().hex(), *lines])


def _recorded_states(path: Path, key: str, digest: str) -> str | None:
    """The states kept with the record of `key` whose digest is `digest`, else None (kept by
    another record, or never)."""
    row = read_stamp(path, WHOLE_RUN_STATES_STAGE, key)
    if row is None or row[0] != digest:
        return None
    try:
        text = json.loads(row[1])
    except ValueError:
        return None
    return text if isinstance(text, str) else None


def _run_digests(
    states: Iterable[tuple[str, os.stat_result | None]],
    racy: set[str],
    by_content: Callable[[str, os.stat_result], bool],
    lines: list[str] | None = None,
    *,
    state_of: Callable[[str, os.stat_result], str] | None = None,
) -> tuple[str, str]:
    """`_run_digest` of `states` twice in one pass: with the files `racy` (those a record
    kept by content) by content, and with those `by_content` picks: a record's check and the
    `PreparedRun` of a record that does not hold, ~20,000 files walked once instead of twice.
    `lines` gets each file's state as the second digest takes it (`_states_text`)."""
    kept: list[str] = []
    now: list[str] = []
    for name, st in states:
        if st is None:
            state = "-"
        else:
            state = stat_state(st) if state_of is None else state_of(name, st)
            racy_kept, racy_now = name in racy, by_content(name, st)
            if racy_kept or racy_now:
                content = "=" + content_digest(name)
                kept.append(f"\0{name}={content if racy_kept else state}")
                now.append(f"\0{name}={content if racy_now else state}")
                if lines is not None:
                    lines += (name, content if racy_now else state)
                continue
        entry = f"\0{name}={state}"
        kept.append(entry)
        now.append(entry)
        if lines is not None:
            lines += (name, state)
    return _entries_digest(kept), _entries_digest(now)


def _racy_since(now: int, racy: list[str], name: str, st: os.stat_result) -> bool:
    """`record_run`'s rule (`touched_since`): a file touched at or after the clock reading `now`
    is kept by content."""
    if touched_since(st.st_mtime_ns, st.st_ctime_ns, now):
        racy.append(name)
        return True
    return False


def record_run(
    where: Any,
    key: str,
    watched: Watched,
    payload: dict[str, Any],
    *,
    prepared: PreparedRun | None = None,
    seen: StatsSeen | None = None,
    with_states: bool = False,
    written: Mapping[str, tuple[str, str]] | None = None,
) -> None:
    """Keep `payload` (what a re-run with nothing changed would report) for `key`, with the
    state of everything `watched`; called after the stage finished, never after a failure.
    `prepared`: the states its look-up took, for a stage that wrote none of the watched files.

    With `seen` — the stats the stage's look-up took before it wrote, every file it wrote since
    forgotten there (`StatsSeen.forget`) — a file is recorded in the state it was seen in, so
    the run costs one stat per file; a file someone changed during the run is then seen as
    changed by the next one (a stat taken now would call it as this run left it).

    `written`: the files the stage wrote, each with the state and bytes' hash its write left
    (`fsio.Written`, from `fsio.noting_writes`), recorded by those (`fingerprint.as_written`)
    rather than by the stat taken now: a file someone edited after the write — in place,
    replaced, removed, even in the tick of the write — is recorded as changed, and the next run
    works on it instead of replaying past the edit.

    `with_states`: each file's state is kept too (a row of its own, `WHOLE_RUN_STATES_STAGE`),
    so that when this record no longer holds the next run learns which files are as they were
    (`look_up_run(pieces=…)`, `memory.unchanged`)."""
    path = stamps_file(where)
    path.parent.mkdir(parents=True, exist_ok=True)
    racy: list[str] = []
    lines: list[str] | None = [] if with_states else None
    if prepared is not None and prepared.watched == watched and (prepared.states or not with_states):
        digest, racy, text = prepared.digest, list(prepared.racy), prepared.states
    else:
        now = filesystem_now(path.parent)  # before the stats: a file touched from here on is racy
        states = watched_states(watched.files, watched.folders, seen=seen)
        kept_as_written = functools.partial(_as_written, written, now, racy) if written else None
        state_of = None if seen is None else seen.state_of  # the look-up's texts, for the stats it took
        digest = _run_digest(
            states, functools.partial(_racy_since, now, racy), lines, kept_as_written, state_of=state_of
        )
        text = _states_text(lines)
    kept = {**payload, "files": list(watched.files), "folders": [list(f) for f in watched.folders], "racy": racy}
    with stage_stamps(where, WHOLE_RUN_STAGE) as stamps:
        if with_states:  # before the record: states of another record's digest are never taken
            save_pending(stamps._db, WHOLE_RUN_STATES_STAGE, {key: (digest, json.dumps(text))}, [])
        stamps.record(key, digest, kept)


def _as_written(
    written: Mapping[str, tuple[str, str]], now: int, racy: list[str], name: str, st: os.stat_result | None
) -> str | None:
    """`record_run`'s state of a file the stage wrote (`fingerprint.as_written`; one kept by
    content is among the record's `racy`), None for a file it did not write."""
    note = written.get(name)
    if note is None:
        return None
    state = as_written(name, st, note[0], note[1], now)
    if state.startswith("="):
        racy.append(name)
    return state


def _run_digest(
    states: Iterable[tuple[str, os.stat_result | None]],
    by_content: Callable[[str, os.stat_result], bool],
    lines: list[str] | None = None,
    kept_as_written: Callable[[str, os.stat_result | None], str | None] | None = None,
    *,
    state_of: Callable[[str, os.stat_result], str] | None = None,
) -> str:
    """The digest of the code and every file's "\\0name=state": `kept_as_written`'s state for a
    file the run wrote, "-" for one missing, "=" and its content's hash for one `by_content`
    picks, else its stat's (`state_of`: `StatsSeen.state_of`, a text made once per stat)."""
    entries: list[str] = []
    for name, st in states:
        state = kept_as_written(name, st) if kept_as_written is not None else None
        if state is not None:
            pass
        elif st is None:
            state = "-"
        elif by_content(name, st):
            state = "=" + content_digest(name)
        else:
            state = stat_state(st) if state_of is None else state_of(name, st)
        entries.append(f"\0{name}={state}")
        if lines is not None:
            lines += (name, state)
    return _entries_digest(entries)


def _entries_digest(entries: list[str]) -> str:
    """blake2b of the code and `entries` hashed as one string: the bytes, and so the digest, of
    one update per entry (as `fingerprint._digest`), without an encode and update per file."""
    digest = hashlib.blake2b(code_digest(), digest_size=16)
    digest.update("".join(entries).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
