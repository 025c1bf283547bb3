"""zh_TW and zh_HK derived from the zh_CN catalog with OpenCC."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
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


COMMITTED_ZH_CN = sorted((Path(__file__).resolve().parent.parent / "locales" / "zh_CN" / "LC_MESSAGES").glob("*.po"))


def test_one_call_per_catalog_converts_as_one_call_per_text() -> None:
    """`convert_all` joins a catalog's msgstrs by a line break for one OpenCC call: on the
    committed (reviewed, real) zh_CN text, and on pairs whose join would make a phrase OpenCC
    converts as a whole (软|件 → 軟體 if matched across the break), the result is per-text's."""
    from l10n.mt.opencc import convert_all, converter

    texts = [entry.msgstr for path in COMMITTED_ZH_CN for entry in polib.pofile(str(path)) if entry.msgstr]
    assert len(texts) > 20
    convert = converter("s2twp").convert
    assert convert("软件") == "軟體" and convert("软") + convert("件") != "軟體"
    tricky = ["软", "件", "信", "息", "鼠标", "内存", "打印机", "{money_1}软", "件{money_2}"]
    for config in ("s2twp", "s2hk"):
        one_by_one = [converter(config).convert(text) for text in texts + tricky]
        assert convert_all(config, texts + tricky) == one_by_one
        assert convert_all(config, texts[:3] + ["第一行\n软件"] + tricky[:2])[3] == converter(config).convert(
            "第一行\n软件"
        )


def derive_both_ways(root: Path, traditional_text: bytes, *, overwrite: bool) -> tuple[str, str]:
    """The zh_TW catalog derived by `derive_traditional_catalog` and by the general path (polib
    reads and writes: read the open units, convert, `apply_suggestions`), dates aside."""
    import re

    from l10n.catalog.po import apply_suggestions, machine_may_fill, read_translations
    from l10n.mt.opencc import simplified_to_traditional_suggestions

    results = []
    for side in ("fast", "general"):
        (root / side).mkdir(parents=True)
        simplified, traditional = root / side / "zh_CN.po", root / side / "zh_TW.po"
        simplified.write_bytes(COMMITTED_ZH_CN[0].read_bytes())
        traditional.write_bytes(traditional_text)
        if side == "fast":
            derive_traditional_catalog(simplified, traditional, config="s2twp", overwrite_fuzzy=overwrite)
        else:
            open_units = {
                key
                for key, t in read_translations(traditional).items()
                if machine_may_fill(t, overwrite_fuzzy=overwrite)
            }
            suggestions, _ = simplified_to_traditional_suggestions(
                read_translations(simplified), config="s2twp", only=open_units
            )
            apply_suggestions(traditional, suggestions, overwrite_fuzzy=overwrite)
        text = traditional.read_text(encoding="utf-8")
        results.append(re.sub(r'"PO-Revision-Date: [^"]*"', "", text))
    return results[0], results[1]


def traditional_variants(tmp_path: Path) -> dict[str, bytes]:
    """zh_TW catalogs of the committed article as they are met: merged fresh from the template,
    the committed one (machine-filled), rewrapped by gettext's own msgcat (no wrap, and 40
    columns), one a translator edited in part, and one with an obsolete entry."""
    import shutil
    import subprocess

    from l10n.catalog.po import update_po

    repo = Path(__file__).resolve().parent.parent
    fresh = tmp_path / "fresh.po"
    update_po(next(repo.glob("locales/*.pot")), fresh, parse_locale("zh_TW"))
    committed = next(repo.glob("locales/zh_TW/LC_MESSAGES/*.po"))
    variants = {"fresh": fresh.read_bytes(), "committed": committed.read_bytes()}
    msgcat = shutil.which("msgcat")
    assert msgcat, "gettext's msgcat is part of the setup (scripts/setup.sh)"
    for name, option in (("no-wrap", "--no-wrap"), ("width 40", "--width=40")):
        done = subprocess.run([msgcat, option, str(committed)], capture_output=True, check=True)
        variants[name] = done.stdout
    edited = polib.pofile(str(committed))
    edited[2].msgstr, edited[2].flags, edited[2].tcomment = "譯者改寫的句子。", [], ""
    edited[3].msgstr = ""
    edited.save(str(tmp_path / "edited.po"))
    variants["edited by a person (polib layout)"] = (tmp_path / "edited.po").read_bytes()
    variants["with an obsolete entry"] = fresh.read_bytes() + b'\n#~ msgid "Gone."\n#~ msgstr "\xe5\xb7\xb2"\n'
    return variants


@pytest.mark.parametrize("overwrite", [False, True])
def test_derivation_writes_the_general_paths_bytes_on_real_catalogs(tmp_path: Path, overwrite: bool) -> None:
    """Whatever the zh_TW catalog's layout, the fast path (fields read by `po_scan`, printed by
    `po_render`) writes what polib's read-modify-write writes."""
    from l10n.catalog.po_scan import scan_catalog

    variants = traditional_variants(tmp_path)
    taken = 0
    for number, (name, text) in enumerate(variants.items()):
        taken += scan_catalog(text) is not None
        fast, general = derive_both_ways(tmp_path / f"{number}", text, overwrite=overwrite)
        assert fast == general, name
    translated = sum(1 for entry in polib.pofile(str(COMMITTED_ZH_CN[0])) if entry.msgstr)
    assert (
        derive_both_ways(tmp_path / "again", variants["fresh"], overwrite=overwrite)[0].count("# mt: opencc")
        == translated
    )
    assert taken >= 4  # the scanner read most of them (the rest went through polib)


def test_catalogs_in_gettext_layout_are_derived_without_polib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path is the one taken for the catalogs `extract`/`update` write (polib's reader
    is made to fail, and the derivation still fills every unit); a catalog the scanner declines
    (an obsolete entry) goes to polib's reader."""
    import shutil
    import subprocess

    from l10n.catalog import pofile, translations

    variants = traditional_variants(tmp_path / "variants")
    (tmp_path / "fresh.po").write_bytes(variants["fresh"])
    rewrapped = [shutil.which("msgcat") or "msgcat", "--width=40", str(tmp_path / "fresh.po")]
    variants["fresh, width 40"] = subprocess.run(rewrapped, capture_output=True, check=True).stdout
    assert variants["fresh, width 40"] != variants["fresh"]

    def refuse(*args, **kwargs):
        raise AssertionError("polib's reader was used")

    monkeypatch.setattr(pofile, "_parse", refuse)
    monkeypatch.setattr(translations, "load_catalog", refuse)
    for name in ("fresh", "fresh, width 40", "with an obsolete entry"):
        (tmp_path / name).mkdir()
        simplified, traditional = tmp_path / name / "zh_CN.po", tmp_path / name / "zh_TW.po"
        simplified.write_bytes(COMMITTED_ZH_CN[0].read_bytes())
        traditional.write_bytes(variants[name])
        if name == "with an obsolete entry":
            with pytest.raises(AssertionError, match="polib's reader"):
                derive_traditional_catalog(simplified, traditional, config="s2twp")
        else:
            assert derive_traditional_catalog(simplified, traditional, config="s2twp") == (25, 0)


def test_a_catalog_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit holds on the fast path too: checked from the file's size, then the general
    reader's one-line error naming the file (l10n.limits)."""
    from l10n.catalog import po_scan, pofile
    from l10n.errors import CatalogError

    paths = catalogs(tmp_path)
    size = paths["zh_TW"].stat().st_size
    monkeypatch.setattr(po_scan, "MAX_CATALOG_BYTES", size - 1)
    monkeypatch.setattr(pofile, "MAX_CATALOG_BYTES", size - 1)
    before = paths["zh_TW"].read_bytes()
    with pytest.raises(CatalogError, match="limit") as refused:
        derive_traditional_catalog(paths["zh_CN"], paths["zh_TW"], config="s2twp")
    assert str(paths["zh_TW"]) in str(refused.value)
    assert paths["zh_TW"].read_bytes() == before
    (tmp_path / "folder.po").mkdir()
    with pytest.raises(CatalogError, match="no such catalog file"):
        derive_traditional_catalog(paths["zh_CN"], tmp_path / "folder.po", config="s2twp")
