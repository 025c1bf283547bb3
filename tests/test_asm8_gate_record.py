"""The publish gate's record (`l10n.qa.gate_record`): the units `qa` recorded as held are the
units the gate holds when it checks each catalog itself, and a record made for other inputs — a
PO edited since (even in the same clock tick, at the same size), another glossary or MT failure
log, another version of the code, another catalog's row, a corrupt row — is never taken.

The articles are real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) written by
`bench/chain.py`'s `build_corpus`; de and ja are pseudo-translated (MT provenance, fuzzy, the
errors the gate holds: ja's script check fails on every unit), fr is left untranslated, and one
de unit is reviewed, one de and one ja unit left as a person's unfinished fuzzy edit.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import opened_copy, pseudo_translated_project

from l10n.assemble.gate import Gate, held_units
from l10n.catalog.po import read_translations
from l10n.catalog.translations import mark_reviewed
from l10n.locales import parse_locale
from l10n.memory.compiled import COMPILED_FILE_NAME, CompiledTranslations, compiled_key
from l10n.project import Project
from l10n.qa import check_catalog, run_qa, shared_inputs
from l10n.qa.gate_record import (
    FORMAT,
    GATE_FILE_NAME,
    GateRecord,
    decode_held,
    encode_held,
    gate_key,
    shared_digest,
)

REPO = Path(__file__).resolve().parent.parent
TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gate-record") / "project"
    project, domains = pseudo_translated_project(root, 8, locales=LOCALES, translated=TRANSLATED, one_reviewed=True)
    for locale in TRANSLATED:  # ja's other units are held for errors: the held units out of order
        _unfinish(project.po_path(locale, domains[1]))
    return root


def _unfinish(po: Path) -> None:
    """The last machine unit turned into a person's fuzzy edit: its `mt:` provenance line
    dropped (the gate lists it before the units held for errors, out of the catalog's order)."""
    lines = po.read_text(encoding="utf-8").split("\n")
    index = max(i for i, line in enumerate(lines) if line.startswith("# mt:"))
    del lines[index]
    po.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Project:
    project = opened_copy(built, tmp_path / "project")
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    return project


def _catalogs(project: Project) -> list[tuple]:
    return [(locale, domain, project.po_path(locale, domain)) for locale in LOCALES for domain in project.domains()]


def _checking_gate(project: Project) -> Gate:
    """The gate that takes nothing from qa: it parses and checks every catalog itself."""
    gate = Gate.for_project(project)
    gate.compiled = gate.record = gate.qa_lookup = gate.qa_summary = None
    return gate


def _record_row(project: Project, locale, domain: str, po: Path) -> dict | None:
    """What the gate takes from the record for this catalog as it is now, or None."""
    data = po.read_bytes()
    translations = CompiledTranslations(project.state_file(COMPILED_FILE_NAME)).lookup(po, compiled_key(data))
    if translations is None:
        return None
    key = gate_key(compiled_key(data), shared_digest(shared_inputs(project)) or b"", locale.code, domain)
    return GateRecord(project.state_file(GATE_FILE_NAME)).lookup(po, key, translations)


def test_the_recorded_held_units_are_what_checking_each_catalog_gives(project: Project) -> None:
    gate, checking = Gate.for_project(project), _checking_gate(project)
    reasons = set()
    for locale, domain, po in _catalogs(project):
        recorded = _record_row(project, locale, domain, po)
        assert recorded is not None, (locale.code, domain)  # every catalog qa checked has its row
        got = gate.gated_translations(po, locale=locale, domain=domain)
        expected = checking.gated_translations(po, locale=locale, domain=domain)
        assert list(got[0].items()) == list(expected[0].items())
        assert list(got[1].items()) == list(expected[1].items()) == list(recorded.items())  # same units, same order
        reasons |= set(expected[1].values())
    assert {"unfinished human edit"} <= reasons and any(reason.startswith("qa: ") for reason in reasons)


def test_held_units_survive_encoding_on_real_catalogs() -> None:
    """The repository's catalogs and the real ones under tests/data, checked as `qa` checks
    them: every held unit and reason comes back, in order."""
    pos = [(po, po.parent.parent.name) for po in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po"))]
    data = REPO / "tests" / "data"
    pos += [
        (data / "qa" / "bad_zh_CN.po", "zh_CN"),
        (data / "codespan" / "rust-check-cfg.es.po", "es"),
        (data / "xliff_npm" / "bolton.de.po", "de"),
    ]
    held_any = 0
    for po, code in pos:
        locale = parse_locale(code)
        translations = read_translations(po)
        held = held_units(translations, check_catalog(po, locale=locale)[0])
        held_any += bool(held)
        decoded = decode_held(encode_held(held, translations), translations)
        assert decoded is not None and list(decoded.items()) == list(held.items()), po
    assert held_any


def test_a_po_edited_since_qa_is_checked_even_in_the_same_clock_tick(project: Project) -> None:
    """A placeholder dropped from a de unit the gate did not hold, same size, same mtime: the
    gate holds it now, as checking the catalog does."""
    locale, domain, po = next(c for c in _catalogs(project) if c[0].code == "de")
    gate = Gate.for_project(project)
    _, before = gate.gated_translations(po, locale=locale, domain=domain)
    before_stat = po.stat()
    lines = po.read_text(encoding="utf-8").split("\n")
    index = _msgstr_line_with_placeholder(lines)
    start, end = lines[index].index("{"), lines[index].index("}") + 1
    lines[index] = lines[index][:start] + "x" * (end - start) + lines[index][end:]
    po.write_text("\n".join(lines), encoding="utf-8")
    os.utime(po, ns=(before_stat.st_atime_ns, before_stat.st_mtime_ns))
    assert po.stat().st_size == before_stat.st_size and po.stat().st_mtime_ns == before_stat.st_mtime_ns
    assert _record_row(project, locale, domain, po) is None
    got = Gate.for_project(project).gated_translations(po, locale=locale, domain=domain)
    assert got == _checking_gate(project).gated_translations(po, locale=locale, domain=domain)
    assert got[1] != before


def _msgstr_line_with_placeholder(lines: list[str]) -> int:
    """The index of a msgstr line (first or continued) holding a whole `{placeholder}`."""
    in_msgstr = False
    for index, line in enumerate(lines):
        if line.startswith(("msgid", "msgctxt", "#")) or not line:
            in_msgstr = False
        if line.startswith("msgstr"):
            in_msgstr = True
        if in_msgstr and "{" in line and "}" in line[line.index("{") :]:
            return index
    raise AssertionError("no msgstr with a placeholder")


@pytest.mark.parametrize("changed", ["glossary", "failures"])
def test_another_glossary_or_failure_log_takes_no_record(project: Project, changed: str) -> None:
    """The checks read both: a record made with other contents is not the checks' answer now."""
    glossary, failures = shared_inputs(project)
    if changed == "glossary":
        with glossary.open("a", encoding="utf-8") as out:
            out.write("Wikinews,de,Wikinachrichten\n")
    else:
        locale, domain, po = next(c for c in _catalogs(project) if c[0].code == "de")
        msgid = next(key for key, t in read_translations(po).items() if t.msgstr)[1]
        record = {"domain": domain, "locale": "de", "msgctxt": None, "msgid": msgid, "engine": "pseudo"}
        failures.write_text(json.dumps({"failures": [{**record, "problem": "engine down"}]}), encoding="utf-8")
    gate, checking = Gate.for_project(project), _checking_gate(project)
    for locale, domain, po in _catalogs(project):
        assert _record_row(project, locale, domain, po) is None
        assert gate.gated_translations(po, locale=locale, domain=domain) == checking.gated_translations(
            po, locale=locale, domain=domain
        )


def test_another_version_of_the_code_takes_no_record(project: Project, monkeypatch) -> None:
    locale, domain, po = _catalogs(project)[0]
    assert _record_row(project, locale, domain, po) is not None
    monkeypatch.setattr("l10n.fingerprint.code_digest", lambda: b"another version of the code")
    assert _record_row(project, locale, domain, po) is None


def test_a_foreign_corrupt_or_moved_row_is_never_taken(project: Project) -> None:
    store = project.state_file(GATE_FILE_NAME)
    catalogs = _catalogs(project)
    checking = _checking_gate(project)
    expected = {po: checking.gated_translations(po, locale=loc, domain=d) for loc, d, po in catalogs}
    de = next(c for c in catalogs if c[0].code == "de" and expected[c[2]][1])  # one that holds units
    ja = next(c for c in catalogs if c[0].code == "ja" and c[1] == de[1])
    with sqlite3.connect(store) as db:
        digest, data = db.execute("SELECT digest, data FROM held WHERE po = ?", (str(de[2]),)).fetchone()
    assert json.loads(data)[2]  # the de catalog holds some units
    bad = [
        b"not json",
        b"[" * 100_000,
        f'["{FORMAT}", ["qa: numbers"], [[0, 1]]]'.encode(),  # no such reason
        f'["{FORMAT}", ["qa: numbers"], [[100000, 0]]]'.encode(),  # no such unit
        f'["{FORMAT}", ["qa: numbers"], [[0, 0], [0, 0]]]'.encode(),  # one unit twice
        f'["{FORMAT}", ["qa: numbers"], [[true, 0]]]'.encode(),
        f'["{FORMAT}", [1], [[0, 0]]]'.encode(),
        b'["l10n-gate-0", [], []]',
    ]
    for junk in bad:
        with sqlite3.connect(store) as db:
            db.execute("UPDATE held SET data = ? WHERE po = ?", (junk, str(de[2])))
        assert _record_row(project, *de) is None, junk[:40]
        assert Gate.for_project(project).gated_translations(de[2], locale=de[0], domain=de[1]) == expected[de[2]]
    with sqlite3.connect(store) as db:
        db.execute("UPDATE held SET data = ? WHERE po = ?", (data, str(de[2])))
    # The de catalog's bytes copied to ja's, with its compiled form and its row: the same bytes,
    # checked for another locale (ja's script check), hold other units.
    shutil.copyfile(de[2], ja[2])
    compiled = project.state_file(COMPILED_FILE_NAME)
    with sqlite3.connect(compiled) as db:
        row = db.execute("SELECT digest, data FROM compiled WHERE po = ?", (str(de[2]),)).fetchone()
        db.execute("UPDATE compiled SET digest = ?, data = ? WHERE po = ?", (*row, str(ja[2])))
    with sqlite3.connect(store) as db:
        db.execute("UPDATE held SET digest = ?, data = ? WHERE po = ?", (digest, data, str(ja[2])))
    assert _record_row(project, *ja) is None
    moved = checking.gated_translations(ja[2], locale=ja[0], domain=ja[1])
    assert moved[1] != expected[de[2]][1]
    assert Gate.for_project(project).gated_translations(ja[2], locale=ja[0], domain=ja[1]) == moved
    expected[ja[2]] = moved
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    store.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    gate = Gate.for_project(project)
    assert {po: gate.gated_translations(po, locale=loc, domain=d) for loc, d, po in catalogs} == expected
