"""An article not in the project's source language is never machine-translated as if it were.

Real pages through the real CLI (`workflow.py`), real Apertium, msgfmt and msgmerge: a German
page (`lang="de"`) in an English project used to go through Apertium en→es and come out as
German–Spanish gibberish, published as Spanish MT (reader9, session 13).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from conftest import DATA, SEED, run_l10n

GERMAN = DATA / "realworld" / "heise-de-lithium.html"  # <html lang="de">
SPANISH = DATA / "realworld" / "andaluciainformacion-es-imbroda.html"  # <html lang="es">

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def _project(root: Path, *articles: Path, source: str = "en", locales: str = '"es"') -> Path:
    (root / "articles").mkdir()
    for article in articles:
        shutil.copy(article, root / "articles" / article.name)
    (root / "l10n.toml").write_text(f'locales = [{locales}]\nsource_locale = "{source}"\n', encoding="utf-8")
    run_l10n(root, "extract", "articles")
    run_l10n(root, "update")
    return root


def _po(root: Path, locale: str, article: Path) -> polib.POFile:
    return polib.pofile(str(root / "locales" / locale / "LC_MESSAGES" / f"{article.stem}.po"))


def test_a_german_page_is_left_for_a_translator_and_held_from_readers(tmp_path: Path) -> None:
    root = _project(tmp_path, GERMAN, SEED)
    done = run_l10n(root, "translate")
    units = len(polib.pofile(str(root / "locales" / f"{GERMAN.stem}.pot")))
    po_name = f"locales/es/LC_MESSAGES/{GERMAN.stem}.po"
    assert f"{po_name}: no engine for de → es; {units} units left for a translator" in done.stderr
    german = _po(root, "es", GERMAN)
    assert german.metadata["X-Source-Language"] == "de"
    assert [entry.msgid for entry in german if entry.msgstr] == []  # nothing machine-filled
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(root / po_name)], check=True)
    # msgmerge keeps the header in the catalog, as `update` does
    merged = subprocess.run(
        ["msgmerge", "-q", "-o", "-", str(root / po_name), str(root / "locales" / f"{GERMAN.stem}.pot")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"X-Source-Language: de\\n"' in merged.stdout
    # the English article beside it is translated as before, and its template says nothing new
    english = _po(root, "es", SEED)
    assert "X-Source-Language" not in english.metadata
    assert [entry for entry in english if entry.msgstr and "fuzzy" in entry.flags]
    assert "X-Source-Language" not in (root / "locales" / f"{SEED.stem}.pot").read_text(encoding="utf-8")
    # the es edition of the German page is not passed off as finished
    published = run_l10n(root, "publish")
    assert "below the readiness policy" in published.stdout + published.stderr
    page = next((root / "site" / "es").glob("lithium*.html")).read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in page


def test_an_article_already_in_the_locales_language_gets_no_mt(tmp_path: Path) -> None:
    """The locale is the article's own language: its edition is the article (session 46), no catalog."""
    root = _project(tmp_path, SPANISH)
    run_l10n(root, "translate", "-q")
    assert not (root / "locales" / "es" / "LC_MESSAGES" / f"{SPANISH.stem}.po").exists()


def test_an_article_goes_to_the_engine_for_its_own_language(tmp_path: Path) -> None:
    """A Spanish page in a Catalan project: en comes from Apertium spa-eng, not cat-eng."""
    root = _project(tmp_path, SPANISH, source="ca", locales='"en"')
    run_l10n(root, "translate")
    filled = [entry for entry in _po(root, "en", SPANISH) if entry.msgstr]
    assert filled
    assert all("spa-eng" in entry.tcomment and "cat-eng" not in entry.tcomment for entry in filled)


def test_pseudo_still_fills_a_foreign_article(tmp_path: Path) -> None:
    root = _project(tmp_path, GERMAN)
    run_l10n(root, "translate", "--engine", "pseudo")
    assert all(entry.msgstr for entry in _po(root, "es", GERMAN))


def test_update_carries_the_header_and_drops_it_when_the_article_changes_back(tmp_path: Path) -> None:
    from l10n.catalog.po import catalog_source_language, update_po, write_pot
    from l10n.extract import extract_units
    from l10n.ingest import ingest_file
    from l10n.locales import TargetLocale, article_language

    document = ingest_file(GERMAN)
    assert article_language(document, "en") == "de"
    units = extract_units(document, reference_path=GERMAN.name)
    pot, po = tmp_path / "a.pot", tmp_path / "es.po"
    write_pot(units, pot, domain="a", source_path=GERMAN.name)
    update_po(pot, po, TargetLocale("es"))  # a catalog made before the article's language was known
    assert catalog_source_language(po) is None
    for language in ("de", None):
        write_pot(units, pot, domain="a", source_path=GERMAN.name, source_language=language)
        update_po(pot, po, TargetLocale("es"))
        assert catalog_source_language(po) == language
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True)


def test_machine_translations_made_before_the_language_was_known_are_named(tmp_path: Path) -> None:
    """A project extracted before this fix: its German template has no header, so the project's
    pair filled it; the next extract and update put the header in, and translate says so."""
    root = _project(tmp_path, GERMAN)
    pot = root / "locales" / f"{GERMAN.stem}.pot"
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{GERMAN.stem}.po"
    for path in (pot, po):  # as the code before this fix wrote them
        path.write_text(path.read_text(encoding="utf-8").replace('"X-Source-Language: de\\n"\n', ""), "utf-8")
    run_l10n(root, "translate")
    machine = sum(1 for entry in _po(root, "es", GERMAN) if entry.msgstr)
    assert machine
    run_l10n(root, "extract", "articles")
    run_l10n(root, "update")
    done = run_l10n(root, "translate")
    assert f"no engine for de → es; 0 units left for a translator ({machine} machine translations" in done.stderr


def test_the_progress_line_names_a_source_language_only_where_the_engine_reads_one(tmp_path: Path) -> None:
    """Pseudo's output depends on the text alone, so its catalogs are grouped under the project's
    language without reading the article's: its line said "pseudo en→es" for a German page. Now it
    names no source; Apertium, which reads one, still says it."""
    root = _project(tmp_path, GERMAN, SEED)
    pseudo = run_l10n(root, "translate", "--engine", "pseudo")
    assert "translate: pseudo →es: " in pseudo.stderr and "en→es" not in pseudo.stderr
    apertium = run_l10n(root, "translate", "--engine", "apertium", "--overwrite-fuzzy")
    assert "translate: apertium en→es: " in apertium.stderr  # the seed, English, is Apertium's to translate
