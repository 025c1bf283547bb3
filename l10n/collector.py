"""The cyclic garbage collector paused around work that makes many objects and no cycles.

CPython frees an object when its last reference goes; the cyclic collector only finds garbage
that refers to itself. Its passes are triggered by allocations (every 700 container objects a
young pass, older generations every 10 of those, the whole heap now and then), so work that
allocates millions of short-lived tuples, lists and small objects — parsing a catalog, building
and writing 30,000 editions — pays for passes that find almost nothing, and each full pass
walks everything the process holds (a cold `assemble` at 1,000 articles × 10 locales ran ~2,000
passes, 14 of them over the whole heap, and they collected under 600 objects).

`collector_paused` stops the automatic passes for the block and leaves the collector as it found
it (a caller's pause is kept). What the block leaves in cycles is freed by the first pass after
it; a block that allocates in proportion to its input holds at most that much more meanwhile.
Worker processes forked inside the block (`parallel`'s pools fork) start paused too and end with
their command.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic collection inside the block; the collector's state restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
