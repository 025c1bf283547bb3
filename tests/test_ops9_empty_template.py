"""A template with no units (truncated after its header, or emptied) must not empty a reviewed
catalog: `update` refuses with one line naming the template and what the merge would retire,
and only `--allow-empty-template` retires the translations (as obsolete `#~` entries).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from conftest import REPO, SEED, run_l10n

DOMAIN = SEED.stem


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_l10n(root, *args, allowed=None)  # the exit status is the test's to check


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The seed article with the repository's template and its reviewed zh_CN catalog."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "locales" / "zh_CN" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(REPO / "locales" / f"{DOMAIN}.pot", root / "locales")
    po = f"zh_CN/LC_MESSAGES/{DOMAIN}.po"
    shutil.copy(REPO / "locales" / po, root / "locales" / po)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["zh_CN"]\n', encoding="utf-8")
    assert l10n(root, "update").returncode == 0
    return root


def header_only(pot: Path) -> None:
    """`pot` cut after its header entry: a well-formed template with no unit."""
    text = pot.read_text(encoding="utf-8")
    pot.write_text(text[: text.index("\n\n") + 1], encoding="utf-8")


def orphaned(project: Path) -> None:
    """The template's article moved away: `update` has nothing to extract it again from (with its article in place, a
    template changed since its `extract` stamp is extracted again, leftovers51 — a truncated one is mended, below)."""
    (project / "seeds" / SEED.name).rename(project / SEED.name)


def reviewed(po: Path) -> int:
    return sum(1 for entry in polib.pofile(str(po)) if entry.translated() and not entry.obsolete)


@pytest.mark.parametrize("cut", [header_only, lambda pot: pot.write_bytes(b"")], ids=["header only", "empty file"])
def test_a_template_without_units_leaves_a_reviewed_catalog_alone(project: Path, cut) -> None:
    po = project / "locales" / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po"
    before = po.read_bytes()
    translated = reviewed(po)
    assert translated > 0
    pot = project / "locales" / f"{DOMAIN}.pot"
    cut(pot)
    orphaned(project)
    done = l10n(project, "update")
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"{DOMAIN}.pot" in lines[0] and "no units" in lines[0] and str(translated) in lines[0], lines[0]
    assert "--allow-empty-template" in lines[0]
    assert po.read_bytes() == before


def test_the_override_retires_the_translations_as_obsolete(project: Path) -> None:
    po = project / "locales" / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po"
    translated = reviewed(po)
    header_only(project / "locales" / f"{DOMAIN}.pot")
    orphaned(project)
    done = l10n(project, "update", "--allow-empty-template")
    assert done.returncode == 0, done.stderr
    catalog = polib.pofile(str(po))
    assert reviewed(po) == 0
    assert len(catalog.obsolete_entries()) == translated  # nothing deleted: kept as `#~`


def test_a_truncated_template_whose_article_is_there_is_extracted_again(project: Path) -> None:
    """With its article in place, a template cut after its header (which names the article, `X-L10n-Source`) since its
    `extract` stamp is extracted again by `update` (the stamp no longer holds: leftovers51), and the reviewed catalog
    keeps every unit; an emptied file names no article, and is refused as above."""
    po = project / "locales" / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}.po"
    translated = reviewed(po)
    pot = project / "locales" / f"{DOMAIN}.pot"
    whole = pot.read_bytes()
    header_only(pot)
    done = l10n(project, "update")
    assert done.returncode == 0, done.stderr
    assert pot.read_bytes() != b"" and len(polib.pofile(str(pot))) == len(polib.pofile(whole.decode("utf-8")))
    assert reviewed(po) == translated
