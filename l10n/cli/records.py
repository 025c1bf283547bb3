"""Whole-run records for commands: a command whose inputs and outputs are all as its last run
left them prints that run's report and exits, without opening a catalog.

make's rule for a whole stage (`memory.whole_run.record_run`): after a command finished, its
record keeps the state (size, times, inode) of every file it read or wrote and what a re-run
with nothing changed prints; a later run with the same arguments stats those files, and when
nothing moved — same code too — replays the report. Anything else runs the command, which
still skips unchanged pieces through their own stamps. A nightly `qa` over 10,000 catalogs
went from reloading 300,000 recorded findings to one stat per catalog.

The report kept is the one an unchanged re-run prints: for `qa` and `status` what this run
printed (they write nothing), for `assemble` and `publish` the same report with every file
"unchanged" (`keep(out=…)`). The key holds the arguments and whatever changes the printing
(`-q`, `-v`, the stage of `run`, a terminal and its width, `NO_COLOR`…).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from l10n.cli.common import state
from l10n.cli.early import printing as shown_as
from l10n.cli.early import unpacked
from l10n.terminal import shown

MAX_REPORT_CHARS = 1 << 24  # a larger report (qa -v over a corpus, --json) is not kept
_PACK_FROM_CHARS = 1 << 16  # a report this long is kept compressed (assemble's lines compress ~15×)


class _Tee(io.TextIOBase):
    """A stream that writes through and keeps a copy; a terminal stays a terminal to Rich.
    With `through=False` it only keeps (a report rendered for the stream, not printed)."""

    def __init__(self, stream: Any, *, through: bool = True) -> None:
        self._stream = stream
        self._through = through
        self.parts: list[str] = []
        self._kept = 0

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # click probes streams with b"" to find binary ones
            raise TypeError("a text stream")
        written = self._stream.write(text) if self._through else len(text)
        if self._kept <= MAX_REPORT_CHARS:  # past it the report is not kept: no copy (qa --json streams 500 MB)
            self.parts.append(text)
            self._kept += len(text)
        return written

    def flush(self) -> None:
        if self._through:
            self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")

    def text(self) -> str:
        return "".join(self.parts)


class WholeRun:
    """One command's record: `replayed()` before the work, `capturing()` around it, `keep()`
    after it succeeded."""

    def __init__(self, project: Any, command: str, **arguments: Any) -> None:
        self.project = project
        printing = shown_as(quiet=state.quiet, verbose=state.verbose, stage=state.stage)
        self._command, self._arguments, self._printing = command, arguments, printing
        self.key = self._key()
        self._exit_before = state.exit_code
        self._out: _Tee | None = None
        self._err: _Tee | None = None
        self._rehearsed: tuple[str, str] | None = None
        self.seen: Any = None  # the stats `replayed` took (`fingerprint.StatsSeen`), for the command's own checks
        self._prepared: list[Any] = []  # `memory.whole_run.PreparedRun` of a record that did not hold
        self._with_states = False  # keep each file's state (`replayed(pieces=…)`)
        self._written: dict[str, Any] | None = None  # the files written while `capturing` (`fsio.Written`)
        self._how: dict[str, Any] | None = None  # how `replayed` looked the record up (`cli.early`)

    def _key(self) -> str:
        """The command line's record key. It names the project's root: a record watches files by
        their absolute paths, so a project copied or moved elsewhere (its stamps with it) found
        the original's record, stat'ed the original's files and replayed its report (a corrupt
        PO in the copy went unreported, its edits never reached `build/`). And the root as the
        user named it: a path in a message is shown under that name (`terminal.printable_path`),
        so a report captured with `--root .` is not replayed for `--root /srv/news`."""
        from l10n.terminal import shown_root

        where = os.fspath(self.project.root)
        text = json.dumps(
            [self._command, self._arguments, self._printing, where, shown_root(where)],
            sort_keys=True,
            default=str,
            ensure_ascii=False,
        )
        return f"{self._command} {hashlib.blake2b(text.encode(), digest_size=12).hexdigest()}"

    def replayed(
        self,
        *,
        read_only: bool = False,
        keep_stats: bool = False,
        pieces: Any = None,
        files: Sequence[os.PathLike[str] | str] = (),
        folders: Sequence[tuple[os.PathLike[str] | str, str, bool]] = (),
    ) -> bool:
        """True when the last run's report was printed because nothing it touched changed.
        `read_only`: the command writes none of the files it watches, and will `keep(read_only=…)`
        the states taken here (held until then: ~20,000 stats, so only when asked) — with
        `files` and `folders`, what it will keep, also on its first run (no record to look up),
        so its record never holds a state taken after it read (`memory.whole_run.PreparedRun`). `keep_stats`:
        the stats taken are kept in `seen` (`fingerprint.StatsSeen`) for the command's own checks
        (assemble and publish; held too, so only when asked). `pieces` (with `keep_stats`): which
        watched files the command's pieces read (`memory.unchanged.catalog_pieces`); the record is
        then kept with each file's state, and `seen.unchanged` names those still in it."""
        from l10n.cli.early import handed_look_up
        from l10n.fingerprint import StatsSeen
        from l10n.memory.stamps_file import stamps_file
        from l10n.memory.whole_run import look_up_run

        if os.environ.get("L10N_NO_RECORDS"):
            return False
        self._with_states = pieces is not None and keep_stats
        watching = _watched(files, folders) if files or folders else None
        self._how = json.loads(
            json.dumps(
                {
                    "read_only": read_only,
                    "keep_stats": keep_stats,
                    "pieces": pieces is not None,
                    "watching": None if watching is None else [watching.files, watching.folders],
                }
            )
        )
        early = handed_look_up(self.key, self._how)
        if early is not None:  # taken before the command line was parsed (`cli.early`): it did not hold
            self.seen = early.seen
            self._prepared.extend(early.prepared)
            return False
        self.seen = StatsSeen(stamps_file(self.project).parent) if keep_stats else None  # `record_run`'s clock folder
        prepare = self._prepared if read_only else None
        payload, holds = look_up_run(
            self.project,
            self.key,
            prepare=prepare,
            seen=self.seen,
            pieces=pieces if keep_stats else None,
            watching=watching,
        )
        if not holds:
            return False
        sys.stdout.write(unpacked(payload["out"]))
        sys.stdout.flush()
        sys.stderr.write(payload["err"])
        state.exit_code = max(state.exit_code, payload["exit"])
        return True

    @contextmanager
    def capturing(self) -> Iterator[None]:
        """Keep a copy of what the command prints (stdout and stderr) while it runs, and the
        files it writes, as their writes left them (`fsio.noting_writes`): `keep` records
        those by their writes, not by a stat taken after the run (`memory.whole_run.record_run`)."""
        from l10n.fsio import noting_writes

        saved = sys.stdout, sys.stderr
        self._out, self._err = _Tee(sys.stdout), _Tee(sys.stderr)
        sys.stdout, sys.stderr = self._out, self._err
        try:
            with noting_writes() as self._written:
                yield
        finally:
            sys.stdout, sys.stderr = saved

    @contextmanager
    def rehearsing(self) -> Iterator[None]:
        """Print, into the record only, what a re-run with nothing changed prints (stdout and
        stderr), rendered for this run's streams (a terminal stays a terminal): for a command
        whose unchanged re-run prints another report than its working run (`translate`'s table)."""
        saved = sys.stdout, sys.stderr
        out, err = _Tee(sys.stdout, through=False), _Tee(sys.stderr, through=False)
        sys.stdout, sys.stderr = out, err
        try:
            yield
        finally:
            sys.stdout, sys.stderr = saved
        self._rehearsed = out.text(), err.text()

    def keep(
        self,
        *,
        files: Sequence[os.PathLike[str] | str] = (),
        folders: Sequence[tuple[os.PathLike[str] | str, str, bool]] = (),
        out: str | None = None,
        arguments: dict[str, Any] | None = None,
        read_only: bool = False,
        written_forgotten: bool = False,
    ) -> None:
        """Record the run: everything it read or wrote (`files`, and `folders` as (path, name
        suffix, recursive)), and `out`, what a re-run with nothing changed prints on stdout
        (default: what `rehearsing` printed, else what this run printed; stderr likewise).
        `arguments` replace key arguments that name a state the run itself moved (`translate`'s
        TM generation): the next run, which sees the state as this one left it, finds the record.
        `read_only`: the run wrote none of those files (`qa`, `status`), so the states `replayed`
        took before it are recorded (`memory.whole_run.PreparedRun`) — not a second walk of them.
        `written_forgotten`: the command forgot every file it wrote in `self.seen`
        (`StatsSeen.forget`), so the others are recorded as `replayed` saw them, not stat'ed again."""
        from l10n.memory.whole_run import record_run

        if arguments:
            self._arguments = {**self._arguments, **arguments}
            self.key = self._key()

        if self._rehearsed is not None and out is None:
            out, err = self._rehearsed
        else:
            out = self._out.text() if out is None and self._out is not None else shown(out or "")  # as printed
            err = self._err.text() if self._err is not None else ""
        if len(out) + len(err) > MAX_REPORT_CHARS:
            return
        watched = _watched(files, folders)
        exit_code = state.exit_code if state.exit_code > self._exit_before else 0
        prepared = self._prepared[0] if read_only and self._prepared and not arguments else None
        seen = self.seen if written_forgotten else None
        payload = {"out": _packed(out), "err": err, "exit": exit_code}
        record_run(
            self.project,
            self.key,
            watched,
            payload,
            prepared=prepared,
            seen=seen,
            with_states=self._with_states,
            written=self._written,
        )
        if self._how is not None:
            from l10n.cli.early import remember_command_line

            remember_command_line(self.project, self._command, self.key, self._how)


def _watched(
    files: Sequence[os.PathLike[str] | str], folders: Sequence[tuple[os.PathLike[str] | str, str, bool]]
) -> Any:
    """`memory.whole_run.Watched` of `keep`'s arguments."""
    from l10n.memory.whole_run import Watched

    return Watched(
        tuple(os.fspath(path) for path in files),
        tuple((os.fspath(path), suffix, recursive) for path, suffix, recursive in folders),
    )


def _packed(text: str) -> str | list[str]:
    """A long report as [base64 of its zlib-compressed UTF-8]: the stamps row stays small."""
    if len(text) < _PACK_FROM_CHARS:
        return text
    import base64
    import zlib

    return [base64.b64encode(zlib.compress(text.encode("utf-8", "surrogateescape"), 6)).decode("ascii")]


def catalog_folders(project: Any, locales: Sequence[Any]) -> list[tuple[Any, str, bool]]:
    """The templates (`locales/*.pot`: which domains exist) and the POs of `locales`."""
    folders: list[tuple[Any, str, bool]] = [(project.locales_dir, ".pot", False)]
    folders += [(project.locales_dir / locale.code / "LC_MESSAGES", ".po", False) for locale in locales]
    return folders


def gate_files(project: Any) -> list[Any]:
    """What the publish gate and QA read besides the catalogs: glossary, MT failure log, config."""
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.mt.failures import failures_path
    from l10n.project import CONFIG_FILE

    return [project.locales_dir / GLOSSARY_FILE_NAME, failures_path(project.state_dir), project.root / CONFIG_FILE]
