"""Session 51's leftovers of session 50's outside look, through the real CLI (`workflow.py`), each
on a project of its own.

- `update` found an edited article by its mtime against its template's: an older copy put in
  place (`cp -p`, `rsync -t`, an older checkout copied over) was skipped. It now asks the
  article's `extract` stamp (size, mtime, change time, inode; content when racy:
  `extraction.extracted_as_is`).
- `tm import` took a translation holding a placeholder or markup its source lacks, and its exact
  match filled the catalog as reviewed (`tmx.read_tmx` leaves it out now, with its line); a match
  whose translation drops a placeholder of the unit is offered as fuzzy (`tm.leverage`).
- A killed run's files (`fsio`'s `.<name>.<pid>-<n>.tmp`, the clock's `.now-*`, SQLite's
  `-wal`/`-shm`, a lock file) are swept by the next run (`leftovers`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import run_l10n

ARTICLE = (
    "---\ntitle: Riverside library reopens\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
    "The library reopened on Monday after two years.\n\nVisitors can borrow 12 books at a time.\n"
)
CONFIG = '[l10n]\nlocales = ["de"]\nengine = "pseudo"\n'


def _project(root: Path, article: str = ARTICLE, config: str = CONFIG) -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "news.md").write_text(article, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


def _template(root: Path) -> str:
    return (root / "locales" / "news.pot").read_text(encoding="utf-8")


def test_an_older_copy_put_in_place_is_extracted_again_by_update(tmp_path: Path) -> None:
    """An article put back with an mtime older than its template's (as `cp -p` or `rsync -t` of an
    older copy leaves it) is an edit `update` reads; a second `update` reads nothing again."""
    root = _project(tmp_path)
    run_l10n(root, "extract", "seeds")
    run_l10n(root, "update")
    article = root / "seeds" / "news.md"
    article.write_text(ARTICLE.replace("two years", "three long years"), encoding="utf-8")
    os.utime(article, ns=(10**18, 10**18))  # 2001: older than the template
    done = run_l10n(root, "update")
    assert "seeds/news.md changed since the template was written: extracted again" in done.stdout
    assert "three long years" in _template(root)
    po = (root / "locales" / "de" / "LC_MESSAGES" / "news.po").read_text(encoding="utf-8")
    assert "three long years" in po
    again = run_l10n(root, "update", "-v")
    assert "changed since" not in again.stdout


def test_a_same_size_edit_put_back_to_the_recorded_mtime_is_extracted_again(tmp_path: Path) -> None:
    """The same size and the very mtime the article had when extracted (`cp -p` of a copy edited
    in place, `touch -r`): only its change time tells, and `update` reads it again."""
    root = _project(tmp_path)
    run_l10n(root, "extract", "seeds")
    article = root / "seeds" / "news.md"
    was = article.stat()
    article.write_text(ARTICLE.replace("two years", "six years"), encoding="utf-8")
    os.utime(article, ns=(was.st_atime_ns, was.st_mtime_ns))
    assert article.stat().st_size == was.st_size and article.stat().st_mtime_ns == was.st_mtime_ns
    run_l10n(root, "update")
    assert "six years" in _template(root)


TMX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1"'
    ' segtype="sentence" adminlang="en" srclang="en" datatype="plaintext" o-tmf="x"/><body>\n'
)
TU = '<tu><tuv xml:lang="en"><seg>{}</seg></tuv>\n<tuv xml:lang="de"><seg>{}</seg></tuv></tu>\n'
REOPENED = "The library reopened on {weekday_1} after two years."
BORROW = "Visitors can borrow {number_1} books at a time."


def _catalog(root: Path) -> str:
    return (root / "locales" / "de" / "LC_MESSAGES" / "news.po").read_text(encoding="utf-8")


def _entry(catalog: str, msgid: str) -> str:
    """The block of the PO entry of `msgid`, comments and flags included."""
    return next(block for block in catalog.split("\n\n") if f'msgid "{msgid}"' in block)


def test_a_tmx_translation_holding_a_placeholder_its_source_lacks_is_left_out(tmp_path: Path) -> None:
    """A `<tuv>` whose text holds `{money_1}` its source lacks would have filled the catalog as
    reviewed (QA's error, held from readers, but signed off): left out with a warning naming the
    file and line, as `xliff import` refuses such a target; MT fills the unit instead."""
    root = _project(tmp_path)
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(
        TMX_HEAD
        + TU.format(REOPENED, "Die Bibliothek öffnete am {weekday_1} für {money_1} wieder.")
        + TU.format(BORROW, "Man kann {number_1} Bücher leihen.")
        + "</body></tmx>\n",
        encoding="utf-8",
    )
    done = run_l10n(root, "tm", "import", str(tmx))
    assert f'warning: {tmx}:4: <tuv xml:lang="de">: placeholder {{money_1}} is not in the source: left out' in (
        done.stderr
    )
    run_l10n(root, "run")
    catalog = _catalog(root)
    assert "{money_1}" not in catalog
    assert "#, fuzzy" in _entry(catalog, REOPENED)  # the machine's, for review
    assert 'msgstr "Man kann {number_1} Bücher leihen."' in catalog
    assert "#, fuzzy" not in _entry(catalog, BORROW)


def test_a_tmx_translation_holding_markup_its_source_lacks_is_left_out(tmp_path: Path) -> None:
    """An inline code in the translation (`<bpt>&lt;b&gt;</bpt>`) whose native code the source has
    none of is markup added by someone: the `<tuv>` is left out with its line."""
    root = _project(tmp_path)
    tmx = tmp_path / "memory.tmx"
    bold = '<bpt i="1">&lt;b&gt;</bpt>Die Bibliothek<ept i="1">&lt;/b&gt;</ept> öffnete am {weekday_1} wieder.'
    tmx.write_text(TMX_HEAD + TU.format(REOPENED, bold) + "</body></tmx>\n", encoding="utf-8")
    done = run_l10n(root, "tm", "import", str(tmx))
    assert f"warning: {tmx}:4: <tuv xml:lang=\"de\">: markup '<b>' is not in the source: left out" in done.stderr
    run_l10n(root, "run")
    assert "Die Bibliothek öffnete" not in _catalog(root)


def test_an_exact_match_dropping_a_placeholder_is_filled_as_fuzzy(tmp_path: Path) -> None:
    """A TM translation that drops a placeholder of the unit (`{number_1}`) is no exact match: a
    CAT tool's tag-mismatch penalty makes it a 99 % suggestion, filled for review, not reviewed."""
    root = _project(tmp_path)
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(TMX_HEAD + TU.format(BORROW, "Man kann Bücher leihen.") + "</body></tmx>\n", encoding="utf-8")
    run_l10n(root, "tm", "import", str(tmx))
    run_l10n(root, "run")
    entry = _entry(_catalog(root), BORROW)
    assert 'msgstr "Man kann Bücher leihen."' in entry
    assert "#, fuzzy" in entry and "tm: 99% from memory.tmx" in entry


def _names(root: Path) -> list[str]:
    """Every file of the project by its path, hidden ones and SQLite's logs included."""
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def _a_killed_run_then_a_run_leaves_what_one_run_leaves(tmp_path: Path, pattern: str, left: str) -> None:
    from test_redteam50 import _killed_at

    whole = _project(tmp_path / "whole")
    run_l10n(whole, "run")
    killed = _project(tmp_path / "killed")
    done = _killed_at(killed, pattern, 1, "run")
    assert done.returncode == -9, done.stderr
    assert any(re.fullmatch(left, name.rsplit("/", 1)[-1]) for name in _names(killed)), _names(killed)
    run_l10n(killed, "run")
    assert _names(killed) == _names(whole)


def test_a_run_killed_between_a_link_and_its_rename_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    """Killed at the rename of a complete `.<name>.<pid>-<n>.tmp` (its catalog's lock held): the
    next run removes both, its pid being gone."""
    _a_killed_run_then_a_run_leaves_what_one_run_leaves(tmp_path, r"^os\.rename \('[^']*\.tmp'", r"\..+\.\d+-\d+\.tmp")


def test_a_run_killed_while_it_reads_the_clock_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    """Killed just before it removes the clock's `.now-<pid>-*` (`fingerprint.filesystem_now`)."""
    _a_killed_run_then_a_run_leaves_what_one_run_leaves(tmp_path, r"^os\.remove \('[^']*/\.now-", r"\.now-[\w-]+")


_LIVE_RUN = """\
import fcntl, os, sys
root = sys.argv[1]
held = []
for name in (f".l10n-run.{os.getpid()}.lock", "locales/de/LC_MESSAGES/.news.po.lock"):
    fd = os.open(os.path.join(root, name), os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    held.append(fd)
for name in (f"locales/de/LC_MESSAGES/.news.po.{os.getpid()}-1.tmp", f"locales/.now-{os.getpid()}-abcdefgh"):
    open(os.path.join(root, name), "w").close()
print("ready", flush=True)
sys.stdin.read()
"""


def test_the_next_run_sweeps_a_killed_runs_files_and_never_a_live_runs(tmp_path: Path) -> None:
    """A run lock no process holds (a run killed there) makes the next command sweep: the files
    of our naming whose owner is gone go (a temp file and a clock file of a dead pid, a clock file
    named before it carried its pid and older than every run lock, an unheld lock file); those of
    a live run (its run lock held) stay, and so does its held lock."""
    root = _project(tmp_path / "project")
    run_l10n(root, "run")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)  # a process that has exited
    old = [
        f".l10n-run.{dead}.lock",
        f"build/de/.news.html.{dead}-3.tmp",
        f"locales/.now-{dead}-abcdefgh",
        f"site/de/.index.html.{dead}-1.tmp",
        f"locales/de/LC_MESSAGES/.news.po.{dead}-2.tmp",
        "locales/.stamps.sqlite3.lock",
        "seeds/.now-abcdefgh",
    ]
    for name in old:
        (root / name).touch()
    os.utime(root / "seeds" / ".now-abcdefgh", ns=(10**18, 10**18))
    live = subprocess.Popen(
        [sys.executable, "-c", _LIVE_RUN, str(root)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert live.stdout is not None and live.stdout.readline() == "ready\n"
        kept = [
            f".l10n-run.{live.pid}.lock",
            "locales/de/LC_MESSAGES/.news.po.lock",
            f"locales/de/LC_MESSAGES/.news.po.{live.pid}-1.tmp",
            f"locales/.now-{live.pid}-abcdefgh",
        ]
        run_l10n(root, "status")
        assert [name for name in old if (root / name).exists()] == []
        assert [name for name in kept if not (root / name).exists()] == []
    finally:
        live.communicate("")
