"""A provenance line an editor wrapped (polib and Poedit wrap `#` comments at 79 columns, so the
line's `hash=`/`src=` land on the next line) is still one machine line: replaced whole when a
machine writes the unit again, and a person's note after it is kept."""

from __future__ import annotations

from pathlib import Path

import polib

from l10n.catalog.translations import apply_suggestions, read_translations, text_hash
from l10n.model import Suggestion

MSGID = "The typhoon approaches the city."


def wrapped_catalog(path: Path) -> Path:
    po = polib.POFile(wrapwidth=79)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es"}
    machine = "El tifón se acerca a la ciudad."
    line = f"mt: argos translate-en_es-1.9.0-with-a-long-package-name 2026-11-26 hash={text_hash(machine)}"
    po.append(polib.POEntry(msgid=MSGID, msgstr=machine, flags=["fuzzy"], tcomment=f"{line} src=0123abcd\nask Anna"))
    po.save(str(path))
    printed = path.read_text(encoding="utf-8").splitlines()
    assert "# hash=" + text_hash(machine) + " src=0123abcd" in printed  # wrapped as Poedit saves it
    return path


def test_a_wrapped_machine_line_is_replaced_whole_and_a_note_after_it_kept(tmp_path: Path) -> None:
    po = wrapped_catalog(tmp_path / "a.po")
    assert read_translations(po)[(None, MSGID)].origin == "mt"
    suggestion = Suggestion(None, MSGID, "El tifón llega a la ciudad.", "mt", "apertium eng-spa")
    assert apply_suggestions(po, [suggestion], overwrite_fuzzy=True) == 1
    lines = polib.pofile(str(po)).find(MSGID).tcomment.splitlines()
    assert lines[0] == "ask Anna"
    assert len(lines) == 2 and lines[1].startswith("mt: apertium eng-spa hash=")
