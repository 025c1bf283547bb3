"""What the publish gate reads of qa (`qa.errors_record`: the summary first, the whole record
for a catalog with an error): the units it holds equal what the whole record and the checks
themselves hold, and a summary that is missing, stale or malformed is never taken as "no
errors" (fail closed: the whole record, or the checks, decide instead).

The articles are real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) written by
`bench/chain.py`'s `build_corpus`; de and ja are pseudo-translated (placeholder and script
errors), fr is left untranslated.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import opened_copy, pseudo_translated_project

from l10n.assemble.gate import Gate, held_units
from l10n.catalog.po import read_translations
from l10n.locales import parse_locale
from l10n.memory.glossary import project_glossary
from l10n.memory.stamps import StampLookup
from l10n.project import Project
from l10n.qa import QA_STAGE, QA_SUMMARY_STAGE, check_catalog, recorded_errors, run_qa

TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]
ARTICLES = 8


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("qa-errors") / "project"
    pseudo_translated_project(root, ARTICLES, locales=LOCALES, translated=TRANSLATED)
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Project:
    project = opened_copy(built, tmp_path / "project")
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)  # after the copy: stamps hold stats
    return project


def _catalogs(project: Project) -> list[tuple[str, str]]:
    return [(locale.code, domain) for locale in LOCALES for domain in project.domains()]


def _checked(project: Project, code: str, domain: str) -> dict:
    """What the gate must hold for a catalog, from every finding `check_catalog` makes now."""
    locale = parse_locale(code)
    po = project.po_path(locale, domain)
    found, _ = check_catalog(po, locale=locale, glossary=project_glossary(project), domain=domain)
    return held_units(read_translations(po), found)


def _rows(project: Project, stage: str, sql: str, *args) -> None:
    with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
        db.execute(sql.replace("{stage}", "?"), (stage, *args))


def test_the_summary_first_read_holds_what_the_whole_record_and_the_checks_hold(project):
    lookup, summary = StampLookup(project, QA_STAGE), StampLookup(project, QA_SUMMARY_STAGE)
    held_somewhere = without_errors = 0
    for code, domain in _catalogs(project):
        locale = parse_locale(code)
        fast = recorded_errors(project, lookup, locale=locale, domain=domain, summary=summary)
        whole = recorded_errors(project, lookup, locale=locale, domain=domain)
        assert fast is not None and fast == whole and list(fast) == list(whole), (code, domain)
        gated = Gate.for_project(project).gated_translations(
            project.po_path(locale, domain), locale=locale, domain=domain
        )
        assert list(gated[1].items()) == list(_checked(project, code, domain).items()), (code, domain)
        held_somewhere += len(gated[1])
        without_errors += not whole
    assert held_somewhere  # pseudo-translation breaks scripts and values: not a comparison of empty dicts
    assert without_errors  # and some catalogs are answered by their summary alone


def test_a_catalog_whose_summary_shows_no_error_is_not_read_further(project):
    """With the whole record gone, a fresh summary without an error check still answers (the
    shortcut is taken); a catalog with errors is then checked by the gate itself."""
    _rows(project, QA_STAGE, "DELETE FROM stamp WHERE stage = {stage}")
    lookup, summary = StampLookup(project, QA_STAGE), StampLookup(project, QA_SUMMARY_STAGE)
    answered = 0
    for code, domain in _catalogs(project):
        locale = parse_locale(code)
        assert recorded_errors(project, lookup, locale=locale, domain=domain) is None
        fast = recorded_errors(project, lookup, locale=locale, domain=domain, summary=summary)
        assert fast is None or (fast == {} and not _checked(project, code, domain))
        answered += fast is not None
        assert Gate.for_project(project).gated_translations(
            project.po_path(locale, domain), locale=locale, domain=domain
        )[1] == _checked(project, code, domain)
    assert answered


def _held_catalog(project: Project) -> tuple[str, str]:
    return next((c, d) for c, d in _catalogs(project) if _checked(project, c, d))


@pytest.mark.parametrize(
    "tamper",
    [
        "not json",
        "another shape",
        "an unknown check",
        "a row of another shape",
        "no errors, for another state",
    ],
)
def test_a_stale_or_malformed_summary_is_not_taken_for_no_errors(project, tamper):
    """Each tampered summary says "no errors" or cannot be read: were it taken as it claims, the
    catalog's held units would publish. The gate must hold exactly what the checks hold."""
    code, domain = _held_catalog(project)
    key = f"{code}/{domain}"
    payloads = {
        "not json": "[",
        "another shape": json.dumps([3, "x.po"]),
        "an unknown check": json.dumps([3, "x.po", [["no-such-check", "warning", 1]]]),
        "a row of another shape": json.dumps([3, "x.po", [["end-punctuation"]]]),
    }
    if tamper == "no errors, for another state":
        _update(project, key, json.dumps([3, "x.po", []]), state="stale")
    else:
        _update(project, key, payloads[tamper])
    expected = _checked(project, code, domain)
    assert expected
    locale = parse_locale(code)
    gate = Gate.for_project(project)
    assert gate.gated_translations(project.po_path(locale, domain), locale=locale, domain=domain)[1] == expected
    # and with the whole record gone too, the gate checks the catalog itself
    _rows(project, QA_STAGE, "DELETE FROM stamp WHERE stage = {stage}")
    gate = Gate.for_project(project)
    assert gate.gated_translations(project.po_path(locale, domain), locale=locale, domain=domain)[1] == expected


def test_a_summary_of_warnings_alone_is_taken_for_no_errors(project):
    """The other side of the shortcut, so the tampering test above cannot pass by never taking
    it: a fresh summary that counts only warnings answers "nothing held", whatever the whole
    record says (it is not read)."""
    code, domain = _held_catalog(project)
    _update(project, f"{code}/{domain}", json.dumps([3, "x.po", [["end-punctuation", "warning", 1]]]))
    locale = parse_locale(code)
    lookup, summary = StampLookup(project, QA_STAGE), StampLookup(project, QA_SUMMARY_STAGE)
    assert recorded_errors(project, lookup, locale=locale, domain=domain, summary=summary) == {}
    assert recorded_errors(project, lookup, locale=locale, domain=domain)  # the whole record holds some


def _update(project: Project, key: str, payload: str, *, state: str | None = None) -> None:
    with sqlite3.connect(project.locales_dir / ".stamps.sqlite3") as db:
        if state is None:
            db.execute("UPDATE stamp SET payload = ? WHERE stage = ? AND key = ?", (payload, QA_SUMMARY_STAGE, key))
        else:
            db.execute(
                "UPDATE stamp SET payload = ?, state = ? WHERE stage = ? AND key = ?",
                (payload, state, QA_SUMMARY_STAGE, key),
            )
        assert db.total_changes == 1


def test_an_edited_catalog_is_checked_again_not_served_its_summary(project):
    code, domain = _held_catalog(project)
    locale = parse_locale(code)
    po = project.po_path(locale, domain)
    po.write_text(po.read_text(encoding="utf-8").replace("{", "{{x", 1), encoding="utf-8")
    summary = StampLookup(project, QA_SUMMARY_STAGE)
    assert (
        recorded_errors(project, StampLookup(project, QA_STAGE), locale=locale, domain=domain, summary=summary) is None
    )
    gate = Gate.for_project(project)
    assert gate.gated_translations(po, locale=locale, domain=domain)[1] == _checked(project, code, domain)
