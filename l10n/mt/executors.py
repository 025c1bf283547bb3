"""How `translate` maps its batch function over batches: executors by name.

An executor takes the batch function (the engine behind `l10n.mt.base.translate_masked`) and an
iterable of batches, and yields each batch's outcomes, in any order, as the batch ends. The
default runs them one after the other in this process, where the engine's model is loaded once;
`l10n.mt.ray_executor` registers one that shards batches over Ray actors. `translate_project`
(`l10n.mt.batch`) picks one by name, so a plug-in adds its own without touching the batch runner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from l10n.errors import ProjectError
from l10n.mt.base import MaskedTranslation

if TYPE_CHECKING:
    from l10n.parallel import SharedPool

BatchFunction = Callable[[list[str]], list[MaskedTranslation]]
Executor = Callable[[BatchFunction, Iterable[list[str]]], Iterator[list[MaskedTranslation]]]
"""Maps a batch function over batches, yielding each batch's results (in any order) as it ends."""


def run_local(translate: BatchFunction, batches: Iterable[list[str]]) -> Iterator[list[MaskedTranslation]]:
    """The default executor: one batch after the other in this process (engine loaded once)."""
    for batch in batches:
        yield translate(batch)


def in_processes(jobs: int, pool: SharedPool | None = None) -> Executor:
    """An executor running up to `jobs` batches at once in worker processes (`l10n.parallel`),
    outcomes yielded in batch order: for engines whose batch costs CPU in this process or in
    programs it starts (Apertium), not for one holding a model in memory (argos). A single
    batch (an edit's re-run) runs here. `pool`: the command's workers (`parallel.SharedPool`).
    Call it inside `fsio.deferred_durability`."""

    def run(translate: BatchFunction, batches: Iterable[list[str]]) -> Iterator[list[MaskedTranslation]]:
        from l10n.parallel import in_worker_processes

        return in_worker_processes(partial(_one_batch, translate), batches, jobs=jobs, chunk_size=1, shared=pool)

    return run


def _one_batch(translate: BatchFunction, batch: list[str]) -> list[list[MaskedTranslation]]:
    return [translate(batch)]


_EXECUTORS: dict[str, Executor] = {"local": run_local}


def register_executor(name: str, executor: Executor) -> None:
    """Make `translate_project(executor=name)` use `executor` (e.g. a Ray pool)."""
    _EXECUTORS[name] = executor


def get_executor(name: str) -> Executor:
    """The executor registered as `name`; an unknown name is a `ProjectError` listing the known ones."""
    if name not in _EXECUTORS:
        raise ProjectError(f"unknown executor {name!r}; choose one of {', '.join(sorted(_EXECUTORS))}")
    return _EXECUTORS[name]
