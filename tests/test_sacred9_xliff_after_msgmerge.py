"""A translator's XLIFF exported before a sentence changed, imported after GNU msgmerge merged the
new template: msgmerge moves a fuzzy (machine) unit to the new msgid without `#|`, so the file's
unit for the old sentence named no entry and the whole file — every unit of the translator's CAT
work — was refused ("unit id not found"). The machine line's `src=` names the old source; the unit
lands on that entry as our own `update` would have let it (a fuzzy suggestion with the old msgid
as `#|`). Real CLI, real msgmerge, Apertium, the XLIFF edited by Translate Toolkit."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

SENTENCE, CHANGED = "approaches the city.", "approaches the city today."
MSGMERGE = shutil.which("msgmerge")
CAT_TEXT = "Shanghái elevó su alerta al nivel máximo mientras In-Fa, el sexto tifón del año, se acerca."

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None or MSGMERGE is None, reason="needs Apertium and gettext's msgmerge"
)


def test_a_stale_xliff_imports_after_msgmerge_moved_a_machine_unit(tmp_path: Path) -> None:
    from translate.storage import xliff

    seed = apertium_es(tmp_path)
    po = tmp_path / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    exported = tmp_path / "out.xlf"
    run_l10n(tmp_path, "xliff", "export", "--locale", "es", "--xliff-version", "1.2", "-o", str(exported))
    old_msgid = next(e.msgid for e in polib.pofile(str(po)) if e.msgid.endswith(SENTENCE))

    before = tmp_path / "translator-copy.po"
    shutil.copy(po, before)
    seed.write_text(seed.read_text(encoding="utf-8").replace(SENTENCE, CHANGED), encoding="utf-8")
    run_l10n(tmp_path, "extract", f"seeds/{ARTICLE.name}", "--locales", "es", "--jobs", "1")
    pot = tmp_path / "locales" / f"{ARTICLE.stem}.pot"
    subprocess.run([MSGMERGE or "msgmerge", "--previous", "-q", "-o", str(po), str(before), str(pot)], check=True)
    moved = next(e for e in polib.pofile(str(po)) if e.msgid.endswith(CHANGED))
    assert moved.fuzzy and moved.previous_msgid is None  # what GNU msgmerge does to a fuzzy unit

    store = xliff.xlifffile.parsefile(str(exported))
    unit = next(u for u in store.units if u.source == old_msgid)
    unit.target = CAT_TEXT
    unit.markfuzzy(False)
    unit.markapproved(True)
    store.savefile(str(exported))
    done = run_l10n(tmp_path, "xliff", "import", str(exported))

    entry = next(e for e in polib.pofile(str(po)) if e.msgid.endswith(CHANGED))
    assert entry.msgstr == CAT_TEXT, done.stdout
    assert entry.fuzzy and entry.previous_msgid == old_msgid  # a suggestion for the new sentence
