"""`parallel.SharedPool`: one set of worker processes for several `in_worker_processes` calls
of a command (`translate` reads, translates and writes through one), so what a worker caches
serves every call; results still in input order, an error still after the results before it."""

from __future__ import annotations

import os

import pytest

from l10n import fsio
from l10n.errors import CatalogError
from l10n.parallel import SharedPool, in_worker_processes


def pid_of(item: int) -> list[tuple[int, int]]:
    if item == -1:
        raise CatalogError("damaged", path="x.po")
    return [(item, os.getpid())]


def test_calls_on_a_shared_pool_run_in_the_same_workers(tmp_path) -> None:
    with fsio.deferred_durability(tmp_path), SharedPool(2) as pool:
        first = list(in_worker_processes(pid_of, range(40), jobs=2, chunk_size=2, shared=pool))
        second = list(in_worker_processes(pid_of, range(40, 80), jobs=2, chunk_size=2, shared=pool))
        assert [item for item, _ in first + second] == list(range(80))
        with pytest.raises(CatalogError):
            got = []
            for result in in_worker_processes(pid_of, [*range(10), -1, 11], jobs=2, chunk_size=2, shared=pool):
                got.append(result[0])
        assert got == list(range(10))
        third = list(in_worker_processes(pid_of, range(10), jobs=2, chunk_size=2, shared=pool))
    workers = {pid for _, pid in first + second + third}  # the pool survives an error too
    assert len(workers) <= 2 and os.getpid() not in workers
    with fsio.deferred_durability(tmp_path):
        own = list(in_worker_processes(pid_of, range(40), jobs=2, chunk_size=2))
    assert not {pid for _, pid in own} & workers  # without it, a call starts its own


_loaded: list[str] = []


def load() -> None:
    _loaded.append("loaded")


def loaded_in_worker(item: int) -> list[tuple[int, int]]:
    return [(item, len(_loaded))]


def test_a_shared_pool_loads_once_before_its_fork_and_refuses_a_second_preload(tmp_path) -> None:
    """A preload belongs to the pool: run once, before the workers fork (they have it); one
    passed to a call on a shared pool would silently not run, so it is refused."""
    _loaded.clear()
    with fsio.deferred_durability(tmp_path), SharedPool(2, before_fork=load) as pool:
        first = list(in_worker_processes(loaded_in_worker, range(20), jobs=2, chunk_size=2, shared=pool))
        second = list(in_worker_processes(loaded_in_worker, range(20), jobs=2, chunk_size=2, shared=pool))
        assert {count for _, count in first + second} == {1} and _loaded == ["loaded"]
        with pytest.raises(ValueError, match="before_fork belongs to the SharedPool"):
            list(in_worker_processes(loaded_in_worker, range(20), jobs=2, shared=pool, before_fork=load))
