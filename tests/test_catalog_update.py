"""msgmerge-style template merge (l10n/catalog/update.py), checked against real msgfmt."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from catalog_support import SEED_REFERENCE, make_catalogs, msgfmt_check, seed_units, tricky_units
from conftest import REPO, SEED

from l10n.assembly import parse_document
from l10n.catalog.po import apply_suggestions, read_translations, save_catalog, update_po, write_pot
from l10n.catalog.translations import source_hash, text_hash
from l10n.extract import extract_units
from l10n.locales import parse_locale
from l10n.model import Reference, Suggestion, Unit


def translate_all(po: Path, prefix: str = "DE ") -> None:
    """A human translation of every entry (keeps placeholders, non-fuzzy)."""
    catalog = polib.pofile(str(po))
    for entry in catalog:
        entry.msgstr = prefix + entry.msgid
        entry.tcomment = "translator: Anna"
    save_catalog(catalog, po)  # as a gettext-based editor saves it (our writer is gettext's layout)


def rewrite_pot(pot: Path, units: list[Unit]) -> None:
    write_pot(units, pot, domain="article", source_path=SEED_REFERENCE)


@pytest.mark.parametrize(
    ("code", "plural_forms"),
    [("zh_CN", "nplurals=1; plural=0;"), ("de", "nplurals=2; plural=(n != 1);"), ("ar", "nplurals=6;")],
)
def test_new_catalog_has_language_and_cldr_plural_forms(tmp_path: Path, code: str, plural_forms: str) -> None:
    _, po, target = make_catalogs(tmp_path, seed_units(), locale=code)
    meta = polib.pofile(str(po)).metadata
    assert meta["Language"] == target.code
    assert meta["Plural-Forms"].startswith(plural_forms)
    assert meta["X-Generator"] == "l10n"
    assert meta["X-L10n-Source"] == SEED_REFERENCE
    assert all(t.origin == "none" for t in read_translations(po).values())
    assert "warning" not in msgfmt_check(po)


def test_unchanged_template_leaves_the_catalog_byte_identical(tmp_path: Path) -> None:
    pot, po, target = make_catalogs(tmp_path, tricky_units())
    translate_all(po)
    apply_suggestions(po, [])
    before = po.read_bytes()
    stats = update_po(pot, po, target)
    assert (stats.kept, stats.added, stats.fuzzied, stats.obsoleted, stats.written) == (6, 0, 0, 0, False)
    assert po.read_bytes() == before
    assert "unchanged" in str(stats)


def test_merge_keeps_work_refreshes_template_lines_fuzzies_and_obsoletes(tmp_path: Path) -> None:
    units = tricky_units()
    pot, po, target = make_catalogs(tmp_path, units)
    translate_all(po)
    edited = [
        Unit(msgid=units[0].msgid, references=[Reference(SEED_REFERENCE, 99)], comments=["money_1: new note"]),
        Unit(msgid="Ti Gong photo", msgctxt="credit"),  # msgid changed slightly
        Unit(msgid="A brand-new sentence about {date_1}."),
        *units[3:5],
    ]  # units[2] (caption) and units[5] (link) are gone
    rewrite_pot(pot, edited)
    stats = update_po(pot, po, target)
    assert (stats.kept, stats.fuzzied, stats.added, stats.obsoleted) == (3, 1, 1, 2)

    catalog = polib.pofile(str(po))
    kept = catalog.find(units[0].msgid)
    assert kept.msgstr == "DE " + units[0].msgid and not kept.fuzzy
    assert kept.tcomment == "translator: Anna"
    assert kept.occurrences == [(SEED_REFERENCE, "99")] and kept.comment == "money_1: new note"

    moved = catalog.find("Ti Gong photo", msgctxt="credit")
    assert moved.fuzzy and moved.msgstr == "DE Ti Gong"
    assert (moved.previous_msgid, moved.previous_msgctxt) == ("Ti Gong", "credit")

    assert catalog.find("A brand-new sentence about {date_1}.").msgstr == ""
    obsolete = {e.msgid for e in catalog.obsolete_entries()}
    assert obsolete == {"Ti Gong", units[5].msgid}
    assert '#| msgid "Ti Gong"' in po.read_text(encoding="utf-8")
    msgfmt_check(po)


def test_fuzzy_match_prefers_the_same_context(tmp_path: Path) -> None:
    pot, po, target = make_catalogs(tmp_path, [Unit("Ti Gong", "credit"), Unit("Ti Gong", "caption")])
    translate_all(po)
    catalog = polib.pofile(str(po))
    catalog.find("Ti Gong", msgctxt="caption").msgstr = "caption translation"
    catalog.save()
    rewrite_pot(pot, [Unit("Ti Gong.", "caption")])
    update_po(pot, po, target)
    assert read_translations(po)[("caption", "Ti Gong.")].msgstr == "caption translation"


def test_dissimilar_msgid_is_new_and_untranslated_leftovers_are_dropped(tmp_path: Path) -> None:
    pot, po, target = make_catalogs(tmp_path, [Unit("Shanghai Pharma signed."), Unit("Never translated.")])
    catalog = polib.pofile(str(po))
    catalog.find("Shanghai Pharma signed.").msgstr = "Shanghai Pharma hat unterschrieben."
    catalog.save()
    rewrite_pot(pot, [Unit("The weather in Luodian is cold today.")])
    stats = update_po(pot, po, target)
    assert (stats.added, stats.fuzzied, stats.obsoleted) == (1, 0, 1)
    obsolete = [e.msgid for e in polib.pofile(str(po)).obsolete_entries()]
    assert obsolete == ["Shanghai Pharma signed."]


def test_obsolete_translation_comes_back_when_the_unit_returns(tmp_path: Path) -> None:
    units = [Unit("Editor: Cai Wenjun"), Unit("Source: SHINE")]
    pot, po, target = make_catalogs(tmp_path, units)
    translate_all(po)
    rewrite_pot(pot, units[:1])
    update_po(pot, po, target)
    rewrite_pot(pot, units)
    stats = update_po(pot, po, target)
    assert stats.kept == 2
    found = read_translations(po)[(None, "Source: SHINE")]
    assert (found.msgstr, found.fuzzy) == ("DE Source: SHINE", False)
    assert not list(polib.pofile(str(po)).obsolete_entries())


def test_machine_fuzzy_with_broken_placeholders_survives_merge_and_msgfmt(tmp_path: Path) -> None:
    units = tricky_units()
    pot, po, target = make_catalogs(tmp_path, units)
    apply_suggestions(po, [Suggestion(None, units[0].msgid, "kaputt {money_9}", "mt", "pseudo")])
    rewrite_pot(pot, [Unit(units[0].msgid.replace("this year", "last year"), comments=units[0].comments)])
    update_po(pot, po, target)
    entry = polib.pofile(str(po)).find(units[0].msgid.replace("this year", "last year"))
    assert (
        entry.fuzzy
        and entry.tcomment == f"mt: pseudo hash={text_hash('kaputt {money_9}')} src={source_hash(None, units[0].msgid)}"
        and entry.previous_msgid == units[0].msgid
    )
    assert read_translations(po)[(None, entry.msgid)].origin == "mt"
    msgfmt_check(po)


def test_update_creates_missing_folders(tmp_path: Path) -> None:
    pot = tmp_path / "a.pot"
    write_pot(seed_units(), pot, domain="a", source_path=SEED_REFERENCE)
    po = tmp_path / "locales" / "ja" / "LC_MESSAGES" / "a.po"
    stats = update_po(pot, po, parse_locale("ja"))
    assert stats.created and stats.added == len(seed_units()) and po.is_file()


# --- the same entries as GNU msgmerge --previous, on real edits of the seed article -------------

MSGMERGE = shutil.which("msgmerge")
REFERENCE_PO = REPO / "locales" / "zh_CN" / "LC_MESSAGES" / f"{SEED.stem}.po"
SEED_TEXT = SEED.read_text(encoding="utf-8")
MOVED = "The biomedical branch of the Shanghai Overseas Returned Scholars Association also established a center in the park for academic and talent exchanges.\n\n"
EDITS = {
    "changed word": lambda text: text.replace("leading companies from both home", "major companies from both home"),
    "split sentence": lambda text: text.replace(
        "To restore the historical glory, the township", "The historical glory is to be restored. The township"
    ),
    "merged sentences": lambda text: text.replace("(1279-1368). It will become", "(1279-1368), and will become"),
    "moved paragraph": lambda text: text.replace(MOVED, "").replace(
        "To restore the historical", MOVED + "To restore the historical"
    ),
    "deleted unit": lambda text: text.replace(
        "Leading experts are appointed as consultants for the development of the park.\n", ""
    ),
    "new unit": lambda text: text.replace(
        "To restore the historical", "The park opens to visitors next spring.\n\nTo restore the historical"
    ),
}
_EACH = list(EDITS.values())
EDITS["all at once"] = lambda text: functools.reduce(lambda t, edit: edit(t), _EACH, text)


def seed_catalogs(folder: Path, text: str) -> tuple[Path, Path]:
    """The template of `text` (as the seed), and a zh_CN PO holding the reviewed translations."""
    article = folder / "seeds" / SEED.name
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text(text, encoding="utf-8")
    units = extract_units(parse_document(article), reference_path=SEED_REFERENCE)
    pot = folder / "article.pot"
    write_pot(units, pot, domain=SEED.stem, source_path=SEED_REFERENCE)
    return pot, folder / "zh_CN.po"


def entries_of(path: Path) -> dict:
    return {
        (e.msgctxt, e.msgid, e.obsolete): (e.msgstr, e.fuzzy, e.previous_msgid, e.previous_msgctxt, sorted(e.flags))
        for e in polib.pofile(str(path))
    }


@pytest.mark.skipif(MSGMERGE is None, reason="needs gettext's msgmerge")
@pytest.mark.parametrize("edit", list(EDITS))
def test_update_gives_the_entries_msgmerge_previous_gives(tmp_path: Path, edit: str) -> None:
    _, po = seed_catalogs(tmp_path / "before", SEED_TEXT)
    reviewed = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(REFERENCE_PO))}
    pot_before, _ = seed_catalogs(tmp_path / "before", SEED_TEXT)
    update_po(pot_before, po, parse_locale("zh_CN"))
    catalog = polib.pofile(str(po))
    for entry in catalog:
        entry.msgstr = reviewed[(entry.msgctxt, entry.msgid)].msgstr
    save_catalog(catalog, po)
    pot_after, _ = seed_catalogs(tmp_path / "after", EDITS[edit](SEED_TEXT))
    assert pot_after.read_text(encoding="utf-8") != pot_before.read_text(encoding="utf-8")

    theirs = tmp_path / "msgmerge.po"
    done = subprocess.run(
        [MSGMERGE, "--previous", "-q", "-o", str(theirs), str(po), str(pot_after)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    update_po(pot_after, po, parse_locale("zh_CN"))
    # one line more than msgmerge: a reviewed unit lowered names what was reviewed (`reviewed-as:`,
    # so a source that comes back gives the review back); msgmerge keeps it as a translator comment
    lines = po.read_text(encoding="utf-8").split("\n")
    held = [line for line in lines if line.startswith("# reviewed-as: ")]
    assert len(held) == sum(e.fuzzy and not e.obsolete and bool(e.msgstr) for e in polib.pofile(str(theirs)))
    po.write_text("\n".join(line for line in lines if line not in held), encoding="utf-8")
    assert entries_of(po) == entries_of(theirs)
    assert po.read_text(encoding="utf-8").split("\n\n", 1)[1] == theirs.read_text(encoding="utf-8").split("\n\n", 1)[1]
