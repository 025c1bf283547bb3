"""zh_TW and zh_HK derived from the zh_CN catalog with OpenCC."""

from __future__ import annotations

from pathlib import Path

import polib
from test_mt_batch import make_project, msgfmt_check, po_entries

from l10n.catalog.po import update_po
from l10n.locales import parse_locale
from l10n.mt.opencc import derive_traditional_catalog

SENTENCES = [
    "The software park opened.",
    "Information about {money_1}.",
    "The reviewed sentence.",
    "Not translated in zh_CN.",
]


def catalogs(tmp_path: Path):
    project = make_project(tmp_path, {"art": SENTENCES})
    paths = {}
    for code in ("zh_CN", "zh_TW", "zh_HK"):
        paths[code] = project.po_path(parse_locale(code), "art")
        update_po(project.pot_path("art"), paths[code], parse_locale(code))
    simplified = polib.pofile(str(paths["zh_CN"]))
    for entry, msgstr, fuzzy in zip(
        simplified, ["软件园区开业了。", "关于{money_1}的信息。", "宝山区。"], [True, True, False]
    ):
        entry.msgstr = msgstr
        if fuzzy:
            entry.flags.append("fuzzy")
    simplified.save(str(paths["zh_CN"]))
    return paths


def test_taiwan_phrasing_fuzzy_with_provenance(tmp_path: Path) -> None:
    paths = catalogs(tmp_path)
    written, refused = derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp")
    assert (written, refused) == (3, 0)
    entries = po_entries(paths["zh_TW"])
    assert entries["The software park opened."].msgstr == "軟體園區開業了。"
    assert entries["Information about {money_1}."].msgstr == "關於{money_1}的資訊。"
    assert entries["Not translated in zh_CN."].msgstr == ""
    assert all(e.fuzzy for e in entries.values() if e.msgstr)
    assert "opencc s2twp from zh_CN" in entries["The reviewed sentence."].tcomment
    assert "(reviewed)" in entries["The reviewed sentence."].tcomment
    msgfmt_check(paths["zh_TW"])


def test_hong_kong_uses_s2hk(tmp_path: Path) -> None:
    paths = catalogs(tmp_path)
    derive_traditional_catalog(paths["zh_CN"], paths["zh_HK"], config="s2hk")
    assert po_entries(paths["zh_HK"])["The software park opened."].msgstr == "軟件園區開業了。"


def test_human_traditional_translation_kept(tmp_path: Path) -> None:
    paths = catalogs(tmp_path)
    traditional = polib.pofile(str(paths["zh_TW"]))
    traditional[0].msgstr = "軟體園區正式開幕。"
    traditional.save(str(paths["zh_TW"]))
    written, _ = derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp", overwrite_fuzzy=True)
    assert written == 2
    entry = po_entries(paths["zh_TW"])["The software park opened."]
    assert entry.msgstr == "軟體園區正式開幕。" and not entry.fuzzy


def test_missing_simplified_catalog_writes_nothing(tmp_path: Path) -> None:
    assert derive_traditional_catalog(tmp_path / "none.po", tmp_path / "zh_TW.po", config="s2twp") == (0, 0)
    assert not (tmp_path / "zh_TW.po").exists()


def test_a_catalog_with_nothing_to_fill_leaves_the_simplified_one_unread(tmp_path: Path) -> None:
    paths = catalogs(tmp_path)
    assert derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp")[0] == 3
    traditional = polib.pofile(str(paths["zh_TW"]))
    traditional.find("Not translated in zh_CN.").msgstr = "尚未翻譯。"  # a translator fills the last one
    traditional.save(str(paths["zh_TW"]))
    before = paths["zh_TW"].read_bytes()
    paths["zh_CN"].write_text('msgid "broken\n', encoding="utf-8")  # would fail to parse if read
    assert derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp") == (0, 0)
    assert paths["zh_TW"].read_bytes() == before


def test_one_converter_serves_every_catalog_until_released(tmp_path: Path) -> None:
    from l10n.mt.opencc import converter, release_converters

    release_converters()
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        paths = catalogs(tmp_path / name)
        derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp")
        derive_traditional_catalog(paths["zh_CN"], paths["zh_HK"], config="s2hk")
    assert converter.cache_info().misses == 2 and converter.cache_info().hits == 2
    release_converters()
    assert converter.cache_info().currsize == 0


def test_one_pass_derivation_writes_what_the_general_path_writes(tmp_path: Path) -> None:
    """`derive_traditional_catalog` reads the zh_TW catalog once (`fill_catalog`); the general
    path — read the open units, convert, then `apply_suggestions` — must give the same bytes,
    with a human zh_TW entry, a machine one and an empty one, with and without overwrite."""
    import datetime as dt
    import re

    from l10n.catalog.po import apply_suggestions, machine_may_fill, read_translations
    from l10n.mt.opencc import simplified_to_traditional_suggestions

    def general(simplified: Path, traditional: Path, overwrite: bool) -> None:
        open_units = {
            key for key, t in read_translations(traditional).items() if machine_may_fill(t, overwrite_fuzzy=overwrite)
        }
        suggestions, _ = simplified_to_traditional_suggestions(
            read_translations(simplified), config="s2twp", today=dt.date.today(), only=open_units
        )
        apply_suggestions(traditional, suggestions, overwrite_fuzzy=overwrite)

    def without_date(path: Path) -> str:
        return re.sub(r'"PO-Revision-Date: [^"]*"', "", path.read_text(encoding="utf-8"))

    for overwrite in (False, True):
        for side in ("one", "general"):
            (tmp_path / f"{side}-{overwrite}").mkdir()
        paths = catalogs(tmp_path / f"one-{overwrite}")
        other = catalogs(tmp_path / f"general-{overwrite}")
        for path in (paths["zh_TW"], other["zh_TW"]):
            traditional = polib.pofile(str(path))
            traditional[0].msgstr = "軟體園區正式開幕。"  # a person's
            traditional[1].msgstr = "舊的機器譯文"
            traditional[1].flags.append("fuzzy")
            traditional[1].tcomment = "mt: opencc s2twp from zh_CN 2020-01-01 (fuzzy)"
            traditional.save(str(path))
        derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp", overwrite_fuzzy=overwrite)
        general(other["zh_CN"], other["zh_TW"], overwrite)
        assert without_date(paths["zh_TW"]) == without_date(other["zh_TW"])
        assert ("機器" in without_date(paths["zh_TW"])) is not overwrite
