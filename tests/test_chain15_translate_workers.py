"""`translate` in worker processes (issue 16: the cold chain on two cores): the catalogs' reads
and writes and the pseudo/Apertium batches spread over `--jobs` processes, the MT cache, stamps
and TM written by the parent alone. What must hold whatever `--jobs` is: the same bytes in every
catalog, every catalog's TM mark and stamp recorded (a re-run finds them all up to date), a
damaged catalog refused alone with one line, and a killed run resumed without sending a cached
text to the engine again.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`;
eight of them in eight locales make the 64 catalogs from which workers start (`parallel.WORKERS_FROM`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polib
import pytest
from catalog_support import msgfmt_check
from conftest import REPO
from slow_engine_support import logged_batches, start_slow_run, translate_project_run
from test_mendops_batch import l10n, make_project
from test_ops14_batch import cut_mid_entry, error_lines, here

from l10n.memory.cache import MTCache, cache_path
from l10n.mt.pseudo import PseudoEngine
from l10n.parallel import WORKERS_FROM

LOCALES = "de,fr,ja,ko,ar,ru,pt_BR,zh_CN"
_HEADER_DATE = re.compile(rb'^"(PO-Revision-Date|POT-Creation-Date): .*\n', re.MULTILINE)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("workers") / "project"
    make_project(root, 8)
    listed = ", ".join(f'"{code}"' for code in LOCALES.split(","))
    (root / "l10n.toml").write_text(f'[l10n]\nlocales = [{listed}]\nengine = "pseudo"\n', encoding="utf-8")
    done = l10n(root, "extract", "seeds", "--locales", LOCALES, "-q")
    assert done.returncode == 0, done.stderr
    assert len(list((root / "locales").glob("*/LC_MESSAGES/*.po"))) >= WORKERS_FROM
    return root


def copy_of(root: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(root, target, symlinks=True)
    return target


def catalogs(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): _HEADER_DATE.sub(b"", path.read_bytes())
        for path in sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))
    }


def synced_marks(root: Path) -> set[str]:
    with sqlite3.connect(root / "locales" / "tm.sqlite3") as db:
        return {name for (name,) in db.execute("SELECT name FROM tm_meta WHERE name LIKE 'synced:%'")}


def test_workers_write_the_bytes_one_process_writes(extracted: Path, tmp_path: Path) -> None:
    one, two = copy_of(extracted, tmp_path, "one"), copy_of(extracted, tmp_path, "two")
    translate = ["translate", "--engine", "pseudo", "--locales", LOCALES, "--batch-size", "50"]
    assert l10n(one, *translate, "--jobs", "1").returncode == 0
    done = l10n(two, *translate, "--jobs", "2")
    assert done.returncode == 0, done.stderr
    written = catalogs(two)
    assert written == catalogs(one)
    assert all(b"#, fuzzy" in data for data in written.values())
    marks = synced_marks(two)  # every catalog a worker wrote handed its TM mark to the parent
    assert marks == synced_marks(one) and len(marks) == len(written)
    again = l10n(two, *translate, "--jobs", "2", "--no-tm")  # --no-tm: no whole-run record replays it
    assert again.returncode == 0, again.stderr
    rows = [line.split("│") for line in again.stdout.splitlines() if line.count("│") > 6]
    up_to_date = [cells[8].strip() for cells in rows if cells[1].strip() in LOCALES.split(",")]
    assert up_to_date == ["8"] * 8, again.stdout  # every stamp recorded for what the workers wrote


def test_a_damaged_catalog_read_in_a_worker_is_refused_alone(extracted: Path, tmp_path: Path) -> None:
    root = copy_of(extracted, tmp_path, "damaged")
    articles = sorted((root / "seeds").glob("*.md"))
    bad = articles[5]
    damaged = root / "locales" / "ko" / "LC_MESSAGES" / f"{bad.stem}.po"
    cut_mid_entry(damaged)
    before = damaged.read_bytes()
    # --no-tm: no TM sync reads the catalogs first here, so the workers' read meets the damage
    done = here(root, "translate", "--engine", "pseudo", "--locales", LOCALES, "--no-tm", "--jobs", "2")
    assert done.returncode == 2, done.stdout + done.stderr
    errors = error_lines(done.stderr)
    assert len(errors) == 2, errors
    assert re.fullmatch(rf"error: locales/ko/LC_MESSAGES/{bad.stem}\.po:\d+: .+", errors[0]), errors
    assert errors[1] == "error: 1 of 8 articles refused; see above"
    assert damaged.read_bytes() == before
    for po in (root / "locales").glob("*/LC_MESSAGES/*.po"):
        if po.stem != bad.stem:
            entries = polib.pofile(str(po))
            assert not entries.untranslated_entries(), po
            msgfmt_check(po)


SLOW_RUN = translate_project_run(batch_size=4, jobs=2)


def cached_texts(root: Path, log: Path) -> set[str]:
    """The texts the slow engine was sent (per `log`) that are in the project's MT cache now."""
    path = cache_path(root / "locales")
    texts = sorted({text for batch in logged_batches(log) for text in batch})
    if not texts or not path.exists():
        return set()
    with MTCache(path) as cache:
        model = PseudoEngine().model_id("en", "de")
        return set(cache.get_many(texts, engine="slow", model_id=model, source="en", target="de"))


def test_a_run_killed_while_workers_translate_resumes(extracted: Path, tmp_path: Path) -> None:
    root = copy_of(extracted, tmp_path, "killed")
    first, second = tmp_path / "first.log", tmp_path / "second.log"
    run = start_slow_run(root, first, run=SLOW_RUN, pause=0.3)
    deadline = time.monotonic() + 120
    # the workers' results reach the parent's cache some time after the engine logs their batch
    # (later still on a loaded machine), so the kill waits for three batches back in the cache
    while len(cached_texts(root, first)) < 3 * 4 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    assert run.poll() is None, run.stderr.read() if run.stderr else "finished before the kill"
    run.send_signal(signal.SIGKILL)
    run.wait()
    at_kill = len(logged_batches(first))
    time.sleep(1.5)
    stopped = len(logged_batches(first))
    time.sleep(1.0)
    assert len(logged_batches(first)) == stopped <= at_kill + 2  # the workers end with their parent
    cached = cached_texts(root, first)
    assert len(cached) >= 3 * 4  # the batches back before the kill stayed in the cache
    resumed = start_slow_run(root, second, run=SLOW_RUN, pause=0.3)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read() if resumed.stderr else ""
    sent_first = [text for batch in logged_batches(first) for text in batch]
    sent_again = {text for batch in logged_batches(second) for text in batch}
    assert len(sent_first) == len(set(sent_first))  # the killed run sent no text twice either
    assert not sent_again & cached
    for po in (root / "locales" / "de" / "LC_MESSAGES").glob("*.po"):
        msgfmt_check(po)
        entries = [entry for entry in polib.pofile(str(po)) if entry.msgid]
        assert entries and all(entry.msgstr and entry.fuzzy for entry in entries), po
