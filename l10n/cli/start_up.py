"""A command's start-up runs without the cyclic garbage collector; what it made is frozen after.

Each stage of the nightly chain is its own process, so on an edit re-run start-up is most of
a stage: the interpreter, ~150–300 modules imported (Typer, the command's own modules, the data
model's dataclasses, compiled patterns), the whole-run record looked up (a stat of each of
~11,000–41,000 files, kept for the command's own checks). All of it lives until the process
ends and holds no garbage cycles, yet the collector's passes, triggered every 700 container
allocations, walked it again and again: its young passes while it was made, then every full
pass of the command's work over all of it (`collector` says why those find next to nothing).

So `cli.main` pauses the collector from its first line (`pause`) until the command line has
named its command and that command's module is imported (`done`, from
`cli.common.PipelineGroup.get_command`; or when `main` returns, for a command answered early or
a usage error). Then, once per process, `gc.freeze()` moves everything start-up made into the
permanent generation, which no pass walks, and the collector runs as before for the work. A
second command in the same process (the tests run many) only pauses its own start-up: what an
earlier one left is not frozen, so no garbage cycle it left is kept for good.
"""

from __future__ import annotations

import gc

_paused = False  # `pause` disabled the collector and `done` has not enabled it yet
_frozen = False  # this process froze its start-up (once)


def pause() -> None:
    """No automatic collection from here to `done` (a caller that disabled the collector keeps
    it disabled: nothing is enabled that was not)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def done() -> None:
    """Start-up is over: the collector enabled again if `pause` disabled it, and the first time
    in this process what is alive now is frozen (never walked by a pass again)."""
    global _paused, _frozen
    if not _paused:
        return
    _paused = False
    if not _frozen:
        _frozen = True
        gc.freeze()
    gc.enable()
