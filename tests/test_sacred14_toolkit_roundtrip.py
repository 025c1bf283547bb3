"""Translate Toolkit's own exchange loop — `po2xliff`, a CAT tool, `xliff2po`, `pomerge` back
into the catalog — drops msgctxt (po2xliff 3.20 writes none), so `pomerge` matches each unit
that has one fuzzily and lowers it: fuzzy, with a `#| msgid` that is its own msgid and no `#|
msgctxt`. The project TM recorded those reviews (each `translate` syncs them): the next
`translate` gives them back, instead of leaving the persons' texts fuzzy and redoing the one
accepted as the machine wrote it. Real Translate Toolkit (the locked version in the venv),
real Apertium, a real article; the reviews are an editor's."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

TOOLS = Path(sys.executable).parent
PERSON = "Texto de una persona."

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None or not (TOOLS / "pomerge").exists(),
    reason="needs Apertium and Translate Toolkit",
)


def catalog(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"


def reviewed(root: Path) -> dict[tuple[str | None, str], str]:
    return {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(catalog(root))) if e.msgstr and not e.fuzzy}


def toolkit(*args: str) -> None:
    subprocess.run([str(TOOLS / args[0]), "--progress=none", *args[1:]], check=True, capture_output=True)


def test_reviews_pomerge_lowered_come_back_from_the_tm(tmp_path: Path) -> None:
    apertium_es(tmp_path)
    po = polib.pofile(str(catalog(tmp_path)))
    with_context = [e for e in po if e.msgstr and e.msgctxt]
    accepted, rewritten = with_context[0], with_context[1]
    accepted.flags.remove("fuzzy")  # accepted as the machine wrote it, the `mt:` line left
    rewritten.msgstr = PERSON
    rewritten.flags.remove("fuzzy")
    po.save()
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")  # the TM records the reviews
    before = reviewed(tmp_path)
    assert before[(rewritten.msgctxt, rewritten.msgid)] == PERSON
    xlf, back = tmp_path / "tt.xlf", tmp_path / "tt.po"
    toolkit("po2xliff", str(catalog(tmp_path)), str(xlf))
    toolkit("xliff2po", str(xlf), str(back))
    toolkit("pomerge", "-t", str(catalog(tmp_path)), "-i", str(back), "-o", str(catalog(tmp_path)))
    lowered = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(catalog(tmp_path)))}
    assert lowered[(accepted.msgctxt, accepted.msgid)].fuzzy  # what the tool did
    assert lowered[(rewritten.msgctxt, rewritten.msgid)].previous_msgid == rewritten.msgid
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")
    assert reviewed(tmp_path) == before
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog(tmp_path))], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
