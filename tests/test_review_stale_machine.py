"""`review --accept-all-checked` signs off machine text nobody read, trusting QA. Machine text whose
source sentence changed since (msgmerge's `#|`) translates a sentence that is gone — QA cannot
see that, its placeholders still match — so it must not be signed off in bulk: it stays a fuzzy
machine unit that `translate` redoes (`catalog.translations.machine_may_fill`), never reviewed
work that readers see and the TM learns. Real CLI, real article, real Apertium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

SENTENCE = "well below the 35-degree heat of last week."

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def l10n(root: Path, *args: str) -> str:
    return run_l10n(root, *args).stdout


def entries(root: Path) -> list[polib.POEntry]:
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    return [e for e in polib.pofile(str(po)) if e.msgid and not e.obsolete]


def test_bulk_sign_off_leaves_machine_text_of_a_changed_source(tmp_path: Path) -> None:
    seed = apertium_es(tmp_path, "--no-tm")
    source = seed.read_text(encoding="utf-8")
    assert source.count(SENTENCE) == 1
    seed.write_text(source.replace(SENTENCE, SENTENCE.replace("well below", "far above")), encoding="utf-8")
    l10n(tmp_path, "update", "--locales", "es", "--jobs", "1")
    (stale,) = [e for e in entries(tmp_path) if "far above" in e.msgid]
    assert stale.fuzzy and stale.previous_msgid and "well below" in stale.previous_msgid
    old_text = stale.msgstr

    l10n(tmp_path, "review", "--locale", "es", "--accept-all-checked", "--no-back-translation")
    now = {e.msgid: e for e in entries(tmp_path)}
    signed = [e for e in now.values() if not e.fuzzy and e.msgstr]
    assert signed  # the units whose source did not change were signed off
    assert now[stale.msgid].fuzzy and now[stale.msgid].previous_msgid == stale.previous_msgid
    assert "mt:" in [line.strip()[:3] for line in now[stale.msgid].tcomment.splitlines()]

    l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    redone = {e.msgid: e for e in entries(tmp_path)}[stale.msgid]
    assert redone.fuzzy and redone.previous_msgid is None and redone.msgstr != old_text


def test_translate_drops_the_history_of_machine_text_redone_to_the_same_words(tmp_path: Path) -> None:
    """A source edit the engine translates to the same words (a typo fixed, say): msgmerge marks
    the machine unit fuzzy with `#|`; `translate` gives the same text again, and that settles it —
    the `#|` goes, so the gate stops holding it as "source changed" (else it would for ever)."""
    apertium_es(tmp_path, "--no-tm")
    po_path = tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    catalog = polib.pofile(str(po_path))
    (machine,) = [e for e in catalog if "well below" in e.msgid and not e.obsolete]
    assert machine.fuzzy and machine.msgstr and machine.previous_msgid is None
    machine.previous_msgid = machine.msgid.replace("below", "bellow")  # as msgmerge leaves a fixed typo
    catalog.save()
    text = machine.msgstr

    l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm")
    (redone,) = [e for e in entries(tmp_path) if "well below" in e.msgid]
    assert redone.msgstr == text and redone.fuzzy and redone.previous_msgid is None
    assert "source changed" not in l10n(tmp_path, "assemble", "--locales", "es")
