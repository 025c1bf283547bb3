"""`extract --locales` checks again only the POs that moved since its last run checked them
(`extraction_merges`), and never vouches for one that moved.

Real articles (the seed and a saved BBC page) and the real chain commands, each in its own
process. The count of merge-stamp checks is read by wrapping `catalog.update.merge_state` in
the extract process: the real function runs, the wrapper only counts its calls (a PO found
stale is checked again, and stamped, by the merge itself).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "tests" / "data" / "realworld" / "bbc-com-52241221.html"  # SOURCES.md there
LOCALES = "de,zh_CN,es"
EXTRACT = ["extract", "{root}/seeds", "--locales", LOCALES, "-q"]

# extract, counting merge_state's calls into the file named by L10N_TEST_CALLS
PROBE = (
    "import os, sys\n"
    "import l10n.catalog.update as update\n"
    "real, calls = update.merge_state, []\n"
    "def counted(*args, **kwargs):\n"
    "    calls.append(os.path.basename(str(args[1])))\n"
    "    return real(*args, **kwargs)\n"
    "update.merge_state = counted\n"
    "from l10n.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "with open(os.environ['L10N_TEST_CALLS'], 'w') as out:\n"
    "    out.write(str(len(calls)))\n"
    "sys.exit(code)\n"
)


def extract(root: Path) -> int:
    """Run `extract --locales` on the project; the merge stamps it checked."""
    calls = root.parent / "calls.txt"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *[a.format(root=root) for a in EXTRACT], "--root", str(root)],
        capture_output=True,
        text=True,
        env={**os.environ, "L10N_TEST_CALLS": str(calls), "PYTHONPATH": str(REPO)},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(calls.read_text())


def l10n(root: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "workflow.py"), *args, "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Two real articles extracted into three locales' POs, the second run recording."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(next((REPO / "seeds").glob("*.txt")), root / "seeds")
    shutil.copy(PAGE, root / "seeds" / PAGE.name)
    extract(root)
    extract(root)
    return root


def po_files(root: Path) -> list[Path]:
    return sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))


@pytest.mark.slow
def test_only_the_pos_translate_wrote_are_checked_again(project: Path) -> None:
    assert len(po_files(project)) == 6
    assert extract(project) == 0  # nothing moved since the last run checked them all
    l10n(project, "translate", "--engine", "pseudo", "--locales", "de")  # rewrites the two de POs
    assert extract(project) == 2
    assert extract(project) == 0


@pytest.mark.slow
def test_a_po_removed_is_made_again(project: Path) -> None:
    po = project / "locales" / "es" / "LC_MESSAGES" / f"{PAGE.stem}.po"
    kept = po.read_bytes()
    po.unlink()
    assert extract(project) >= 1
    assert po.read_bytes() == kept


@pytest.mark.slow
def test_a_po_edited_by_hand_is_merged_again(project: Path) -> None:
    """An entry a translator deleted comes back from the template on the next extract (what a
    merge does), though the PO's siblings are taken as the last run left them."""
    po_path = project / "locales" / "de" / "LC_MESSAGES" / f"{PAGE.stem}.po"
    catalog = polib.pofile(str(po_path))
    entries = len(catalog)
    catalog.remove(catalog[0])
    catalog.save(str(po_path))
    assert extract(project) >= 1  # found stale, then merged (a merge checks and stamps each PO of the article)
    assert len(polib.pofile(str(po_path))) == entries


@pytest.mark.slow
def test_a_glossary_change_checks_every_po(project: Path) -> None:
    glossary = project / "locales" / "glossary.csv"
    glossary.write_text("term,locale,translation,note,dnt\nlibrary,de,Bibliothek,,\n", encoding="utf-8")
    assert extract(project) >= 6  # none taken as the last run left it: the glossary is every merge's input
