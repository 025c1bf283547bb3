"""Run independent work items (articles) in worker processes, results streamed in input order.

Used by the batch commands (`extract`, `update`) through `l10n.pipeline`. Kept apart from the
pipeline because it knows nothing about articles: only chunks, ordering, errors and the
durability contract with `l10n.fsio`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from l10n import fsio
from l10n.errors import L10nError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

CHUNK_SIZE = 8  # articles per task sent to a worker: a few ms of work against ~0.1 ms of IPC
WORKERS_FROM = 64  # items (catalogs) below which worker processes cost more than they save
IN_FLIGHT_PER_JOB = 4
_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def default_jobs() -> int:
    """Worker processes for batch commands: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def jobs_for(items: int, jobs: int) -> int:
    """`jobs`, or 1 for fewer than `WORKERS_FROM` items: forking a pool costs 0.02–0.1 s of wall
    before any work (more with pickled work and results), and a one-article edit's `qa` checks
    its 10 catalogs in ~30 ms."""
    return jobs if items >= WORKERS_FROM else 1


def in_worker_processes(
    work: Callable[[_Item], Iterable[_Result]],
    items: Iterable[_Item],
    *,
    jobs: int,
    chunk_size: int = CHUNK_SIZE,
    after_chunk: Callable[[], None] | None = None,
    before_fork: Callable[[], None] | None = None,
    shared: SharedPool | None = None,
) -> Iterator[_Result]:
    """`work(item)` for every item in `jobs` processes, results streamed in input order.

    Articles are independent, so a corpus parallelises by process (the GIL rules out threads
    for this pure-Python work). Items travel in chunks of `chunk_size`; memory stays flat:
    `items` is read lazily and at most `IN_FLIGHT_PER_JOB × jobs` chunks are queued. A batch
    that fits in one chunk runs here, in this process. Workers leave fsync to this process
    (`fsio.defer_durability_to_parent`): call this inside `fsio.deferred_durability()`.
    Errors keep the sequential contract: every result before the failing item is yielded,
    then its error (an `L10nError` naming the file) is raised here; queued chunks are cancelled.
    `after_chunk` runs where the chunk ran, after it (also after its error): what `work` kept
    in memory for a batch (stamps of finished work) is written once per chunk, not per item.
    `before_fork` runs here once a pool is needed, before it forks: what every worker would
    load for itself on its first item (modules, compiled rules, locale data) is then loaded
    once and shared, instead of once per worker.
    `shared`: run in that pool's processes (`SharedPool`, started on its first use, kept for
    the next call) instead of a pool of this call's own; `jobs` and `before_fork` are then the
    shared pool's (a `before_fork` given here too is refused: it would not run).
    """
    if shared is not None and before_fork is not None:
        raise ValueError("before_fork belongs to the SharedPool when one is given")
    fsio.note_deferred_writes()  # the workers write; the parent's batch flushes for them
    chunks = _chunked(items, chunk_size)
    first = next(chunks, None)
    try:
        second = next(chunks, None) if first is not None else None
    except Exception:
        yield from _in_this_process(work, first or [], after_chunk)
        raise
    if second is None:
        yield from _in_this_process(work, first or [], after_chunk)
        return
    noting = fsio.noting()  # the workers' writes, noted here too (a whole-run record keeps them as written)
    if shared is not None:
        jobs = shared.jobs
    elif before_fork is not None:
        before_fork()
    with contextlib.nullcontext(shared.executor()) if shared is not None else _new_pool(jobs) as pool:
        pending: deque[Future[tuple[list[_Result], L10nError | None, dict[str, fsio.Written]]]] = deque()
        source, reading_error = itertools.chain([first, second], chunks), None
        try:
            while True:
                try:
                    chunk = next(source, None)
                except Exception as error:  # e.g. a missing file: report what was done before it
                    chunk, reading_error = None, error
                if chunk is None:
                    break
                pending.append(pool.submit(_work_on_chunk, work, chunk, after_chunk, noting=noting))
                if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
                    yield from _results_or_error(pending.popleft())
            while pending:
                yield from _results_or_error(pending.popleft())
        finally:
            for future in pending:
                future.cancel()
        if reading_error is not None:
            raise reading_error


class SharedPool:
    """Worker processes kept for several `in_worker_processes` calls of one command (`shared=`),
    started on the first call that needs them and ended by `close` (or the `with` block): what
    a worker caches (rendered PO fields, which every locale's catalog of an article repeats)
    serves every call, where a pool per call started each from the parent's caches again.
    A command whose calls each fit in one chunk starts none. The workers fork at the first
    call that needs them: work must carry what it needs (pickled with each task) or load it
    itself, not rely on state the parent sets up after that; `before_fork` runs just before.
    """

    def __init__(self, jobs: int, *, before_fork: Callable[[], None] | None = None) -> None:
        self.jobs, self.before_fork = jobs, before_fork
        self._pool: ProcessPoolExecutor | None = None

    def executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            if self.before_fork is not None:
                self.before_fork()
            self._pool = _new_pool(self.jobs)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> SharedPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing  # here: a batch of one chunk (a re-run after an edit) needs no pool (~8 ms)
    from concurrent.futures import ProcessPoolExecutor

    # fork: workers start with this process's imports (BlingFire, polib, Babel) already loaded
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))


_parent_pid: int | None = None
_working = threading.Lock()  # held by a worker while it runs a chunk
PARENT_CHECK_SECONDS = 0.5


def _start_worker(parent_pid: int) -> None:
    """Pool initializer: fsync is the parent's job; remember the parent to notice its death."""
    global _parent_pid
    _parent_pid = parent_pid
    fsio.defer_durability_to_parent()
    threading.Thread(target=_end_when_orphaned, args=(parent_pid,), name="l10n-parent", daemon=True).start()


def _end_when_orphaned(parent_pid: int) -> None:
    """A worker waiting for work when its command is killed ends: the queue it waits on is a
    pipe it holds both ends of, so no end-of-file would ever wake it (a killed nightly run left
    its workers behind, holding the project's SQLite files open). A worker running a chunk
    stops at its next article instead (`_work_on_chunk`), so no article is cut mid-write."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent_pid:
            with _working:
                os._exit(1)


def _in_this_process(
    work: Callable[[_Item], Iterable[_Result]], chunk: list[_Item], after_chunk: Callable[[], None] | None
) -> Iterator[_Result]:
    """A batch of one chunk, here: as a worker runs a chunk, `after_chunk` when it ends."""
    try:
        for item in chunk:
            yield from work(item)
    finally:
        if after_chunk is not None:
            after_chunk()


def _work_on_chunk(
    work: Callable[[_Item], Iterable[_Result]],
    chunk: list[_Item],
    after_chunk: Callable[[], None] | None = None,
    *,
    noting: bool = False,
) -> tuple[list[_Result], L10nError | None, dict[str, fsio.Written]]:
    """Worker side: the results up to the first project error, and that error (not raised, so
    the results before it still reach the caller). Other exceptions are bugs: raised as is.
    With `noting` (the parent notes its writes: `fsio.noting_writes`), also the files the
    chunk wrote, as their writes left them (`fsio.Written`), for the parent to note.

    A worker whose command was killed stops before its next article instead of working
    through the chunks still queued for it (every file it wrote is complete: atomic writes;
    the stamps of its unfinished chunk are lost, which only means that work is done again).
    """
    results: list[_Result] = []
    failed: L10nError | None = None
    written: dict[str, fsio.Written] = {}
    with _working, contextlib.ExitStack() as noted:
        if noting:
            written = noted.enter_context(fsio.noting_writes())
        try:
            for item in chunk:
                if _parent_pid is not None and os.getppid() != _parent_pid:
                    os._exit(1)
                for result in work(item):
                    results.append(result)
        except L10nError as error:
            failed = error
        if after_chunk is not None:
            try:
                after_chunk()
            except L10nError as error:
                failed = failed or error
    return results, failed, written


def _results_or_error(
    future: Future[tuple[list[_Result], L10nError | None, dict[str, fsio.Written]]],
) -> Iterator[_Result]:
    results, error, written = future.result()
    fsio.note_written_elsewhere(written)  # before the results: a caller acting on them sees them noted
    yield from results
    if error is not None:
        raise error


def _chunked(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    """Lists of `size` items; when reading `items` fails, the items read so far come first."""
    iterator, chunk = iter(items), list[_Item]()
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        except Exception:
            if chunk:
                yield chunk
            raise
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
