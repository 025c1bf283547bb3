"""The caches `qa` checks through give what the checks give, and never an answer for other inputs.

`qa.verdicts` keeps the checks' verdicts on a unit per process, keyed on the whole `CheckedUnit`
and the checks run; `checks._has_script_letter` remembers each character's script; `status`
counts a catalog from the translations `qa` made of it. Each is compared with the uncached rule
on the project's real catalogs (`locales/`, ten locales of a real article), and each input a
finding depends on is changed after the unchanged unit was checked: the finding must change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SCRIPT_LANGUAGES

from l10n.catalog.po import load_catalog
from l10n.catalog.translations import catalog_translations
from l10n.locales import TargetLocale
from l10n.memory.glossary import Term
from l10n.qa import check_catalog, check_unit
from l10n.qa.checks import _has_script_letter, checked_scripts, without_placeholders
from l10n.qa.registry import CheckedUnit, all_checks
from l10n.qa.verdicts import verdicts_for
from l10n.status import counted_catalog
from l10n.writing_systems import letter_script

REPO = Path(__file__).resolve().parent.parent
CATALOGS = sorted((REPO / "locales").rglob("*.po"))


def _uncached(unit: CheckedUnit) -> list[tuple[str, str]]:
    return [(item.id, detail) for item, detail in check_unit(unit)]


def _memoised(unit: CheckedUnit) -> list[tuple[str, str]]:
    return [(item.id, detail) for item, _message, detail in verdicts_for(all_checks())(unit)]


def test_the_real_catalogs_have_units() -> None:
    assert len(CATALOGS) == 10
    assert all(len(load_catalog(path)) > 10 for path in CATALOGS)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_a_catalog_checked_twice_finds_what_each_unit_checked_alone_finds(path: Path) -> None:
    locale = TargetLocale(path.parent.parent.name)
    catalog = load_catalog(path)
    expected = []
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        unit = CheckedUnit(entry.msgid, entry.msgstr, locale, entry.msgctxt, entry.fuzzy)
        expected += [(entry.linenum, check, detail) for check, detail in _uncached(unit)]
    for _ in range(2):  # the second time, every unit's verdicts come from the memo
        findings, units = check_catalog(path, locale=locale, catalog=catalog)
        assert [(f.line, f.check, f.detail) for f in findings] == expected
        assert all(f.message == next(c.message for c in all_checks() if c.id == f.check) for f in findings)
    assert units > 10


BASE = CheckedUnit(
    msgid="Sales rose 12% to 4,500 units in Baoshan.",
    msgstr="Los ventas subieron 12% a 4,500 unidades en Baoshan.",
    locale=TargetLocale("es"),
    fuzzy=True,
    terms=(Term("Baoshan", "es", "Baoshan"),),
)
CHANGED = {
    "msgstr": {"msgstr": "Los ventas subieron 13% a 4,500 unidades en Baoshan."},
    "msgid": {"msgid": "Sales rose 15% to 4,500 units in Baoshan."},
    "locale": {"locale": TargetLocale("ja")},
    "terms": {"terms": (Term("Baoshan", "es", "Distrito de Baoshan"),)},
    "mt_failure": {"mt_failure": "placeholders lost"},
    "fuzzy": {"mt_failure": "placeholders lost", "fuzzy": False},
}


@pytest.mark.parametrize("field", list(CHANGED))
def test_a_changed_input_changes_the_verdicts_after_the_unchanged_unit_was_kept(field: str) -> None:
    before = _memoised(BASE)
    assert before == _uncached(BASE)
    changed = CheckedUnit(**{**BASE.__dict__, **CHANGED[field]})
    if field == "fuzzy":  # the failure is reported on the fuzzy unit, settled by a reviewed one
        before = _memoised(CheckedUnit(**{**BASE.__dict__, "mt_failure": "placeholders lost"}))
    assert _memoised(changed) == _uncached(changed) != before


def test_other_checks_are_not_answered_from_the_verdicts_of_all_checks() -> None:
    unit = CheckedUnit("Route 66 reopened.", "La ruta 67 reabrió.", TargetLocale("es"))
    everything = verdicts_for(all_checks())(unit)
    assert "numbers" in {item.id for item, _, _ in everything}
    others = [c for c in all_checks() if c.id != "numbers"]
    assert [item.id for item, _, _ in verdicts_for(others)(unit)] == [
        item.id for item, _ in check_unit(unit, checks=others)
    ]
    assert "numbers" in {item.id for item, _, _ in verdicts_for(all_checks())(unit)}


def test_an_empty_translation_is_asked_only_of_the_checks_that_look_at_empty_ones() -> None:
    unit = CheckedUnit("Sales rose 12%.", "", TargetLocale("ru"), mt_failure="engine refused")
    assert _memoised(unit) == _uncached(unit)
    assert {check for check, _ in _memoised(unit)} == {"untranslated", "mt-failed"}


def _texts() -> list[str]:
    found = []
    for path in CATALOGS:
        for entry in load_catalog(path):
            found += [entry.msgid, entry.msgstr]
    return found


@pytest.mark.parametrize("language", SCRIPT_LANGUAGES)
def test_script_letters_found_by_sets_are_those_a_walk_over_every_character_finds(language: str) -> None:
    scripts = checked_scripts(language)
    for text in _texts():
        chars = set(without_placeholders(text))
        walked = any(c.isalpha() and letter_script(c) in scripts for c in chars)
        assert _has_script_letter(chars, scripts) is walked, text


@pytest.mark.parametrize(
    ("locale", "wrong", "right"),
    [("ja", "Tokyo is large.", "東京 is large."), ("ru", "Moscow is large.", "Москва is large.")],
)
def test_a_script_letter_added_after_the_characters_were_judged_is_found(locale: str, wrong: str, right: str) -> None:
    unit = CheckedUnit("Tokyo is large.", wrong, TargetLocale(locale))
    assert "script" in {check for check, _ in _uncached(unit)}
    assert "script" in {check for check, _ in _uncached(unit)}  # every character judged and kept now
    assert "script" not in {check for check, _ in _uncached(CheckedUnit("Tokyo is large.", right, unit.locale))}
    assert "script" in {check for check, _ in _uncached(CheckedUnit("Tokyo is large.", "Ｔｏｋｙｏ.", unit.locale))}


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_status_counts_from_qa_translations_are_those_counted_from_the_entries(path: Path) -> None:
    catalog = load_catalog(path)
    counted = counted_catalog(catalog)
    assert counted == counted_catalog(catalog, catalog_translations(catalog))
    assert sum(counted[0].values()) > 10


def test_status_counts_follow_the_translations_given() -> None:
    catalog = next(c for c in map(load_catalog, CATALOGS) if any(e.msgstr for e in c))  # one with translations
    translations = catalog_translations(catalog)
    emptied = {key: type(found)("") for key, found in translations.items()}
    units, _words = counted_catalog(catalog, emptied)
    assert units["untranslated"] == len(translations) != counted_catalog(catalog)[0]["untranslated"]


def test_source_words_kept_per_msgid_follow_the_msgid() -> None:
    from l10n.status import source_words

    for _ in range(2):  # the second time every count is the kept one
        for path in CATALOGS:
            for entry in load_catalog(path):
                assert source_words(entry.msgid) == source_words.__wrapped__(entry.msgid)
    assert source_words("Shanghai’s park opened.") == 3
    assert source_words("Shanghai’s park opened on {date_1} to crowds.") == 6


def test_a_long_unit_is_checked_but_not_kept() -> None:
    from l10n.qa.verdicts import UNIT_CHARS_KEPT

    verdicts = verdicts_for(all_checks())
    long_source = "Route 66 reopened. " * (UNIT_CHARS_KEPT // 19 + 1)
    long_unit = CheckedUnit(long_source, long_source.replace("66", "67"), TargetLocale("es"))
    short_unit = CheckedUnit("Route 66 reopened on Monday.", "La ruta 67 reabrió el lunes.", TargetLocale("es"))
    before = verdicts.kept.cache_info().currsize
    assert [(i.id, d) for i, _, d in verdicts(long_unit)] == _uncached(long_unit)
    assert verdicts.kept.cache_info().currsize == before
    assert [(i.id, d) for i, _, d in verdicts(short_unit)] == _uncached(short_unit)
    assert verdicts.kept.cache_info().currsize == before + 1
