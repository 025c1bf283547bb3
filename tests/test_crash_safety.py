"""Crash safety of the corpus commands: SIGKILL mid-run, and two processes on the same catalogs.

What a newsroom relies on after a killed nightly run or two overlapping runs: every POT/PO on
disk is complete (`msgfmt -c` accepts it), a re-run finishes the job, and no translation a
person made is lost. Writes are atomic (temp file + fsync + rename) and catalogs are locked
(`l10n/fsio.py`); these tests check the result from outside, with real processes and real
signals. (Killing `translate` mid-batch is covered in tests/test_mt_batch.py.)
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest
from conftest import bench_module

pytestmark = pytest.mark.slow

L10N = str(Path(sys.executable).parent / "l10n")
LOCALES = "de,fr,ja"
HUMAN = "MENSCHLICHE ÜBERSETZUNG"


def l10n(*args: str, root: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [L10N, *args, "--root", str(root)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def finish(process: subprocess.Popen, *, timeout: float = 240) -> None:
    _, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err


def kill_when(process: subprocess.Popen, ready, *, timeout: float = 120) -> None:
    """SIGKILL `process` as soon as `ready()` holds; fail if it finished first."""
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()


def catalogs(root: Path, pattern: str) -> list[Path]:
    return sorted((root / "locales").glob(pattern))


def expected_catalogs(root: Path, locales: str) -> int:
    """One catalog per article and locale but the article's own language: the corpus composes some
    articles in German, French or Japanese (`X-Source-Language`), whose edition in that locale is
    the article itself (no catalog)."""
    languages = [polib.pofile(str(pot)).metadata.get("X-Source-Language", "") for pot in catalogs(root, "*.pot")]
    return sum(1 for language in languages for locale in locales.split(",") if language.split("_")[0] != locale)


def assert_all_valid(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, f"{path}: {done.stderr}"


def human_translate(po_path: Path) -> str:
    """Give the first unit without placeholders a reviewed (non-fuzzy) human msgstr; return its msgid."""
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if e.msgid and "python-brace-format" not in e.flags)
    entry.msgstr, entry.flags = HUMAN, [f for f in entry.flags if f != "fuzzy"]
    po.save()
    return entry.msgid


def human_kept(po_path: Path, msgid: str) -> bool:
    entry = next(e for e in polib.pofile(str(po_path)) if e.msgid == msgid)
    return entry.msgstr == HUMAN and not entry.fuzzy


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    bench_module("corpus").generate_corpus(folder, 60, formats=("txt", "html", "md"))
    return folder


@pytest.fixture
def extracted(tmp_path: Path, corpus: Path) -> tuple[Path, Path, str]:
    """`(root, human PO, msgid)`: the corpus extracted, German PO of one article with human work."""
    root = tmp_path / "root"
    root.mkdir()
    finish(l10n("extract", str(corpus), root=root))
    first = catalogs(root, "*.pot")[0].stem
    finish(l10n("update", "--locales", "de", "--domains", first, root=root))
    po = root / "locales" / "de" / "LC_MESSAGES" / f"{first}.po"
    return root, po, human_translate(po)


def test_sigkill_during_extract_leaves_valid_templates_and_a_rerun_completes(tmp_path: Path, corpus: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    run = l10n("extract", str(corpus), root=root)
    kill_when(run, lambda: len(catalogs(root, "*.pot")) >= 10)
    written = catalogs(root, "*.pot")
    assert 10 <= len(written) < 60
    assert_all_valid(written)
    finish(l10n("extract", str(corpus), root=root))
    assert len(catalogs(root, "*.pot")) == 60
    assert_all_valid(catalogs(root, "*.pot"))


def test_sigkill_during_update_leaves_valid_catalogs_and_human_work(extracted) -> None:
    root, human_po, msgid = extracted
    run = l10n("update", "--locales", LOCALES, root=root)
    kill_when(run, lambda: len(catalogs(root, "*/LC_MESSAGES/*.po")) >= 40)
    assert len(catalogs(root, "*/LC_MESSAGES/*.po")) < expected_catalogs(root, LOCALES)
    assert_all_valid(catalogs(root, "*/LC_MESSAGES/*.po"))
    assert human_kept(human_po, msgid)
    finish(l10n("update", "--locales", LOCALES, root=root))
    assert len(catalogs(root, "*/LC_MESSAGES/*.po")) == expected_catalogs(root, LOCALES) > 150
    assert_all_valid(catalogs(root, "*/LC_MESSAGES/*.po"))
    assert human_kept(human_po, msgid)


def test_two_concurrent_updates_both_complete(extracted) -> None:
    root, human_po, msgid = extracted
    runs = [l10n("update", "--locales", LOCALES, root=root) for _ in range(2)]
    for run in runs:
        finish(run)
    assert len(catalogs(root, "*/LC_MESSAGES/*.po")) == expected_catalogs(root, LOCALES) > 150
    assert_all_valid(catalogs(root, "*/LC_MESSAGES/*.po"))
    assert human_kept(human_po, msgid)


def test_update_and_translate_at_once_lose_nothing(extracted) -> None:
    root, human_po, msgid = extracted
    finish(l10n("update", "--locales", "de", root=root))
    translate = l10n("translate", "--locales", "de", "--engine", "pseudo", "--no-tm", "--batch-size", "16", root=root)
    update = l10n("update", "--locales", "de", root=root)
    finish(translate)
    finish(update)
    pos = catalogs(root, "de/LC_MESSAGES/*.po")
    assert len(pos) == expected_catalogs(root, "de") > 50
    assert_all_valid(pos)
    assert human_kept(human_po, msgid)
    entries = [e for po in pos for e in polib.pofile(str(po)) if e.msgid]
    assert all(e.msgstr for e in entries)  # translate's suggestions survived the concurrent merge
    assert sum(1 for e in entries if e.msgstr.startswith("[!! ")) == len(entries) - 1
