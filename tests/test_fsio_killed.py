"""A SIGKILLed writer leaves nothing behind after the next run (`fsio`, `fsio_locks`).

Real processes killed by the kernel, as an operator's `kill -9` or the OOM killer does: one in the
middle of writing a file's bytes (`os.write` sends SIGKILL to its own process on the first call,
so the kill lands inside the write), one while it holds a catalog's lock. The temp file used to
be named from its creation, so a kill during the write left `.<name>.<pid>-<n>.tmp` in `build/`
and `site/` for good; a lock file was removed only by a later run that locked the same file,
which a re-run that finds the catalog done never does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import run_l10n

REPO = Path(__file__).resolve().parent.parent


def killed(code: str) -> None:
    """Run `code` in a Python process of its own that SIGKILLs itself."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_writer_killed_during_the_write_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"<p>old</p>")
    killed(
        f"""
        import os, signal
        import l10n.fsio as fsio
        real = os.write
        def write(fd, data):
            os.kill(os.getpid(), signal.SIGKILL)
        os.write = write
        fsio.atomic_write_bytes({str(target)!r}, b"<p>new</p>" * 1000)
        """
    )
    assert target.read_bytes() == b"<p>old</p>"  # the old file, whole
    assert hidden(tmp_path) == []


def test_a_lock_left_by_a_killed_run_is_removed_by_the_next_command(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "note.md").write_text(
        "---\ntitle: Riverside library reopens\ndate: 2026-03-02\n---\n\n"
        "The city's oldest public library reopened on Monday with 120,000 books.\n",
        encoding="utf-8",
    )
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\nengine = "pseudo"\n', encoding="utf-8")
    run_l10n(root, "run", allowed=(0, 1))
    po = root / "locales" / "de" / "LC_MESSAGES" / "note.po"
    killed(
        f"""
        import os, signal
        from pathlib import Path
        from l10n.fsio import locked
        with locked(Path({str(po)!r})):
            os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    assert hidden(po.parent) == [".note.po.lock"]
    done = run_l10n(root, "run", allowed=(0, 1))
    assert "Traceback" not in done.stderr
    assert hidden(po.parent) == []
    # a lock someone holds is left alone
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sys, time\nfrom pathlib import Path\nfrom l10n.fsio import locked\n"
            f"with locked(Path({str(po)!r})):\n    print('held', flush=True)\n    time.sleep(30)\n",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        from l10n.fsio_locks import remove_if_stale

        assert not remove_if_stale(os.fspath(po.parent / ".note.po.lock"))
        assert hidden(po.parent) == [".note.po.lock"]
    finally:
        holder.kill()
        holder.wait()
