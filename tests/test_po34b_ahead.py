"""Fields printed ahead of their entry honour python-brace-format's hold (session 34, po34b).

gettext 0.21 forbids line breaks in the first bytes of every string of a python-brace-format
entry (`po_render.brace_hold`). The writers that print a field before they know its entry —
`po_blocks.read_blocks` (msgid/msgctxt lines printed again), `BlockCatalog.fill` and its
`KeptFields` (msgstr fields by text), `opencc_ahead` (converted msgstrs printed in one call) —
must print such a field as `render_entry` does. Catalogs written by `translate` (pseudo, and
OpenCC for zh_TW on each of its paths) whose strings put a break opportunity in the held span
before a long token are passed through the real `msgcat`, which must give the same bytes back.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from test_mt_batch import make_project

from l10n.catalog import linebreak, po_blocks
from l10n.catalog.po import apply_suggestions
from l10n.catalog.po_render import field_texts
from l10n.extraction import update_catalogs
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.mt.batch import translate_project
from l10n.mt.opencc import derive_traditional_catalog
from l10n.mt.opencc_ahead import convert_ahead
from l10n.mt.registry import EngineSettings

MSGCAT = shutil.which("msgcat")
pytestmark = pytest.mark.skipif(not (MSGCAT and linebreak.exact()), reason="needs gettext + libunistring")

# A break after "A " (before byte 2) is inside `{money_1}`'s hold (bytes 1 to 8): flagged, the
# long word stays on the first line; unflagged, it goes to the next.
HELD = "A " + "b" * 80 + " costs {money_1} this year."
SHORT = "A short one."
HELD_CHINESE = "记 " + "x" * 80 + " 花了{money_1}。"  # its conversion keeps the space in the hold


def msgcat_keeps(path: Path) -> None:
    done = subprocess.run([MSGCAT, str(path)], capture_output=True, text=True, encoding="utf-8")  # type: ignore[list-item]
    assert done.returncode == 0, done.stderr
    assert done.stdout == path.read_text(encoding="utf-8"), f"msgcat re-cuts {path}"


def held_entries(path: Path) -> list[polib.POEntry]:
    """The entries whose strings print otherwise without their python-brace-format flag: what
    makes a test of them fail were the flag ignored."""
    held = []
    for entry in polib.pofile(str(path)):
        assert ("python-brace-format" in entry.flags) == ("{" in entry.msgid), entry.msgid
        strings = [("msgid", entry.msgid), ("msgstr", entry.msgstr)]
        if entry.msgstr and all(field_texts([field]) != field_texts([field], brace=[True]) for field in strings):
            held.append(entry)
    return held


def readings(run):  # noqa: ANN001, ANN201
    """`run()` and each `read_blocks` call's `fields_as_printed` meanwhile (the real reader)."""
    checked: list[bool] = []
    original = po_blocks.read_blocks

    def reading(data: bytes, **options):  # noqa: ANN003, ANN202
        checked.append(options.get("fields_as_printed", False))
        return original(data, **options)

    po_blocks.read_blocks = reading
    try:
        return run(), checked
    finally:
        po_blocks.read_blocks = original


def test_pseudo_on_our_own_bytes_prints_the_held_msgstr(tmp_path: Path) -> None:
    """`update`'s bytes (stamp holds): msgid lines copied, the msgstr printed by `fill`."""
    project = make_project(tmp_path, {"art": [HELD, SHORT]})
    de = parse_locale("de")
    list(update_catalogs(project, domains=["art"], locales=[de]))
    report, checked = readings(lambda: translate_project(project, locales=[de], domains=["art"], engine_name="pseudo"))
    assert report.locales["de"].written == 2 and True in checked
    path = project.po_path(de, "art")
    assert [entry.msgid for entry in held_entries(path)] == [HELD]
    msgcat_keeps(path)


def test_pseudo_on_a_touched_catalog_prints_the_held_msgid_again(tmp_path: Path) -> None:
    """A catalog a person translated after `update`: its msgid lines are printed again
    (`read_blocks`' unprinted fields), the msgstr by `fill`, both of a flagged entry."""
    project = make_project(tmp_path, {"art": [HELD, SHORT]})
    de = parse_locale("de")
    list(update_catalogs(project, domains=["art"], locales=[de]))
    path = project.po_path(de, "art")
    text = path.read_text(encoding="utf-8")
    touched = text.replace(f'msgid "{SHORT}"\nmsgstr ""', f'msgid "{SHORT}"\nmsgstr "Ein kurzer."')
    assert touched != text
    path.write_text(touched, encoding="utf-8")
    report, checked = readings(lambda: translate_project(project, locales=[de], domains=["art"], engine_name="pseudo"))
    assert report.locales["de"].written == 1 and False in checked  # (the fill's reading)
    assert [entry.msgid for entry in held_entries(path)] == [HELD]
    msgcat_keeps(path)


def zh_project(root: Path):  # noqa: ANN202
    """zh_CN and zh_TW catalogs as `update` merged them, zh_CN translated by a machine."""
    project = make_project(root, {"art": [HELD, SHORT]})
    locales = [parse_locale("zh_CN"), parse_locale("zh_TW")]
    list(update_catalogs(project, domains=["art"], locales=locales))
    apply_suggestions(
        project.po_path(locales[0], "art"),
        [Suggestion(None, HELD, HELD_CHINESE, "mt", "test"), Suggestion(None, SHORT, "短句。", "mt", "test")],
    )
    return project, locales


def test_opencc_through_translate_prints_the_held_msgstr(tmp_path: Path) -> None:
    project, locales = zh_project(tmp_path)
    settings = EngineSettings(packages_dir=project.root / "no-packages")
    report = translate_project(project, locales=[locales[1]], domains=["art"], settings=settings)
    assert report.locales["zh_TW"].engine == "opencc s2twp from zh_CN"
    path = project.po_path(locales[1], "art")
    assert [entry.msgid for entry in held_entries(path)] == [HELD]
    msgcat_keeps(path)


@pytest.mark.parametrize("way", ["derived ahead", "twins under the lock", "blocks", "blocks checked"])
def test_opencc_each_way_prints_the_held_msgstr(tmp_path: Path, way: str) -> None:
    """Each path of the derivation: the catalog filled ahead (`_convert_ahead`), filled under the
    lock from the conversions made ahead (`fill_twins`), read as blocks where the twin reading
    declines it (our bytes or not: `BlockCatalog.fill` with the fields printed ahead)."""
    project, locales = zh_project(tmp_path)
    simplified, traditional = (project.po_path(locale, "art") for locale in locales)
    if way.startswith("blocks"):  # a zh_TW block the twin reading declines: a translator's comment
        text = traditional.read_text(encoding="utf-8")
        traditional.write_text(text.replace(f'msgid "{SHORT}"', f'# seen\nmsgid "{SHORT}"'), encoding="utf-8")
    ahead = convert_ahead("s2twp", [(simplified, traditional)])
    assert bool(ahead.derived) == (not way.startswith("blocks"))
    if way == "twins under the lock":
        ahead = dataclasses.replace(ahead, derived={})
    changed, checked = readings(
        lambda: derive_traditional_catalog(
            simplified,
            traditional,
            config="s2twp",
            printed_here=None if way == "blocks checked" else lambda _data: True,
            ahead=ahead,
        )
    )
    assert changed == (2, 0)
    assert bool(checked) == way.startswith("blocks"), checked
    assert [entry.msgid for entry in held_entries(traditional)] == [HELD]
    msgcat_keeps(traditional)
