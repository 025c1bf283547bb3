"""Files go out to a CAT tool while the newsroom keeps editing: a sentence of the article changes
between `xliff export` and `xliff import`, so `update` moved its unit to the new msgid (old one
as msgmerge's `#|`). The file's other units are a person's review and must come in; the changed
unit's target translates the old sentence, so it lands as a person's fuzzy suggestion with its
`#|` (never as reviewed, never as machine output `translate` would redo), and a unit the PO
holds human work for is a conflict, the PO kept. Real CLI, real article, real Apertium, XLIFF
edited the way Translate Toolkit's XLIFF store (Virtaal, Pootle) edits it."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

from l10n.model import unit_id

SENTENCE = "well below the 35-degree heat of last week."

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def l10n(root: Path, *args: str) -> str:
    return run_l10n(root, *args).stdout


def rewrite_target(path: Path, ident: str, text: str) -> None:
    """A translator retyping a target in a CAT tool: its inline codes are the source's own."""
    from lxml import etree

    tree = etree.parse(str(path))
    (unit,) = [e for e in tree.iter() if isinstance(e.tag, str) and e.get("id") == ident]
    source, target = (
        next(e for e in unit.iter() if isinstance(e.tag, str) and e.tag.endswith(n)) for n in ("source", "target")
    )
    codes = {code.get("id"): code for code in source}
    for child in list(target):
        target.remove(child)
    pieces = re.split(r"\{(\w+)\}", text)
    target.text = pieces[0]
    for name, tail in zip(pieces[1::2], pieces[2::2], strict=True):
        code = copy.deepcopy(codes[name])
        code.tail = tail
        target.append(code)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def entries(root: Path) -> dict[str, polib.POEntry]:
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    return {e.msgid: e for e in polib.pofile(str(po)) if e.msgid and not e.obsolete}


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_file_exported_before_a_sentence_changed_still_imports(tmp_path: Path, version: str) -> None:
    seed = apertium_es(tmp_path, "--no-tm")
    l10n(tmp_path, "xliff", "export", "--locale", "es", "--xliff-version", version)
    exported = tmp_path / "locales" / "es" / f"{ARTICLE.stem}.xlf"
    old = next(e for e in entries(tmp_path).values() if SENTENCE.replace("35", "{number_2}") in e.msgid)

    # the CAT tool: every unit confirmed, the one about the heat corrected by the translator
    fixed = "Las temperaturas seguirán entre {number_1} y {quantity_1}, muy por debajo del calor de {number_2} grados."
    rewrite_target(exported, unit_id(old.msgctxt, old.msgid), fixed)
    if version == "1.2":
        from translate.storage import xliff

        store = xliff.xlifffile.parsefile(str(exported))
        for unit in store.units:
            unit.markfuzzy(False)
        store.savefile(str(exported))
    else:
        text = exported.read_text(encoding="utf-8")
        exported.write_text(text.replace('state="initial"', 'state="translated"'), encoding="utf-8")

    source = seed.read_text(encoding="utf-8")
    seed.write_text(source.replace(SENTENCE, SENTENCE.replace("well below", "far below")), encoding="utf-8")
    l10n(tmp_path, "update", "--locales", "es", "--jobs", "1")
    report = l10n(tmp_path, "xliff", "import", str(exported))

    now = entries(tmp_path)
    moved = next(e for e in now.values() if "far below" in e.msgid)
    assert moved.msgstr == fixed and moved.fuzzy and moved.previous_msgid == old.msgid, report
    assert not any(line.strip().startswith(("mt:", "tm:")) for line in moved.tcomment.splitlines())
    others = [e for e in now.values() if e is not moved]
    assert others and all(e.msgstr and not e.fuzzy for e in others), report  # the person's review came in

    l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium", "--no-tm", "--overwrite-fuzzy")
    assert entries(tmp_path)[moved.msgid].msgstr == fixed
    checked = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / "locales/es/LC_MESSAGES/weather_alert.po")]
    )
    assert checked.returncode == 0
