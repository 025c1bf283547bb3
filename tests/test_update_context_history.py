"""`#|` says what a fuzzy unit's text was made for. A caption deleted from an article turns the
paragraph after its credit into the caption (seed format: credit, then caption), so the
paragraph's reviewed unit moves to msgctxt `caption`, fuzzy, `#|` naming its old context; put
the caption back and the paragraph returns to no msgctxt. Its `#|` must still name what the
person reviewed — no msgctxt and the paragraph — not the `caption` context it only passed
through, or the translator is told the wrong history and an XLIFF file exported before the
edit no longer finds its unit. Real CLI, real article, real Apertium; msgfmt checks the file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

CAPTION = "A worker clears fallen branches on Huaihai Road in Huangpu District.\n\n"
PARAGRAPH = "All flights at Pudong and Hongqiao airports"

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def l10n(root: Path, *args: str) -> None:
    run_l10n(root, *args)


def paragraph(root: Path) -> polib.POEntry:
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)]).returncode == 0
    (entry,) = [e for e in polib.pofile(str(po)) if e.msgid.startswith(PARAGRAPH) and not e.obsolete]
    return entry


def test_a_unit_back_in_its_context_names_the_context_it_was_reviewed_in(tmp_path: Path) -> None:
    seed = apertium_es(tmp_path, "--no-tm")
    l10n(tmp_path, "review", "--locale", "es", "--accept", _id(tmp_path))
    reviewed = paragraph(tmp_path)
    assert not reviewed.fuzzy and reviewed.msgctxt is None

    source = seed.read_text(encoding="utf-8")
    assert source.count(CAPTION) == 1
    seed.write_text(source.replace(CAPTION, ""), encoding="utf-8")
    l10n(tmp_path, "update", "--locales", "es", "--jobs", "1")
    moved = paragraph(tmp_path)
    assert moved.msgctxt == "caption" and moved.fuzzy and moved.msgstr == reviewed.msgstr
    assert (moved.previous_msgctxt, moved.previous_msgid) == (None, reviewed.msgid)

    seed.write_text(source, encoding="utf-8")
    l10n(tmp_path, "update", "--locales", "es", "--jobs", "1")
    back = paragraph(tmp_path)  # back where it was reviewed, with the text reviewed: the review is back
    assert back.msgctxt is None and back.msgstr == reviewed.msgstr and not back.fuzzy
    assert (back.previous_msgctxt, back.previous_msgid) == (None, None)


def _id(root: Path) -> str:
    from l10n.model import unit_id

    entry = paragraph(root)
    return unit_id(entry.msgctxt, entry.msgid)
