"""The glossary: CSV loading, term matching, translator comments, MT forced terms, zh_TW derivation."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.errors import CatalogError
from l10n.memory.glossary import (
    forced_terms,
    glossary_comments,
    glossary_terms_in,
    load_glossary,
    parse_glossary_csv,
    protected_terms,
)
from l10n.model import Unit

REPO = Path(__file__).resolve().parent.parent
PROJECT_GLOSSARY = REPO / "locales" / "glossary.csv"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(PROJECT_GLOSSARY)


def test_the_issue_terms_are_in_the_project_glossary(glossary):
    table = forced_terms(glossary, locale="zh_CN")
    for term, translation in {
        "Baoshan District": "宝山区",
        "Luodian Town": "罗店镇",
        "Shanghai Pharma": "上海医药",
        "Yangtze River Delta": "长三角",
        "Yuan Dynasty": "元朝",
        "Chen Kaixian": "陈凯先",
    }.items():
        assert table[term] == translation
    assert protected_terms(glossary, locale="zh_CN") == {"Thalys", "DiaSorin", "SHINE"}
    assert protected_terms(glossary, locale="de") == {"Thalys", "DiaSorin", "SHINE"}


def test_longest_term_wins_and_words_must_be_whole(glossary):
    unit = Unit(msgid="The North Shanghai Biomedical Industrial Park has been launched in Luodian Town, Shanghaiese.")
    assert [t.term for t in glossary_terms_in(unit, glossary, locale="zh_CN")] == [
        "North Shanghai Biomedical Industrial Park",
        "Luodian Town",
    ]


def test_seed_sentence_with_curly_apostrophe(glossary):
    unit = Unit(msgid="As one of the new projects, the Shanghai Pharma’s Baoshan gigafactory will cover {quantity_1}.")
    assert [t.translation for t in glossary_terms_in(unit, glossary, locale="zh_CN")] == ["上海医药", "宝山"]


def test_comments_for_translators(glossary):
    units = [
        Unit(msgid="leading companies including Thalys and DiaSorin in Baoshan District"),
        Unit(msgid="Top experts were appointed."),
    ]
    comments = glossary_comments(units, "zh_CN", glossary=glossary)
    assert comments == {
        units[0].key: [
            "glossary: Thalys (do not translate)",
            "glossary: DiaSorin (do not translate)",
            "glossary: Baoshan District = 宝山区",
        ]
    }


def test_zh_tw_is_derived_with_opencc(glossary):
    table = forced_terms(glossary, locale="zh_TW")
    assert table["Baoshan District"] == "寶山區"
    assert table["Shanghai Pharma"] == "上海醫藥"
    assert table["Thalys"] == "Thalys"


def test_explicit_zh_tw_row_beats_derivation():
    glossary = parse_glossary_csv("term,locale,translation,note,dnt\nShanghai,zh_CN,上海,,\nShanghai,zh_TW,滬,,\n")
    assert forced_terms(glossary, locale="zh_TW") == {"Shanghai": "滬"}


def test_row_without_translation_is_an_error_with_its_line():
    with pytest.raises(CatalogError) as info:
        parse_glossary_csv("term,locale,translation,note,dnt\nBaoshan,zh_CN,宝山,,\nLuodian,zh_CN,,,\n", path="g.csv")
    assert info.value.line == 3 and "Luodian" in str(info.value)


def test_missing_file_is_an_empty_glossary(tmp_path: Path):
    assert forced_terms(load_glossary(tmp_path / "none.csv"), locale="zh_CN") == {}
