"""`xliff import` of XLIFF that other tools made from our catalog (xliff46, issue 14's exchange).

Translate Toolkit's po2xliff (the installed, locked version, run here as the command-line tool)
numbers its units ("3", "6[0]"), drops msgctxt, writes the path it was given as `original` and
joins an entry's comment lines into one note; Okapi's PO filter numbers units too, names the
file by its name and copies the source into the target of an untranslated unit
(`tests/data/xliff_okapi/`, its own integration-test gold file). Such units are matched by
source text — with the msgctxt where the file has it, else with the `#:` references — and one
that matches no entry, or several, is a warning counted in the summary, never guessed. The
translators' promise holds on this path: a unit a person reviewed is never lowered.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from conftest import REPO, SEED
from lxml import etree

from l10n.catalog.translations import mark_reviewed
from l10n.catalog.xliff_import import import_xliff
from l10n.cli import main

TOOLS = Path(sys.executable).parent
XLIFF11 = "{urn:oasis:names:tc:xliff:document:1.1}"
OKAPI = REPO / "tests" / "data" / "xliff_okapi"

pytestmark = pytest.mark.skipif(not (TOOLS / "po2xliff").exists(), reason="needs Translate Toolkit's po2xliff")


def po2xliff(po: Path, out: Path, *, cwd: Path | None = None) -> None:
    done = subprocess.run(
        [str(TOOLS / "po2xliff"), "--progress=none", str(po), str(out)], capture_output=True, text=True, cwd=cwd
    )
    assert done.returncode == 0, done.stderr


def cat_tool(xlf: Path, source: str, *, target: str, state: str, approved: str | None) -> None:
    """What a CAT tool does to po2xliff's file: one unit's target text and state, the rest as written."""
    tree = etree.parse(str(xlf))
    units = [unit for unit in tree.iter(f"{XLIFF11}trans-unit") if unit.findtext(f"{XLIFF11}source") == source]
    assert len(units) == 1, source
    element = units[0].find(f"{XLIFF11}target")
    element.text, element.attrib["state"] = target, state
    if approved is None:
        units[0].attrib.pop("approved", None)
    else:
        units[0].set("approved", approved)
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")


def entries(po: Path) -> dict[tuple[str | None, str], polib.POEntry]:
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(po)) if not e.obsolete and e.msgid}


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """The seed article in German: machine-translated by the pseudo engine (fuzzy, `mt:`), every
    other unit then reviewed by an editor."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    assert main(["extract", str(root / "seeds" / SEED.name), "--root", str(root), "--locales", "de", "-q"]) == 0
    assert main(["translate", "--root", str(root), "--locales", "de", "--engine", "pseudo", "--no-tm", "-q"]) == 0
    po = root / "locales" / "de" / "LC_MESSAGES" / f"{SEED.stem}.po"
    mark_reviewed(po, list(entries(po))[::2])
    return root, po


def test_po2xliff_of_the_catalog_imports_a_translators_work_through_the_cli(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, po = project
    before = entries(po)
    machine = [e for e in before.values() if e.fuzzy and e.msgstr]
    assert machine and any(e.msgctxt for e in before.values())
    xlf = tmp_path / "tt.xlf"
    po2xliff(po.relative_to(root), xlf, cwd=root)  # `original` is the path it was given
    assert 'original="locales/de/LC_MESSAGES/' in xlf.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["xliff", "import", str(xlf), "--root", str(root), "--strict"]) == 0  # as written: nothing to do
    out = capsys.readouterr()
    assert "0 units changed" in out.out and "unmatched" not in out.out + out.err
    assert {k: (e.msgstr, e.fuzzy, e.tcomment) for k, e in entries(po).items()} == {
        k: (e.msgstr, e.fuzzy, e.tcomment) for k, e in before.items()
    }
    # the translator rewrites one machine unit and confirms it; po2xliff named the file by its bare name
    po2xliff(Path(po.name), xlf, cwd=po.parent)
    cat_tool(xlf, machine[0].msgid, target="Von einer Übersetzerin.", state="translated", approved="yes")
    assert main(["xliff", "import", str(xlf), "--root", str(root)]) == 0
    assert "1 units changed (1 updated" in capsys.readouterr().out
    after = entries(po)
    done = after[machine[0].msgctxt, machine[0].msgid]
    assert (done.msgstr, done.fuzzy) == ("Von einer Übersetzerin.", False)
    assert done.tcomment.startswith("reviewed-from: mt:")  # a person's text now: `translate` leaves it
    assert {k: e.msgstr for k, e in after.items() if k != (done.msgctxt, done.msgid)} == {
        k: e.msgstr for k, e in before.items() if k != (done.msgctxt, done.msgid)
    }


@pytest.mark.parametrize(("state", "approved"), [("needs-review-translation", "no"), ("translated", "yes")])
def test_an_older_po2xliff_translation_never_lowers_a_reviewed_entry(
    project: tuple[Path, Path], tmp_path: Path, state: str, approved: str
) -> None:
    """The file went out while a unit was machine text; meanwhile an editor reviewed the unit in
    the PO. The translator's older text comes back marked for review (or even confirmed): the
    file has no export base, so it cannot show it is newer — a conflict, the PO kept."""
    root, po = project
    machine = next(e for e in entries(po).values() if e.fuzzy and e.msgstr)
    xlf = tmp_path / "old.xlf"
    po2xliff(po, xlf)
    cat_tool(xlf, machine.msgid, target="Ältere Fassung.", state=state, approved=approved)
    mark_reviewed(po, [(machine.msgctxt, machine.msgid)])
    reviewed = entries(po)[machine.msgctxt, machine.msgid].msgstr
    report = import_xliff(xlf, po)
    assert report.counts["conflict"] == 1 and report.changed == 0, report.lines()
    kept = entries(po)[machine.msgctxt, machine.msgid]
    assert (kept.msgstr, kept.fuzzy) == (reviewed, False)


CONTEXTS = """\
msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

# checked by the desk
# against the agency's list
#: seeds/a.txt:5
msgctxt "byline"
msgid "Ti Gong"
msgstr "Ti Gong"

#: seeds/a.txt:8 seeds/a.txt:26
msgctxt "credit"
msgid "Ti Gong"
msgstr ""

#: seeds/a.txt:9
msgctxt "caption"
msgid "The park opened in {number_1}."
msgstr ""

#: seeds/a.txt:12
msgid "{number_1} day"
msgid_plural "{number_1} days"
msgstr[0] "{number_1} Tag"
msgstr[1] "{number_1} Tage"

#: seeds/a.txt:13
msgctxt "label"
msgid "{number_1} day"
msgstr ""
"""


def unit_at(tree: etree._ElementTree, line: str) -> etree._Element:
    """po2xliff's unit whose `#:` references include `line`."""
    return next(
        unit
        for unit in tree.iter(f"{XLIFF11}trans-unit")
        if any(c.get("context-type") == "linenumber" and c.text == line for c in unit.iter(f"{XLIFF11}context"))
    )


def test_one_source_under_two_contexts_goes_by_its_references_and_is_never_guessed(tmp_path: Path) -> None:
    po, xlf = tmp_path / "news.po", tmp_path / "tt.xlf"
    po.write_text(CONTEXTS, encoding="utf-8")
    po2xliff(po, xlf)
    assert "credit" not in xlf.read_text(encoding="utf-8")  # po2xliff dropped the msgctxt
    cat_tool(
        xlf, "The park opened in {number_1}.", target="Der Park öffnete {number_1}.", state="translated", approved="yes"
    )
    tree = etree.parse(str(xlf))
    byline = unit_at(tree, "5").get("id")
    credit = unit_at(tree, "26").find(f"{XLIFF11}target")
    credit.text, credit.attrib["state"] = "Bild: Ti Gong", "translated"
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")
    report = import_xliff(xlf, po)
    got = entries(po)
    assert got["credit", "Ti Gong"].msgstr == "Bild: Ti Gong" and got["byline", "Ti Gong"].msgstr == "Ti Gong"
    # po2xliff joined the byline's two comment lines into one note: read back as the same two lines
    assert [u.outcome for u in report.units if u.unit == byline] == ["unchanged"], report.lines()
    assert got["caption", "The park opened in {number_1}."].msgstr == "Der Park öffnete {number_1}."
    # the plural entry's forms are reported, and never land on the singular entries
    plural = [line for line in report.lines() if "plural" in line]
    assert len(plural) == 2 and all(": unmatched: " in line for line in plural), report.lines()
    assert got["label", "{number_1} day"].msgstr == ""
    assert got[None, "{number_1} day"].msgstr_plural == {0: "{number_1} Tag", 1: "{number_1} Tage"}
    assert report.counts["unmatched"] == 2 and "2 unmatched" in report.summary()


def test_references_that_no_longer_fit_leave_both_units_unmatched(tmp_path: Path) -> None:
    """The article was edited after po2xliff ran: the lines moved, so the file no longer says
    which "Ti Gong" is which. Both are reported with their line; neither entry is touched."""
    po, xlf = tmp_path / "news.po", tmp_path / "tt.xlf"
    po.write_text(CONTEXTS, encoding="utf-8")
    po2xliff(po, xlf)
    text = xlf.read_text(encoding="utf-8")
    for line in ("5", "8", "26"):
        text = text.replace(f'"linenumber">{line}<', f'"linenumber">{int(line) + 40}<')
    xlf.write_text(
        text.replace(
            '<target state="translated">Ti Gong</target>', '<target state="translated">Ti Gong (Foto)</target>'
        ),
        encoding="utf-8",
    )
    before = po.read_bytes()
    report = import_xliff(xlf, po)
    ambiguous = [unit for unit in report.units if unit.outcome == "unmatched" and "2 entries" in unit.reason]
    lines = text.splitlines()
    assert len(ambiguous) == 2 and all("<source>Ti Gong</source>" in lines[unit.line] for unit in ambiguous)
    assert all("msgctxt byline, credit" in unit.reason for unit in ambiguous)
    assert po.read_bytes() == before


def test_a_po2xliff_unit_of_a_sentence_changed_since_lands_only_as_a_fuzzy_suggestion(
    project: tuple[Path, Path], tmp_path: Path
) -> None:
    """The file went out; the editor then changed the sentence and `update` merged it (the entry
    keeps the old msgid as `#|`). The translator's text translates the old sentence: it lands
    as a fuzzy suggestion for the new one, `#|` kept, as a unit of our own export would."""
    root, po = project
    seed = root / "seeds" / SEED.name
    text = seed.read_text(encoding="utf-8")
    old = next(e for e in entries(po).values() if e.fuzzy and " the " in e.msgid and text.count(e.msgid) == 1)
    xlf = tmp_path / "tt.xlf"
    po2xliff(po, xlf)
    cat_tool(xlf, old.msgid, target="Übersetzt vor der Änderung.", state="translated", approved="yes")
    new_msgid = old.msgid.replace(" the ", " a ", 1)
    seed.write_text(text.replace(old.msgid, new_msgid), encoding="utf-8")
    assert main(["update", "--root", str(root), "-q"]) == 0
    assert entries(po)[old.msgctxt, new_msgid].previous_msgid == old.msgid
    report = import_xliff(xlf, po)
    moved = [unit for unit in report.units if "its source changed since export" in unit.reason]
    assert len(moved) == 1 and moved[0].outcome == "updated" and not report.counts["unmatched"], report.lines()
    got = entries(po)[old.msgctxt, new_msgid]
    assert (got.msgstr, got.fuzzy, got.previous_msgid) == ("Übersetzt vor der Änderung.", True, old.msgid)


ALT_AND_CAPTION = """\
msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. the image's text alternative, read aloud by screen readers
#: seeds/a.html:543
msgctxt "alt"
msgid "Officers test the new radio on Hahajima."
msgstr ""

#: seeds/a.html:543
msgctxt "caption"
msgid "Officers test the new radio on Hahajima."
msgstr ""
"""


def test_an_images_alt_and_its_caption_on_one_line_go_by_their_notes(tmp_path: Path) -> None:
    """Measured on 36 real pages (po2xliff of each catalog, imported back): 4 of 1,277 units were
    an image's alt and its caption, one text on one line of the page, so the references could
    not tell them apart. The `#.` line po2xliff keeps as a developer note does."""
    po, xlf = tmp_path / "news.po", tmp_path / "tt.xlf"
    po.write_text(ALT_AND_CAPTION, encoding="utf-8")
    po2xliff(po, xlf)
    tree = etree.parse(str(xlf))
    for unit in tree.iter(f"{XLIFF11}trans-unit"):
        alt = unit.find(f"{XLIFF11}note") is not None
        target = unit.find(f"{XLIFF11}target")
        target.text, target.attrib["state"] = (
            ("Alt: " if alt else "Bild: ") + "Beamte testen das Funkgerät.",
            "translated",
        )
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")
    report = import_xliff(xlf, po)
    assert report.counts["updated"] == 2, report.lines()
    got = entries(po)
    assert got["alt", "Officers test the new radio on Hahajima."].msgstr == "Alt: Beamte testen das Funkgerät."
    assert got["caption", "Officers test the new radio on Hahajima."].msgstr == "Bild: Beamte testen das Funkgerät."
