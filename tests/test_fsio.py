"""Atomic writes, deferred durability and locks (`l10n/fsio.py`), checked on the real filesystem.

The counters below wrap the real `os.fsync`/`os.sync` (they still run): the tests count what the
batch commands would cost in disk flushes, and what a killed writer leaves behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from conftest import REPO

from l10n import fsio, fsio_durability


def script_and_folder(tmp_path: Path, template: str) -> tuple[Path, Path]:
    """A child-process script importing this checkout's l10n, and an empty folder for it to write."""
    script = tmp_path / "child.py"
    script.write_text(template.format(repo=str(REPO)), encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    return script, folder


class CallCounter:
    """Wraps a real function, counting calls (the call still happens)."""

    def __init__(self, real):
        self.real, self.calls = real, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.real(*args, **kwargs)


@pytest.fixture
def flushes(monkeypatch) -> dict[str, CallCounter]:
    counters = {"fsync": CallCounter(os.fsync), "sync": CallCounter(os.sync)}
    monkeypatch.setattr(os, "fsync", counters["fsync"])
    monkeypatch.setattr(os, "sync", counters["sync"])
    return counters


def test_a_plain_write_flushes_file_and_folder(tmp_path, flushes):
    assert fsio.atomic_write_text(tmp_path / "a" / "b.po", 'msgid "ü"\n')
    assert (tmp_path / "a" / "b.po").read_text(encoding="utf-8") == 'msgid "ü"\n'
    assert flushes["fsync"].calls == 2  # the temp file, then the folder holding the new name
    assert flushes["sync"].calls == 0


def test_deferred_block_writes_complete_files_and_syncs_once(tmp_path, flushes):
    contents = {tmp_path / f"d{i % 3}" / f"{i}.pot": f"# {i}\n" + "x" * (i * 997) for i in range(40)}
    with fsio.deferred_durability():
        with fsio.deferred_durability():  # nested: a command calling another batch step
            for path, text in contents.items():
                assert fsio.atomic_write_text(path, text)
        assert flushes["sync"].calls == 0
    assert flushes["fsync"].calls == 0
    assert flushes["sync"].calls == 1
    for path, text in contents.items():
        assert path.read_text(encoding="utf-8") == text
    assert not list(tmp_path.rglob("*.tmp")), "no temporary file is left behind"


def test_deferred_block_still_syncs_when_it_fails(tmp_path, flushes):
    with pytest.raises(RuntimeError), fsio.deferred_durability():
        fsio.atomic_write_text(tmp_path / "x.po", "done\n")
        raise RuntimeError("article 7 is broken")
    assert flushes["sync"].calls == 1
    assert (tmp_path / "x.po").read_text(encoding="utf-8") == "done\n"
    fsio.atomic_write_text(tmp_path / "y.po", "after\n")
    assert flushes["fsync"].calls == 2, "outside the block every write is durable again"


def test_unchanged_content_is_not_rewritten(tmp_path):
    path = tmp_path / "same.po"
    assert fsio.atomic_write_text(path, "one\n")
    inode = path.stat().st_ino
    with fsio.deferred_durability():
        assert not fsio.atomic_write_text(path, "one\n")
    assert path.stat().st_ino == inode
    assert fsio.atomic_write_text(path, "two\n")
    assert path.stat().st_ino != inode  # a new file renamed over the old one


def test_other_bytes_of_the_same_size_are_written(tmp_path):
    """The old file is read (to skip an unchanged write) only when the sizes agree: bytes of
    the same size that differ are still written, and a new file's folder is made."""
    path = tmp_path / "folder" / "same-size.po"
    assert fsio.atomic_write_text(path, "one\n")
    assert fsio.atomic_write_text(path, "two\n")
    assert path.read_text() == "two\n"
    assert not fsio.atomic_write_text(path, "two\n")
    assert fsio.atomic_write_text(path, "three\n")
    assert path.read_text() == "three\n"


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "shared.po"
    fsio.atomic_write_text(path, "one\n")
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o664)
    with fsio.deferred_durability():
        fsio.atomic_write_text(path, "two\n")
    assert path.stat().st_mode & 0o777 == 0o664


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from l10n import fsio
    folder = Path(sys.argv[1])
    with fsio.deferred_durability():
        for round_ in range(1_000_000):
            for index in range(20):
                fsio.atomic_write_text(folder / f"{{index}}.po", f"{{round_}}\\n" + "line\\n" * (2000 + index))
    """
)


@pytest.mark.slow
def test_sigkill_inside_a_deferred_block_leaves_every_file_whole(tmp_path):
    """The page cache outlives a killed process: each file is one complete version."""
    script, folder = script_and_folder(tmp_path, WRITER)
    writer = subprocess.Popen([sys.executable, str(script), str(folder)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and writer.poll() is None:
        if (folder / "19.po").exists() and int((folder / "0.po").read_text(encoding="utf-8").split("\n", 1)[0]) >= 3:
            break  # a few rounds in (rounds can pass faster than this loop polls)
        time.sleep(0.01)
    assert writer.poll() is None, "the writer stopped before it could be killed"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    for index in range(20):
        lines = (folder / f"{index}.po").read_text(encoding="utf-8").splitlines()
        assert lines[0].isdigit() and lines[1:] == ["line"] * (2000 + index)


def test_worker_processes_leave_the_flush_to_their_parent(tmp_path):
    """A pool initializer turns fsync off for good in the worker; the parent's sync covers it."""
    code = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from l10n import fsio
        calls = []
        real = os.fsync
        os.fsync = lambda fd: (calls.append(fd), real(fd))
        fsio.defer_durability_to_parent()
        fsio.atomic_write_text(Path({str(tmp_path)!r}) / "w.po", "worker\\n")
        with fsio.deferred_durability():
            pass
        print(len(calls))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
    assert (tmp_path / "w.po").read_text(encoding="utf-8") == "worker\n"


def lock_from_another_process(target: Path, *, timeout: float = 0.2) -> str:
    """ "acquired", or "busy" when another process could not take `target`'s lock in time (the
    error must name the hidden lock file)."""
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from l10n import fsio
        try:
            with fsio.locked(Path({str(target)!r}), timeout={timeout}):
                print("acquired")
        except fsio.LockTimeout as error:
            print("busy" if ".{target.name}.lock" in str(error) else error)
        """
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_lock_excludes_another_process(tmp_path):
    target = tmp_path / "busy.po"
    with fsio.locked(target):
        held = lock_from_another_process(target)
    assert (held, lock_from_another_process(target)) == ("busy", "acquired")


@pytest.fixture(params=["nameless O_TMPFILE", "named temp file"])
def creation_way(request, monkeypatch) -> str:
    """Both ways `create_exclusive_*` makes a file: Linux's nameless file, and the named temp
    file used where the platform has no `O_TMPFILE` (as on macOS)."""
    if request.param == "named temp file":
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    return request.param


def test_exclusive_creation_never_overwrites(tmp_path, flushes, creation_way, monkeypatch):
    path = tmp_path / "new" / "a.po"
    named_temps = CallCounter(fsio._open_temp_file)
    monkeypatch.setattr(fsio, "_open_temp_file", named_temps)
    assert fsio.create_exclusive_text(path, "first\n")
    assert named_temps.calls == (0 if creation_way.startswith("nameless") else 1)
    assert flushes["fsync"].calls == 2
    assert not fsio.create_exclusive_text(path, "second\n")
    assert path.read_text(encoding="utf-8") == "first\n"
    assert path.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.po"], "no temp file and no lock file"


RACER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from l10n import fsio
    folder, name = Path(sys.argv[1]), sys.argv[2]
    while not (folder / "go").exists():
        time.sleep(0.001)
    won = [fsio.create_exclusive_text(folder / f"{{i}}.po", name * 5000) for i in range(200)]
    print(",".join(str(i) for i, w in enumerate(won) if w))
    """
)


@pytest.mark.slow
def test_of_racing_creators_exactly_one_wins_each_file(tmp_path):
    script, folder = script_and_folder(tmp_path, RACER)
    racers = {
        name: subprocess.Popen([sys.executable, str(script), str(folder), name], stdout=subprocess.PIPE, text=True)
        for name in "abc"
    }
    time.sleep(0.5)
    (folder / "go").touch()
    won = {
        name: {int(i) for i in racer.communicate(timeout=120)[0].strip().split(",") if i}
        for name, racer in racers.items()
    }
    assert set().union(*won.values()) == set(range(200))
    assert sum(len(files) for files in won.values()) == 200, "each file has exactly one creator"
    for name, files in won.items():
        for index in files:
            assert (folder / f"{index}.po").read_text(encoding="utf-8") == name * 5000
    assert not list(folder.glob(".*.tmp"))


def test_a_lock_is_reentrant_in_its_thread_and_released_after(tmp_path):
    target = tmp_path / "a.po"
    with fsio.locked(target):
        with fsio.locked(target):  # e.g. a locked write that falls back to another locked write
            pass
        assert lock_from_another_process(target, timeout=0.1) == "busy"
    assert lock_from_another_process(target, timeout=0.1) == "acquired"


def test_another_thread_waits_for_the_lock(tmp_path):
    import threading

    target, order = tmp_path / "a.po", []

    def second() -> None:
        with fsio.locked(target):
            order.append("second")

    with fsio.locked(target):
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.2)
        order.append("first")
    thread.join(timeout=10)
    assert order == ["first", "second"]


def test_a_batch_flushes_only_its_own_filesystem_where_linux_allows(tmp_path, flushes):
    fsio.flush_filesystem(tmp_path)
    assert flushes["sync"].calls == (0 if fsio_durability._libc_syncfs() is not None else 1)
    fsio.flush_filesystem()
    assert flushes["sync"].calls == (1 if fsio_durability._libc_syncfs() is not None else 2)
    fsio.flush_filesystem(tmp_path / "gone")  # a folder removed meanwhile: everything is flushed
    assert flushes["sync"].calls == (2 if fsio_durability._libc_syncfs() is not None else 3)


def test_a_released_lock_leaves_no_lock_file(tmp_path):
    target = tmp_path / "a.po"
    with fsio.locked(target):
        assert (tmp_path / ".a.po.lock").exists()
    assert list(tmp_path.iterdir()) == []


def test_a_lock_file_left_by_a_killed_holder_is_reused_and_removed(tmp_path):
    target = tmp_path / "a.po"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from l10n import fsio
        with fsio.locked(Path({str(target)!r})):
            print("held", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait(timeout=10)
    assert (tmp_path / ".a.po.lock").exists(), "SIGKILL: the empty lock file stays, unlocked"
    assert lock_from_another_process(target, timeout=1) == "acquired"
    assert list(tmp_path.iterdir()) == []


COUNTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from l10n import fsio
    counter = Path(sys.argv[1]) / "counter"
    for _ in range(int(sys.argv[2])):
        with fsio.locked(counter):
            value = int(counter.read_text()) if counter.exists() else 0
            counter.write_text(str(value + 1))  # a torn read-modify-write if two held the lock
    """
)


def test_removing_lock_files_keeps_mutual_exclusion_between_processes(tmp_path):
    script, folder = script_and_folder(tmp_path, COUNTER)
    workers = [subprocess.Popen([sys.executable, str(script), str(folder), "300"]) for _ in range(4)]
    for worker in workers:
        assert worker.wait(timeout=300) == 0
    assert (folder / "counter").read_text() == "1200"
    assert sorted(p.name for p in folder.iterdir()) == ["counter"], "no lock file left"


@pytest.mark.slow
def test_a_full_run_and_exports_leave_no_lock_file(tmp_path):
    """Issue: a run left a zero-byte `.lock` beside every catalog, and `-o` outputs one each."""
    import shutil

    root = tmp_path / "project"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.sqlite3*", "*.lock"))
    cli = [sys.executable, str(REPO / "workflow.py")]
    for command in (
        ["run", "--root", str(root)],
        ["xliff", "export", "--root", str(root), "--locale", "de", "-o", str(root / "out" / "de.xlf")],
        ["tm", "export", "--root", str(root), str(root / "out" / "tm.tmx")],
        ["update", "--root", str(root), "-q"],
    ):
        done = subprocess.run([*cli, *command], capture_output=True, text=True, cwd=root)
        assert done.returncode == 0, done.stderr
    assert (root / "out" / "de.xlf").is_file() and (root / "site" / "index.html").is_file()
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*.lock")) == []


def test_a_batch_that_wrote_nothing_owes_no_filesystem_flush(tmp_path: Path, monkeypatch) -> None:
    from l10n import fsio, fsio_durability

    flushes: list[object] = []
    real = fsio_durability.flush_filesystem
    monkeypatch.setattr(fsio_durability, "flush_filesystem", lambda within=None: (flushes.append(within), real(within)))
    target = tmp_path / "a.txt"
    with fsio.deferred_durability(tmp_path):
        assert fsio.atomic_write_text(target, "one")
    assert flushes == [tmp_path]
    with fsio.deferred_durability(tmp_path):
        assert not fsio.atomic_write_text(target, "one")  # unchanged bytes: nothing written
    assert flushes == [tmp_path]
    with fsio.deferred_durability(tmp_path), fsio.deferred_durability(tmp_path):
        fsio.note_deferred_writes()  # a worker pool wrote
    assert flushes == [tmp_path, tmp_path]


def test_without_proc_to_link_nameless_files_writes_go_through_named_temp_files(tmp_path, monkeypatch) -> None:
    """Where `O_TMPFILE` opens but /proc is not mounted (chroots, sandboxes), linking the file
    fails with ENOENT; writes then take the named temp-file way. /proc cannot be unmounted in a
    test, so `os.link` refuses /proc sources here as the kernel does there."""
    if not hasattr(os, "O_TMPFILE"):
        pytest.skip("no O_TMPFILE: the named temp-file way is the only one")
    real_link, refused = os.link, []

    def link_without_proc(source, target, **kwargs):
        if str(source).startswith("/proc/"):
            refused.append(source)
            raise FileNotFoundError(2, "No such file or directory", source)
        return real_link(source, target, **kwargs)

    monkeypatch.setattr(fsio, "_proc_links", True)  # restored after: the process remembers a failure
    monkeypatch.setattr(os, "link", link_without_proc)
    folder = tmp_path / "out"
    assert fsio.atomic_write_text(folder / "a.txt", "one\n")
    os.chmod(folder / "a.txt", 0o600)
    assert fsio.atomic_write_text(folder / "a.txt", "two\n")
    assert fsio.create_exclusive_text(folder / "b.po", "first\n")
    assert not fsio.create_exclusive_text(folder / "b.po", "second\n")
    assert len(refused) == 1, "the nameless way was tried once, then remembered as unsupported"
    assert (folder / "a.txt").read_text(encoding="utf-8") == "two\n"
    assert (folder / "a.txt").stat().st_mode & 0o777 == 0o600
    assert (folder / "b.po").read_text(encoding="utf-8") == "first\n"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "b.po"], "no temp file left"
