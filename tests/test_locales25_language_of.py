"""One rule for the language of a locale tag (`l10n.locales.language_of`), where inline copies
disagreed: `translate` took an article's language from its catalog's `X-Source-Language` by
cutting at `_` alone, so a BCP 47 tag there (`en-GB`, `es-ES`, as another tool writes it) was a
language of its own — an English article in an English project was held from MT ("no engine
for en-GB → es"), a Spanish one offered to an engine into Spanish."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from conftest import SEED, run_l10n

from l10n.locales import language_of

apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="Debian package apertium not installed")


@pytest.mark.parametrize(
    ("tag", "language"),
    [("en_GB", "en"), ("en-GB", "en"), ("EN-gb", "en"), ("zh_Hant_TW", "zh"), ("sr@latin", "sr"), ("pt", "pt")],
)
def test_the_language_is_the_first_subtag_in_lower_case(tag: str, language: str) -> None:
    assert language_of(tag) == language


def _stated(root: Path, tag: str) -> Path:
    """The seed project extracted for es, its template and catalog stating `tag` as the
    article's language (the header `extract` writes for an article in another language)."""
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["es"]\nengine = "apertium"\n', encoding="utf-8")
    run_l10n(root, "extract", "seeds", "--locales", "es", "-q")
    pot = root / "locales" / f"{SEED.stem}.pot"
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{SEED.stem}.po"
    encoding = '"Content-Transfer-Encoding: 8bit\\n"\n'
    for path in (pot, po):
        text = path.read_text(encoding="utf-8")
        assert encoding in text
        path.write_text(text.replace(encoding, f'{encoding}"X-Source-Language: {tag}\\n"\n', 1), encoding="utf-8")
    assert polib.pofile(str(po)).metadata["X-Source-Language"] == tag
    return po


@apertium
def test_an_article_stated_in_a_regional_tag_of_the_projects_language_is_translated(project_root: Path) -> None:
    po = _stated(project_root, "en-GB")
    done = run_l10n(project_root, "translate", "-q")
    assert "no engine for" not in done.stderr
    machine = [entry for entry in polib.pofile(str(po)) if entry.msgstr]
    assert machine and all(entry.tcomment.startswith("mt: apertium") for entry in machine)


@apertium
def test_an_article_stated_in_a_regional_tag_of_the_locales_language_gets_no_mt(project_root: Path) -> None:
    po = _stated(project_root, "es-ES")
    done = run_l10n(project_root, "translate", "-q")
    # es is the article's own edition (`locales.own_language_locale`, session 46): the catalog is left as it is
    assert "the article is written in es, its es edition is the article itself; catalog not used" in done.stderr
    assert [entry.msgid for entry in polib.pofile(str(po)) if entry.msgstr] == []
