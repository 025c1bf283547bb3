"""Progress of a long MT run: a Rich bar on a terminal, plain lines (one per ~10 %) otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any

from l10n.terminal import shown


class Progress:
    """A Rich bar (units/s, ETA) on a terminal; otherwise one plain line per ~10 % on stderr."""

    def __init__(self, *, enabled: bool | None) -> None:
        self.rich = sys.stderr.isatty() if enabled is None else enabled
        self._bar: Any = None  # a rich Progress, made when a run starts
        self.total = self.done = self._next_line = 0
        self.label = ""
        self._started = 0.0

    def start(self, label: str, total: int) -> None:
        label = shown(label)  # names a model and locales: text from outside shown as text (`l10n.terminal`)
        self.label, self.total, self.done, self._started = label, total, 0, time.monotonic()
        self._next_line = max(total // 10, 1)
        if not total:
            return
        if self.rich:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} units/s"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self._bar.start()
            self._task = self._bar.add_task(label, total=total, rate="-")
        else:
            print(f"translate: {label}: {total} units to translate", file=sys.stderr, flush=True)

    def advance(self, count: int) -> None:
        self.done += count
        rate = self.done / max(time.monotonic() - self._started, 1e-9)
        if self._bar is not None:
            self._bar.update(self._task, advance=count, rate=f"{rate:.1f}")
        elif self.done >= self._next_line or self.done == self.total:
            self._next_line = self.done + max(self.total // 10, 1)
            print(
                f"translate: {self.label}: {self.done}/{self.total} ({rate:.1f} units/s)", file=sys.stderr, flush=True
            )

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
