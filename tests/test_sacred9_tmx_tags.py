"""TMX language tags from CAT tools (`xml:lang="ES-ES"`, `es-es`, `es_ES`, `srclang="EN-US"`): BCP 47
tags are case-insensitive, and a TMX from Trados or memoQ names the region even where the project's
catalog does not (`es`). Each tag maps to the project locale it names (CLDR likely subtags:
`es-ES` is `es`, `en-US` is `en`); one naming another variant (`es-419`) is skipped and said so;
one that is no language tag at all is a one-line error naming the file and line. Real CLI, a real
article, a TMX written by Translate Toolkit."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from conftest import run_l10n

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "tests" / "data" / "articles" / "weather_alert.txt"


def project_with_template(root: Path) -> list[polib.POEntry]:
    (root / "seeds").mkdir()
    shutil.copy(ARTICLE, root / "seeds" / ARTICLE.name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["es", "de"]\n', encoding="utf-8")
    run_l10n(root, "extract", f"seeds/{ARTICLE.name}", "--locales", "es,de", "--jobs", "1")
    return [e for e in polib.pofile(str(root / "locales" / f"{ARTICLE.stem}.pot")) if e.msgid]


def write_tmx(path: Path, srclang: str, pairs: list[tuple[str, str, str]]) -> Path:
    """A TMX as Translate Toolkit writes it, with the language tags another tool wrote."""
    from translate.storage import tmx as tt_tmx

    store = tt_tmx.tmxfile(sourcelanguage=srclang)
    for source, lang, target in pairs:
        store.addtranslation(source, srclang, target, lang)
    store.savefile(str(path))
    return path


def catalog(root: Path, code: str) -> dict[str, polib.POEntry]:
    po = root / "locales" / code / "LC_MESSAGES" / f"{ARTICLE.stem}.po"
    return {e.msgid: e for e in polib.pofile(str(po)) if e.msgid}


@pytest.mark.parametrize("tag", ["ES-ES", "es-es", "es_ES", "es-ES"])
def test_a_regional_tag_in_any_case_fills_the_project_locale(tmp_path: Path, tag: str) -> None:
    units = project_with_template(tmp_path)
    tmx = write_tmx(tmp_path / "vendor.tmx", "EN-US", [(units[0].msgid, tag, "Un tifón trae vendavales")])
    done = run_l10n(tmp_path, "tm", "import", str(tmx))
    assert "1 entries added" in done.stdout, done.stdout
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "none")
    entry = catalog(tmp_path, "es")[units[0].msgid]
    assert entry.msgstr == "Un tifón trae vendavales"


def test_another_variant_is_skipped_and_named(tmp_path: Path) -> None:
    units = project_with_template(tmp_path)
    pairs = [(units[0].msgid, "es-419", "Tifón trae ventarrones"), (units[0].msgid, "DE-de", "Taifun bringt Sturm")]
    tmx = write_tmx(tmp_path / "latam.tmx", "en", pairs)
    done = run_l10n(tmp_path, "tm", "import", str(tmx))
    assert "1 entries added" in done.stdout and "es-419" in done.stdout, done.stdout
    run_l10n(tmp_path, "translate", "--locales", "es,de", "--engine", "none")
    assert catalog(tmp_path, "es")[units[0].msgid].msgstr == ""
    assert catalog(tmp_path, "de")[units[0].msgid].msgstr == "Taifun bringt Sturm"


def test_a_tag_that_is_no_language_is_a_one_line_error_with_its_line(tmp_path: Path) -> None:
    units = project_with_template(tmp_path)
    tmx = write_tmx(tmp_path / "bad.tmx", "en", [(units[0].msgid, "klingon-XX", "Qapla'")])
    done = run_l10n(tmp_path, "tm", "import", str(tmx), allowed=(2,))
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "bad.tmx:" in message and "klingon-XX" in message, message


def test_a_tmx_from_another_source_language_is_a_one_line_error(tmp_path: Path) -> None:
    units = project_with_template(tmp_path)
    tmx = write_tmx(tmp_path / "french.tmx", "fr-FR", [(units[0].msgid, "es-ES", "Un tifón")])
    done = run_l10n(tmp_path, "tm", "import", str(tmx), allowed=(2,))
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1 and "french.tmx:" in message and "fr-FR" in message, message
