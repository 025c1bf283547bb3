"""TMX 1.4b export/import: our own round trip, Translate Toolkit as an independent reader, hardening."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from l10n.errors import CatalogError
from l10n.memory.tm import TMEntry
from l10n.memory.tmx import read_tmx, write_tmx

ENTRIES = [
    TMEntry(
        "en",
        "zh_CN",
        "Biomedical to become key pillar industry for Baoshan",
        "生物医药将成为宝山支柱产业",
        context="headline",
        origin="000_3e65442673b9006b",
    ),
    TMEntry(
        "en",
        "zh_CN",
        "Despite the pandemic, investment exceeded {money_1} ({money_2}) this year.",
        "尽管疫情，今年投资超过{money_1}（{money_2}）。",
        origin="000_3e65442673b9006b",
    ),
    TMEntry(
        "en",
        "de",
        "Despite the pandemic, investment exceeded {money_1} ({money_2}) this year.",
        "Trotz der Pandemie überstiegen die Investitionen {money_1} ({money_2}).",
        origin="000_3e65442673b9006b",
    ),
    TMEntry("en", "zh_CN", "“Golden Luodian” & <friends>", "“金罗店”与<朋友>", origin="other"),
]


def test_header_has_the_tmx_14b_required_attributes(tmp_path: Path):
    path = tmp_path / "out.tmx"
    assert write_tmx(ENTRIES, path) == 3  # the two locales of one sentence share a <tu>
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    for attribute in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"):
        assert header.get(attribute), attribute
    assert header.get("segtype") == "sentence" and header.get("srclang") == "en"
    assert root.findall(".//ph")[0].text == "{money_1}"


def test_round_trip_through_our_reader(tmp_path: Path):
    path = tmp_path / "out.tmx"
    write_tmx(ENTRIES, path)
    back = read_tmx(path, origin="keep")
    assert sorted((e.target_locale, e.source, e.target, e.context) for e in back) == sorted(
        (e.target_locale, e.source, e.target, e.context) for e in ENTRIES
    )


def test_translate_toolkit_reads_our_tmx(tmp_path: Path):
    from translate.storage import tmx as tt_tmx

    path = tmp_path / "out.tmx"
    write_tmx([e for e in ENTRIES if e.target_locale == "zh_CN"], path)
    store = tt_tmx.tmxfile.parsefile(str(path))
    pairs = {(unit.source, unit.target) for unit in store.units}
    assert pairs == {(e.source, e.target) for e in ENTRIES if e.target_locale == "zh_CN"}
    headline = next(u for u in store.units if u.source.startswith("Biomedical"))
    assert headline.getcontext() == "headline"


def test_we_read_a_tmx_written_by_translate_toolkit(tmp_path: Path):
    from translate.storage import tmx as tt_tmx

    store = tt_tmx.tmxfile(sourcelanguage="en", targetlanguage="zh-CN")
    store.addtranslation("Luodian Town", "en", "罗店镇", "zh-CN")
    store.addtranslation("over {number_1} companies", "en", "超过{number_1}家企业", "zh-CN")
    path = tmp_path / "tt.tmx"
    path.write_bytes(bytes(store))
    back = read_tmx(path)
    assert {(e.source, e.target, e.target_locale) for e in back} == {
        ("Luodian Town", "罗店镇", "zh_CN"),
        ("over {number_1} companies", "超过{number_1}家企业", "zh_CN"),
    }
    assert {e.origin for e in back} == {"tt.tmx"}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol2;</seg></tuv>
<tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>
<tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_are_refused(tmp_path: Path, payload: bytes):
    path = tmp_path / "evil.tmx"
    path.write_bytes(payload)
    with pytest.raises(CatalogError) as info:
        read_tmx(path)
    assert "evil.tmx" in str(info.value)


def test_broken_xml_names_the_line(tmp_path: Path):
    path = tmp_path / "broken.tmx"
    path.write_bytes(b'<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en"/>\n<body><tu>\n</tmx>\n')
    with pytest.raises(CatalogError) as info:
        read_tmx(path)
    assert info.value.line is not None and info.value.line >= 4


def test_cli_tm_import_export_stats(tmp_path: Path):
    import json
    import subprocess
    import sys

    repo = Path(__file__).resolve().parent.parent
    (tmp_path / "locales").mkdir()
    source = tmp_path / "in.tmx"
    write_tmx(ENTRIES, source)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(repo / "workflow.py"), *args, "--root", str(tmp_path)], capture_output=True, text=True
        )

    imported = run("tm", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    assert "4 entries" in imported.stdout
    stats = json.loads(run("tm", "stats", "--json").stdout)
    assert {(row["target_locale"], row["entries"]) for row in stats} == {("de", 1), ("zh_CN", 3)}
    out = tmp_path / "out.tmx"
    assert run("tm", "export", str(out), "--no-sync").returncode == 0
    assert sorted((e.target_locale, e.source, e.target) for e in read_tmx(out)) == sorted(
        (e.target_locale, e.source, e.target) for e in ENTRIES
    )


@pytest.mark.parametrize("tag", ["zh-CN", "zh-Hans-CN", "ZH-cn", "zh_CN"])
def test_a_script_the_region_implies_names_the_same_locale(tmp_path: Path, tag: str):
    from translate.storage import tmx as tt_tmx

    store = tt_tmx.tmxfile(sourcelanguage="en", targetlanguage=tag)
    store.addtranslation("Luodian Town", "en", "罗店镇", tag)
    path = tmp_path / "tt.tmx"
    path.write_bytes(bytes(store))
    assert [(e.target_locale, e.target) for e in read_tmx(path)] == [("zh_CN", "罗店镇")]


def test_traditional_chinese_stays_apart_from_simplified(tmp_path: Path):
    path = tmp_path / "out.tmx"
    write_tmx(
        [TMEntry("en", "zh_TW", "Luodian Town", "羅店鎮"), TMEntry("en", "zh_CN", "Luodian Town", "罗店镇")], path
    )
    langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in etree.parse(str(path)).iter("tuv")]
    assert langs == ["en", "zh-CN", "zh-TW"]
    assert {(e.target_locale, e.target) for e in read_tmx(path)} == {("zh_CN", "罗店镇"), ("zh_TW", "羅店鎮")}
