"""A Ray executor for `translate_project`: batches sharded over long-lived model workers.

Why actors: loading a CTranslate2 model costs far more than translating one batch, so each
worker is a Ray actor (Ray docs, "Actors": stateful workers) that receives the batch function,
and with it the engine, ONCE; the engine loads its model on the first batch and keeps it for the
life of the actor. The driver keeps `in_flight_per_worker` batches queued per actor, yields each
batch's outcomes as soon as it returns and hands the next batch to the actor that just finished,
so a slow worker never holds others back. Workers only translate: the driver (batch.py) writes
the MT cache and the catalogs, atomically and under lock, so a worker crash can corrupt nothing.

`import ray` happens only when a batch really has to run (the optional extra
`l10n[distributed]`): a run whose units are all cached never starts a cluster. Without
`address`, a private local cluster (`num_cpus` = workers × CPUs per worker, no dashboard, quiet
logs) is started and shut down again; with `address`, the existing cluster is joined and left
running. `RayExecutor` is also a context manager, so one cluster serves every language group of
a `translate` run (see `open_executor`).

Device: the engine travels to the actors with the device the driver resolved
(`l10n.mt.device`). Ray hides GPUs from actors that do not ask for one (it sets
`CUDA_VISIBLE_DEVICES` per actor, Ray docs "GPU Support"), so for a CUDA engine each actor asks
for an equal share of the cluster's GPUs (`gpu_share`), and a cluster without GPUs is an error.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from l10n.errors import EngineError, EngineUnavailable, L10nError, ProjectError
from l10n.mt.base import MaskedTranslation
from l10n.mt.executors import BatchFunction, register_executor

DEFAULT_WORKERS = 2
DEFAULT_IN_FLIGHT_PER_WORKER = 2
OBJECT_STORE_BYTES = 128 * 1024 * 1024  # batches are kilobytes; the default (30 % of RAM) is waste


class BatchWorker:
    """The body of one Ray actor: holds a batch function (and its engine) for the actor's life."""

    def __init__(self, translate: BatchFunction) -> None:
        self._translate = translate

    def run(self, batch: list[str]) -> tuple[str | None, int, list[MaskedTranslation]]:
        """Translate one batch; return (actor id, process id, outcomes) so work can be accounted."""
        import ray

        outcomes = self._translate(batch)
        return ray.get_runtime_context().get_actor_id(), os.getpid(), outcomes


class RayExecutor:
    """`l10n.mt.executors.Executor` running batches on `workers` Ray actors.

    `batches_by_worker` counts the batches each actor (by Ray actor id) translated, and
    `worker_pids` maps actor ids to their process ids, across every call of this executor.
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        workers: int = DEFAULT_WORKERS,
        cpus_per_worker: float = 1.0,
        in_flight_per_worker: int = DEFAULT_IN_FLIGHT_PER_WORKER,
    ) -> None:
        if workers < 1:
            raise ProjectError(f"--workers must be at least 1, not {workers}")
        self.address = address
        self.workers = workers
        self.cpus_per_worker = cpus_per_worker
        self.in_flight_per_worker = max(1, in_flight_per_worker)
        self.batches_by_worker: Counter[str] = Counter()
        self.worker_pids: dict[str, int] = {}
        self._sessions = 0
        self._started_cluster = False

    def __enter__(self) -> RayExecutor:
        self._sessions += 1
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._sessions -= 1
        if self._sessions == 0:
            self._disconnect()

    def __call__(self, translate: BatchFunction, batches: Iterable[list[str]]) -> Iterator[list[MaskedTranslation]]:
        pending = iter(batches)
        first = list(islice(pending, self.workers * self.in_flight_per_worker))
        if not first:
            return
        with self:
            yield from self._map(translate, first, pending)

    def _map(
        self, translate: BatchFunction, first: list[list[str]], rest: Iterator[list[str]]
    ) -> Iterator[list[MaskedTranslation]]:
        ray = self._connect()
        gpus = 0.0
        if engine_device(translate) == "cuda":
            gpus = gpu_share(float(ray.cluster_resources().get("GPU", 0)), self.workers)
        actor_class = ray.remote(num_cpus=self.cpus_per_worker, num_gpus=gpus)(BatchWorker)
        function_ref = ray.put(translate)
        actors = [actor_class.remote(function_ref) for _ in range(min(self.workers, len(first)))]
        queue = deque(first)
        owner: dict[Any, Any] = {}  # Ray object ref -> the actor computing it
        try:
            for index, batch in enumerate(list(queue)):
                actor = actors[index % len(actors)]
                owner[actor.run.remote(batch)] = actor
            queue.clear()
            while owner:
                [done], _ = ray.wait(list(owner), num_returns=1)
                actor = owner.pop(done)
                actor_id, pid, outcomes = self._result(ray, done)
                self.batches_by_worker[actor_id] += 1
                self.worker_pids[actor_id] = pid
                following = next(rest, None)
                if following is not None:
                    owner[actor.run.remote(following)] = actor
                yield outcomes
        finally:
            for ref in owner:
                with contextlib.suppress(Exception):
                    ray.cancel(ref, force=True)
            for actor in actors:
                with contextlib.suppress(Exception):
                    ray.kill(actor)

    @staticmethod
    def _result(ray, ref) -> tuple[str, int, list[MaskedTranslation]]:
        """`ray.get` that re-raises the project's own error (one clean CLI line) from a worker."""
        try:
            return ray.get(ref)
        except ray.exceptions.RayTaskError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, L10nError):
                raise cause from None
            raise EngineError(f"a Ray worker failed: {cause or exc}") from None
        except ray.exceptions.RayError as exc:
            raise EngineError(f"a Ray worker was lost: {exc}") from None

    def _connect(self):
        import logging  # here: every `translate` imports this module, few ask for Ray

        try:
            import ray
        except ImportError:
            raise EngineUnavailable("the ray executor needs Ray: pip install 'l10n[distributed]'") from None
        if ray.is_initialized():
            return ray
        options: dict[str, object] = {
            "logging_level": logging.ERROR,
            "log_to_driver": False,
            "configure_logging": True,
        }
        try:
            if self.address:
                ray.init(address=self.address, **options)
            else:
                ray.init(
                    num_cpus=max(1, int(self.workers * self.cpus_per_worker + 0.999)),
                    include_dashboard=False,
                    object_store_memory=OBJECT_STORE_BYTES,
                    **options,
                )
                self._started_cluster = True
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = self.address or "a local cluster"
            raise EngineUnavailable(f"cannot start Ray on {where}: {exc}") from None
        return ray

    def _disconnect(self) -> None:
        if not self._started_cluster:
            return
        import ray

        ray.shutdown()
        self._started_cluster = False


def engine_device(translate: BatchFunction) -> str:
    """The device of the engine a batch function carries (`partial(translate_masked, engine, …)`)."""
    engine = next(iter(getattr(translate, "args", ())), None)
    return str(getattr(engine, "device", "cpu"))


def gpu_share(cluster_gpus: float, workers: int) -> float:
    """GPUs each of `workers` actors asks for: one each when there are enough, else an equal share.

    >>> gpu_share(4, 2), gpu_share(1, 2), gpu_share(2, 3)
    (1.0, 0.5, 0.5)
    """
    if cluster_gpus <= 0:
        raise EngineUnavailable("device = cuda, but the Ray cluster has no GPU; use --device cpu")
    return min(1.0, 1.0 / -(-workers // int(max(1, cluster_gpus))))


@contextlib.contextmanager
def open_executor(name: str, *, address: str | None = None, workers: int | None = None) -> Iterator[str]:
    """Register the executor `translate --executor NAME` asks for and yield the name to pass on.

    "local" needs nothing; "ray" registers a `RayExecutor` whose cluster (if it starts one) lives
    until the block ends, shared by every language group of the run.
    """
    if name == "local":
        if address is not None or workers is not None:
            raise ProjectError("--address and --workers apply to --executor ray")
        yield name
        return
    if name != "ray":
        raise ProjectError(f"unknown executor {name!r}; choose local or ray")
    executor = RayExecutor(address=address, workers=workers or DEFAULT_WORKERS)
    register_executor(name, executor)
    with executor:
        yield name
