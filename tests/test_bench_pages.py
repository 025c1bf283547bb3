"""bench/pages.py: its scoring (what counts as chrome kept, body lost, metadata right) and that it
prints each split apart with load, spread and CPU. No timing is asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BENCH, bench_module

LABEL = {
    "headlines": ["Harbour reopens after the storm"],
    "dates": ["2020-01-10"],
    "authors": ["Ann Lee", "Bo Chen"],
    "body_start": "The harbour reopened on Monday",
    "body_end": "lost business over the week.",
    "keep": ["Ferries to the islands"],
    "chrome": ["Sign up to our newsletter", "Most Popular"],
    "split": "holdout",
}


def test_score_counts_chrome_inside_units_and_body_missing_from_all_units() -> None:
    pages = bench_module("pages")
    result = {
        "units": ["The harbour reopened on Monday.", "Most popular", "Ferries to the islands resume."],
        "headline": "Harbour reopens after the storm",
        "date": "2020-01-11",
        "authors": ["Bo Chen", "Ann Lee"],
    }
    scored = pages.score(result, LABEL)
    assert scored["kept"] == ["Most Popular"] and scored["chrome"] == 2
    assert scored["lost"] == ["lost business over the week."] and scored["body"] == 3
    assert (scored["headline"], scored["date"], scored["author"]) == (True, False, True)
    unlabelled = pages.score(result, {**LABEL, "dates": [], "authors": []})
    assert unlabelled["date"] is None and unlabelled["author"] is None  # not counted where the page states none


@pytest.mark.slow
def test_the_script_prints_each_split_with_load_spread_and_cpu() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "pages.py"), "--repeat", "1", "--split", "rules"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(BENCH).parent,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("20 pages (rules), best of 1, load average ")
    assert "\nrules (20 pages)\n" in out and "\ntotal (20 pages)\n" in out and "holdout (" not in out
    assert "s wall," in out and "× CPU" in out and "load average at the end" in out
