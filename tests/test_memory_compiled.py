"""Compiled translations (`l10n.memory.compiled`): what `qa` keeps of each PO for the publish
gate equals what parsing the PO gives, and a stale, corrupt or foreign compiled form is never
used.

The articles are real Wikinews reports (`bench/data/wikinews`, CC BY 2.5) written by
`bench/chain.py`'s `build_corpus`; de and ja are pseudo-translated (MT provenance, fuzzy,
placeholder errors the gate holds), fr is left untranslated, and one de unit is reviewed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import opened_copy, pseudo_translated_project

from l10n.assemble.gate import Gate
from l10n.catalog.po import read_translations
from l10n.catalog.translations import mark_reviewed
from l10n.locales import parse_locale
from l10n.memory import compiled as compiled_module
from l10n.memory.compiled import (
    COMPILED_FILE_NAME,
    FORMAT,
    CompiledTranslations,
    compile_translations,
    compiled_key,
    decode_translations,
)
from l10n.project import Project
from l10n.qa import run_qa

REPO = Path(__file__).resolve().parent.parent
TRANSLATED = [parse_locale("de"), parse_locale("ja")]
LOCALES = [*TRANSLATED, parse_locale("fr")]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("compiled") / "project"
    pseudo_translated_project(root, 8, locales=LOCALES, translated=TRANSLATED, one_reviewed=True)
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Project:
    project = opened_copy(built, tmp_path / "project")
    run_qa(project, locales=LOCALES, domains=project.domains(), jobs=1)
    return project


def _catalogs(project: Project) -> list[tuple]:
    return [(locale, domain, project.po_path(locale, domain)) for locale in LOCALES for domain in project.domains()]


def _parsed_gate(project: Project) -> Gate:
    """The gate without compiled forms: it parses every PO (the path compiled forms replace)."""
    gate = Gate.for_project(project)
    gate.compiled = None
    return gate


def test_compiled_translations_are_what_the_po_gives(project: Project, monkeypatch) -> None:
    used = []
    real_lookup = CompiledTranslations.lookup

    def lookup(self, po, key):  # noqa: ANN001, ANN202
        found = real_lookup(self, po, key)
        used.append(found is not None)
        return found

    monkeypatch.setattr(CompiledTranslations, "lookup", lookup)
    gate, parsed = Gate.for_project(project), _parsed_gate(project)
    kinds = set()
    for locale, domain, po in _catalogs(project):
        translations, held = gate.gated_translations(po, locale=locale, domain=domain)
        expected, expected_held = parsed.gated_translations(po, locale=locale, domain=domain)
        assert list(translations.items()) == list(expected.items()) == list(read_translations(po).items())
        assert list(held.items()) == list(expected_held.items())
        kinds |= {(t.origin, t.fuzzy) for t in translations.values()} | {reason for reason in held.values()}
    assert used and all(used)  # every catalog came from its compiled form
    assert {("mt", True), ("human", False), ("none", False)} <= kinds and any(str(k).startswith("qa:") for k in kinds)


def test_a_po_changed_since_qa_is_parsed_even_in_the_same_clock_tick(project: Project) -> None:
    """Same size, same mtime (a racy rewrite): the content hash still tells it apart."""
    locale, domain, po = next(c for c in _catalogs(project) if c[0].code == "de")
    old = read_translations(po)
    before = po.stat()
    lines = po.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith('msgstr "[!!'))
    lines[index] = lines[index].replace("[!!", "[??", 1)  # one unit's machine text, same bytes long
    po.write_text("\n".join(lines), encoding="utf-8")
    os.utime(po, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert po.stat().st_size == before.st_size and po.stat().st_mtime_ns == before.st_mtime_ns
    compiled = CompiledTranslations(project.state_file(COMPILED_FILE_NAME))
    assert compiled.lookup(po, compiled_key(po.read_bytes())) is None
    translations, _ = Gate.for_project(project).gated_translations(po, locale=locale, domain=domain)
    assert translations == read_translations(po) != old


def test_a_corrupt_or_foreign_store_is_never_used(project: Project) -> None:
    store = project.state_file(COMPILED_FILE_NAME)
    catalogs = _catalogs(project)
    expected = [_parsed_gate(project).gated_translations(po, locale=loc, domain=d) for loc, d, po in catalogs]
    locale, domain, po = catalogs[0]
    key = compiled_key(po.read_bytes())
    foreign = [
        b"not json",
        b'["l10n-translations-0", []]',
        f'["{FORMAT}", [[null, "a", "b", "yes", "mt", "", false]]]'.encode(),
        f'["{FORMAT}", [[null, "a", "b", true, "robot", "", false]]]'.encode(),
        f'["{FORMAT}", [[null, "a", "b", true, "mt", ""]]]'.encode(),
        f'["{FORMAT}", {{}}]'.encode(),
        b"[" * 100_000,
    ]
    for data in foreign:
        assert decode_translations(data) is None, data[:40]
        with sqlite3.connect(store) as db:
            db.execute("UPDATE compiled SET data = ? WHERE po = ?", (data, str(po)))
        compiled = CompiledTranslations(store)
        assert compiled.lookup(po, key) is None
        assert Gate.for_project(project).gated_translations(po, locale=locale, domain=domain) == expected[0]
    for junk in (b"SQLite format 3\x00" + b"\x00" * 200, b"garbage" * 1000):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
        store.write_bytes(junk)
        gate = Gate.for_project(project)
        got = [gate.gated_translations(po, locale=loc, domain=d) for loc, d, po in catalogs]
        assert got == expected


def test_compiling_keeps_every_field_and_the_key_follows_the_code(monkeypatch) -> None:
    for po in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        translations = read_translations(po)
        assert list(decode_translations(compile_translations(translations)).items()) == list(translations.items())
    data = b'msgid ""\nmsgstr ""\n'
    before = compiled_key(data)
    monkeypatch.setattr("l10n.fingerprint.code_digest", lambda: b"another version of the code")
    assert compiled_key(data) != before
    assert compiled_module.compiled_key(data + b"\n") != compiled_key(data)
