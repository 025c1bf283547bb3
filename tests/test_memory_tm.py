"""The SQLite TM: exact and fuzzy leverage, placeholders mapped by name, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.memory.tm import (
    EXACT_SCORE,
    TMEntry,
    TranslationMemory,
    is_exact_match,
    leverage,
    map_placeholders,
)
from l10n.model import Unit

INVESTMENT_EN = "As one of the new projects, the Shanghai Pharma’s Baoshan gigafactory, with a total investment of {money_1}, will cover {quantity_1}."
INVESTMENT_ZH = "作为新项目之一，上海医药宝山超级工厂总投资{money_1}，占地{quantity_1}。"


@pytest.fixture
def tm(tmp_path: Path):
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.add(
            [
                TMEntry("en", "zh_CN", INVESTMENT_EN, INVESTMENT_ZH, origin="000_3e65442673b9006b"),
                TMEntry("en", "zh_CN", "Ti Gong", "提供", context="credit", origin="000_3e65442673b9006b"),
                TMEntry("en", "de", "Ti Gong", "Ti Gong", context="credit", origin="000_3e65442673b9006b"),
            ]
        )
        yield memory


def _leverage_one(tm: TranslationMemory, unit: Unit, locale: str = "zh_CN"):
    found = leverage(tm, [unit], source_locale="en", target_locale=locale)
    return found[0] if found else None


def test_exact_match_in_same_context_is_exact(tm):
    suggestion = _leverage_one(tm, Unit(msgid="Ti Gong", msgctxt="credit"))
    assert suggestion.msgstr == "提供"
    assert suggestion.score == EXACT_SCORE and is_exact_match(suggestion)
    assert suggestion.provenance == "100% from 000_3e65442673b9006b (credit)"


def test_same_text_in_other_context_is_only_fuzzy(tm):
    suggestion = _leverage_one(tm, Unit(msgid="Ti Gong", msgctxt="caption"))
    assert suggestion.msgstr == "提供"
    assert not is_exact_match(suggestion)
    assert suggestion.score < EXACT_SCORE


def test_fuzzy_match_with_other_amounts_keeps_the_new_placeholders(tm):
    # Another article: different amounts and areas, renumbered placeholders, a word changed.
    new = (
        "As one of the new projects, the Shanghai Pharma’s Baoshan gigafactory, with a total investment "
        "of {money_2}, will cover {quantity_3}."
    )
    suggestion = _leverage_one(tm, Unit(msgid=new))
    assert suggestion is not None and not is_exact_match(suggestion)
    assert suggestion.msgstr == "作为新项目之一，上海医药宝山超级工厂总投资{money_2}，占地{quantity_3}。"
    assert suggestion.provenance.startswith(f"{suggestion.score:.0f}% from 000_3e65442673b9006b")


def test_fuzzy_match_with_changed_wording_is_scored_below_exact(tm):
    new = "As one of the new projects, the Baoshan gigafactory, with a total investment of {money_1}, will cover {quantity_1}."
    suggestion = _leverage_one(tm, Unit(msgid=new))
    assert 75 <= suggestion.score < 99
    assert "{money_1}" in suggestion.msgstr and "{quantity_1}" in suggestion.msgstr


def test_match_whose_placeholders_cannot_land_is_not_offered(tm):
    new = "As one of the new projects, the Shanghai Pharma’s Baoshan gigafactory, with a total investment of {money_1}, will cover land."
    assert _leverage_one(tm, Unit(msgid=new)) is None


def test_below_threshold_and_other_locale_give_nothing(tm):
    assert _leverage_one(tm, Unit(msgid="The weather in Baoshan was mild on Sunday.")) is None
    assert _leverage_one(tm, Unit(msgid="Ti Gong", msgctxt="credit"), locale="fr") is None


def test_threshold_is_configurable(tm):
    new = "As one of the projects, a Baoshan gigafactory with an investment of {money_1} covers {quantity_1}."
    assert leverage(tm, [Unit(msgid=new)], source_locale="en", target_locale="zh_CN", threshold=95) == []
    assert leverage(tm, [Unit(msgid=new)], source_locale="en", target_locale="zh_CN", threshold=60)


def test_entries_persist_and_update_in_place(tmp_path: Path):
    path = tmp_path / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        assert memory.add([TMEntry("en", "zh_CN", "Shanghai", "上海")]) == 1
        assert memory.add([TMEntry("en", "zh_CN", "Shanghai", "上海")]) == 0
        assert memory.add([TMEntry("en", "zh_CN", "Shanghai", "上海市")]) == 1
    with TranslationMemory(path) as memory:
        assert [e.target for e in memory.entries()] == ["上海市"]
        assert [(s.target_locale, s.entries) for s in memory.stats()] == [("zh_CN", 1)]


def test_wal_mode_is_on(tmp_path: Path):
    import sqlite3

    TranslationMemory(tmp_path / "tm.sqlite3").close()
    with sqlite3.connect(tmp_path / "tm.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_tag_pairs_map_by_name():
    assert (
        map_placeholders(
            tm_source="See {a_1}Baoshan{a_1_end}",
            tm_target="见{a_1}宝山{a_1_end}",
            new_source="Visit {a_2}Baoshan{a_2_end}",
        )
        == "见{a_2}宝山{a_2_end}"
    )


# --- the TM against real catalogs: the seed's reviewed zh_CN leveraged into a second article ---

REFERENCE_PO = Path(__file__).resolve().parent.parent / "locales" / "zh_CN" / "LC_MESSAGES" / "000_3e65442673b9006b.po"


@pytest.fixture
def two_articles(project_root: Path):
    """The seed with its reviewed zh_CN catalog, plus a follow-up article reusing its sentences."""
    from l10n.extraction import extract_article, update_catalogs
    from l10n.locales import parse_locale
    from l10n.project import Project

    seed = next((project_root / "seeds").glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    follow_up = (
        text.replace("5\u00a0billion yuan", "8\u00a0billion yuan")
        .replace("5 billion yuan", "8 billion yuan")
        .replace("530,000 square meters", "610,000 square meters")
        .replace(
            "will become a biopharmaceutical industrial base", "will soon become a biopharmaceutical industrial base"
        )
    )
    (project_root / "seeds" / "follow_up.txt").write_text(follow_up, encoding="utf-8")
    project = Project.open(project_root)
    for path in sorted((project_root / "seeds").glob("*.txt")):
        extract_article(project, path)
    zh = parse_locale("zh_CN")
    list(update_catalogs(project, domains=project.domains(), locales=[zh]))
    project.po_path(zh, seed.stem).write_bytes(REFERENCE_PO.read_bytes())
    return project, zh


def test_leverage_project_fills_exact_as_reviewed_and_fuzzy_as_fuzzy(two_articles):
    from l10n.catalog.po import read_translations
    from l10n.memory.catalog_sync import tm_path
    from l10n.memory.leverage import leverage_project

    project, zh = two_articles
    report = leverage_project(project, locales=[zh], domains=project.domains())
    assert tm_path(project).is_file()
    follow_up = read_translations(project.po_path(zh, "follow_up"))
    headline = follow_up[("headline", "Biomedical to become key pillar industry for Baoshan")]
    assert headline.msgstr == "生物医药将成为宝山支柱产业" and headline.is_reviewed

    investment = [t for (ctx, msgid), t in follow_up.items() if "gigafactory" in msgid][0]
    assert investment.msgstr == "作为新项目之一，上海医药宝山超级工厂总投资{money_1}，占地{quantity_1}。"
    assert investment.is_reviewed  # other amounts, same placeholder text: an exact match

    base = [(msgid, t) for (ctx, msgid), t in follow_up.items() if "Guosheng biomedical" in msgid][0]
    assert "soon" in base[0]
    assert base[1].fuzzy and base[1].origin == "tm"
    assert base[1].msgstr == "占地{quantity_1}的国盛生物医药产业园将建成生物制药产业基地。"
    assert "% from 000_3e65442673b9006b" in base[1].provenance
    assert report.locales["zh_CN"].fuzzy == 1
    assert report.locales["zh_CN"].exact == len(follow_up) - 1


def test_leverage_never_touches_human_work(two_articles):
    from l10n.catalog.po import read_translations
    from l10n.memory.leverage import leverage_project

    project, zh = two_articles
    seed_po = project.po_path(zh, "000_3e65442673b9006b")
    before = seed_po.read_bytes()
    leverage_project(project, locales=[zh], domains=project.domains())
    assert seed_po.read_bytes() == before
    assert all(t.is_reviewed for t in read_translations(seed_po).values())


def test_tm_import_of_a_po_and_export_to_tmx(two_articles, tmp_path: Path):
    from translate.storage import tmx as tt_tmx

    from l10n.memory.catalog_sync import open_project_tm
    from l10n.memory.tm_files import import_into_tm
    from l10n.memory.tmx import write_tmx

    project, _ = two_articles
    assert import_into_tm(project, REFERENCE_PO) == (25, 0)
    with open_project_tm(project) as tm:
        entries = list(tm.entries())
    out = tmp_path / "export.tmx"
    write_tmx(entries, out)
    store = tt_tmx.tmxfile.parsefile(str(out))
    assert ("Biomedical to become key pillar industry for Baoshan", "生物医药将成为宝山支柱产业") in {
        (u.source, u.target) for u in store.units
    }
