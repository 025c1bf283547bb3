"""Worker processes for batch commands (`l10n/parallel.py`): order, errors, and clean output."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
