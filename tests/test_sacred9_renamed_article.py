"""An article renamed (its slug, so its catalog's name, changes) keeps the review done under the
old name: the first `translate` after the rename syncs the old catalog into the TM — even a review
done only in an editor, which no l10n command saw — and an exact match of a unit reviewed in this
project, same text and context, comes back reviewed (what `leverage` does for every exact match);
a unit whose sentence was also edited comes back fuzzy with its TM provenance. The old catalog and
its reviewed units stay as they were. Real CLI, a real article, real Apertium."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

NEW_SLUG = "typhoon-in-fa"

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def entries(po: Path) -> dict[tuple[str | None, str], polib.POEntry]:
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(po)) if e.msgid and not e.obsolete}


def test_a_renamed_article_gets_its_reviewed_units_back_reviewed(tmp_path: Path) -> None:
    apertium_es(tmp_path)
    old_po = tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    catalog = polib.pofile(str(old_po))
    machine = [e for e in catalog if e.msgid and e.msgstr]
    for entry in machine[:6]:  # reviewed in an editor: fuzzy cleared, one text rewritten
        entry.flags.remove("fuzzy")
    machine[0].msgstr += " (revisado)"
    catalog.save()
    reviewed = {(e.msgctxt, e.msgid): e.msgstr for e in machine[:6]}
    old_bytes = old_po.read_bytes()

    source = (tmp_path / "seeds" / ARTICLE.name).read_text(encoding="utf-8")
    edited = next(e.msgid for e in machine[1:6] if len(e.msgid) > 60 and e.msgid.endswith("."))
    changed = edited.removesuffix(".") + " today."
    (tmp_path / "seeds" / ARTICLE.name).unlink()
    (tmp_path / "seeds" / f"{NEW_SLUG}.txt").write_text(source.replace(edited, changed), encoding="utf-8")
    run_l10n(tmp_path, "extract", f"seeds/{NEW_SLUG}.txt", "--locales", "es", "--jobs", "1")
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")

    new = entries(tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{NEW_SLUG}.po")
    for key, msgstr in reviewed.items():
        if key[1] == edited:
            moved = new[(key[0], changed)]
            assert moved.fuzzy and moved.msgstr == msgstr and "tm:" in moved.tcomment
            continue
        assert new[key].msgstr == msgstr and not new[key].fuzzy, key
    assert old_po.read_bytes() == old_bytes  # the old catalog is left as the person left it
