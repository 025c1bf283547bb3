"""`translate` feeds the TM what it writes: the TM then holds exactly what the next sync would
have put there by parsing the catalogs, and that sync has nothing left to read.

Real input: the seed article with its reviewed zh_CN catalog, a follow-up reusing its sentences,
and three Wikinews articles (bench/data/wikinews, CC BY 2.5); two German catalogs carry a
person's translations of the same headline that disagree, so the order the TM takes catalogs in
shows in its rows.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import polib
import pytest
from conftest import REPO, SEED, bench_module, opened_copy

from l10n.extraction import extract_article, update_catalogs
from l10n.fingerprint import file_state
from l10n.locales import parse_locale
from l10n.memory.catalog_sync import catalog_files, open_project_tm, sync_from_catalogs, tm_path
from l10n.memory.leverage import leverage_project
from l10n.memory.stamps import fingerprint
from l10n.mt.batch import translate_project
from l10n.project import Project

REFERENCE_PO = REPO / "locales" / "zh_CN" / "LC_MESSAGES" / f"{SEED.stem}.po"
LOCALES = [parse_locale(code) for code in ("zh_CN", "zh_TW", "de")]
HEADLINE = "Biomedical to become key pillar industry for Baoshan"


def _wikinews(count: int) -> list[str]:
    chain = bench_module("chain")
    return [chain.markdown(a["title"], a["date"], a["paragraphs"]) for a in chain.real_articles()[:count]]


def _set_human(po_path: Path, msgid: str, msgstr: str) -> None:
    catalog = polib.pofile(str(po_path), wrapwidth=0)
    entry = next(e for e in catalog if e.msgid == msgid)
    entry.msgstr = msgstr
    catalog.save(str(po_path))


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with extracted catalogs and human work in them, before any TM exists."""
    root = tmp_path_factory.mktemp("prepared")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    text = SEED.read_text(encoding="utf-8")
    (seeds / "follow_up.txt").write_text(text.replace("5 billion yuan", "8 billion yuan"), encoding="utf-8")
    for n, article in enumerate(_wikinews(3)):
        (seeds / f"wikinews-{n}.md").write_text(article, encoding="utf-8")
    project = Project.open(root)
    for path in sorted(seeds.iterdir()):
        extract_article(project, path)
    list(update_catalogs(project, domains=project.domains(), locales=LOCALES))
    zh, de = LOCALES[0], LOCALES[2]
    project.po_path(zh, SEED.stem).write_bytes(REFERENCE_PO.read_bytes())
    _set_human(project.po_path(de, SEED.stem), HEADLINE, "Biomedizin wird Baoshans Stütze")
    _set_human(project.po_path(de, "follow_up"), HEADLINE, "Biomedizin soll Baoshan tragen")
    return root


def _translated(prepared: Path, where: Path, *, feed_tm: bool) -> Project:
    return _translating(prepared, where, feed_tm=feed_tm)[0]


def _translating(prepared: Path, where: Path, *, feed_tm: bool) -> tuple[Project, list[Path]]:
    """The project after `translate`, and the catalogs MT wrote (TM leverage writes some too)."""
    root = where / ("fed" if feed_tm else "read")
    project = opened_copy(prepared, root)
    leverage_project(project, locales=LOCALES, domains=project.domains())  # the TM, synced, as `translate` does
    before = {Path(po): file_state(po) for _, _, po in catalog_files(project)}
    translate_project(
        project, locales=LOCALES, domains=project.domains(), engine_name="pseudo", progress=False, feed_tm=feed_tm
    )
    return project, [po for po, state in before.items() if file_state(po) != state]


def _rows(project: Project) -> list[tuple]:
    with sqlite3.connect(tm_path(project)) as db:
        units = db.execute(
            "SELECT source_locale, target_locale, source_text, context, target_text, origin FROM tm_unit "
            "ORDER BY 1, 2, 3, 4"
        ).fetchall()
        generation = db.execute("SELECT value FROM tm_meta WHERE name = 'generation'").fetchall()
    return [*units, ("generation", *generation)]


def test_the_tm_holds_what_a_later_sync_would_give(prepared: Path, tmp_path: Path) -> None:
    fed = _translated(prepared, tmp_path, feed_tm=True)
    read = _translated(prepared, tmp_path, feed_tm=False)
    fed_rows = _rows(fed)
    assert sync_from_catalogs(fed) == 0  # nothing left for the sync to add …
    assert _rows(fed) == fed_rows
    sync_from_catalogs(read)  # … where the catalogs read back give the TM its rows
    assert fed_rows == _rows(read)
    units = fed_rows[:-1]  # the last row is the generation
    targets = {row[4] for row in units if row[2] == HEADLINE and row[1] == "de"}
    assert targets == {"Biomedizin soll Baoshan tragen"}  # the later catalog wins, as in a sync
    assert sum(1 for row in units if row[1] == "zh_CN") >= 25


def test_every_catalog_written_is_marked_synced_as_it_is_on_disk(prepared: Path, tmp_path: Path) -> None:
    project, written = _translating(prepared, tmp_path, feed_tm=True)
    assert len(written) >= 12
    source = project.settings.source_locale
    with open_project_tm(project) as tm:
        marks = tm.synced_marks()
    for locale, domain, po in catalog_files(project, locales=LOCALES):
        if Path(po) in written:
            assert marks.get(f"{locale.code}/{domain}") == fingerprint([Path(po)], settings=source), po


def test_a_catalog_changed_after_its_write_is_read_again(prepared: Path, tmp_path: Path) -> None:
    project = _translated(prepared, tmp_path, feed_tm=True)
    de = LOCALES[2]
    po = project.po_path(de, "wikinews-0")
    catalog = polib.pofile(str(po), wrapwidth=0)
    entry = next(e for e in catalog if e.msgid and e.msgstr)
    entry.msgstr, entry.flags = "Von Hand übersetzt.", [f for f in entry.flags if f != "fuzzy"]
    catalog.save(str(po))
    assert sync_from_catalogs(project) == 1
    with open_project_tm(project) as tm:
        assert any(e.target == "Von Hand übersetzt." for e in tm.entries(target_locale="de"))
