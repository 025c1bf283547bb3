"""Worker processes for batch commands (`l10n/parallel.py`): order, errors, and clean output."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import REPO

from l10n.errors import ProjectError
from l10n.parallel import in_worker_processes


def squares(item: int) -> list[int]:
    if item == 13:
        raise ProjectError("thirteen is refused", path=f"item-{item}")
    return [item * item]


def test_results_come_in_input_order_from_several_workers() -> None:
    items = [n for n in range(40) if n != 13]
    assert list(in_worker_processes(squares, items, jobs=2, chunk_size=3)) == [n * n for n in items]


def test_every_result_before_a_failing_item_comes_first_then_its_error() -> None:
    seen = []
    with pytest.raises(ProjectError, match="thirteen"):
        for result in in_worker_processes(squares, range(30), jobs=2, chunk_size=4):
            seen.append(result)
    assert seen == [n * n for n in range(13)]


def test_output_written_before_the_workers_start_is_printed_once() -> None:
    """Forked workers inherit unflushed stdout; they must not print it again when they exit
    (multiprocessing flushes before it forks: the per-file report lines are plain buffered writes)."""
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from l10n.parallel import in_worker_processes
        def one(n):
            return [n]
        sys.stdout.write("report line before the pool\\n")  # buffered: stdout is a pipe here
        print(sum(in_worker_processes(one, range(50), jobs=2, chunk_size=5)))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.splitlines() == ["report line before the pool", "1225"]


_since_flush: list[int] = []


def noted_square(item: int) -> list[int]:
    """`squares`, noting the item where it ran, for `flush_notes`."""
    _since_flush.append(item)
    return squares(item)


def flush_notes(folder: Path) -> None:
    """An `after_chunk`: what this process did since its last flush, as one file."""
    (folder / f"{os.getpid()}-{len(list(folder.iterdir()))}-{time.monotonic_ns()}").write_text(
        " ".join(map(str, _since_flush))
    )
    _since_flush.clear()


def _flushed(folder: Path) -> list[list[int]]:
    return sorted([int(n) for n in path.read_text().split()] for path in folder.iterdir())


def test_after_chunk_runs_where_each_chunk_ran_once_it_ended(tmp_path: Path) -> None:
    items = [n for n in range(23) if n != 13]
    flush = functools.partial(flush_notes, tmp_path)
    assert list(in_worker_processes(noted_square, items, jobs=2, chunk_size=4, after_chunk=flush)) == [
        n * n for n in items
    ]
    assert _flushed(tmp_path) == sorted(items[i : i + 4] for i in range(0, len(items), 4))


def test_after_chunk_runs_after_a_chunk_that_failed_too(tmp_path: Path) -> None:
    flush = functools.partial(flush_notes, tmp_path)
    with pytest.raises(ProjectError, match="thirteen"):
        list(in_worker_processes(noted_square, range(20), jobs=2, chunk_size=4, after_chunk=flush))
    flushed = _flushed(tmp_path)
    assert [12, 13] in flushed  # the failing chunk: what it did before the error, and the item itself
    assert all(chunk[0] % 4 == 0 for chunk in flushed)


def test_after_chunk_runs_for_a_batch_run_in_this_process(tmp_path: Path) -> None:
    flush = functools.partial(flush_notes, tmp_path)
    assert list(in_worker_processes(noted_square, [1, 2, 3], jobs=2, chunk_size=4, after_chunk=flush)) == [1, 4, 9]
    assert _flushed(tmp_path) == [[1, 2, 3]]


_loaded: list[int] = []


def load_here() -> None:
    """A `before_fork`: notes the process it ran in."""
    _loaded.append(os.getpid())


def with_loaded(item: int) -> list[tuple[int, tuple[int, ...]]]:
    return [(item, tuple(_loaded))]


def test_before_fork_runs_once_here_and_the_workers_start_with_what_it_loaded() -> None:
    _loaded.clear()
    results = list(in_worker_processes(with_loaded, range(12), jobs=2, chunk_size=2, before_fork=load_here))
    assert results == [(n, (os.getpid(),)) for n in range(12)]
    _loaded.clear()


def test_before_fork_is_not_paid_by_a_batch_that_runs_in_this_process() -> None:
    _loaded.clear()
    assert list(in_worker_processes(with_loaded, range(3), jobs=2, chunk_size=4, before_fork=load_here)) == [
        (n, ()) for n in range(3)
    ]
    assert _loaded == []


_KILLED_WHILE_WAITING = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from l10n.parallel import SharedPool, in_worker_processes

    def double(item):
        return [item * 2]

    with SharedPool(2) as pool:
        assert list(in_worker_processes(double, range(40), jobs=2, chunk_size=4, shared=pool)) == [
            n * 2 for n in range(40)
        ]
        workers = {child for task in Path(f"/proc/{os.getpid()}/task").glob("*/children")
                   for child in task.read_text().split()}
        print(" ".join(sorted(workers)), flush=True)
        time.sleep(120)  # the shared pool waits for the next call: the command is killed here
    """
)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc's children lists")
def test_workers_waiting_for_work_end_when_their_command_is_killed(tmp_path: Path) -> None:
    """A nightly run killed (`kill -9`, the OOM killer) while its shared pool's workers wait for
    the next call: the workers end too, instead of waiting on their queue for ever (they held the
    project's SQLite files open, and each killed run left two processes behind)."""
    script = tmp_path / "killed_while_waiting.py"
    script.write_text(_KILLED_WHILE_WAITING, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        line = run.stdout.readline() if run.stdout else ""
        workers = {int(pid) for pid in line.split()}
        assert len(workers) == 2, line
    finally:
        run.kill()
        run.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = {pid for pid in workers if _running(pid)}
    for pid in left:
        os.kill(pid, 9)  # do not leave them behind this test either
    assert not left
