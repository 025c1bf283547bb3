"""Session 48's outside look at session 46–47's new surfaces (redteam48): hostile state under
`locales/` and beside `site/`, through the real CLI (`workflow.py`) on a project of its own.

- The stamps (`locales/.stamps.sqlite3`) are a file under `locales/`, hostile input like the
  rest: a row whose payload is not JSON (cut short, nested past the decoder's depth) is no
  record (`memory.stamps.decoded_payload`), where `status`, `update` and `translate` died with a
  traceback on the language record of session 47 (`memory.article_language`) and every stage
  on its own rows.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_l10n

ARTICLE = (
    "---\ntitle: Riverside library reopens\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
    "The library reopened on Monday after two years.\n\nVisitors can borrow 12 books at a time.\n"
)
CONFIG = '[l10n]\nlocales = ["de", "fr"]\nengine = "pseudo"\n'


def _project(root: Path, article: str = ARTICLE, config: str = CONFIG) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "news.md").write_text(article, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


def _damage(root: Path, stage: str, payload: str) -> int:
    """Every row of `stage` given `payload` as its text, the whole-run records dropped (so each
    command asks its pieces' stamps); the rows changed."""
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        changed = db.execute("UPDATE stamp SET payload = ? WHERE stage = ?", (payload, stage)).rowcount
        db.execute("DELETE FROM stamp WHERE stage LIKE 'whole run%'")
    return changed


def _status(root: Path) -> list[dict[str, object]]:
    return json.loads(run_l10n(root, "status", "--json").stdout)


@pytest.mark.parametrize("payload", ['["de",', "[" * 100_000], ids=["cut", "deep"])
def test_a_language_record_that_is_not_json_is_no_record(tmp_path: Path, payload: str) -> None:
    root = _project(tmp_path)
    for command in (("extract", "seeds"), ("update",), ("translate",)):
        run_l10n(root, *command)
    before = _status(root)
    assert _damage(root, "extract language", payload) == 1
    assert _status(root) == before  # the template's head read instead, and recorded again
    for command in (("update",), ("translate",), ("status",)):
        assert _damage(root, "extract language", payload) == 1
        done = run_l10n(root, *command, allowed=None)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert _status(root) == before


@pytest.mark.parametrize("stage", ["update", "translate", "tm-leverage", "status", "extract"])
def test_any_stage_row_cut_short_is_done_again(tmp_path: Path, stage: str) -> None:
    root = _project(tmp_path)
    for command in (("extract", "seeds"), ("update",), ("translate",), ("status",)):
        run_l10n(root, *command)
    before = _status(root)
    assert _damage(root, stage, '{"cut') >= 1
    for command in (("extract", "seeds"), ("update",), ("translate",), ("status",)):
        done = run_l10n(root, *command, allowed=None)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (command, done.stderr)
    assert _status(root) == before
