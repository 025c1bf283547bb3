"""The `l10n` command line (also `python workflow.py`): parses arguments, calls stages, prints.

Each command group lives in its own module and registers itself on `app` when imported, which
happens when the command is run (`common.HOMES`, `common.LazyCommands`); this module turns
`L10nError`s into one line on stderr with a non-zero exit (a traceback only with `--debug`).
A command line whose whole-run record holds is answered before any of that is imported
(`cli.early`).
"""

from __future__ import annotations

import errno
import re
import sys
from typing import Any

from l10n.cli import start_up
from l10n.errors import L10nError
from l10n.terminal import forget_shown_roots, one_line, printable_path

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    """`app`, `err_console` and `state` (`cli.common`), imported when asked: a command line
    answered early (`cli.early`) imports neither Typer nor Click."""
    if name in ("app", "err_console", "state"):
        from l10n.cli import common

        return getattr(common, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status. The collector is paused
    until the command is found (`cli.start_up`)."""
    start_up.pause()
    databases = sys.modules.get("l10n.memory.sqlite")
    opened = databases.opened_mark() if databases is not None else 0
    try:
        args = list(sys.argv[1:] if argv is None else argv)
        debug = "--debug" in args
        args = [a for a in args if a != "--debug"]
        answered = _answered_early([] if debug else args)  # `--debug` runs the command (and keeps no row)
        if answered is not None:
            return answered
        try:
            return _run(args, debug=debug)
        finally:
            from l10n.cli.early import replayed_early

            replayed_early([])  # this command line is done: no later record is kept under it
    finally:
        leftovers = sys.modules.get("l10n.leftovers")
        databases = sys.modules.get("l10n.memory.sqlite")
        if databases is not None:
            databases.close_opened_since(opened)  # a finished run leaves no `-wal`/`-shm`
        if leftovers is not None:
            leftovers.release_runs()  # this command's run locks (`leftovers.hold_run`)
        start_up.done()


def _run(args: list[str], *, debug: bool) -> int:
    """`main` past `cli.early`: the command line parsed by Typer and run."""
    from l10n.cli.common import app, err_console, state

    state.quiet = state.verbose = False  # one process may run several commands (tests do)
    state.exit_code, state.stage, state.refusals = 0, None, None
    forget_shown_roots()  # each command names its own project's files (`terminal.show_under_root`)
    state.debug = debug
    state.exit_code = 0  # one invocation's requested exit status never leaks into the next (tests call main twice)
    try:
        app(args=args, prog_name="l10n", standalone_mode=False)
    except L10nError as exc:
        if state.debug:
            raise
        err_console.print(f"error: {one_line(str(exc))}", markup=False, highlight=False, soft_wrap=True)
        return 2
    except OSError as exc:  # a failure no stage turned into an L10nError: still one line
        if state.debug:
            raise
        from l10n.fsio import FOLDER_NOT_FILE, NO_SUCH_PATH

        where = f"{printable_path(exc.filename)}: " if exc.filename else ""
        named = {errno.EISDIR: FOLDER_NOT_FILE, errno.ENOENT: NO_SUCH_PATH}.get(exc.errno or 0) if where else None
        words = named or str(exc.strerror or exc)
        err_console.print(f"error: {where}{one_line(words)}", markup=False, highlight=False, soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        return 130
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except Exception as exc:
        database = _database_failure(exc)
        if database is not None and not state.debug:
            err_console.print(f"error: {one_line(str(database))}", markup=False, highlight=False, soft_wrap=True)
            return 2
        # Usage errors from Typer's bundled click: duck-typed, since the click Typer ships is private.
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            line = _usage_line(exc)
            if line is None:  # `l10n` alone, or a group without its sub-command: the help is the answer
                show()
            else:
                err_console.print(f"error: {line}", markup=False, highlight=False, soft_wrap=True)
            return code
        if type(exc).__name__ == "Abort":
            return 1
        raise
    return state.exit_code


def _answered_early(args: list[str]) -> int | None:
    """`cli.early.replayed_early`: the exit status when the command line's record held (its
    report printed), else None and the command runs. A failure here (a damaged stamps file, an
    unreadable folder) is left for the command, which says it on one line."""
    from l10n.cli import early

    try:
        return early.replayed_early(args)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except Exception:
        early.replayed_early([])  # nothing handed over, no command line kept
        return None


def _database_failure(exc: BaseException) -> L10nError | None:
    """A SQLite failure in the middle of a run (the stamps, TM, MT cache or parsed articles: a
    full disk or quota says "database or disk is full", a failing one "disk I/O error") as one
    typed line naming the database, found as the connection in the failing frames; None for
    anything else. SQLite's own exceptions carry no file name (a nightly run died with a
    traceback when the disk filled while it saved its stamps)."""
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is None or not isinstance(exc, sqlite3.Error):
        return None
    import traceback

    from l10n.errors import StorageError

    where = None
    for frame, _ in traceback.walk_tb(exc.__traceback__):
        folder = getattr(frame.f_locals.get("project"), "state_dir", None)
        where = folder if where is None and folder is not None else where  # else the project's state
        for value in frame.f_locals.values():
            for held in (value, getattr(value, "_db", None)):
                if isinstance(held, sqlite3.Connection):
                    try:
                        where = held.execute("PRAGMA database_list").fetchone()[2] or where  # the database itself
                    except sqlite3.Error:
                        pass
    message = str(exc)
    if "full" in message or "I/O" in message:
        return StorageError(f"cannot write: {message}", path=where)
    return L10nError(f"database failed: {message}", path=where)


_PATH_PROBLEM = re.compile(
    r"(?:File|Directory|Path) ('.*'|\".*\") (does not exist|is a directory|is a file|is not readable|is not writable)\."
)
_PATH_WORDS = {
    "is a file": "is a file, not a folder",
    "is not readable": "cannot read: permission denied",
    "is not writable": "cannot write: permission denied",
}


def _usage_line(exc: BaseException) -> str | None:
    """A usage error (click's, inside Typer) as one line: a path argument's problem as
    `PATH: problem`, the form every other error takes, anything else as click words it; then
    where to read more. Click's own display is the command's usage, a hint and the error on four
    lines, which buried the one that matters in a nightly log. None for "no arguments: here is
    the help", which is shown as it is."""
    if type(exc).__name__ == "NoArgsIsHelpError":
        return None
    import ast

    ctx = getattr(exc, "ctx", None)
    message = getattr(exc, "message", "")
    found = _PATH_PROBLEM.fullmatch(message) if getattr(exc, "param", None) is not None else None
    if found is not None:
        from l10n.fsio import FOLDER_NOT_FILE, NO_SUCH_PATH

        words = {"is a directory": FOLDER_NOT_FILE, "does not exist": NO_SUCH_PATH}.get(found[2]) or _PATH_WORDS[
            found[2]
        ]
        text = f"{printable_path(ast.literal_eval(found[1]))}: {words}"
    else:
        format_message = getattr(exc, "format_message", None)
        text = format_message() if callable(format_message) else str(exc)
    where = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
    return f"{one_line(text)}{where}"
