"""A reviewed translation that msgmerge retired (`#~`, its sentence gone from the article) is a
person's work the TM must keep: the sentence may come back, in this article or another. The TM
sync reads every catalog a command meets; it took active entries only, so a review done in an
editor and retired by `update` before any `translate` saw it was lost to leverage. Real CLI,
real Apertium, a real article; the review is an editor's (fuzzy cleared, text rewritten)."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n
from lxml import etree

SENTENCE = "Stay indoors."
PERSON = "Quédense en casa."

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Apertium (en-es)")


def catalog(root: Path, domain: str = ARTICLE.stem) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{domain}.po"


def reviewed_then_retired(root: Path) -> None:
    """extract + translate, a person reviews one unit in an editor, then the editor drops the
    sentence from the article and `update` retires the unit — no `translate` in between."""
    apertium_es(root)
    po = polib.pofile(str(catalog(root)))
    entry = next(e for e in po if e.msgid == SENTENCE)
    entry.msgstr = PERSON
    entry.flags.remove("fuzzy")
    po.save()
    seed = root / "seeds" / ARTICLE.name
    text = seed.read_text(encoding="utf-8")
    assert text.count(f"\n{SENTENCE}\n") == 1
    seed.write_text(text.replace(f"\n{SENTENCE}\n", "\n"), encoding="utf-8")
    run_l10n(root, "update")
    retired = [e for e in polib.pofile(str(catalog(root))) if e.msgid == SENTENCE]
    assert [(e.obsolete, e.msgstr, e.fuzzy) for e in retired] == [(1, PERSON, False)]


def test_a_retired_review_reaches_the_tm_with_its_origin(tmp_path: Path) -> None:
    reviewed_then_retired(tmp_path)
    out = tmp_path / "tm.tmx"
    run_l10n(tmp_path, "tm", "export", str(out))
    found = [
        tu for tu in etree.parse(str(out)).iter("tu") if [seg.text for seg in tu.iter("seg")] == [SENTENCE, PERSON]
    ]
    assert found, "the retired review is not in the TM"
    assert {p.text for p in found[0].iter("prop") if p.get("type") == "x-origin"} == {ARTICLE.stem}


def test_a_retired_review_is_leveraged_into_another_article(tmp_path: Path) -> None:
    reviewed_then_retired(tmp_path)
    other = tmp_path / "seeds" / "shelter.md"
    other.write_text(f"# Shelters open across the city\n\n{SENTENCE}\n", encoding="utf-8")
    run_l10n(tmp_path, "extract", "seeds/shelter.md", "--locales", "es", "--jobs", "1")
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")
    entry = next(e for e in polib.pofile(str(catalog(tmp_path, "shelter"))) if e.msgid == SENTENCE)
    assert entry.msgstr == PERSON, entry.tcomment


def test_a_retired_review_never_replaces_one_in_use_elsewhere(tmp_path: Path) -> None:
    """Two articles reviewed the same sentence differently; in one it was retired since. Each
    sync of that catalog re-reads its `#~` entries: the review in use must stay the TM's."""
    from l10n.memory.tm import TMEntry, TranslationMemory

    with TranslationMemory(tmp_path / "tm.sqlite3") as tm:
        tm.add([TMEntry("en", "es", SENTENCE, "Quédate dentro.", origin="shelter")])
        tm.add([TMEntry("en", "es", SENTENCE, PERSON, origin=ARTICLE.stem, retired=True)])
        assert [(e.target, e.origin) for e in tm.entries()] == [("Quédate dentro.", "shelter")]
        tm.add([TMEntry("en", "es", "Gone.", "Ido.", origin=ARTICLE.stem)])
        tm.add([TMEntry("en", "es", "Gone.", "Se fue.", origin=ARTICLE.stem, retired=True)])
        assert ("Gone.", "Se fue.") in [(e.source, e.target) for e in tm.entries()]  # its own row: updated
