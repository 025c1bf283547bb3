"""`publish` takes the editions `assemble` left in build/ (issue 16, `l10n/publish/built.py`):
the site is byte for byte the one a publish without build/ writes, nothing is assembled again
when assemble's records hold, and nothing a reader sees skips the publish gate — a build file
edited by hand, or an edition whose gate inputs moved since assemble (a unit recorded as failed
MT), is assembled through the gate instead.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import html
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import Calls, chain_project, run_main
from conftest import files_below as tree

import l10n.assembly
from l10n.assemble.built import SOURCE_EDITION_STAGE
from l10n.catalog.po import load_catalog
from l10n.cli import main
from l10n.mt.failures import MTFailure, failures_path, record_failures

LOCALES = "de,ja"
STAGES = (l10n.assembly.EDITION_STAGE, SOURCE_EDITION_STAGE)


@pytest.fixture
def translated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project translated and checked, neither assembled nor published."""
    root = tmp_path / "project"
    chain_project(root, 4, ["de", "ja"])
    run_main(capsys, root, "extract", str(root / "seeds"), "--locales", LOCALES, "-q")
    run_main(capsys, root, "translate", "--engine", "pseudo")
    run_main(capsys, root, "qa")
    return root


def published_without_build(capsys: pytest.CaptureFixture[str], root: Path, scratch: Path) -> dict[str, bytes]:
    """The site a publish writes for `root`'s inputs with no build/ to take editions from."""
    shutil.copytree(root, scratch, ignore=shutil.ignore_patterns("build", "site", ".site.l10n-manifest.json"))
    run_main(capsys, scratch, "publish")
    return tree(scratch / "site")


def shown_unit(root: Path, domain: str) -> tuple[str | None, str, str]:
    """(msgctxt, msgid, msgstr) of a machine-translated paragraph sentence the German build
    edition shows as it is (no placeholder, nothing HTML escapes)."""
    page = (root / "build" / "de" / f"{domain}.html").read_text(encoding="utf-8")
    catalog = load_catalog(root / "locales" / "de" / "LC_MESSAGES" / f"{domain}.po")
    for entry in catalog:
        text = entry.msgstr
        if not entry.msgctxt and len(text) > 20 and "{" not in text and html.escape(text) == text and text in page:
            return entry.msgctxt, entry.msgid, text
    raise AssertionError("no unit shown as written")


def edit_shown_unit_after_publish(root: Path, capsys: pytest.CaptureFixture[str], edited: str) -> str:
    """Assemble (HTML) and publish, then give a unit the second article's German edition shows
    as written the msgstr `edited` in its PO (not assembled again); returns the msgstr the build
    edition still shows."""
    run_main(capsys, root, "assemble", "--format", "html")
    run_main(capsys, root, "publish")
    domain = sorted((root / "seeds").glob("*.md"))[1].stem
    msgctxt, msgid, msgstr = shown_unit(root, domain)
    po = root / "locales" / "de" / "LC_MESSAGES" / f"{domain}.po"
    catalog = load_catalog(po)
    entry = next(e for e in catalog if e.msgid == msgid and e.msgctxt == msgctxt)
    entry.msgstr = edited
    catalog.save(os.fspath(po))
    return msgstr


def test_publish_after_assemble_assembles_nothing_and_writes_the_same_site(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_main(capsys, translated, "assemble", "--format", "html", "--format", "txt")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    parsing = Calls(monkeypatch, l10n.assembly, "parse_document")
    run_main(capsys, translated, "publish")
    assert assembling.count == 0 and parsing.count == 0  # every edition, the source's too, from assemble's work
    monkeypatch.undo()
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_publish_after_assemble_in_markdown_only_assembles_itself(
    translated: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No HTML in build/: nothing to take a page's markup from (the source edition still is)."""
    run_main(capsys, translated, "assemble", "--format", "md")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert assembling.count == 8  # 4 articles × de, ja


def test_a_build_edition_edited_by_hand_never_reaches_the_site(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_main(capsys, translated, "assemble", "--format", "html")
    domain = sorted((translated / "seeds").glob("*.md"))[1].stem
    edition = translated / "build" / "de" / f"{domain}.html"
    edition.write_text(edition.read_text(encoding="utf-8").replace("<article>", "<article><p>FORGED</p>"), "utf-8")
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert assembling.count == 1  # that edition alone, through the gate
    site = tree(translated / "site")
    assert not any(b"FORGED" in data for data in site.values())
    monkeypatch.undo()
    assert site == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_unit_the_gate_holds_since_assemble_is_held_on_the_site(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MT recorded as failed for a unit after assemble showed it: its edition in build/ still
    shows the machine output, and the site must not (the gate's `mt-failed` error holds it)."""
    run_main(capsys, translated, "assemble", "--format", "html")
    domain = sorted((translated / "seeds").glob("*.md"))[2].stem
    msgctxt, msgid, msgstr = shown_unit(translated, domain)
    failure = MTFailure(domain, "de", msgctxt, msgid, "placeholders lost", engine="pseudo")
    record_failures(failures_path(translated / "locales"), [failure], replaced=[(domain, "de")])
    run_main(capsys, translated, "publish")
    pages = [data.decode("utf-8") for name, data in tree(translated / "site").items() if name.startswith("de/")]
    assert msgstr in (translated / "build" / "de" / f"{domain}.html").read_text(encoding="utf-8")
    assert not any(msgstr in page for page in pages)
    assert any('data-status="held"' in page and html.escape(msgid, quote=False) in page for page in pages)
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_publish_workers_take_built_editions_too(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `--jobs 2` the workers take the editions from `build/` too:
    a forked worker that assembled one would meet the failing stand-in it inherited."""
    run_main(capsys, translated, "assemble", "--format", "html")

    def must_not_assemble(*args: object, **kwargs: object) -> None:
        raise AssertionError("publish assembled an edition that build/ holds")

    monkeypatch.setattr(l10n.assembly, "assemble_edition", must_not_assemble)
    status = main(["publish", "--jobs", "2", "--root", str(translated)])
    capsys.readouterr()
    assert status == 0
    monkeypatch.undo()
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


@pytest.mark.parametrize("payload", ["not json", "[1, 2]", '[{"mt": -1}, {}, {"formats": ["html"]}]'])
def test_a_damaged_record_is_assembled_again(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, payload: str
) -> None:
    """The stamps file is hostile input: a record of another shape is no record (its state still
    matches, so only the shape check stands between it and the site)."""
    run_main(capsys, translated, "assemble", "--format", "html")
    with sqlite3.connect(translated / "locales" / ".stamps.sqlite3") as db:
        changed = db.execute("UPDATE stamp SET payload = ? WHERE stage IN (?, ?)", (payload, *STAGES)).rowcount
    assert changed == 4 * 2 + 4  # 4 articles × de, ja and their source-language editions
    assembling = Calls(monkeypatch, l10n.assembly, "assemble_edition")
    run_main(capsys, translated, "publish")
    assert assembling.count == 4 * 3
    monkeypatch.undo()
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")


def test_a_source_edition_with_a_relative_image_is_published_from_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`assemble` records no source-language edition of an article with a relative image (its
    build markup points at the article's folder; the site moves the image under media/), so
    publish assembles that edition itself and the page shows the image where the site put it."""
    from lxml import html as lxml_html
    from test_publish import FIGURES_DOMAIN, FIGURES_SLUG, build_project

    root = build_project(tmp_path / "project").root
    run_main(capsys, root, "assemble", "--format", "html")
    run_main(capsys, root, "publish")
    site = tree(root / "site")
    image = lxml_html.fromstring(site[f"en/{FIGURES_SLUG}.html"]).find(".//article//img")
    assert image.get("src") == f"../media/{FIGURES_DOMAIN}/images/wetland%20park.png"
    assert site == published_without_build(capsys, root, tmp_path / "scratch")


def test_an_articles_edition_records_are_read_in_one_query(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold publish asks the stamps database once per article for its editions' records
    (`StampLookup.read_ahead`), not once per edition, and writes the site a publish without
    build/ writes. Fails when each edition's record is its own query (8 for 4 articles × 2)."""
    import l10n.memory.stamps as stamps

    run_main(capsys, translated, "assemble", "--format", "html")
    asked: list[tuple[str, ...]] = []
    real = stamps.open_stamps

    class Watched:  # the connection, each statement's parameters noted
        def __init__(self, db: sqlite3.Connection) -> None:
            self._db = db

        def execute(self, sql: str, parameters: tuple[str, ...] = ()) -> sqlite3.Cursor:
            asked.append(tuple(parameters))
            return self._db.execute(sql, parameters)

        def __getattr__(self, name: str) -> object:
            return getattr(self._db, name)

        def __enter__(self) -> sqlite3.Connection:
            return self._db.__enter__()

        def __exit__(self, *exc: object) -> object:
            return self._db.__exit__(*exc)

    monkeypatch.setattr(stamps, "open_stamps", lambda path: Watched(real(path)))
    run_main(capsys, translated, "publish")
    monkeypatch.undo()
    editions = [p for p in asked if p and p[0] == l10n.assembly.EDITION_STAGE]
    domains = sorted(p.stem for p in (translated / "build" / "de").glob("*.html"))
    assert len(domains) == 4 and len(editions) == len(domains)
    assert sorted(key for p in editions for key in p[1:]) == sorted(f"{c}/{d}" for c in ("de", "ja") for d in domains)
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")
