"""What a cold publish after an earlier one loads (session 38, issue 16: publish within 2× of
writing its bytes).

- `publish.cldr`: the locales' own names, directions, percentages and the source language's
  name are kept as stamps of the code's state (stage `cldr`), so a publish after the project's
  first loads no CLDR locale data (whose pickles import `babel.dates`, pytz and the local zone);
  a kept answer not in the shape written is not taken, and is recorded again.
- a publish taking every edition from `build/` imports neither the data model, the gate and
  QA modules (`cli.common.describe_held`, `assemble.built`'s annotations), nor extract's module
  (`cli.refusals`: only for a damaged catalog).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_main
from test_publish37_cold_fixed import _cold
from test_publish_built import published_without_build, translated, tree
from test_startup_imports import probe

__all__ = ["translated"]  # the fixture, imported for the tests below

NOT_LOADED = {
    "babel.dates",
    "babel.numbers",
    "pytz",
    "l10n.model",
    "l10n.assemble.gate",
    "l10n.assemble.article",
    "l10n.qa",
    "l10n.placeables.render",
    "l10n.extraction",
}


def _publish_in_a_process(root: Path, listing: Path) -> set[str]:
    """The modules a `publish` imports, run as the operator runs it (its own process: `probe`)."""
    return probe(root, ["publish", "-q"], listing)[1]


def _kept(root: Path) -> dict[str, object]:
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        rows = db.execute("SELECT key, payload FROM stamp WHERE stage = 'cldr'").fetchall()
    return {key: json.loads(payload) for key, payload in rows}


def test_a_cold_publish_after_the_first_loads_no_locale_data_nor_the_model(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, translated, "assemble", "--format", "html")
    _publish_in_a_process(translated, tmp_path / "first.txt")  # its own process: answers asked of Babel, kept
    _cold(translated)
    loaded = _publish_in_a_process(translated, tmp_path / "modules.txt")
    assert "l10n.publish.site" in loaded  # it published
    assert loaded & NOT_LOADED == set()
    assert _kept(translated)["de dir"] == "ltr"
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_kept_answer_not_as_written_is_not_taken(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, translated, "assemble", "--format", "html")
    _publish_in_a_process(translated, tmp_path / "first.txt")  # its own process: answers asked of Babel, kept
    site = tree(translated / "site")
    kept = _kept(translated)
    assert kept["de dir"] == "ltr" and kept["de name"] == "Deutsch"
    with sqlite3.connect(translated / "locales" / ".stamps.sqlite3") as db:  # hostile: the stamps file
        db.execute("UPDATE stamp SET payload = '\"sideways\"' WHERE stage = 'cldr' AND key = 'de dir'")
        db.execute("UPDATE stamp SET payload = '{\"a\": 1}' WHERE stage = 'cldr' AND key = 'de name'")
    _cold(translated)
    _publish_in_a_process(translated, tmp_path / "modules.txt")  # a new process: no answer in memory
    assert tree(translated / "site") == site
    assert _kept(translated) == kept  # Babel's answers, recorded again
