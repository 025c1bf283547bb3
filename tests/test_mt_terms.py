"""Glossary terms through MT (issue 4): protected, restored as the glossary says, with real engines
(pseudo, Apertium en→es, the tiny Argos en→zh model); cache keyed by the terms; retry unprotected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from argos_fixtures import en_zh_installed, packages_dir, tiny_packages, tiny_tool  # noqa: F401
from test_mt_batch import Counting, make_project, msgfmt_check, po_entries

from l10n.locales import parse_locale
from l10n.memory.glossary import GLOSSARY_FILE_NAME, forced_terms, load_glossary
from l10n.mt.base import placeholders
from l10n.mt.batch import translate_project
from l10n.mt.pseudo import PseudoEngine
from l10n.mt.registry import EngineSettings, register_engine
from l10n.mt.terms import TermProtector, cache_model_id, protect_terms, restore_terms
from l10n.project import Project

GLOSSARY_CSV = """term,locale,translation,note,dnt
Baoshan District,es,distrito de Baoshan,,
Baoshan District,de,Bezirk Baoshan,,
Luodian Town,zh_CN,罗店镇,,
Thalys,*,,company,yes
"""
HAS_ENG_SPA = Path("/usr/share/apertium/modes/eng-spa.mode").exists()


def glossary_project(root: Path, sentences: list[str], csv_text: str = GLOSSARY_CSV) -> Project:
    root.mkdir(parents=True, exist_ok=True)
    project = make_project(root, {"art": sentences})
    (project.locales_dir / GLOSSARY_FILE_NAME).write_text(csv_text, encoding="utf-8")
    return project


# --- protection itself ------------------------------------------------------------------------


def test_longest_term_wins_whole_words_only_and_placeholders_untouched() -> None:
    forced = {"Baoshan": "宝山", "Baoshan District": "宝山区", "money": "钱"}
    protected = protect_terms("Baoshanese food in Baoshan District costs {money_1}; Baoshan grows.", forced)
    assert protected.text == "Baoshanese food in {glossary_1} costs {money_1}; {glossary_2} grows."
    assert protected.targets == {"{glossary_1}": "宝山区", "{glossary_2}": "宝山"}


def test_repeated_term_gets_one_token_per_occurrence() -> None:
    protected = protect_terms("Thalys, Thalys and Thalys.", {"Thalys": "Thalys"})
    assert placeholders(protected.text) == ["{glossary_1}", "{glossary_2}", "{glossary_3}"]
    assert restore_terms("{glossary_3}; {glossary_1}; {glossary_2}", protected) == "Thalys; Thalys; Thalys"


def test_target_that_looks_like_a_placeholder_is_not_protected() -> None:
    protected = protect_terms("Acme wins.", {"Acme": "{money_1} Acme"})
    assert protected.text == "Acme wins." and not protected.has_terms


def test_cache_model_id_changes_with_the_terms_applied_to_the_text() -> None:
    old = TermProtector({"Baoshan District": "宝山区", "Thalys": "Thalys"})
    new = TermProtector({"Baoshan District": "宝山地区", "Thalys": "Thalys"})
    district, train = "Baoshan District grows.", "Thalys trains run."
    assert cache_model_id("m", old.protect(district)) != cache_model_id("m", new.protect(district))
    assert cache_model_id("m", old.protect(train)) == cache_model_id("m", new.protect(train)) != "m"
    assert cache_model_id("m", old.protect("No terms here.")) == "m"


def test_project_glossary_row_forms_feed_the_protector(tmp_path: Path) -> None:
    path = tmp_path / GLOSSARY_FILE_NAME
    path.write_text(GLOSSARY_CSV, encoding="utf-8")
    forced = forced_terms(load_glossary(path), locale="es")
    assert forced == {"Baoshan District": "distrito de Baoshan", "Thalys": "Thalys"}


# --- with real engines through translate_project -----------------------------------------------


def test_pseudo_keeps_dnt_and_forced_terms_unaccented(tmp_path: Path) -> None:
    project = glossary_project(tmp_path, ["Thalys opened an office in Baoshan District on {date_1}."])
    de = parse_locale("de")
    report = translate_project(project, locales=[de], domains=["art"], engine_name="pseudo")
    assert report.failed == 0
    [entry] = po_entries(project.po_path(de, "art")).values()
    assert entry.msgstr.startswith("[!! Thalys öþéñéđ ") and "Bezirk Baoshan" in entry.msgstr
    assert "{date_1}" in entry.msgstr and "glossary_" not in entry.msgstr
    msgfmt_check(project.po_path(de, "art"))


@pytest.mark.skipif(not HAS_ENG_SPA, reason="apertium-eng-spa missing")
def test_apertium_spanish_uses_forced_and_dnt_terms(tmp_path: Path) -> None:
    sentences = [
        "Baoshan District is a district of Shanghai.",
        "The Thalys trains stop near Baoshan District, for {money_1}.",
    ]
    project = glossary_project(tmp_path, sentences)
    es = parse_locale("es")
    report = translate_project(project, locales=[es], domains=["art"], engine_name="apertium")
    assert report.failed == 0 and report.locales["es"].terms_unprotected == 0
    entries = po_entries(project.po_path(es, "art"))
    first, second = entries[sentences[0]].msgstr, entries[sentences[1]].msgstr
    assert first.startswith("Distrito de Baoshan ") and "Baoshan Distrito" not in first
    assert "Thalys" in second and "distrito de Baoshan" in second and "{money_1}" in second
    msgfmt_check(project.po_path(es, "art"))


def test_argos_tiny_model_lands_the_chinese_term(tmp_path: Path, en_zh_installed: Path) -> None:  # noqa: F811
    sentence = "Luodian Town is in Baoshan, with {money_1}."
    zh = parse_locale("zh_CN")
    settings = EngineSettings(packages_dir=en_zh_installed)
    (tmp_path / "plain").mkdir()
    without = make_project(tmp_path / "plain", {"art": [sentence]})
    translate_project(without, locales=[zh], domains=["art"], engine_name="argos", settings=settings)
    assert "罗店镇" not in po_entries(without.po_path(zh, "art"))[sentence].msgstr
    project = glossary_project(tmp_path / "glossary", [sentence])
    report = translate_project(project, locales=[zh], domains=["art"], engine_name="argos", settings=settings)
    assert report.failed == 0
    msgstr = po_entries(project.po_path(zh, "art"))[sentence].msgstr
    assert msgstr.startswith("罗店镇") and "宝山" in msgstr and "{money_1}" in msgstr and "Town" not in msgstr
    msgfmt_check(project.po_path(zh, "art"))


register_engine("counting-terms", lambda settings: Counting())


def test_changed_glossary_retranslates_only_the_sentences_with_that_term(tmp_path: Path) -> None:
    sentences = ["Baoshan District grows fast.", "Thalys trains are fast.", "Prices rose again."]
    project = glossary_project(tmp_path, sentences)
    de = parse_locale("de")
    Counting.seen = []
    translate_project(project, locales=[de], domains=["art"], engine_name="counting-terms")
    assert len(Counting.seen) == 3
    glossary_file = project.locales_dir / GLOSSARY_FILE_NAME
    glossary_file.write_text(GLOSSARY_CSV.replace("Bezirk Baoshan", "Stadtbezirk Baoshan"), encoding="utf-8")
    Counting.seen = []
    report = translate_project(
        project, locales=[de], domains=["art"], engine_name="counting-terms", overwrite_fuzzy=True
    )
    assert Counting.seen == ["{glossary_1} grows fast."]
    assert report.locales["de"].cached == 2 and report.locales["de"].translated == 1
    assert "Stadtbezirk Baoshan" in po_entries(project.po_path(de, "art"))[sentences[0]].msgstr


class EatsTermTokens(PseudoEngine):
    """Pseudo that loses every glossary placeholder (as a model might drop an unknown token)."""

    name = "eats-terms"

    def translate_batch(self, texts, *, source, target):
        texts = [re.sub(r"\{glossary_\d+\}", "", t) for t in texts]
        return super().translate_batch(texts, source=source, target=target)


register_engine("eats-terms", lambda settings: EatsTermTokens())


def test_unit_is_retried_without_term_protection_when_a_term_token_is_lost(tmp_path: Path) -> None:
    sentence = "Thalys trains cost {money_1}."
    project = glossary_project(tmp_path, [sentence])
    fr = parse_locale("fr")
    report = translate_project(project, locales=[fr], domains=["art"], engine_name="eats-terms")
    assert report.failed == 0 and report.locales["fr"].terms_unprotected == 1
    msgstr = po_entries(project.po_path(fr, "art"))[sentence].msgstr
    assert msgstr == "[!! Ŧĥàĺýš ŧŕàîñš çöšŧ {money_1}. ~~ !!]"  # the engine's own work, term and all
