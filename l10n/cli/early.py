"""A stage with nothing to do, answered before its command line is parsed (issue 16).

A replayed `qa`, `status`, `assemble` or `publish` used to import Typer and Click, build its
command, open the project (settings, CLDR locale names, the template listing, build/'s formats)
only to compute the key of its whole-run record (`cli.records.WholeRun`), then stat the files that record
watches and print the report it kept — ~0.1 CPU s of a 0.2–0.4 s process. Now the run that
keeps a record also keeps, under the command line as typed, which record that was
(`remember_command_line`, stage `whole run argv`): the arguments, the working folder, the
project's resolved root and whatever changes the printing (a terminal and its width, `NO_COLOR`
…). The next process with the same command line looks that up first (`replayed_early`, called by
`cli.main` before Typer is imported), stats what the record watches, and when nothing moved
prints the report and exits.

Why it is the same answer: everything the parsed command line's key is made of besides the
command line itself — `l10n.toml` (default locales, settings), the templates' listing
(`--domains` unset), the catalog folders, `build/`'s listing (the formats kept) — is among the
files the record watches, so a change there makes the record miss, and then the command runs as
before. A record that misses is not looked up twice: the stats taken here are handed to the
command's own look-up (`handed_look_up`) when its key and way of looking are the same.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

ARGV_STAGE = "whole run argv"
"""Stamps stage of the command-line rows: argv key → (record key, the way it is looked up)."""

LOOK_UPS: dict[str, dict[str, Any]] = {
    "assemble": {"read_only": False, "keep_stats": True, "pieces": False},
    "publish": {"read_only": False, "keep_stats": True, "pieces": False},
    "qa": {"read_only": True, "keep_stats": True, "pieces": True},
    "status": {"read_only": True, "keep_stats": True, "pieces": True},
}
"""The commands answered early, each with how its record is looked up (`WholeRun.replayed`'s
arguments; `pieces`: the catalogs, `memory.unchanged.catalog_pieces`). `translate` is not among
them: its key holds the TM's generation and the engines' package versions, no watched file."""

VALUE_OPTIONS: dict[str, frozenset[str]] = {
    "assemble": frozenset({"--root", "--locales", "--domains", "--format", "--jobs"}),
    "publish": frozenset({"--root", "--out", "--locales", "--domains", "--base-url", "--jobs"}),
    "qa": frozenset({"--root", "--locales", "--domains", "--fail-on", "--jobs"}),
    "status": frozenset({"--root", "--locales", "--domains", "--jobs"}),
}
"""The options of each command answered early that take a value: the next argument, whatever it is (Click reads
`qa --root --help` as the folder "--help", `--domains --root` as the domain "--root"), or what follows "=". The
commands' own options, read here without Typer (tests check the two agree)."""

PRINTING_ENVIRONMENT = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE")

_command_line: list[str] | None = None  # the arguments `cli.main` is running (`remember_command_line`)
_handed: EarlyLook | None = None  # a look-up that did not hold, for the command's own (`handed_look_up`)


class EarlyLook(NamedTuple):
    """A record looked up before the command line was parsed: its key, how it was looked up,
    and what `memory.whole_run.look_up_run` gave (the stats in `seen`, a read-only command's
    `PreparedRun`s in `prepared`). A named tuple: no `dataclasses` on this path
    (`memory.whole_run.Watched` says why)."""

    key: str
    how: dict[str, Any]
    seen: Any
    prepared: list[Any]


def printing(*, quiet: bool, verbose: bool, stage: str | None) -> dict[str, Any]:
    """What changes how a command prints, for the keys of its records: `-q`/`-v`, the stage of
    `run`, whether stdout and stderr are terminals (and the width), the printing environment."""
    shown: dict[str, Any] = {
        "quiet": quiet,
        "verbose": verbose,
        "stage": stage,
        "tty": [_isatty(sys.stdout), _isatty(sys.stderr)],
        "env": {name: os.environ[name] for name in PRINTING_ENVIRONMENT if name in os.environ},
    }
    if shown["tty"][0]:
        import shutil

        shown["width"] = shutil.get_terminal_size().columns
    return shown


def unpacked(kept: str | list[str]) -> str:
    """A report as `cli.records` kept it: the text, or [base64 of its zlib-compressed UTF-8]."""
    if isinstance(kept, str):
        return kept
    import base64
    import zlib

    return zlib.decompress(base64.b64decode(kept[0])).decode("utf-8", "surrogateescape")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _argv_key(args: Sequence[str]) -> tuple[str, str] | None:
    """(the key of this command line's row, the project root it names, resolved), or None for a
    command not answered early, a command line asking for help (no run keeps a row for it, and
    looking for the stamps would import SQLite for nothing), or when records are off. An option's
    value is its own (`VALUE_OPTIONS`): `--root --help` names a folder and asks for no help."""
    if not args or args[0] not in LOOK_UPS or os.environ.get("L10N_NO_RECORDS"):
        return None
    root = "."
    taking, rest = VALUE_OPTIONS[args[0]], iter(args[1:])
    for arg in rest:
        if arg == "--":
            break
        if arg == "--help":
            return None
        name, equals, value = arg.partition("=")
        if name not in taking:
            continue
        if not equals:
            following = next(rest, None)
            if following is None:
                break  # no value: the command says so
            value = following
        if name == "--root":
            root = value
    try:
        where, resolved = os.getcwd(), os.path.realpath(root)
    except OSError:
        return None
    import hashlib  # here: `l10n --help` and commands not answered early never need it (~11 M instr.)

    text = json.dumps(
        [list(args), where, resolved, printing(quiet=False, verbose=False, stage=None)],
        sort_keys=True,
        ensure_ascii=False,
    )
    return f"{args[0]} {hashlib.blake2b(text.encode('utf-8', 'surrogateescape'), digest_size=12).hexdigest()}", resolved


def _stamps_of(root: str) -> Path | None:
    """The stamps database of the project at `root`, None when there is none or it, its folder
    or a file SQLite opens beside it is a symlink (`Project.state_file` refuses those that
    lead outside the root; the command itself then says so)."""
    from l10n.memory.stamps_file import STAMPS_FILE_NAME

    folder = os.path.join(root, "locales")
    path = os.path.join(folder, STAMPS_FILE_NAME)
    beside = (
        folder,
        path,
        f"{path}-wal",
        f"{path}-shm",
        f"{path}-journal",
        os.path.join(folder, f"{STAMPS_FILE_NAME}.lock"),
    )
    if any(os.path.islink(name) for name in beside) or not os.path.isfile(path):
        return None
    return Path(path)


def replayed_early(args: Sequence[str]) -> int | None:
    """The exit status of this command line answered from its record (its report printed), or
    None: not a command answered early, no row for this command line, or the record no longer
    holds (its look-up then waits for the command: `handed_look_up`). `args` is the command
    line `cli.main` runs from now on (`remember_command_line`); [] when it runs none."""
    global _command_line, _handed
    _command_line, _handed = list(args), None
    found = _argv_key(args)
    if found is None:
        return None
    key, root = found
    path = _stamps_of(root)
    if path is None:
        return None
    from l10n.leftovers import hold_run

    if hold_run(root):  # a run was killed here: the command runs, and sweeps what it left
        return None
    from l10n.memory.stamps_file import read_stamp

    row = read_stamp(path, ARGV_STAGE, key)
    if row is None:
        return None
    try:
        how = json.loads(row[1])
    except ValueError:
        return None
    if not isinstance(how, dict) or {k: how.get(k) for k in LOOK_UPS[args[0]]} != LOOK_UPS[args[0]]:
        return None
    look = _look_up(path.parent, row[0], how)
    if look is None:
        return None
    payload, holds, early = look
    if not holds:
        _handed = early
        return None
    sys.stdout.write(unpacked(payload["out"]))
    sys.stdout.flush()
    sys.stderr.write(payload["err"])
    return int(payload["exit"])


def _look_up(folder: Path, key: str, how: dict[str, Any]) -> tuple[Any, bool, EarlyLook] | None:
    """`WholeRun.replayed`'s look-up of the record `key` in the stamps folder `folder`, as `how`
    says it looks (None for a way this module does not know)."""
    from l10n.memory.unchanged import catalog_pieces
    from l10n.memory.whole_run import Watched, look_up_run
    from l10n.seen import StatsSeen

    watching = how.get("watching")
    early = EarlyLook(key, how, StatsSeen(folder) if how["keep_stats"] else None, [])
    try:
        watched = (
            None if watching is None else Watched(tuple(watching[0]), tuple((f, s, bool(r)) for f, s, r in watching[1]))
        )
    except (TypeError, ValueError):
        return None
    payload, holds = look_up_run(
        folder,
        key,
        prepare=early.prepared if how["read_only"] else None,
        seen=early.seen,
        pieces=catalog_pieces(folder) if how["pieces"] and how["keep_stats"] else None,
        watching=watched,
    )
    return payload, holds, early


def handed_look_up(key: str, how: dict[str, Any]) -> EarlyLook | None:
    """The look-up `replayed_early` took of record `key` the same way (`how`), once: the command's
    own look-up is then not taken again. None when there is none, or of another record (the
    command line's parse gave another key: something it is made of changed)."""
    global _handed
    early, _handed = _handed, None
    if early is None or early.key != key or early.how != how:
        return None
    return early


def remember_command_line(project: Any, command: str, key: str, how: dict[str, Any]) -> None:
    """Keep which record (`key`, looked up as `how`) the command line `cli.main` is running
    answers to, for `replayed_early` — when that command line ran `command` itself (not as a
    stage of `run`) in `project`, and `command` is answered early the way `how` says."""
    args = _command_line
    if args is None or not args or args[0] != command or command not in LOOK_UPS:
        return
    if {k: how.get(k) for k in LOOK_UPS[command]} != LOOK_UPS[command]:
        return
    found = _argv_key(args)
    if found is None or found[1] != os.fspath(project.root):
        return
    from l10n.memory.stamps import save_pending, stage_stamps

    with stage_stamps(project, ARGV_STAGE) as stamps:
        save_pending(stamps._db, ARGV_STAGE, {found[0]: (key, json.dumps(how, ensure_ascii=False))}, [])
