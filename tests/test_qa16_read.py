"""`qa` reads its catalogs with the field scanner (`po_scan.scan_units`) and records what the
general reader's entries give.

Inputs it was not written around: real Wikinews reports (`bench/data/wikinews`, CC BY 2.5, as
`bench/chain.py` writes them) extracted and pseudo-translated, then edited as people and tools
edit catalogs (a unit reviewed, a person's rewrite of machine text, a sentence retired by
msgmerge); polib's own test catalogs; the committed catalogs under locales/ and seeded mutations
of them. For each: the scanner declines, or its entries carry polib's line numbers, translator
comments and flags; `qa`'s per-catalog result (findings record, `status` counts, the compiled
translations and the publish gate's held units) is the one the general reader's entries give;
and a damaged catalog is refused with the general reader's own error.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import SCRIPT_LANGUAGES, pseudo_translated_project
from test_catalog_po_read import POLIB_CORPUS, PROJECT_CATALOGS, _mutations

import l10n.qa
from l10n.catalog.po_scan import scan_catalog, scan_units
from l10n.catalog.pofile import load_catalog
from l10n.errors import CatalogError
from l10n.locales import parse_locale
from l10n.memory.glossary import project_glossary
from l10n.mt.failures import read_failures
from l10n.project import Project
from l10n.qa.gate_record import shared_digest

REPO = Path(__file__).resolve().parent.parent
TRANSLATED = [parse_locale("de"), parse_locale("ja"), parse_locale("ar")]
LOCALES = [*TRANSLATED, parse_locale("fr")]
FIELDS = ("linenum", "msgctxt", "msgid", "msgstr", "tcomment", "flags", "fuzzy", "obsolete")
FIELDS += ("previous_msgctxt", "previous_msgid", "previous_msgid_plural")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("qa16") / "project"
    project, domains = pseudo_translated_project(root, 6, locales=LOCALES, translated=TRANSLATED)
    _edit_as_people_do(project.po_path(parse_locale("de"), domains[0]))
    return project


def _edit_as_people_do(po: Path) -> None:
    """Units reviewed (fuzzy cleared), a machine text rewritten by a person (its `mt:` line kept),
    and a translator's note: what a PO editor leaves."""
    lines = po.read_text(encoding="utf-8").split("\n")
    fuzzy = [n for n, line in enumerate(lines) if line == "#, fuzzy"]
    assert len(fuzzy) > 4
    del lines[fuzzy[1]]  # reviewed as is
    rewritten = next(n for n in range(fuzzy[3], len(lines)) if lines[n].startswith("msgstr "))
    lines[rewritten] = 'msgstr "Von Hand übersetzt."'
    lines.insert(fuzzy[2], "# Translator's note: checked against the source.")
    po.write_text("\n".join(lines), encoding="utf-8")


def _pos(project: Project) -> list[tuple]:
    domains = sorted(path.stem for path in project.locales_dir.glob("*.pot"))
    return [(locale, domain) for locale in LOCALES for domain in domains]


def assert_scans_as_polib_reads(data: bytes, path: Path) -> bool:
    """`scan_units` declines where `scan_catalog` does, or gives polib's active entries with the
    fields `qa` reads (line numbers included); True when it took the file."""
    scanned = scan_units(data)
    assert (scanned is None) == (scan_catalog(data) is None)
    if scanned is None:
        return False
    active = [entry for entry in load_catalog(path, data=data) if not entry.obsolete]
    assert [[getattr(e, name) for name in FIELDS] for e in active] == [
        [getattr(e, name) for name in FIELDS] for e in scanned.entries
    ]
    return True


def test_the_scanner_reads_qas_catalogs_as_polib_does(project: Project) -> None:
    pos = [project.po_path(locale, domain) for locale, domain in _pos(project)]
    assert all(assert_scans_as_polib_reads(po.read_bytes(), po) for po in pos)  # none left to polib
    assert any("mt: pseudo" in e.tcomment for e in scan_units(pos[0].read_bytes()).entries)  # type: ignore[union-attr]


@pytest.mark.parametrize("path", POLIB_CORPUS + PROJECT_CATALOGS, ids=lambda p: p.name)
def test_real_catalogs_scan_with_polibs_line_numbers(path: Path) -> None:
    assert_scans_as_polib_reads(path.read_bytes(), path)


def test_mutated_catalogs_scan_with_polibs_line_numbers(tmp_path: Path) -> None:
    rng = random.Random(1616)
    sources = [path.read_text(encoding="utf-8") for path in PROJECT_CATALOGS if path.suffix == ".po"]
    taken = 0
    for number in range(1200):
        lines = _mutations(rng.choice(sources).split("\n"), rng)
        path = tmp_path / f"m{number}.po"
        data = "\n".join(lines).encode("utf-8")
        path.write_bytes(data)
        try:
            taken += assert_scans_as_polib_reads(data, path)
        except CatalogError:
            assert scan_units(data) is None, "the scanner took a catalog the general reader refuses"
    assert taken > 100  # (130 of these 1,200)


def _checked_every_catalog(project: Project) -> list:
    glossary = project_glossary(project)
    failures = read_failures(l10n.qa._failures_file(project))
    shared = shared_digest(l10n.qa.shared_inputs(project))
    return [
        l10n.qa._checked(project, item, glossary=glossary, failures=failures, shared=shared) for item in _pos(project)
    ]


def test_qa_records_what_the_general_readers_entries_give(project: Project, monkeypatch) -> None:
    """The findings record, `status` counts, compiled translations and held units of every
    catalog (one edited by hand among them) as `qa` makes them, and as it made them from
    `load_catalog`'s entries before it scanned."""
    scanned = _checked_every_catalog(project)
    monkeypatch.setattr(l10n.qa, "_read", lambda po, data: (whole := load_catalog(po, data=data), whole.metadata))
    general = _checked_every_catalog(project)
    assert scanned == general
    held = [result[0][3] for result in scanned]
    assert any(b"source changed" in row[2] or b"unfinished" in row[2] for row in held)  # the hand edits
    assert any(b"qa: " in row[2] for row in held)  # and QA errors held back


def test_findings_qa_records_are_check_catalogs(project: Project) -> None:
    """`run_qa` makes no `Finding` while it checks; what it records expands to `check_catalog`'s."""
    from l10n.qa.findings_record import expanded

    glossary = project_glossary(project)
    for (locale, domain), result in zip(_pos(project), _checked_every_catalog(project), strict=True):
        po = project.po_path(locale, domain)
        label = project.relative(po)
        found, units = l10n.qa.check_catalog(po, locale=locale, glossary=glossary, domain=domain, path_label=label)
        record = result[0][0]
        assert record[0] == units
        assert expanded(record, locale=locale.code, domain=domain, path=label) == found


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: text.rindex('msgstr "') + 12],  # truncated inside a string
        lambda text: text + '\nmsgid "Extra"\nmsgstr "x"\n\nmsgid "Extra"\nmsgstr "y"\n',  # a duplicate
        lambda text: text.replace("msgstr ", "msgstr\t\x00", 1).replace("\nmsgid ", "\nmsgid x ", 3),
    ],
    ids=["truncated", "duplicate", "garbled"],
)
def test_a_damaged_catalog_is_refused_with_the_general_readers_error(project: Project, tmp_path, damage) -> None:
    po = project.po_path(parse_locale("de"), _pos(project)[0][1])
    broken = tmp_path / po.name
    broken.write_text(damage(po.read_text(encoding="utf-8")), encoding="utf-8")
    data = broken.read_bytes()
    with pytest.raises(CatalogError) as general:
        load_catalog(broken, data=data)
    with pytest.raises(CatalogError) as read:
        l10n.qa._read(broken, data)
    assert str(read.value) == str(general.value) and str(broken) in str(read.value)


def test_glossary_terms_found_with_the_per_locale_index_are_a_fresh_glossarys() -> None:
    """`Glossary.terms_in` indexes a locale's terms once (`qa` asks for every unit); what it
    finds, locales interleaved, is what a glossary that never answered before finds."""
    from l10n.memory.glossary import load_glossary

    glossary = load_glossary(REPO / "locales" / "glossary.csv")
    locales = ("zh_CN", "zh_TW", "de", "ja")
    alone = {locale: load_glossary(REPO / "locales" / "glossary.csv") for locale in locales}  # one locale each
    msgids = {e.msgid for path in sorted(REPO.glob("locales/*/LC_MESSAGES/*.po")) for e in load_catalog(path)}
    found = set()
    for msgid in sorted(msgids):
        for locale in locales:
            terms = glossary.terms_in(msgid, locale)
            assert terms == alone[locale].terms_in(msgid, locale)
            found.update((locale, term.translation) for term in terms)
    assert {"zh_CN", "zh_TW", "de"} <= {locale for locale, _ in found} and len(found) > 10


def _script_as_it_was(unit) -> str | None:
    """`checks.expected_script` as session 15 wrote it (acronyms replaced, then any letter left)."""
    from l10n.qa.checks import (
        _ACRONYM,
        _LATIN_WORD,
        _has_script_letter,
        _without_terms,
        checked_scripts,
        without_placeholders,
    )
    from l10n.writing_systems import SCRIPT_NAMES

    scripts = checked_scripts(unit.locale.code)
    if not scripts:
        return None
    text = _without_terms(without_placeholders(unit.msgstr), unit.protected)
    if _has_script_letter(set(text), scripts):
        return None
    text = _LATIN_WORD.sub(lambda m: " " if _ACRONYM.match(m.group(0)) else m.group(0), text)
    if not any(c.isalpha() for c in text):
        return None
    return f"no {'/'.join(SCRIPT_NAMES[script] for script in sorted(scripts))} characters"


def test_the_script_check_judges_as_before(project: Project) -> None:
    """`expected_script` without a substitution per Latin word gives what it gave with one, on
    every msgstr and msgid of the pseudo-translated real articles and locales/, and on texts
    made of acronyms, letters of other scripts, marks and digits, in every language it judges."""
    from l10n.memory.glossary import Term
    from l10n.qa.checks import expected_script
    from l10n.qa.registry import CheckedUnit

    texts = {"NASA", "NASA and COVID-19", "COVID-19 的 NASA", "x", "’", "ª", "Ⅻ", "123 - 4", "ÀB", "AB-C1 {number_1}"}
    texts |= {"„Ŝţàŕţ“ ABC", "ДНК NASA", "NASA\u200b", "ǅ", "I", "i", "A-", "ABCDEFGHIJ", "Baoshan NASA"}
    pos = [project.po_path(locale, domain) for locale, domain in _pos(project)]
    for path in pos + sorted(REPO.glob("locales/*/LC_MESSAGES/*.po")):
        for entry in load_catalog(path):
            texts |= {entry.msgstr, entry.msgid}
    terms = (Term("Baoshan", "ja", "Baoshan", dnt=True),)
    failed = 0
    for language in SCRIPT_LANGUAGES:
        locale = parse_locale(language)
        for text in sorted(texts):
            for unit in (CheckedUnit("source", text, locale), CheckedUnit("Baoshan", text, locale, terms=terms)):
                assert expected_script(unit) == _script_as_it_was(unit), (language, text)
                failed += expected_script(unit) is not None
    assert failed > 1000
