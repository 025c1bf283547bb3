"""XLIFF 1.2/2.0 export and import (l10n/catalog/xliff*.py) and hardened XML (xmlsafe.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from catalog_support import make_catalogs, msgfmt_check, seed_units, tricky_units
from lxml import etree

from l10n.catalog.po import apply_suggestions, read_translations
from l10n.catalog.xliff import export_xliff, read_xliff, xliff_target
from l10n.catalog.xliff_import import import_xliff
from l10n.catalog.xmlsafe import parse_xml_bytes
from l10n.errors import CatalogError
from l10n.model import Suggestion

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
MONEY = tricky_units()[0]
LINK = tricky_units()[5]


@pytest.fixture
def catalogs(tmp_path: Path):
    units = tricky_units() + seed_units()
    _, po, locale = make_catalogs(tmp_path, units, locale="zh_CN")
    apply_suggestions(
        po, [Suggestion(None, MONEY.msgid, "今年投资超过{money_1}（{money_2}）。", "mt", "argos en->zh 1.9")]
    )
    return po, locale, units


def test_xliff20_is_structurally_valid(tmp_path: Path, catalogs) -> None:
    po, locale, units = catalogs
    out = tmp_path / "out.xlf"
    assert export_xliff(po, out, locale=locale, version="2.0") == len(units)
    root = etree.fromstring(out.read_bytes())
    assert root.tag == f"{{{XLIFF20}}}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "zh-CN")
    file = root.find(f"{{{XLIFF20}}}file")
    assert file.get("id") and file.get("original") == "zh_CN/LC_MESSAGES/article.po"
    unit_ids = [u.get("id") for u in file.iter(f"{{{XLIFF20}}}unit")]
    assert unit_ids == [u.id for u in units]
    for unit in file.iter(f"{{{XLIFF20}}}unit"):
        segment = unit.find(f"{{{XLIFF20}}}segment")
        assert segment.find(f"{{{XLIFF20}}}source") is not None
        assert segment.get("state") in ("initial", "translated", "reviewed")
        assert segment.get("subState") is None or segment.get("state") is not None


def test_xliff12_is_structurally_valid_and_readable_by_translate_toolkit(tmp_path: Path, catalogs) -> None:
    from translate.storage import xliff

    po, locale, units = catalogs
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="1.2")
    root = etree.fromstring(out.read_bytes())
    assert (root.tag, root.get("version")) == (f"{{{XLIFF12}}}xliff", "1.2")
    file = root.find(f"{{{XLIFF12}}}file")
    for attribute in ("original", "source-language", "target-language", "datatype"):
        assert file.get(attribute), attribute
    store = xliff.xlifffile.parsestring(out.read_bytes())
    ids = [u.getid().split("\x04")[-1] for u in store.units]  # the toolkit prefixes the file original
    assert ids == [u.id for u in units]
    plain = dict(zip(ids, (u.source for u in store.units), strict=True))
    assert plain[seed_units()[3].id] == seed_units()[3].msgid


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_placeholders_show_their_original_text(tmp_path: Path, catalogs, version: str) -> None:
    po, locale, _ = catalogs
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    text = out.read_text(encoding="utf-8")
    if version == "2.0":
        assert '<ph id="money_1" equiv="{money_1}" disp="10 billion yuan"/>' in text
        assert '<sc id="a_1" equiv="{a_1}"' in text and '<ec startRef="a_1" equiv="{a_1_end}"/>' in text
    else:
        assert '<ph id="money_1" ctype="x-money" equiv-text="{money_1}">{money_1}</ph>' in text
        assert '<bpt id="a_1" rid="a_1" ctype="x-html-a" equiv-text="{a_1}">{a_1}</bpt>' in text
        assert '<ept id="a_1_end" rid="a_1" equiv-text="{a_1_end}">{a_1_end}</ept>' in text
    plain = re.sub(r"<(ph|bpt|ept)\b[^>]*>[^<]*</\1>|<[^>]+>", "", text)
    assert "{money_1}" not in plain, "placeholders are inline codes, not text"


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_cat_tool_edits_come_back_as_reviewed_human_work(tmp_path: Path, catalogs, version: str) -> None:
    po, locale, _ = catalogs
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    ns = XLIFF20 if version == "2.0" else XLIFF12
    root = etree.fromstring(out.read_bytes())
    for unit in root.iter(f"{{{ns}}}unit", f"{{{ns}}}trans-unit"):
        if unit.get("id") == MONEY.id:
            if version == "2.0":
                segment = unit.find(f"{{{ns}}}segment")
                segment.set("state", "final")
                target = segment.find(f"{{{ns}}}target")
            else:
                target = unit.find(f"{{{ns}}}target")
                target.set("state", "signed-off")
            target[0].tail = "（今年）"  # the translator edits text between the codes
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert xliff_target(out) == (locale, "article")
    assert import_xliff(out, po).changed == 1
    got = read_translations(po)[(None, MONEY.msgid)]
    assert got.msgstr == "今年投资超过{money_1}（今年）{money_2}）。"
    assert (got.fuzzy, got.origin) == (False, "human")
    assert "reviewed-from: mt: argos en->zh 1.9" in po.read_text(encoding="utf-8")
    assert import_xliff(out, po).changed == 0
    msgfmt_check(po)


def test_import_refuses_units_the_catalog_does_not_have(tmp_path: Path, catalogs) -> None:
    po, locale, _ = catalogs
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="2.0")
    text = out.read_text(encoding="utf-8").replace(f'<unit id="{LINK.id}"', '<unit id="u000000000000"')
    text = text.replace("Ti Gong</source>", "Ti Gong!</source>", 1)
    out.write_text(text, encoding="utf-8")
    before = po.read_bytes()
    with pytest.raises(CatalogError) as caught:
        import_xliff(out, po)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "Ti Gong!" in l or "u000000000000" in l)
    assert caught.value.line is not None and caught.value.line <= line
    assert caught.value.unit in ("u000000000000", tricky_units()[1].id)
    assert po.read_bytes() == before, "nothing is written when any unit is refused"


def test_import_refuses_a_changed_source_text(tmp_path: Path, catalogs) -> None:
    po, locale, _ = catalogs
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="1.2")
    out.write_text(
        out.read_text(encoding="utf-8").replace("Ti Gong</source>", "Ti  Gong</source>", 1), encoding="utf-8"
    )
    with pytest.raises(CatalogError, match="source text differs") as caught:
        import_xliff(out, po)
    assert caught.value.unit == tricky_units()[1].id and caught.value.line


def test_foreign_2_0_markup_pc_and_mrk_is_understood(tmp_path: Path, catalogs) -> None:
    po, _, _ = catalogs
    xml = f"""<?xml version="1.0"?>
<xliff xmlns="{XLIFF20}" version="2.0" srcLang="en" trgLang="zh-CN">
 <file id="x" original="zh_CN/LC_MESSAGES/article.po">
  <unit id="{LINK.id}"><segment state="reviewed">
   <source>Click <pc id="a_1">here</pc> to read.</source>
   <target>点击<pc id="a_1"><mrk id="m1" translate="yes">这里</mrk></pc>阅读。</target>
  </segment></unit>
 </file>
</xliff>"""
    path = tmp_path / "foreign.xlf"
    path.write_text(xml, encoding="utf-8")
    assert import_xliff(path, po).changed == 1
    got = read_translations(po)[(None, LINK.msgid)]
    assert (got.msgstr, got.fuzzy) == ("点击{a_1}这里{a_1_end}阅读。", False)


def test_an_empty_1_2_target_in_state_new_is_untranslated(tmp_path: Path, catalogs) -> None:
    po, locale, units = catalogs
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="1.2")
    _, document = read_xliff(out)
    states = {u.id: u.state for u in document.units}
    assert states[MONEY.id] == "fuzzy" and states[units[1].id] == "new"
    assert import_xliff(out, po).changed == 0


@pytest.mark.parametrize("name", ["billion_laughs.xlf", "external_entity.xlf"])
def test_entity_declarations_are_refused(tmp_path: Path, catalogs, data_dir: Path, name: str) -> None:
    po, _, _ = catalogs
    path = data_dir / "catalog" / name
    with pytest.raises(CatalogError) as caught:
        import_xliff(path, po)
    assert str(caught.value) == f"{path}:3: DTD entity declarations are not allowed"


def test_entity_declarations_in_utf16_are_refused_too(data_dir: Path) -> None:
    data = (data_dir / "catalog" / "external_entity.xlf").read_text(encoding="utf-8")
    encoded = data.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(CatalogError, match="entity declarations"):
        parse_xml_bytes(encoded, path="utf16.xlf")


def test_broken_xml_names_its_line(data_dir: Path, catalogs) -> None:
    po, _, _ = catalogs
    with pytest.raises(CatalogError, match="not well-formed") as caught:
        import_xliff(data_dir / "catalog" / "broken.xlf", po)
    assert caught.value.line == 5


def test_doctype_without_declarations_is_accepted_and_not_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY leak "LEAKED">', encoding="utf-8")
    data = f'<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "{secret.as_uri()}"><tmx version="1.4"><body/></tmx>'
    root = parse_xml_bytes(data.encode(), path="memory.tmx")
    assert root.tag == "tmx" and b"LEAKED" not in etree.tostring(root)


def test_not_xliff_is_refused(tmp_path: Path, catalogs) -> None:
    po, _, _ = catalogs
    path = tmp_path / "other.xml"
    path.write_text('<?xml version="1.0"?>\n<tmx version="1.4"/>', encoding="utf-8")
    with pytest.raises(CatalogError, match="not an XLIFF"):
        import_xliff(path, po)
