"""A CAT tool that re-segments an XLIFF 2.0 unit (Okapi, OmegaT and memoQ split at "No." by
their SRX rules) writes the sentence as several `<segment>`s with the space between them in an
`<ignorable>` (XLIFF 2.0 §4.2.2), each segment with its own state. The unit's text is all of its
parts in order, so the file is not refused as "source differs" and the space is not lost from the
target; a unit whose segments are not all confirmed stays a suggestion and never lowers a
reviewed unit. Real CLI, real article, real Apertium; the XLIFF is checked against the official
XSD by the exporter's tests, the edit here is what a re-segmenting tool writes."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def catalog(root: Path) -> Path:
    return root / "locales" / "es" / "LC_MESSAGES" / f"{ARTICLE.stem}.po"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose "No. 6" sentence a person reviewed, exported as XLIFF 2.0."""
    from l10n.model import unit_id

    root = tmp_path_factory.mktemp("segments")
    apertium_es(root, "--no-tm")
    entry = the_unit(root)
    run_l10n(root, "review", "--locale", "es", "--accept", unit_id(entry.msgctxt, entry.msgid))
    run_l10n(root, "xliff", "export", "--locale", "es", "-o", "es.xlf")
    return root


def the_unit(root: Path) -> polib.POEntry:
    found = [e for e in polib.pofile(str(catalog(root))) if "No. 6" in e.msgid and "{" not in e.msgid]
    assert len(found) == 1
    return found[0]


def project_copy(exported: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(exported, root)
    return root


def resegmented(root: Path, parts: str) -> Path:
    """The exported file with the unit's one segment replaced by `parts`."""
    entry = the_unit(root)
    text = (root / "es.xlf").read_text(encoding="utf-8")
    at = text.index(f">{escape(entry.msgid)}</source>")
    start, end = text.rindex("<segment", 0, at), text.index("</segment>", at) + len("</segment>")
    edited = root / "edited.xlf"
    edited.write_text(text[:start] + parts + text[end:], encoding="utf-8")
    return edited


def halves(root: Path) -> tuple[str, str]:
    first, second = the_unit(root).msgid.split("No. ", 1)
    return first + "No.", second


def test_a_sentence_split_in_two_segments_imports_whole(exported: Path, tmp_path: Path) -> None:
    root = project_copy(exported, tmp_path)
    first, second = halves(root)
    wanted = ("Revisado: " + first.replace("No.", "n.º"), second.replace("typhoon", "tifón"))
    edited = resegmented(
        root,
        f'<segment state="final"><source>{escape(first)}</source><target>{escape(wanted[0])}</target></segment>'
        '<ignorable><source xml:space="preserve"> </source></ignorable>'
        f'<segment state="final"><source>{escape(second)}</source><target>{escape(wanted[1])}</target></segment>',
    )
    run_l10n(root, "xliff", "import", str(edited))
    entry = the_unit(root)
    assert entry.msgstr == f"{wanted[0]} {wanted[1]}" and not entry.fuzzy  # the space kept from <ignorable>


def test_a_reordered_target_is_put_where_its_order_says(exported: Path, tmp_path: Path) -> None:
    root = project_copy(exported, tmp_path)
    first, second = halves(root)
    edited = resegmented(
        root,
        f'<segment state="final"><source>{escape(first)}</source><target order="3">UNO</target></segment>'
        "<ignorable><source> </source><target> </target></ignorable>"
        f'<segment state="final"><source>{escape(second)}</source><target order="1">DOS</target></segment>',
    )
    run_l10n(root, "xliff", "import", str(edited))
    assert the_unit(root).msgstr == "DOS UNO"


def test_a_half_confirmed_unit_does_not_lower_the_review(exported: Path, tmp_path: Path) -> None:
    root = project_copy(exported, tmp_path)
    reviewed = the_unit(root)
    first, second = halves(root)
    edited = resegmented(
        root,
        f'<segment state="final"><source>{escape(first)}</source><target>Hecho.</target></segment>'
        "<ignorable><source> </source></ignorable>"
        f'<segment state="initial"><source>{escape(second)}</source><target>a medias</target></segment>',
    )
    run_l10n(root, "xliff", "import", str(edited))
    entry = the_unit(root)
    assert (entry.msgstr, entry.fuzzy) == (reviewed.msgstr, False)


def test_a_target_order_outside_the_unit_is_refused_with_its_line(exported: Path, tmp_path: Path) -> None:
    root = project_copy(exported, tmp_path)
    before = catalog(root).read_bytes()
    first, second = halves(root)
    edited = resegmented(
        root,
        f'<segment state="final"><source>{escape(first)}</source><target order="9">UNO</target></segment>'
        f'<segment state="final"><source>{escape(second)}</source><target>DOS</target></segment>',
    )
    done = run_l10n(root, "xliff", "import", str(edited), allowed=(2,))
    assert "edited.xlf:" in done.stderr and "<target order=" in done.stderr
    assert catalog(root).read_bytes() == before


def test_a_confirmed_segment_without_its_target_is_refused_with_its_line(exported: Path, tmp_path: Path) -> None:
    """Only the first of two `final` segments has a `<target>`: read as confirmed, the unit
    would land reviewed with half its sentence. A segment past `initial` needs its `<target>`."""
    root = project_copy(exported, tmp_path)
    before = catalog(root).read_bytes()
    first, second = halves(root)
    edited = resegmented(
        root,
        f'<segment state="final"><source>{escape(first)}</source><target>Recibido.</target></segment>'
        '<ignorable><source xml:space="preserve"> </source></ignorable>'
        f'<segment state="final"><source>{escape(second)}</source></segment>',
    )
    done = run_l10n(root, "xliff", "import", str(edited), allowed=(2,))
    line = next(n for n, text in enumerate(edited.read_text().splitlines(), 1) if escape(second) in text)
    assert f"edited.xlf:{line}:" in done.stderr and "no <target>" in done.stderr
    assert catalog(root).read_bytes() == before
